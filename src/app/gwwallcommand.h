// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwcommand.h"

/**
 * `gridwall wall [--data FILE] [--layout FILE] [--screenshot DIR]`: opens the wall
 * windows, or renders them once into PNG files and exits.
 */
class GwWallCommand : public GwCommand
{
    Q_DECLARE_TR_FUNCTIONS( GwWallCommand )

  public:
    QString name() const override { return QStringLiteral( "wall" ); }
    QString summary() const override;
    Application application() const override { return Application::Gui; }
    QList<QCommandLineOption> options() const override;

  protected:
    int execute( const QCommandLineParser &parser ) override;
};
