// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwcommandline.h"
#include "gwlanguage.h"

#include <QLocale>

#include <qgsapplication.h>

int main( int argc, char **argv )
{
  QStringList arguments;
  for ( int i = 0; i < argc; ++i )
    arguments << QString::fromLocal8Bit( argv[i] );

  GwCommandLine commandLine;
  const bool gui = commandLine.application( arguments ) == GwCommand::Application::Gui;

  // QgsApplication is a QApplication even without GUI, so it needs a platform plugin.
  // Headless commands (demo-data, import, help) take the offscreen one unless the user
  // chose a platform, so that they run over ssh, in cron and in CI with no display.
  // GUI commands take it only when there is no display at all: the benchmark and wall
  // screenshots render offscreen, and an interactive wall reports the missing display.
  const bool noDisplay = qEnvironmentVariableIsEmpty( "DISPLAY" ) && qEnvironmentVariableIsEmpty( "WAYLAND_DISPLAY" );
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) && ( !gui || noDisplay ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );

  QgsApplication application( argc, argv, gui );
  QCoreApplication::setOrganizationName( QString() );
  QCoreApplication::setApplicationName( QStringLiteral( "gridwall" ) );

  GwLanguage::install( GwLanguage::choose( GwCommandLine::requestedLanguage( arguments ), QLocale::system() ) );

  // QGIS on Debian is installed under /usr; the prefix finds its providers and resources.
  QgsApplication::setPrefixPath( QStringLiteral( "/usr" ), true );
  QgsApplication::initQgis();

  const int exitCode = commandLine.run( arguments );

  QgsApplication::exitQgis();
  return exitCode;
}
