// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwcommand.h"

/**
 * `gridwall latency [--data FILE] [--events N] [--rate R] [--size WxH] [--seed S]`:
 * measures the time from `gridwall ingest` in another process to the incident drawn on
 * an offscreen wall window, and the ingest throughput, on temporary copies of the data
 * file (see GwLatencyBenchmark).
 */
class GwLatencyCommand : public GwCommand
{
    Q_DECLARE_TR_FUNCTIONS( GwLatencyCommand )

  public:
    //! Goal for the 99th percentile of the latency, in milliseconds.
    static constexpr double GOAL_P99_MS = 500;

    QString name() const override { return QStringLiteral( "latency" ); }
    QString summary() const override;
    // Headless gives the offscreen platform, so the wall window renders without a display.
    Application application() const override { return Application::Headless; }
    QList<QCommandLineOption> options() const override;

  protected:
    int execute( const QCommandLineParser &parser ) override;
};
