// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwlatencycommand.h"

#include "gwlatencybenchmark.h"
#include "gwwall.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSize>
#include <QTemporaryDir>

namespace
{
  /**
   * Copies the data file and its write-ahead log, if any: committed changes may still
   * sit in the log, and SQLite replays it when the copy opens.
   */
  bool copyDataFile( const QString &source, const QString &target )
  {
    if ( !QFile::copy( source, target ) )
      return false;
    const QString log = source + QLatin1String( "-wal" );
    return !QFileInfo::exists( log ) || QFile::copy( log, target + QLatin1String( "-wal" ) );
  }

  QString millisecondsRow( const QString &label, const QVector<double> &values )
  {
    return QStringLiteral( "%1 %2 %3 %4" )
           .arg( label, -44 )
           .arg( GwLatencyBenchmark::percentile( values, 50 ), 8, 'f', 0 )
           .arg( GwLatencyBenchmark::percentile( values, 99 ), 8, 'f', 0 )
           .arg( GwLatencyBenchmark::percentile( values, 100 ), 8, 'f', 0 );
  }
}

QString GwLatencyCommand::summary() const
{
  return tr( "Measure the time from an ingested incident to its redraw on the wall, and the ingest throughput, on copies of a data file." );
}

QList<QCommandLineOption> GwLatencyCommand::options() const
{
  return {
    QCommandLineOption( QStringLiteral( "data" ), tr( "GridWall data file (GeoPackage) to measure; it is copied and never changed." ), QStringLiteral( "FILE" ) ),
    QCommandLineOption( QStringLiteral( "events" ), tr( "Number of incidents to measure, 1 to 100000; the simulated stream carries camera status and staff positions between them. The throughput run stores as many events of every type." ), QStringLiteral( "N" ), QStringLiteral( "1000" ) ),
    QCommandLineOption( QStringLiteral( "rate" ), tr( "Events of every type per second fed to the ingest process, above 0 and up to 1000." ), QStringLiteral( "R" ), QStringLiteral( "20" ) ),
    QCommandLineOption( QStringLiteral( "size" ), tr( "Size of the wall window in pixels, WIDTHxHEIGHT." ), QStringLiteral( "WxH" ), QStringLiteral( "1920x1080" ) ),
    QCommandLineOption( QStringLiteral( "seed" ), tr( "Seed of the simulated stream, 0 to 4294967295." ), QStringLiteral( "S" ), QStringLiteral( "20261204" ) ),
    QCommandLineOption( QStringLiteral( "extra-poll" ), tr( "Also read the change log every MS milliseconds, 10 to 10000, to try a shorter poll interval than the wall's; 0 for none." ), QStringLiteral( "MS" ), QStringLiteral( "0" ) ),
  };
}

