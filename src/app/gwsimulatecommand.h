// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwcommand.h"

/**
 * `gridwall simulate [--rate N] [--count M] [--seed S] [--data FILE]`: writes a realistic
 * intake stream (JSON Lines, see GwEventSimulator) to stdout at N events per second,
 * until M events are written or the reader closes the pipe.
 */
class GwSimulateCommand : public GwCommand
{
    Q_DECLARE_TR_FUNCTIONS( GwSimulateCommand )

  public:
    //! Largest accepted --rate, in events per second.
    static constexpr double MAX_RATE = 10000;

    QString name() const override { return QStringLiteral( "simulate" ); }
    QString summary() const override;
    Application application() const override { return Application::Headless; }
    QList<QCommandLineOption> options() const override;

  protected:
    int execute( const QCommandLineParser &parser ) override;
};
