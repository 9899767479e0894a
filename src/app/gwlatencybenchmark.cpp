// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwlatencybenchmark.h"

#include "gwchangewatcher.h"
#include "gweventsimulator.h"
#include "gwingestcommand.h"
#include "gwmapproject.h"
#include "gwstore.h"
#include "gwwall.h"
#include "gwwalllayout.h"
#include "gwwallwindow.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>

#include <qgsmapcanvas.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace
{
  // Generous, because the first render of a large window on a slow machine takes seconds.
  constexpr int FIRST_RENDER_TIMEOUT_MS = 120000;
  // How often the feeder wakes up to send the lines that are due.
  constexpr int FEED_INTERVAL_MS = 5;
  // Spacing of the event times of the throughput stream, so that no two positions of
  // one staff member share a time and both are stored.
  constexpr int THROUGHPUT_EVENT_SPACING_MS = 10;

  qint64 nowMs()
  {
    return QDateTime::currentMSecsSinceEpoch();
  }

  //! Runs an event loop until \a signal of \a sender or \a timeoutMs; returns whether the signal came.
  template <typename Sender, typename Signal>
  bool waitForSignal( Sender *sender, Signal signal, int timeoutMs )
  {
    QEventLoop loop;
    bool arrived = false;
    QObject::connect( sender, signal, &loop, [&loop, &arrived] {
      arrived = true;
      loop.quit();
    } );
    QTimer::singleShot( timeoutMs, &loop, &QEventLoop::quit );
    loop.exec();
    return arrived;
  }
}

GwLatencyBenchmark::GwLatencyBenchmark( const QString &path, const QSize &windowSize, const QString &program, QObject *parent )
  : QObject( parent )
  , mPath( path )
  , mWindowSize( windowSize )
  , mProgram( program )
{
}

GwLatencyBenchmark::~GwLatencyBenchmark()
{
  if ( mIngest && mIngest->state() != QProcess::NotRunning )
  {
    mIngest->kill();
    mIngest->waitForFinished( -1 );
  }
}

