// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QString>
#include <QVector>

#include <memory>

class GwChangeWatcher;
class GwEventSimulator;
class GwMapProject;
class GwWall;
class QProcess;
class QgsMapCanvas;

/**
 * Measures how long a new incident takes from another process's write to the wall's
 * screen, and how many events per second `gridwall ingest` stores.
 *
 * Latency: a wall window renders the data file in this process, offscreen, while a child
 * process `gridwall ingest -` writes a simulated stream into the same file. Each incident
 * insert in the change log carries a time that the child writes inside its transaction.
 * The latency runs from that time to the end of the first canvas render that started
 * after the wall reloaded the incidents layer for that change (QgsMapCanvas::mapCanvasRefreshed).
 * So it contains the write's commit, the wait for the wall's next poll of the change
 * log, the reload and the redraw.
 *
 * Throughput: GwIngestCommand::ingest() in this process stores a prepared stream, read
 * from a file, as fast as it can.
 *
 * Both write, so the data files must be copies.
 */
class GwLatencyBenchmark : public QObject
{
    Q_OBJECT

  public:
    //! Results of measureLatency().
    struct Latency
    {
      //! Milliseconds from write to redraw, one per incident seen on the wall, in arrival order.
      QVector<double> milliseconds;
      //! Milliseconds of the same incidents from write to the wall's reload of the layer.
      QVector<double> untilReloadMilliseconds;
      //! Lines sent to the child process, of every event type, without the warm-up line.
      qint64 linesSent = 0;
      //! Incident reports and alarms among them.
      qint64 incidentsSent = 0;
      //! Exit code of the child process, -1 when it crashed.
      int ingestExitCode = -1;
    };

    //! Results of measureThroughput().
    struct Throughput
    {
      qint64 lines = 0;
      qint64 stored = 0;
      double seconds = 0;
      double eventsPerSecond() const { return seconds > 0 ? lines / seconds : 0; }
    };

    /**
     * Creates a benchmark of the data file \a path (a copy, because it is written to), whose
     * wall window is \a windowSize pixels, running the child process \a program (the
     * gridwall executable) for ingest.
     */
    GwLatencyBenchmark( const QString &path, const QSize &windowSize, const QString &program, QObject *parent = nullptr );
    ~GwLatencyBenchmark() override;

    /**
     * Feeds \a incidents incident reports and alarms, with the other event types of the
     * simulated stream between them, at \a rate lines per second to the child ingest, and
     * measures each incident's latency to the wall. Returns false and sets \a error when
     * the file cannot be opened, the wall does not render or the child cannot start.
     *
     * With \a extraPollMs above 0 the wall's change log is also read every \a extraPollMs
     * milliseconds, which shows the effect of a shorter GwWall::CHANGE_POLL_MS without
     * rebuilding the wall.
     *
     * NOTE: it waits for the last incidents without a time limit as long as the child is
     * running, and up to DRAIN_MS milliseconds after the child ended.
     */
    bool measureLatency( int incidents, double rate, quint32 seed, int extraPollMs, Latency &result, QString *error );

    /**
     * Stores \a lines simulated events into the data file \a path as fast as the store
     * takes them, and returns the counts and the time. Returns false and sets \a error
     * when the file cannot be opened or a temporary file cannot be written.
     */
    static bool measureThroughput( const QString &path, qint64 lines, quint32 seed, Throughput &result, QString *error );

    //! Returns the value below which \a percent per cent of \a values lie (nearest rank), or 0 for none.
    static double percentile( QVector<double> values, double percent );

    //! Milliseconds to wait for the last redraws after the child process ended.
    static constexpr int DRAIN_MS = 10000;

  private:
    struct Pending
    {
      qint64 sequence = 0;
      QDateTime writtenUtc;
      qint64 reloadedMs = 0;
    };

    void onTablesChanged();
    void onRenderStarting();
    void onCanvasRefreshed();
    void feed();

    QString mPath;
    QSize mWindowSize;
    QString mProgram;

    std::unique_ptr<GwMapProject> mProject;
    std::unique_ptr<GwWall> mWall;
    std::unique_ptr<GwEventSimulator> mSimulator;
    QProcess *mIngest = nullptr;
    GwChangeWatcher *mWatcher = nullptr;
    QgsMapCanvas *mCanvas = nullptr;

    QElapsedTimer mFeedClock;
    double mRate = 0;
    int mIncidentsToSend = 0;
    qint64 mSequenceSeen = 0;
    QVector<Pending> mAwaitingRender;
    QVector<Pending> mInRender;
    Latency mResult;
};
