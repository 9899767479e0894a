// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdeskcommand.h"

#include "gwdeskwindow.h"
#include "gwmapproject.h"
#include "gwslatable.h"

#include <QApplication>
#include <QDir>
#include <QScreen>

namespace
{
  // Generous, because the first render on a slow machine takes seconds.
  constexpr int SCREENSHOT_TIMEOUT_MS = 120000;
}

QString GwDeskCommand::summary() const
{
  return tr( "Open the dispatcher desk: incident queue, assignment, task board and history." );
}

QList<QCommandLineOption> GwDeskCommand::options() const
{
  return {
    QCommandLineOption( QStringLiteral( "data" ), tr( "GridWall data file (GeoPackage) to dispatch from." ), QStringLiteral( "FILE" ) ),
    QCommandLineOption( QStringLiteral( "actor" ), tr( "Name written into the event history for this desk's changes; default: the login name." ), QStringLiteral( "NAME" ) ),
    QCommandLineOption( QStringLiteral( "sla" ), tr( "SLA table (JSON) with deadlines by category and priority and the busy policy; default: the built-in table." ), QStringLiteral( "FILE" ) ),
    QCommandLineOption( QStringLiteral( "screen" ), tr( "Number of the screen to open on, counting from 0; default: the primary screen." ), QStringLiteral( "N" ) ),
    QCommandLineOption( QStringLiteral( "select" ), tr( "Id of the incident to select at start." ), QStringLiteral( "ID" ) ),
    QCommandLineOption( QStringLiteral( "screenshot" ), tr( "Render the desk once, save it as DIR/desk.png and exit." ), QStringLiteral( "DIR" ) ),
  };
}

QString GwDeskCommand::defaultActor()
{
  QString login = qEnvironmentVariable( "USER" );
  if ( login.isEmpty() )
    login = qEnvironmentVariable( "USERNAME" );
  return login.isEmpty() ? QStringLiteral( "dispatcher" ) : login;
}

int GwDeskCommand::execute( const QCommandLineParser &parser )
{
  QString error;
  const QString dataPath = resolveDataFile( parser.value( QStringLiteral( "data" ) ), &error );
  if ( dataPath.isEmpty() )
  {
    printError( error );
    return ExitFailure;
  }

  const QString screenshotDir = parser.value( QStringLiteral( "screenshot" ) );
  if ( screenshotDir.isEmpty() && QGuiApplication::platformName() == QLatin1String( "offscreen" ) )
  {
    printError( tr( "No display found for the desk window; set DISPLAY, or pass --screenshot DIR to render into a file." ) );
    return ExitFailure;
  }

  GwSlaTable sla = GwSlaTable::defaults();
  const QString slaPath = parser.value( QStringLiteral( "sla" ) );
  if ( !slaPath.isEmpty() && !GwSlaTable::load( slaPath, sla, &error ) )
  {
    printError( error );
    return ExitFailure;
  }

  const QString actor = parser.isSet( QStringLiteral( "actor" ) ) ? parser.value( QStringLiteral( "actor" ) ).trimmed() : defaultActor();
  if ( actor.isEmpty() )
  {
    printError( tr( "Option --actor is empty; give the name to write into the event history." ) );
    return ExitUsage;
  }

  const QList<QScreen *> screens = QGuiApplication::screens();
  QScreen *screen = QGuiApplication::primaryScreen();
  if ( parser.isSet( QStringLiteral( "screen" ) ) )
  {
    bool ok = false;
    const int number = parser.value( QStringLiteral( "screen" ) ).toInt( &ok );
    if ( !ok || number < 0 || number >= screens.size() )
    {
      printError( tr( "Option --screen “%1” is invalid: give a number from 0 to %2." ).arg( parser.value( QStringLiteral( "screen" ) ) ).arg( screens.size() - 1 ) );
      return ExitUsage;
    }
    screen = screens.at( number );
  }
  if ( !screen )
  {
    printError( tr( "No screen found for the desk window." ) );
    return ExitFailure;
  }

  qint64 selectId = 0;
  if ( parser.isSet( QStringLiteral( "select" ) ) )
  {
    bool ok = false;
    selectId = parser.value( QStringLiteral( "select" ) ).toLongLong( &ok );
    if ( !ok || selectId <= 0 )
    {
      printError( tr( "Option --select “%1” is invalid: give an incident id (a positive number)." ).arg( parser.value( QStringLiteral( "select" ) ) ) );
      return ExitUsage;
    }
  }

  GwMapProject project;
  QStringList warnings;
  const bool opened = project.open( dataPath, &error, &warnings );
  for ( const QString &warning : std::as_const( warnings ) )
    printError( warning );
  if ( !opened )
  {
    printError( error );
    return ExitFailure;
  }

  GwDeskWindow window( &project, sla, actor );
  // Without a window manager (Xvfb, some wall controllers) a maximise request is ignored,
  // so the window takes the screen's free area itself.
  window.setGeometry( screen->availableGeometry() );
  window.show();

  if ( selectId != 0 && !window.selectIncident( selectId ) )
    printError( tr( "Incident %1 not found among the incidents the desk lists." ).arg( selectId ) );

  if ( screenshotDir.isEmpty() )
    return QApplication::exec();

  if ( !QDir().mkpath( screenshotDir ) )
  {
    printError( tr( "Screenshot folder %1 could not be created." ).arg( QDir::toNativeSeparators( screenshotDir ) ) );
    return ExitFailure;
  }
  const QString path = QDir( screenshotDir ).absoluteFilePath( QStringLiteral( "desk.png" ) );
  if ( !window.saveScreenshot( path, SCREENSHOT_TIMEOUT_MS, &error ) )
  {
    printError( error );
    return ExitFailure;
  }
  printOutput( QDir::toNativeSeparators( path ) );
  return ExitSuccess;
}