int GwLatencyCommand::execute( const QCommandLineParser &parser )
{
  bool ok = false;
  const int events = parser.value( QStringLiteral( "events" ) ).toInt( &ok );
  if ( !ok || events < 1 || events > 100000 )
  {
    printError( tr( "gridwall latency: invalid number of events “%1”; expected a whole number from 1 to 100000." ).arg( parser.value( QStringLiteral( "events" ) ) ) );
    return ExitUsage;
  }
  const double rate = parser.value( QStringLiteral( "rate" ) ).toDouble( &ok );
  if ( !ok || !( rate > 0 ) || rate > 1000 )
  {
    printError( tr( "gridwall latency: invalid rate “%1”; expected events per second above 0 and up to 1000." ).arg( parser.value( QStringLiteral( "rate" ) ) ) );
    return ExitUsage;
  }
  static const QRegularExpression sizePattern( QStringLiteral( "^(\\d{1,5})x(\\d{1,5})$" ) );
  const QRegularExpressionMatch sizeMatch = sizePattern.match( parser.value( QStringLiteral( "size" ) ) );
  const QSize size = sizeMatch.hasMatch() ? QSize( sizeMatch.captured( 1 ).toInt(), sizeMatch.captured( 2 ).toInt() ) : QSize();
  if ( !size.isValid() || size.width() < 16 || size.height() < 16 || size.width() > 16384 || size.height() > 16384 )
  {
    printError( tr( "gridwall latency: invalid size “%1”; expected WIDTHxHEIGHT from 16 to 16384 pixels, such as 1920x1080." ).arg( parser.value( QStringLiteral( "size" ) ) ) );
    return ExitUsage;
  }
  const quint32 seed = parser.value( QStringLiteral( "seed" ) ).toUInt( &ok );
  if ( !ok )
  {
    printError( tr( "gridwall latency: invalid seed “%1”; expected a whole number from 0 to 4294967295." ).arg( parser.value( QStringLiteral( "seed" ) ) ) );
    return ExitUsage;
  }

  const int extraPollMs = parser.value( QStringLiteral( "extra-poll" ) ).toInt( &ok );
  if ( !ok || ( extraPollMs != 0 && ( extraPollMs < 10 || extraPollMs > 10000 ) ) )
  {
    printError( tr( "gridwall latency: invalid extra poll interval “%1”; expected 0 or a whole number of milliseconds from 10 to 10000." ).arg( parser.value( QStringLiteral( "extra-poll" ) ) ) );
    return ExitUsage;
  }

  QString error;
  const QString dataPath = resolveDataFile( parser.value( QStringLiteral( "data" ) ), &error );
  if ( dataPath.isEmpty() )
  {
    printError( error );
    return ExitFailure;
  }
  QTemporaryDir folder;
  const QString latencyCopy = folder.filePath( QStringLiteral( "latency.gpkg" ) );
  const QString throughputCopy = folder.filePath( QStringLiteral( "throughput.gpkg" ) );
  if ( !folder.isValid() || !copyDataFile( dataPath, latencyCopy ) || !copyDataFile( dataPath, throughputCopy ) )
  {
    printError( tr( "Copying data file %1 to a temporary folder failed." ).arg( QDir::toNativeSeparators( dataPath ) ) );
    return ExitFailure;
  }

  printOutput( tr( "Latency of %1 (on a copy): %2 incidents in a stream of %3 events/s, wall window %4×%5 pixels, change log polled every %6 ms." )
               .arg( QDir::toNativeSeparators( dataPath ) ).arg( events ).arg( rate ).arg( size.width() ).arg( size.height() ).arg( GwWall::CHANGE_POLL_MS ) );
  if ( extraPollMs > 0 )
    printOutput( tr( "Extra reads of the change log every %1 ms." ).arg( extraPollMs ) );

  GwLatencyBenchmark benchmark( latencyCopy, size, QCoreApplication::applicationFilePath() );
  GwLatencyBenchmark::Latency latency;
  if ( !benchmark.measureLatency( events, rate, seed, extraPollMs, latency, &error ) )
  {
    printError( error );
    return ExitFailure;
  }
  if ( latency.ingestExitCode != ExitSuccess )
    printError( tr( "The ingest process ended with exit code %1; its messages are above." ).arg( latency.ingestExitCode ) );
  if ( latency.milliseconds.isEmpty() )
  {
    printError( tr( "No incident reached the wall, so there is no latency to report." ) );
    return ExitFailure;
  }

  printOutput( tr( "%1 lines sent, %2 of them incidents; %3 incidents drawn on the wall." )
               .arg( latency.linesSent ).arg( latency.incidentsSent ).arg( latency.milliseconds.size() ) );
  printOutput( QStringLiteral( "%1 %2 %3 %4" ).arg( tr( "milliseconds" ), -44 ).arg( tr( "p50" ), 8 ).arg( tr( "p99" ), 8 ).arg( tr( "max" ), 8 ) );
  printOutput( millisecondsRow( tr( "write → layer reloaded on the wall" ), latency.untilReloadMilliseconds ) );
  printOutput( millisecondsRow( tr( "write → redraw finished (latency)" ), latency.milliseconds ) );

  const double p99 = GwLatencyBenchmark::percentile( latency.milliseconds, 99 );
  printOutput( p99 <= GOAL_P99_MS
               ? tr( "Goal p99 ≤ %1 ms: met, %2 ms." ).arg( GOAL_P99_MS ).arg( p99, 0, 'f', 0 )
               : tr( "Goal p99 ≤ %1 ms: not met, %2 ms." ).arg( GOAL_P99_MS ).arg( p99, 0, 'f', 0 ) );

  GwLatencyBenchmark::Throughput throughput;
  if ( !GwLatencyBenchmark::measureThroughput( throughputCopy, events, seed, throughput, &error ) )
  {
    printError( error );
    return ExitFailure;
  }
  printOutput( tr( "Ingest throughput: %1 events (%2 stored) in %3 s, %4 events/s, one transaction per event." )
               .arg( throughput.lines ).arg( throughput.stored ).arg( throughput.seconds, 0, 'f', 2 ).arg( throughput.eventsPerSecond(), 0, 'f', 0 ) );
  return ExitSuccess;
}
