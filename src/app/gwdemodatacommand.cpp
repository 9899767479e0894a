// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdemodatacommand.h"

#include "gwconsolefeedback.h"
#include "gwdemogenerator.h"

#include <QDir>
#include <QFileInfo>

QString GwDemoDataCommand::summary() const
{
  return tr( "Write the demo subdistrict (汪家桥街道) to a new data file." );
}

QList<QCommandLineOption> GwDemoDataCommand::options() const
{
  return {
    QCommandLineOption( QStringLiteral( "seed" ), tr( "Seed of the random choices, 0 to 4294967295; the same seed gives the same data." ), QStringLiteral( "N" ), QString::number( GwDemoOptions().seed ) ),
  };
}

QList<GwCommand::Positional> GwDemoDataCommand::positionalArguments() const
{
  return { { QStringLiteral( "OUT.gpkg" ), tr( "GeoPackage to create; it must not exist yet." ) } };
}

int GwDemoDataCommand::execute( const QCommandLineParser &parser )
{
  const QString target = QFileInfo( parser.positionalArguments().at( 0 ) ).absoluteFilePath();

  GwDemoOptions options;
  bool ok = false;
  const QString seedText = parser.value( QStringLiteral( "seed" ) );
  options.seed = seedText.toUInt( &ok );
  if ( !ok )
  {
    printError( tr( "gridwall demo-data: invalid seed “%1”; expected a whole number from 0 to 4294967295." ).arg( seedText ) );
    return ExitUsage;
  }

  if ( QFileInfo::exists( target ) )
  {
    printError( tr( "File %1 already exists; choose a new file name or remove it first." ).arg( QDir::toNativeSeparators( target ) ) );
    return ExitFailure;
  }

  GwConsoleFeedback feedback;
  GwDemoGenerator generator( options );
  QString error;
  const bool generated = generator.generate( target, &feedback, &error );
  feedback.finish();
  if ( !generated )
  {
    printError( tr( "Writing the demo data to %1 failed: %2" ).arg( QDir::toNativeSeparators( target ), error ) );
    return ExitFailure;
  }

  printOutput( tr( "Demo data written to %1." ).arg( QDir::toNativeSeparators( target ) ) );
  return ExitSuccess;
}
