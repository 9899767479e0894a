// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Shared set-up for the tests of the gis and app libraries, which need QGIS:
// the QgsApplication, a fixed DPI, and the paths of test data.

#include <qgsapplication.h>
#include <qgsexpressioncontext.h>
#include <qgsexpressioncontextutils.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

namespace GwTest
{
  /**
   * Resolution of every test rendering. QGIS converts millimetre and point sizes in
   * styles to pixels with it, so the same image comes out on every machine.
   */
  constexpr int DPI = 96;

  //! Returns the absolute path of \a relativePath inside the repository's tests/data.
  inline QString testDataPath( const QString &relativePath = QString() )
  {
    return QDir( QStringLiteral( GW_SOURCE_DIR "/tests/data" ) ).absoluteFilePath( relativePath );
  }

  //! Returns the absolute path of \a relativePath inside the repository, such as "layers".
  inline QString sourcePath( const QString &relativePath )
  {
    return QDir( QStringLiteral( GW_SOURCE_DIR ) ).absoluteFilePath( relativePath );
  }

  /**
   * Returns the absolute path of \a relativePath inside ../shared/data, the third-party
   * data kept beside the repository. A user's clone does not have it, so tests that
   * read it skip with GW_SKIP_WITHOUT_SHARED_DATA.
   */
  inline QString sharedDataPath( const QString &relativePath = QString() )
  {
    return QDir( QStringLiteral( GW_SOURCE_DIR "/../shared/data" ) ).absoluteFilePath( relativePath );
  }

  /**
   * Copies the file \a sourcePath into \a dir, as \a fileName or under its own name,
   * and makes the copy writable, because test data in the repository may be read-only.
   * Returns the path of the copy, or an empty string when the copy failed.
   */
  inline QString copyToDir( const QString &sourcePath, const QTemporaryDir &dir, const QString &fileName = QString() )
  {
    const QString name = fileName.isEmpty() ? QFileInfo( sourcePath ).fileName() : fileName;
    const QString target = QDir( dir.path() ).absoluteFilePath( name );

    QFile::remove( target );
    if ( !QFile::copy( sourcePath, target ) )
      return QString();

    QFile::setPermissions( target, QFile::permissions( target ) | QFileDevice::WriteOwner );
    return target;
  }

  //! Returns map settings for an offscreen rendering of \a size pixels at DPI.
  inline QgsMapSettings mapSettings( const QSize &size )
  {
    QgsMapSettings settings;
    settings.setOutputSize( size );
    settings.setOutputDpi( DPI );
    settings.setFlag( Qgis::MapSettingsFlag::Antialiasing, true );
    settings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
    return settings;
  }

  /**
   * Fills the expression context of \a settings with the global, project and map
   * scopes, as QgsMapCanvas does before each render. Styles that read variables such
   * as \@map_scale need it. Call it after the extent and output size are final, because
   * the map scope copies their values.
   */
  inline void updateExpressionContext( QgsMapSettings &settings )
  {
    QgsExpressionContext context;
    context << QgsExpressionContextUtils::globalScope()
            << QgsExpressionContextUtils::projectScope( QgsProject::instance() )
            << QgsExpressionContextUtils::mapSettingsScope( settings );
    settings.setExpressionContext( context );
  }

  /**
   * Runs the Qt Test class TestClass inside an initialised QgsApplication and returns
   * the exit code of QTest::qExec().
   *
   * QGIS settings go to a temporary profile folder, so test runs never read or change
   * the user's QGIS profile. Set \a guiEnabled for tests that show widgets.
   */
  template <class TestClass>
  int runWithQgis( int argc, char *argv[], bool guiEnabled )
  {
    // Qt reads this attribute only before the application object exists.
    QCoreApplication::setAttribute( Qt::AA_Use96Dpi, true );

    const QTemporaryDir profile;
    QgsApplication app( argc, argv, guiEnabled, profile.path() );

    // Debian's QGIS packages install under /usr.
    QgsApplication::setPrefixPath( QStringLiteral( "/usr" ), true );
    QgsApplication::initQgis();

    int result = 0;
    {
      TestClass test;
      result = QTest::qExec( &test, argc, argv );
    }

    QgsApplication::exitQgis();
    return result;
  }
}

/**
 * Skips the current test function, giving the reason, when \a relativePath is not
 * present in ../shared/data.
 */
#define GW_SKIP_WITHOUT_SHARED_DATA( relativePath ) \
  do \
  { \
    if ( !QFileInfo::exists( GwTest::sharedDataPath( relativePath ) ) ) \
      QSKIP( qPrintable( QStringLiteral( "%1 not found: the shared third-party data is not beside this clone" ).arg( GwTest::sharedDataPath( relativePath ) ) ) ); \
  } while ( false )

//! Replaces QTEST_MAIN for tests that need QGIS without widgets (gis tests).
#define GW_QGIS_TEST_MAIN( TestClass ) \
  int main( int argc, char *argv[] ) \
  { \
    return GwTest::runWithQgis<TestClass>( argc, argv, false ); \
  }

//! Replaces QTEST_MAIN for tests that need QGIS and widgets (app tests).
#define GW_QGIS_GUI_TEST_MAIN( TestClass ) \
  int main( int argc, char *argv[] ) \
  { \
    return GwTest::runWithQgis<TestClass>( argc, argv, true ); \
  }
