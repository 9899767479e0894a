// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwsimulatecommand.h"

#include "gweventsimulator.h"
#include "gwstore.h"

#include <QDateTime>
#include <QDir>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>

namespace
{
  //! Writes \a line and a line break to stdout and flushes it; returns false once the reader is gone.
  bool writeLine( const QByteArray &line )
  {
    if ( std::fwrite( line.constData(), 1, static_cast<size_t>( line.size() ), stdout ) != static_cast<size_t>( line.size() ) )
      return false;
    if ( std::fputc( '\n', stdout ) == EOF )
      return false;
    // Each line goes out at once, so that a reader such as `gridwall ingest -` receives it live.
    return std::fflush( stdout ) == 0;
  }
}

QString GwSimulateCommand::summary() const
{
  return tr( "Write a simulated stream of incidents, alarms, camera status and staff positions (JSON Lines) to standard output." );
}

QList<QCommandLineOption> GwSimulateCommand::options() const
{
  return {
    QCommandLineOption( QStringLiteral( "data" ), tr( "GridWall data file (GeoPackage) whose grids, incidents, staff and cameras the stream is drawn from; it is only read." ), QStringLiteral( "FILE" ) ),
    QCommandLineOption( QStringLiteral( "rate" ), tr( "Events per second, 0 to %1; 0 writes as fast as the reader takes them." ).arg( MAX_RATE ), QStringLiteral( "N" ), QStringLiteral( "5" ) ),
    QCommandLineOption( QStringLiteral( "count" ), tr( "Number of events to write, then exit; 0 writes until the reader closes the stream or the program is stopped." ), QStringLiteral( "M" ), QStringLiteral( "0" ) ),
    QCommandLineOption( QStringLiteral( "seed" ), tr( "Seed of the random choices, 0 to 4294967295; it is also part of every id (sim-SEED-N). Default: taken from the clock, so that two runs never share an id." ), QStringLiteral( "S" ) ),
  };
}

int GwSimulateCommand::execute( const QCommandLineParser &parser )
{
  bool ok = false;
  const double rate = parser.value( QStringLiteral( "rate" ) ).toDouble( &ok );
  if ( !ok || !( rate >= 0 ) || rate > MAX_RATE )
  {
    printError( tr( "gridwall simulate: invalid rate “%1”; expected a number of events per second from 0 to %2." ).arg( parser.value( QStringLiteral( "rate" ) ) ).arg( MAX_RATE ) );
    return ExitUsage;
  }

  const qint64 count = parser.value( QStringLiteral( "count" ) ).toLongLong( &ok );
  if ( !ok || count < 0 )
  {
    printError( tr( "gridwall simulate: invalid count “%1”; expected a whole number, 0 for no end." ).arg( parser.value( QStringLiteral( "count" ) ) ) );
    return ExitUsage;
  }

  quint32 seed = static_cast<quint32>( QDateTime::currentMSecsSinceEpoch() % 4294967296LL );
  if ( parser.isSet( QStringLiteral( "seed" ) ) )
  {
    seed = parser.value( QStringLiteral( "seed" ) ).toUInt( &ok );
    if ( !ok )
    {
      printError( tr( "gridwall simulate: invalid seed “%1”; expected a whole number from 0 to 4294967295." ).arg( parser.value( QStringLiteral( "seed" ) ) ) );
      return ExitUsage;
    }
  }

  QString error;
  const QString dataPath = resolveDataFile( parser.value( QStringLiteral( "data" ) ), &error );
  if ( dataPath.isEmpty() )
  {
    printError( error );
    return ExitFailure;
  }
  GwEventSimulator::Scene scene;
  {
    // The file is read once and closed, so the simulator holds no lock while it runs.
    const std::unique_ptr<GwStore> store = GwStore::open( dataPath, &error );
    if ( !store || !GwEventSimulator::loadScene( *store, scene, &error ) )
    {
      printError( error );
      return ExitFailure;
    }
  }

#ifdef SIGPIPE
  // A reader that goes away (`| head`, a stopped ingest) ends the stream normally:
  // the failed write is noticed below instead of the signal killing the process.
  std::signal( SIGPIPE, SIG_IGN );
#endif

  GwEventSimulator simulator( scene, seed );
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  for ( qint64 written = 0; count == 0 || written < count; ++written )
  {
    // Events are paced from the start time, so a slow write does not lower the rate.
    if ( rate > 0 )
      std::this_thread::sleep_until( start + std::chrono::duration_cast<Clock::duration>( std::chrono::duration<double>( written / rate ) ) );

    if ( !writeLine( simulator.next( QDateTime::currentDateTimeUtc() ) ) )
    {
      if ( errno == EPIPE )
        return ExitSuccess;
      printError( tr( "gridwall simulate: writing event %1 to standard output failed: %2" ).arg( written + 1 ).arg( QString::fromLocal8Bit( std::strerror( errno ) ) ) );
      return ExitFailure;
    }
  }
  return ExitSuccess;
}
