// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwbenchmarkcommand.h"

#include "gwmapproject.h"
#include "gwrenderbenchmark.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace
{
  QString row( const QString &label, const QVector<double> &times )
  {
    const double minimum = times.isEmpty() ? 0 : *std::min_element( times.constBegin(), times.constEnd() );
    return QStringLiteral( "%1 %2 %3" )
           .arg( label, -58 )
           .arg( GwRenderBenchmark::median( times ), 10, 'f', 1 )
           .arg( minimum, 10, 'f', 1 );
  }

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
}

QString GwBenchmarkCommand::summary() const
{
  return tr( "Time map redraws of a data file (on a temporary copy) and print the figures." );
}

QList<QCommandLineOption> GwBenchmarkCommand::options() const
{
  return {
    QCommandLineOption( QStringLiteral( "data" ), tr( "GridWall data file (GeoPackage) to render; it is copied and never changed." ), QStringLiteral( "FILE" ) ),
    QCommandLineOption( QStringLiteral( "size" ), tr( "Image size in pixels, WIDTHxHEIGHT." ), QStringLiteral( "WxH" ), QStringLiteral( "3840x2160" ) ),
    QCommandLineOption( QStringLiteral( "repeat" ), tr( "Number of runs per case, 1 to 1000; the table shows their median and minimum." ), QStringLiteral( "N" ), QStringLiteral( "5" ) ),
  };
}

int GwBenchmarkCommand::execute( const QCommandLineParser &parser )
{
  const QString sizeText = parser.value( QStringLiteral( "size" ) );
  static const QRegularExpression sizePattern( QStringLiteral( "^(\\d{1,5})x(\\d{1,5})$" ) );
  const QRegularExpressionMatch sizeMatch = sizePattern.match( sizeText );
  const QSize size = sizeMatch.hasMatch() ? QSize( sizeMatch.captured( 1 ).toInt(), sizeMatch.captured( 2 ).toInt() ) : QSize();
  if ( !size.isValid() || size.width() < 16 || size.height() < 16 || size.width() > 16384 || size.height() > 16384 )
  {
    printError( tr( "gridwall benchmark: invalid size “%1”; expected WIDTHxHEIGHT from 16 to 16384 pixels, such as 3840x2160." ).arg( sizeText ) );
    return ExitUsage;
  }

  bool ok = false;
  const int repeat = parser.value( QStringLiteral( "repeat" ) ).toInt( &ok );
  if ( !ok || repeat < 1 || repeat > 1000 )
  {
    printError( tr( "gridwall benchmark: invalid repeat count “%1”; expected a whole number from 1 to 1000." ).arg( parser.value( QStringLiteral( "repeat" ) ) ) );
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
  const QString copyPath = folder.filePath( QFileInfo( dataPath ).fileName() );
  if ( !folder.isValid() || !copyDataFile( dataPath, copyPath ) )
  {
    printError( tr( "Copying data file %1 to a temporary folder failed." ).arg( QDir::toNativeSeparators( dataPath ) ) );
    return ExitFailure;
  }

  GwMapProject project;
  QStringList warnings;
  const bool opened = project.open( copyPath, &error, &warnings );
  for ( const QString &warning : std::as_const( warnings ) )
    printError( warning );
  if ( !opened )
  {
    printError( error );
    return ExitFailure;
  }

  GwRenderBenchmark benchmark( &project, size );
  printOutput( tr( "Render benchmark of %1 (on a copy), %2×%3 pixels, map CRS %4, %5 layers, %6 runs per case." )
               .arg( QDir::toNativeSeparators( dataPath ) )
               .arg( size.width() ).arg( size.height() )
               .arg( project.destinationCrs().authid() )
               .arg( project.renderLayers().size() )
               .arg( repeat ) );

  const QVector<double> sequential = benchmark.fullRedrawSequential( repeat );
  const QVector<double> cached = benchmark.fullRedrawCached( repeat );
  const QVector<double> incident = benchmark.incidentChangeRedraw( repeat, &error );
  if ( incident.isEmpty() )
  {
    printError( tr( "The incident-change case failed: %1" ).arg( error ) );
    return ExitFailure;
  }

  printOutput( QStringLiteral( "%1 %2 %3" ).arg( tr( "case" ), -58 ).arg( tr( "median ms" ), 10 ).arg( tr( "min ms" ), 10 ) );
  printOutput( row( tr( "(a) full redraw, sequential job, no cache" ), sequential ) );
  printOutput( row( tr( "(b) full redraw, parallel job and cache (wall)" ), cached ) );
  printOutput( row( tr( "(c) one incident changed, only its layer redrawn" ), incident ) );

  const double goal = GwRenderBenchmark::median( sequential ) / 10.0;
  const double achieved = GwRenderBenchmark::median( incident );
  printOutput( achieved <= goal
               ? tr( "Goal (c) ≤ (a)/10: met, %1 ms ≤ %2 ms." ).arg( achieved, 0, 'f', 1 ).arg( goal, 0, 'f', 1 )
               : tr( "Goal (c) ≤ (a)/10: not met, %1 ms > %2 ms." ).arg( achieved, 0, 'f', 1 ).arg( goal, 0, 'f', 1 ) );
  return ExitSuccess;
}
