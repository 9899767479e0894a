// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwcommand.h"

/**
 * `gridwall benchmark [--data FILE] [--size WxH] [--repeat N]`: times full redraws
 * and the redraw after one incident change, on a temporary copy of the data file.
 */
class GwBenchmarkCommand : public GwCommand
{
    Q_DECLARE_TR_FUNCTIONS( GwBenchmarkCommand )

  public:
    QString name() const override { return QStringLiteral( "benchmark" ); }
    QString summary() const override;
    Application application() const override { return Application::Gui; }
    QList<QCommandLineOption> options() const override;

  protected:
    int execute( const QCommandLineParser &parser ) override;
};
