// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwwallcommand.h"

#include "gwmapproject.h"
#include "gwwall.h"
#include "gwwalllayout.h"

#include <QApplication>
#include <QDir>
#include <QScreen>

namespace
{
  // Generous, because the first render of a 4K wall on a slow machine takes seconds.
  constexpr int SCREENSHOT_TIMEOUT_MS = 120000;

  QVector<GwScreenInfo> currentScreens()
  {
    QVector<GwScreenInfo> screens;
    const QList<QScreen *> qtScreens = QGuiApplication::screens();
    for ( const QScreen *screen : qtScreens )
      screens << GwScreenInfo { screen->name(), screen->geometry() };
    return screens;
  }
}

QString GwWallCommand::summary() const
{
  return tr( "Show the map, legend and status on the wall screens." );
}

QList<QCommandLineOption> GwWallCommand::options() const
{
  return {
    QCommandLineOption( QStringLiteral( "data" ), tr( "GridWall data file (GeoPackage) to show." ), QStringLiteral( "FILE" ) ),
    QCommandLineOption( QStringLiteral( "layout" ), tr( "Wall layout file (JSON) placing the windows on the screens; default: one window on the primary screen." ), QStringLiteral( "FILE" ) ),
    QCommandLineOption( QStringLiteral( "screenshot" ), tr( "Render every window once, save it as DIR/<window name>.png and exit." ), QStringLiteral( "DIR" ) ),
  };
}

int GwWallCommand::execute( const QCommandLineParser &parser )
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
    printError( tr( "No display found for the wall windows; set DISPLAY, or pass --screenshot DIR to render into files." ) );
    return ExitFailure;
  }

  const QVector<GwScreenInfo> screens = currentScreens();
  if ( screens.isEmpty() )
  {
    printError( tr( "No screen found for the wall windows." ) );
    return ExitFailure;
  }

  GwWallLayout layout;
  const QString layoutPath = parser.value( QStringLiteral( "layout" ) );
  if ( layoutPath.isEmpty() )
  {
    layout = GwWallLayout::singleWindow( screens, std::max( 0, QGuiApplication::screens().indexOf( QGuiApplication::primaryScreen() ) ) );
  }
  else if ( !GwWallLayout::load( layoutPath, screens, layout, &error ) )
  {
    printError( error );
    return ExitFailure;
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

  GwWall wall( &project );
  if ( !wall.createWindows( layout, QDir::toNativeSeparators( layoutPath ), &error ) )
  {
    printError( error );
    return ExitFailure;
  }
  wall.show();

  if ( screenshotDir.isEmpty() )
    return QApplication::exec();

  QStringList paths;
  if ( !wall.saveScreenshots( screenshotDir, SCREENSHOT_TIMEOUT_MS, &paths, &error ) )
  {
    printError( error );
    return ExitFailure;
  }
  for ( const QString &path : std::as_const( paths ) )
    printOutput( QDir::toNativeSeparators( path ) );
  return ExitSuccess;
}
