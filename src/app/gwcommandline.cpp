// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwcommandline.h"

#include "gwbenchmarkcommand.h"
#include "gwdemodatacommand.h"
#include "gwdeskcommand.h"
#include "gwimportcommand.h"
#include "gwingestcommand.h"
#include "gwlatencycommand.h"
#include "gwsimulatecommand.h"
#include "gwwallcommand.h"

#include <cstdio>

GwCommandLine::GwCommandLine()
{
  mCommands.push_back( std::make_unique<GwWallCommand>() );
  mCommands.push_back( std::make_unique<GwDemoDataCommand>() );
  mCommands.push_back( std::make_unique<GwDeskCommand>() );
  mCommands.push_back( std::make_unique<GwImportCommand>() );
  mCommands.push_back( std::make_unique<GwBenchmarkCommand>() );
  mCommands.push_back( std::make_unique<GwIngestCommand>() );
  mCommands.push_back( std::make_unique<GwSimulateCommand>() );
  mCommands.push_back( std::make_unique<GwLatencyCommand>() );
}

GwCommandLine::~GwCommandLine() = default;

QStringList GwCommandLine::withLanguageAfterSubcommand( const QStringList &arguments )
{
  // "gridwall --lang zh_CN wall" reads naturally; every subcommand takes --lang itself, so
  // the option moves behind the subcommand name. Help and version requests stay first.
  if ( arguments.size() < 3 )
    return arguments;
  QStringList language;
  int next = 1;
  if ( arguments.at( 1 ) == QLatin1String( "--lang" ) && arguments.size() > 2 )
  {
    language = arguments.mid( 1, 2 );
    next = 3;
  }
  else if ( arguments.at( 1 ).startsWith( QLatin1String( "--lang=" ) ) )
  {
    language = arguments.mid( 1, 1 );
    next = 2;
  }
  if ( language.isEmpty() || next >= arguments.size() )
    return arguments;

  QStringList reordered = { arguments.at( 0 ), arguments.at( next ) };
  const bool helpOrVersion = arguments.at( next ).startsWith( QLatin1Char( '-' ) ) || arguments.at( next ) == QLatin1String( "help" );
  if ( !helpOrVersion )
    reordered << language;
  reordered << arguments.mid( next + 1 );
  return reordered;
}

GwCommand *GwCommandLine::command( const QStringList &rawArguments ) const
{
  const QStringList arguments = withLanguageAfterSubcommand( rawArguments );
  if ( arguments.size() < 2 )
    return nullptr;

  for ( const std::unique_ptr<GwCommand> &command : mCommands )
  {
    if ( command->name() == arguments.at( 1 ) )
      return command.get();
  }
  return nullptr;
}

GwCommand::Application GwCommandLine::application( const QStringList &arguments ) const
{
  const GwCommand *found = command( arguments );
  if ( !found || arguments.contains( QLatin1String( "--help" ) ) || arguments.contains( QLatin1String( "-h" ) ) )
    return GwCommand::Application::Headless;
  return found->application();
}

QString GwCommandLine::requestedLanguage( const QStringList &arguments )
{
  for ( int i = 1; i < arguments.size(); ++i )
  {
    const QString &argument = arguments.at( i );
    if ( argument == QLatin1String( "--" ) )
      break;
    if ( ( argument == QLatin1String( "--lang" ) || argument == QLatin1String( "-lang" ) ) && i + 1 < arguments.size() )
      return arguments.at( i + 1 );
    if ( argument.startsWith( QLatin1String( "--lang=" ) ) )
      return argument.mid( 7 );
  }
  return QString();
}

int GwCommandLine::run( const QStringList &rawArguments )
{
  const QStringList arguments = withLanguageAfterSubcommand( rawArguments );
  if ( arguments.size() < 2 )
  {
    GwCommand::printError( tr( "gridwall: missing subcommand." ) );
    GwCommand::printError( helpText() );
    return GwCommand::ExitUsage;
  }

  const QString first = arguments.at( 1 );
  if ( first == QLatin1String( "--help" ) || first == QLatin1String( "-h" ) || first == QLatin1String( "help" ) )
  {
    std::fputs( helpText().toUtf8().constData(), stdout );
    return GwCommand::ExitSuccess;
  }
  if ( first == QLatin1String( "--version" ) || first == QLatin1String( "-v" ) )
  {
    GwCommand::printOutput( QStringLiteral( "gridwall %1" ).arg( version() ) );
    return GwCommand::ExitSuccess;
  }

  GwCommand *found = command( arguments );
  if ( !found )
  {
    GwCommand::printError( tr( "gridwall: unknown subcommand “%1”. Run “gridwall --help” for the list." ).arg( first ) );
    return GwCommand::ExitUsage;
  }

  return found->run( arguments.mid( 2 ) );
}

QString GwCommandLine::helpText() const
{
  QString text = tr( "Usage: gridwall SUBCOMMAND [options]" ) + QLatin1String( "\n\n" );
  text += tr( "GridWall shows a subdistrict's grids, cameras and incidents on a command-centre video wall." ) + QLatin1String( "\n\n" );
  text += tr( "Subcommands:" ) + QLatin1Char( '\n' );
  for ( const std::unique_ptr<GwCommand> &command : mCommands )
    text += QStringLiteral( "  %1 %2\n" ).arg( command->name(), -11 ).arg( command->summary() );

  text += QLatin1Char( '\n' ) + tr( "Options:" ) + QLatin1Char( '\n' );
  text += QStringLiteral( "  -h, --help     %1\n" ).arg( tr( "Show this help and exit." ) );
  text += QStringLiteral( "  -v, --version  %1\n" ).arg( tr( "Show the program version and exit." ) );
  text += QStringLiteral( "  --lang LANGUAGE  %1\n" ).arg( tr( "User interface language: zh_CN or en (default: from the system locale); before or after the subcommand." ) );
  text += QLatin1Char( '\n' ) + tr( "Run “gridwall SUBCOMMAND --help” for the options of one subcommand." ) + QLatin1Char( '\n' );
  text += tr( "The data file defaults to the file named by the environment variable GRIDWALL_DATA, else to wangjiaqiao.gpkg in the application data folder." ) + QLatin1Char( '\n' );
  return text;
}

QString GwCommandLine::version()
{
  return QStringLiteral( GW_VERSION );
}
