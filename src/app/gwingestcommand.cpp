// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwingestcommand.h"

#include "gwdispatcher.h"
#include "gwgridlocator.h"
#include "gwintakeparser.h"
#include "gwintakewriter.h"
#include "gwslatable.h"
#include "gwstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <cstring>

namespace
{
  enum class LineRead
  {
    Line,    //!< A line was read, with or without its line break.
    End,     //!< The stream ended before any byte of a new line.
    TooLong, //!< The line was longer than MAX_LINE_BYTES; its bytes were skipped.
  };

  /**
   * Reads one line from \a stream into \a line, without its line break. Reads byte by
   * byte through stdio's buffer, so a line is handled as soon as its line break arrives
   * on a pipe, and a NUL byte cannot hide the line break after it.
   */
  LineRead readLine( std::FILE *stream, QByteArray &line )
  {
    line.clear();
    bool tooLong = false;
    int c = std::getc( stream );
    if ( c == EOF )
      return LineRead::End;
    for ( ; c != EOF && c != '\n'; c = std::getc( stream ) )
    {
      if ( line.size() < GwIngestCommand::MAX_LINE_BYTES )
        line.append( static_cast<char>( c ) );
      else
        tooLong = true;
    }
    // Files written on Windows end their lines with CR LF.
    if ( line.endsWith( '\r' ) )
      line.chop( 1 );
    return tooLong ? LineRead::TooLong : LineRead::Line;
  }

  bool isBlank( const QByteArray &line )
  {
    return line.trimmed().isEmpty();
  }
}

QString GwIngestCommand::summary() const
{
  return tr( "Read intake events (JSON Lines) from a file or standard input and store them in the data file as they arrive." );
}

QList<QCommandLineOption> GwIngestCommand::options() const
{
  return {
    QCommandLineOption( QStringLiteral( "data" ), tr( "GridWall data file (GeoPackage) to write the events to." ), QStringLiteral( "FILE" ) ),
  };
}

QList<GwCommand::Positional> GwIngestCommand::positionalArguments() const
{
  return {
    { QStringLiteral( "INPUT" ), tr( "JSON Lines file to read, or - for standard input (one event per line, UTF-8). "
                                     "Exit status: 0 every line was stored or had been stored before; 1 the data file or INPUT could not be opened or read; "
                                     "2 the command line is invalid; 3 the input was read to its end but some lines were rejected or failed to write "
                                     "(their messages are on standard error)." ) },
  };
}

bool GwIngestCommand::ingest( std::FILE *stream, GwStore &store, Summary &summary, QString *error )
{
  QString storeError;
  const QVector<GwFeature> grids = store.features( QStringLiteral( "grids" ), QVariantMap(), &storeError );
  if ( !storeError.isEmpty() )
  {
    if ( error )
      *error = storeError;
    return false;
  }
  QVector<QPair<QString, QByteArray>> codeAndWkb;
  for ( const GwFeature &grid : grids )
    codeAndWkb << qMakePair( grid.attributes.value( QStringLiteral( "code" ) ).toString(), grid.wkb );
  const GwGridLocator locator( GwGridLocator::fromWkb( codeAndWkb ) );
  if ( locator.extent().isNull() )
  {
    if ( error )
      *error = tr( "Data file %1 has no grid with a readable boundary, so events cannot be placed in grids." ).arg( QDir::toNativeSeparators( store.location() ) );
    return false;
  }

  const double margin = SUBDISTRICT_MARGIN_DEGREES;
  const GwIntakeParser parser( locator.extent().adjusted( -margin, -margin, margin, margin ) );
  // Intake only reports incidents; the SLA table matters from assignment on.
  GwDispatcher dispatcher( store, GwSlaTable::defaults() );
  GwIntakeWriter writer( store, dispatcher, locator );

  QElapsedTimer timer;
  timer.start();
  QByteArray line;
  for ( LineRead read = readLine( stream, line ); read != LineRead::End; read = readLine( stream, line ) )
  {
    const int lineNumber = static_cast<int>( ++summary.lines );
    if ( read == LineRead::TooLong )
    {
      printError( tr( "Line %1: the line is longer than the maximum of %2 bytes and was skipped; shorten its texts or split it into several events." ).arg( lineNumber ).arg( MAX_LINE_BYTES ) );
      ++summary.rejected;
      continue;
    }
    // Editors on Windows start UTF-8 files with a byte order mark.
    if ( lineNumber == 1 && line.startsWith( "\xEF\xBB\xBF" ) )
      line.remove( 0, 3 );
    if ( isBlank( line ) )
      continue;

    GwIntakeEvent event;
    QString message;
    if ( !parser.parse( line, lineNumber, event, &message ) )
    {
      printError( message );
      ++summary.rejected;
      continue;
    }

    const GwDispatchResult result = writer.write( event, QDateTime::currentDateTimeUtc() );
    switch ( result.outcome )
    {
      case GwDispatchOutcome::Done:
      case GwDispatchOutcome::Warning:
        ++summary.stored;
        break;
      case GwDispatchOutcome::AlreadyStored:
        ++summary.alreadyStored;
        break;
      case GwDispatchOutcome::Conflict:
      case GwDispatchOutcome::Rejected:
        ++summary.rejected;
        break;
      case GwDispatchOutcome::Failed:
        ++summary.failed;
        break;
    }
    // Stored events may carry a note too, such as a point given to the nearest grid.
    if ( !result.message.isEmpty() && result.outcome != GwDispatchOutcome::AlreadyStored )
      printError( result.message );
  }
  summary.seconds = static_cast<double>( timer.nsecsElapsed() ) / 1.0e9;

  if ( std::ferror( stream ) )
  {
    if ( error )
      *error = tr( "Reading the input failed after line %1: %2" ).arg( summary.lines ).arg( QString::fromLocal8Bit( std::strerror( errno ) ) );
    return false;
  }
  return true;
}

int GwIngestCommand::execute( const QCommandLineParser &parser )
{
  QString error;
  const QString dataPath = resolveDataFile( parser.value( QStringLiteral( "data" ) ), &error );
  if ( dataPath.isEmpty() )
  {
    printError( error );
    return ExitFailure;
  }
  const std::unique_ptr<GwStore> store = GwStore::open( dataPath, &error );
  if ( !store )
  {
    printError( error );
    return ExitFailure;
  }

  const QString input = parser.positionalArguments().constFirst();
  const bool standardInput = input == QLatin1String( "-" );
  std::FILE *stream = standardInput ? stdin : std::fopen( QFile::encodeName( input ).constData(), "rb" );
  if ( !stream )
  {
    printError( tr( "Input file %1 could not be opened: %2" ).arg( QDir::toNativeSeparators( input ), QString::fromLocal8Bit( std::strerror( errno ) ) ) );
    return ExitFailure;
  }

  Summary summary;
  const bool read = ingest( stream, *store, summary, &error );
  if ( !standardInput )
    std::fclose( stream );

  const double rate = summary.seconds > 0 ? summary.lines / summary.seconds : 0;
  printOutput( tr( "%1 lines read in %2 s (%3 lines/s): %4 stored, %5 already stored, %6 rejected, %7 failed to write." )
               .arg( summary.lines ).arg( summary.seconds, 0, 'f', 1 ).arg( rate, 0, 'f', 0 )
               .arg( summary.stored ).arg( summary.alreadyStored ).arg( summary.rejected ).arg( summary.failed ) );
  if ( !read )
  {
    printError( error );
    return ExitFailure;
  }
  return summary.rejected > 0 || summary.failed > 0 ? ExitRejectedLines : ExitSuccess;
}