bool GwLatencyBenchmark::measureLatency( int incidents, double rate, quint32 seed, int extraPollMs, Latency &result, QString *error )
{
  mProject = std::make_unique<GwMapProject>();
  QStringList warnings;
  if ( !mProject->open( mPath, error, &warnings ) )
    return false;

  GwEventSimulator::Scene scene;
  if ( !GwEventSimulator::loadScene( *mProject->store(), scene, error ) )
    return false;
  mSimulator = std::make_unique<GwEventSimulator>( scene, seed );

  const QVector<GwScreenInfo> screens = { { QStringLiteral( "latency" ), QRect( QPoint( 0, 0 ), mWindowSize ) } };
  mWall = std::make_unique<GwWall>( mProject.get() );
  if ( !mWall->createWindows( GwWallLayout::singleWindow( screens, 0 ), QString(), error ) )
    return false;
  mCanvas = mWall->windows().constFirst()->canvas();
  mWall->show();
  if ( !waitForSignal( mCanvas, &QgsMapCanvas::mapCanvasRefreshed, FIRST_RENDER_TIMEOUT_MS ) )
  {
    if ( error )
      *error = tr( "The wall window did not finish its first render within %1 s." ).arg( FIRST_RENDER_TIMEOUT_MS / 1000 );
    return false;
  }

  // The wall's own watcher, so that the measurement includes its poll interval. This
  // connection comes after the wall's, so it runs once the layers are reloaded.
  mWatcher = mWall->findChild<GwChangeWatcher *>();
  if ( !mWatcher )
  {
    if ( error )
      *error = tr( "The wall has no change watcher to follow." );
    return false;
  }
  mSequenceSeen = mWatcher->lastSequence();
  connect( mWatcher, &GwChangeWatcher::tablesChanged, this, &GwLatencyBenchmark::onTablesChanged );
  connect( mCanvas, &QgsMapCanvas::renderStarting, this, &GwLatencyBenchmark::onRenderStarting );
  connect( mCanvas, &QgsMapCanvas::mapCanvasRefreshed, this, &GwLatencyBenchmark::onCanvasRefreshed );

  mIngest = new QProcess( this );
  // The child's summary and any rejected line show up in this program's output.
  mIngest->setProcessChannelMode( QProcess::ForwardedChannels );
  mIngest->start( mProgram, { QStringLiteral( "ingest" ), QStringLiteral( "--data" ), mPath, QStringLiteral( "-" ) } );
  if ( !mIngest->waitForStarted( -1 ) )
  {
    if ( error )
      *error = tr( "Starting %1 ingest failed: %2" ).arg( QDir::toNativeSeparators( mProgram ), mIngest->errorString() );
    return false;
  }

  // The child needs a moment to start. Lines sent before it reads would wait in the pipe
  // and count its start as latency, so one warm-up line goes first, and the measurement
  // starts once its write is in the change log.
  GwStore *store = mProject->store();
  const qint64 beforeWarmUp = store->lastSequence();
  mIngest->write( mSimulator->next( QDateTime::currentDateTimeUtc() ) + '\n' );
  QEventLoop warmUp;
  QTimer warmUpCheck;
  connect( &warmUpCheck, &QTimer::timeout, &warmUp, [&] {
    if ( store->lastSequence() > beforeWarmUp || mIngest->state() == QProcess::NotRunning )
      warmUp.quit();
  } );
  warmUpCheck.start( 20 );
  warmUp.exec();
  warmUpCheck.stop();
  if ( mIngest->state() == QProcess::NotRunning )
  {
    if ( error )
      *error = tr( "The ingest process ended before it stored its first line; its messages are above." );
    return false;
  }
  mSequenceSeen = std::max( mSequenceSeen, store->lastSequence() );
  mAwaitingRender.clear();
  mInRender.clear();

  mResult = Latency();
  mRate = rate;
  mIncidentsToSend = incidents;
  QTimer feeder;
  feeder.setInterval( FEED_INTERVAL_MS );
  connect( &feeder, &QTimer::timeout, this, [this, &feeder] {
    feed();
    if ( mResult.incidentsSent >= mIncidentsToSend )
    {
      feeder.stop();
      mIngest->closeWriteChannel();
    }
  } );
  QTimer extraPoll;
  connect( &extraPoll, &QTimer::timeout, mWall.get(), &GwWall::pollChanges );
  if ( extraPollMs > 0 )
    extraPoll.start( extraPollMs );

  mFeedClock.start();
  feeder.start();

  // The measurement ends when the child has stored everything and the wall has drawn it.
  QEventLoop loop;
  QTimer drainCheck;
  drainCheck.setInterval( 50 );
  connect( &drainCheck, &QTimer::timeout, &loop, [this, &loop] {
    if ( mAwaitingRender.isEmpty() && mInRender.isEmpty() )
      loop.quit();
  } );
  connect( mIngest, qOverload<int, QProcess::ExitStatus>( &QProcess::finished ), &loop, [this, &loop, &drainCheck, &feeder]( int exitCode, QProcess::ExitStatus status ) {
    feeder.stop();
    mResult.ingestExitCode = status == QProcess::NormalExit ? exitCode : -1;
    // The last changes may have come after the wall's last poll.
    mWall->pollChanges();
    drainCheck.start();
    QTimer::singleShot( DRAIN_MS, &loop, &QEventLoop::quit );
  } );
  loop.exec();

  result = mResult;
  return true;
}

void GwLatencyBenchmark::feed()
{
  // Lines are paced from the start, so a late timer sends the lines it missed at once.
  const qint64 due = mRate > 0 ? static_cast<qint64>( mFeedClock.nsecsElapsed() / 1.0e9 * mRate ) + 1 : mResult.linesSent + 1000;
  while ( mResult.linesSent < due && mResult.incidentsSent < mIncidentsToSend )
  {
    const QByteArray line = mSimulator->next( QDateTime::currentDateTimeUtc() ) + '\n';
    mIngest->write( line );
    ++mResult.linesSent;
    if ( mSimulator->lastWasIncident() )
      ++mResult.incidentsSent;
  }
}

