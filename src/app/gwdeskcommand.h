// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwcommand.h"

/**
 * `gridwall desk [--data FILE] [--actor NAME] [--sla FILE] [--screen N] [--select ID]
 * [--screenshot DIR]`: opens the dispatcher desk, or renders it once into a PNG file
 * and exits.
 */
class GwDeskCommand : public GwCommand
{
    Q_DECLARE_TR_FUNCTIONS( GwDeskCommand )

  public:
    QString name() const override { return QStringLiteral( "desk" ); }
    QString summary() const override;
    Application application() const override { return Application::Gui; }
    QList<QCommandLineOption> options() const override;

    /**
     * Returns the name the desk writes into the event history when --actor is absent:
     * the login name from USER (USERNAME on Windows), else "dispatcher".
     */
    static QString defaultActor();

  protected:
    int execute( const QCommandLineParser &parser ) override;
};
