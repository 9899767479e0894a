// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwimportcommand.h"

#include "gwconsolefeedback.h"
#include "gwosmimporter.h"
#include "gwvectorsource.h"

#include <QDir>
#include <QFileInfo>

QString GwImportCommand::summary() const
{
  return tr( "Import roads and buildings from an OSM or vector file into a new data file." );
}

QList<QCommandLineOption> GwImportCommand::options() const
{
  return {
    QCommandLineOption( QStringLiteral( "source-crs" ), tr( "Coordinate system of SOURCE: %1. It is never read from the file, because Chinese data often declare WGS84 while holding GCJ-02 coordinates." ).arg( GwOsmImporter::supportedSourceCrs().join( QLatin1String( ", " ) ) ), QStringLiteral( "CRS" ), GwImportOptions().sourceCrs ),
    QCommandLineOption( QStringLiteral( "name" ), tr( "Place name that the wall shows in its title, such as 贵溪市. Default: the base name of SOURCE." ), QStringLiteral( "NAME" ) ),
    QCommandLineOption( QStringLiteral( "encoding" ), tr( "Text encoding of the attribute values in SOURCE, such as GBK for most Chinese shapefiles. Default: the encoding the file declares (a shapefile's .cpg file or .dbf code page), else UTF-8." ), QStringLiteral( "ENCODING" ) ),
  };
}

QList<GwCommand::Positional> GwImportCommand::positionalArguments() const
{
  return {
    { QStringLiteral( "SOURCE" ), tr( "File to import (.osm.pbf, .osm, .gpkg, .shp, .geojson, …)." ) },
    { QStringLiteral( "OUT.gpkg" ), tr( "GeoPackage to create; it must not exist yet." ) },
  };
}

int GwImportCommand::execute( const QCommandLineParser &parser )
{
  GwImportOptions options;
  options.sourcePath = QFileInfo( parser.positionalArguments().at( 0 ) ).absoluteFilePath();
  options.targetPath = QFileInfo( parser.positionalArguments().at( 1 ) ).absoluteFilePath();
  options.sourceCrs = parser.value( QStringLiteral( "source-crs" ) );
  options.placeName = parser.value( QStringLiteral( "name" ) ).trimmed();
  options.encoding = parser.value( QStringLiteral( "encoding" ) ).trimmed();

  // A wrong --encoding is a usage error, found before any file is opened.
  if ( !options.encoding.isEmpty() && !GwVectorSource::isSupportedEncoding( options.encoding ) )
  {
    printError( tr( "Text encoding %1 given with --encoding is not supported; use a name such as GBK, GB18030 or UTF-8." ).arg( options.encoding ) );
    return ExitUsage;
  }

  if ( !QFileInfo( options.sourcePath ).isFile() )
  {
    printError( tr( "Source file %1 not found." ).arg( QDir::toNativeSeparators( options.sourcePath ) ) );
    return ExitFailure;
  }
  if ( QFileInfo::exists( options.targetPath ) )
  {
    printError( tr( "File %1 already exists; choose a new file name or remove it first." ).arg( QDir::toNativeSeparators( options.targetPath ) ) );
    return ExitFailure;
  }

  GwConsoleFeedback feedback;
  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  const bool imported = importer.run( options, &feedback, report, &error );
  feedback.finish();
  for ( const QString &warning : std::as_const( report.warnings ) )
    printError( warning );
  if ( !imported )
  {
    printError( tr( "Importing %1 into %2 failed: %3" ).arg( QDir::toNativeSeparators( options.sourcePath ), QDir::toNativeSeparators( options.targetPath ), error ) );
    return ExitFailure;
  }

  printOutput( tr( "Imported into %3: roads %1, buildings %2; features skipped %4." ).arg( report.roads ).arg( report.buildings ).arg( QDir::toNativeSeparators( options.targetPath ) ).arg( report.skipped ) );
  return ExitSuccess;
}
