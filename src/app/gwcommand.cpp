// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwcommand.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace
{
  QCommandLineOption helpOption()
  {
    return QCommandLineOption( { QStringLiteral( "h" ), QStringLiteral( "help" ) }, GwCommand::tr( "Show this help and exit." ) );
  }

  QCommandLineOption languageOption()
  {
    return QCommandLineOption( QStringLiteral( "lang" ), GwCommand::tr( "User interface language: zh_CN or en (default: from the system locale)." ), QStringLiteral( "LANGUAGE" ) );
  }

  QString optionSyntax( const QCommandLineOption &option )
  {
    QStringList names;
    for ( const QString &name : option.names() )
      names << ( name.size() == 1 ? QStringLiteral( "-" ) : QStringLiteral( "--" ) ) + name;

    QString syntax = names.join( QLatin1String( ", " ) );
    if ( !option.valueName().isEmpty() )
      syntax += QLatin1Char( ' ' ) + option.valueName();
    return syntax;
  }

  void writeLine( FILE *stream, const QString &text )
  {
    const QByteArray bytes = text.toUtf8();
    std::fwrite( bytes.constData(), 1, static_cast<size_t>( bytes.size() ), stream );
    std::fputc( '\n', stream );
    std::fflush( stream );
  }
}

int GwCommand::run( const QStringList &arguments )
{
  QCommandLineParser parser;
  parser.setSingleDashWordOptionMode( QCommandLineParser::ParseAsLongOptions );
  parser.addOption( helpOption() );
  parser.addOption( languageOption() );
  for ( const QCommandLineOption &option : options() )
    parser.addOption( option );

  // QCommandLineParser ignores the first argument, which is normally the program name.
  if ( !parser.parse( QStringList { QStringLiteral( "gridwall" ) } + arguments ) )
  {
    printError( tr( "gridwall %1: %2" ).arg( name(), parser.errorText() ) );
    printError( tr( "Run “gridwall %1 --help” for the options." ).arg( name() ) );
    return ExitUsage;
  }

  if ( parser.isSet( QStringLiteral( "help" ) ) )
  {
    std::fputs( helpText().toUtf8().constData(), stdout );
    return ExitSuccess;
  }

  const QString language = parser.value( QStringLiteral( "lang" ) );
  if ( parser.isSet( QStringLiteral( "lang" ) ) && language != QLatin1String( "zh_CN" ) && language != QLatin1String( "en" ) )
  {
    printError( tr( "gridwall %1: invalid language “%2”; use zh_CN or en." ).arg( name(), language ) );
    return ExitUsage;
  }

  const QList<Positional> expected = positionalArguments();
  const QStringList given = parser.positionalArguments();
  if ( given.size() < expected.size() )
  {
    printError( tr( "gridwall %1: missing argument %2." ).arg( name(), expected.at( given.size() ).name ) );
    printError( tr( "Run “gridwall %1 --help” for the options." ).arg( name() ) );
    return ExitUsage;
  }
  if ( given.size() > expected.size() )
  {
    printError( tr( "gridwall %1: unexpected argument “%2”." ).arg( name(), given.at( expected.size() ) ) );
    printError( tr( "Run “gridwall %1 --help” for the options." ).arg( name() ) );
    return ExitUsage;
  }

  return execute( parser );
}

QString GwCommand::helpText() const
{
  QStringList positionalNames;
  for ( const Positional &positional : positionalArguments() )
    positionalNames << positional.name;

  QString text = tr( "Usage: gridwall %1 [options]" ).arg( name() );
  if ( !positionalNames.isEmpty() )
    text += QLatin1Char( ' ' ) + positionalNames.join( QLatin1Char( ' ' ) );
  text += QLatin1String( "\n\n" ) + summary() + QLatin1String( "\n" );

  if ( !positionalNames.isEmpty() )
  {
    text += QLatin1Char( '\n' ) + tr( "Arguments:" ) + QLatin1Char( '\n' );
    for ( const Positional &positional : positionalArguments() )
      text += QStringLiteral( "  %1\n      %2\n" ).arg( positional.name, positional.description );
  }

  text += QLatin1Char( '\n' ) + tr( "Options:" ) + QLatin1Char( '\n' );
  QList<QCommandLineOption> allOptions = options();
  allOptions << languageOption() << helpOption();
  for ( const QCommandLineOption &option : std::as_const( allOptions ) )
  {
    text += QStringLiteral( "  %1\n      %2\n" ).arg( optionSyntax( option ), option.description() );
    if ( !option.defaultValues().isEmpty() )
      text += QStringLiteral( "      %1\n" ).arg( tr( "Default: %1" ).arg( option.defaultValues().join( QLatin1String( ", " ) ) ) );
  }
  return text;
}

void GwCommand::printError( const QString &message )
{
  writeLine( stderr, message );
}

void GwCommand::printOutput( const QString &text )
{
  writeLine( stdout, text );
}

QString GwCommand::resolveDataFile( const QString &optionValue, QString *error )
{
  QString path = optionValue;
  QString origin;
  if ( path.isEmpty() )
  {
    path = qEnvironmentVariable( "GRIDWALL_DATA" );
    origin = tr( "named by GRIDWALL_DATA" );
  }
  if ( path.isEmpty() )
  {
    path = QDir( QStandardPaths::writableLocation( QStandardPaths::AppDataLocation ) ).filePath( QStringLiteral( "wangjiaqiao.gpkg" ) );
    origin = tr( "the default location" );
  }

  const QFileInfo info( path );
  if ( info.isFile() )
    return info.absoluteFilePath();

  if ( error )
  {
    if ( info.exists() )
      *error = tr( "Data file %1 is not a file." ).arg( QDir::toNativeSeparators( info.absoluteFilePath() ) );
    else if ( origin.isEmpty() )
      *error = tr( "Data file %1 not found." ).arg( QDir::toNativeSeparators( info.absoluteFilePath() ) );
    else
      *error = tr( "Data file %1 (%2) not found. Run “gridwall demo-data %1” first, or pass --data FILE." ).arg( QDir::toNativeSeparators( info.absoluteFilePath() ), origin );
  }
  return QString();
}