void GwLatencyBenchmark::onTablesChanged()
{
  // The wall reloaded its layers with every change up to the watcher's sequence, and no
  // later one, so only those are waiting for the next render.
  const qint64 reloaded = mWatcher->lastSequence();
  const qint64 reloadedMs = nowMs();
  GwStore *store = mProject->store();
  while ( mSequenceSeen < reloaded )
  {
    const QVector<GwChange> changes = store->changesSince( mSequenceSeen, 1000 );
    if ( changes.isEmpty() )
      break;
    for ( const GwChange &change : changes )
    {
      if ( change.sequence > reloaded )
        break;
      mSequenceSeen = change.sequence;
      if ( change.table == QLatin1String( "incidents" ) && change.operation == QLatin1String( "insert" ) )
        mAwaitingRender << Pending { change.sequence, change.at, reloadedMs };
    }
    if ( changes.constLast().sequence > reloaded )
      break;
  }
}

void GwLatencyBenchmark::onRenderStarting()
{
  // A render cancelled for a newer one keeps its incidents in mInRender, because the
  // newer render draws them too.
  mInRender << mAwaitingRender;
  mAwaitingRender.clear();
}

void GwLatencyBenchmark::onCanvasRefreshed()
{
  const qint64 paintedMs = nowMs();
  for ( const Pending &pending : std::as_const( mInRender ) )
  {
    const qint64 writtenMs = pending.writtenUtc.toMSecsSinceEpoch();
    mResult.milliseconds << static_cast<double>( paintedMs - writtenMs );
    mResult.untilReloadMilliseconds << static_cast<double>( pending.reloadedMs - writtenMs );
  }
  mInRender.clear();
}

bool GwLatencyBenchmark::measureThroughput( const QString &path, qint64 lines, quint32 seed, Throughput &result, QString *error )
{
  std::unique_ptr<GwStore> store = GwStore::open( path, error );
  if ( !store )
    return false;
  GwEventSimulator::Scene scene;
  if ( !GwEventSimulator::loadScene( *store, scene, error ) )
    return false;

  // The stream is prepared first, so that only reading, parsing and storing are timed.
  QTemporaryFile streamFile;
  if ( !streamFile.open() )
  {
    if ( error )
      *error = tr( "A temporary file for the throughput stream could not be created: %1" ).arg( streamFile.errorString() );
    return false;
  }
  GwEventSimulator simulator( scene, seed );
  const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs( -lines * THROUGHPUT_EVENT_SPACING_MS );
  for ( qint64 i = 0; i < lines; ++i )
    streamFile.write( simulator.next( start.addMSecs( i * THROUGHPUT_EVENT_SPACING_MS ) ) + '\n' );
  if ( !streamFile.flush() )
  {
    if ( error )
      *error = tr( "Writing the throughput stream to %1 failed: %2" ).arg( QDir::toNativeSeparators( streamFile.fileName() ), streamFile.errorString() );
    return false;
  }

  std::FILE *stream = std::fopen( QFile::encodeName( streamFile.fileName() ).constData(), "rb" );
  if ( !stream )
  {
    if ( error )
      *error = tr( "The throughput stream %1 could not be opened." ).arg( QDir::toNativeSeparators( streamFile.fileName() ) );
    return false;
  }
  GwIngestCommand::Summary summary;
  const bool read = GwIngestCommand::ingest( stream, *store, summary, error );
  std::fclose( stream );
  if ( !read )
    return false;

  result.lines = summary.lines;
  result.stored = summary.stored;
  result.seconds = summary.seconds;
  return true;
}

double GwLatencyBenchmark::percentile( QVector<double> values, double percent )
{
  if ( values.isEmpty() )
    return 0;
  std::sort( values.begin(), values.end() );
  const int rank = static_cast<int>( std::ceil( percent / 100.0 * values.size() ) );
  return values.at( std::clamp( rank, 1, static_cast<int>( values.size() ) ) - 1 );
}
