// SPDX-License-Identifier: GPL-2.0-or-later
// Runs the built gridwall program as a user would and checks exit codes, messages,
// and that a wall screenshot shows the map.

#include "gwsmalldatafile.h"
#include "gwtest.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>

namespace
{
  struct Result
  {
    int exitCode = -1;
    QString output;
    QString errors;
  };

  Result runGridwall( const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment() )
  {
    QProcess process;
    process.setProcessEnvironment( environment );
    process.start( qEnvironmentVariable( "GW_GRIDWALL" ), arguments );
    // No time limit: the wait ends when the program does.
    process.waitForFinished( -1 );

    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8( process.readAllStandardOutput() );
    result.errors = QString::fromUtf8( process.readAllStandardError() );
    return result;
  }

  QString resultText( const Result &result )
  {
    return QStringLiteral( "exit %1\nstdout: %2\nstderr: %3" ).arg( result.exitCode ).arg( result.output, result.errors );
  }

  //! Returns the outline colour of the grid polygons, the first outline_color in styles/grids.qml.
  QColor gridOutlineColor()
  {
    QFile style( GwTest::sourcePath( QStringLiteral( "styles/grids.qml" ) ) );
    if ( !style.open( QIODevice::ReadOnly ) )
      return QColor();
    static const QRegularExpression pattern( QStringLiteral( "name=\"outline_color\"[^>]*?value=\"(\\d+),(\\d+),(\\d+)|value=\"(\\d+),(\\d+),(\\d+),\\d+\" name=\"outline_color\"" ) );
    const QRegularExpressionMatch match = pattern.match( QString::fromUtf8( style.readAll() ) );
    if ( !match.hasMatch() )
      return QColor();
    const int offset = match.captured( 1 ).isEmpty() ? 3 : 0;
    return QColor( match.captured( 1 + offset ).toInt(), match.captured( 2 + offset ).toInt(), match.captured( 3 + offset ).toInt() );
  }
}

class TestCommandLine : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY2( QFileInfo( qEnvironmentVariable( "GW_GRIDWALL" ) ).isExecutable(), "GW_GRIDWALL must name the built gridwall program" );
      QVERIFY( mFolder.isValid() );
    }

    void helpSucceeds_data()
    {
      QTest::addColumn<QStringList>( "arguments" );
      QTest::addColumn<QString>( "expected" );

      QTest::newRow( "program help" ) << QStringList { QStringLiteral( "--help" ) } << QStringLiteral( "demo-data" );
      QTest::newRow( "wall help" ) << QStringList { QStringLiteral( "wall" ), QStringLiteral( "--help" ) } << QStringLiteral( "--layout" );
      QTest::newRow( "demo-data help" ) << QStringList { QStringLiteral( "demo-data" ), QStringLiteral( "--help" ) } << QStringLiteral( "--seed" );
      QTest::newRow( "import help" ) << QStringList { QStringLiteral( "import" ), QStringLiteral( "--help" ) } << QStringLiteral( "--source-crs" );
      QTest::newRow( "benchmark help" ) << QStringList { QStringLiteral( "benchmark" ), QStringLiteral( "--help" ) } << QStringLiteral( "--repeat" );
      QTest::newRow( "version" ) << QStringList { QStringLiteral( "--version" ) } << QStringLiteral( "gridwall " );
    }

    void helpSucceeds()
    {
      QFETCH( QStringList, arguments );
      QFETCH( QString, expected );

      const Result result = runGridwall( arguments );
      QVERIFY2( result.exitCode == 0, qPrintable( resultText( result ) ) );
      QVERIFY2( result.output.contains( expected ), qPrintable( resultText( result ) ) );
    }

    void failures_data()
    {
      QTest::addColumn<QStringList>( "arguments" );
      QTest::addColumn<QString>( "expected" );

      const QString notes = mFolder.filePath( QStringLiteral( "notes.txt" ) );
      QFile file( notes );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( "meeting notes, not a GeoPackage\n" );
      file.close();

      const QString missing = mFolder.filePath( QStringLiteral( "missing.gpkg" ) );
      QTest::newRow( "unknown subcommand" ) << QStringList { QStringLiteral( "bogus" ) } << QStringLiteral( "bogus" );
      QTest::newRow( "no subcommand" ) << QStringList() << QStringLiteral( "wall" );
      QTest::newRow( "unknown option" ) << QStringList { QStringLiteral( "wall" ), QStringLiteral( "--colour" ) } << QStringLiteral( "colour" );
      QTest::newRow( "wall with missing data file" ) << QStringList { QStringLiteral( "wall" ), QStringLiteral( "--data" ), missing, QStringLiteral( "--screenshot" ), mFolder.filePath( QStringLiteral( "shots" ) ) } << missing;
      QTest::newRow( "wall with text file as data" ) << QStringList { QStringLiteral( "wall" ), QStringLiteral( "--data" ), notes, QStringLiteral( "--screenshot" ), mFolder.filePath( QStringLiteral( "shots" ) ) } << notes;
      QTest::newRow( "benchmark with bad size" ) << QStringList { QStringLiteral( "benchmark" ), QStringLiteral( "--size" ), QStringLiteral( "4k" ) } << QStringLiteral( "4k" );
      QTest::newRow( "demo-data without file" ) << QStringList { QStringLiteral( "demo-data" ) } << QStringLiteral( "OUT.gpkg" );
      QTest::newRow( "demo-data over existing file" ) << QStringList { QStringLiteral( "demo-data" ), notes } << notes;
      QTest::newRow( "bad language" ) << QStringList { QStringLiteral( "wall" ), QStringLiteral( "--lang" ), QStringLiteral( "fr" ) } << QStringLiteral( "fr" );
    }

    void failures()
    {
      QFETCH( QStringList, arguments );
      QFETCH( QString, expected );

      const Result result = runGridwall( arguments );
      QVERIFY2( result.exitCode > 0, qPrintable( resultText( result ) ) );
      QVERIFY2( result.errors.contains( expected ), qPrintable( resultText( result ) ) );
    }

    void missingDataFileNotCreated()
    {
      const QString missing = mFolder.filePath( QStringLiteral( "never-created.gpkg" ) );
      const Result result = runGridwall( { QStringLiteral( "wall" ), QStringLiteral( "--data" ), missing, QStringLiteral( "--screenshot" ), mFolder.filePath( QStringLiteral( "shots" ) ) } );
      QVERIFY2( result.exitCode > 0, qPrintable( resultText( result ) ) );
      QVERIFY( !QFileInfo::exists( missing ) );
      QVERIFY( !QFileInfo::exists( mFolder.filePath( QStringLiteral( "shots" ) ) ) );
    }

    void defaultDataFileMissingNamesCommand()
    {
      QTemporaryDir home;
      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
      environment.remove( QStringLiteral( "GRIDWALL_DATA" ) );
      environment.insert( QStringLiteral( "XDG_DATA_HOME" ), home.path() );

      const Result result = runGridwall( { QStringLiteral( "wall" ), QStringLiteral( "--screenshot" ), home.filePath( QStringLiteral( "shots" ) ) }, environment );
      QVERIFY2( result.exitCode > 0, qPrintable( resultText( result ) ) );
      QVERIFY2( result.errors.contains( home.path() ), qPrintable( resultText( result ) ) );
      QVERIFY2( result.errors.contains( QStringLiteral( "gridwall demo-data" ) ), qPrintable( resultText( result ) ) );
    }

    void screenshotShowsGrids()
    {
      const QString data = mFolder.filePath( QStringLiteral( "small.gpkg" ) );
      QString error;
      QVERIFY2( GwTestData::writeSmallDataFile( data, &error ), qPrintable( error ) );
      const QColor outline = gridOutlineColor();
      QVERIFY2( outline.isValid(), "no outline_color in styles/grids.qml" );

      const QString shots = mFolder.filePath( QStringLiteral( "screenshots" ) );
      const Result result = runGridwall( { QStringLiteral( "wall" ), QStringLiteral( "--data" ), data, QStringLiteral( "--screenshot" ), shots, QStringLiteral( "--lang" ), QStringLiteral( "zh_CN" ) } );
      QVERIFY2( result.exitCode == 0, qPrintable( resultText( result ) ) );

      const QString png = QDir( shots ).filePath( QStringLiteral( "wall.png" ) );
      QVERIFY2( result.output.contains( png ), qPrintable( resultText( result ) ) );
      const QImage image( png );
      QVERIFY( !image.isNull() );
      // The child runs on the same platform as this test, so its screen has the same size.
      QCOMPARE( image.size(), QGuiApplication::primaryScreen()->geometry().size() );

      // Only the map area counts, because the legend also draws the grid outline colour.
      const QRect mapArea( 0, image.height() / 8, image.width() / 2, image.height() * 3 / 4 );
      int outlinePixels = 0;
      QSet<QRgb> colours;
      for ( int y = mapArea.top(); y <= mapArea.bottom(); ++y )
      {
        for ( int x = mapArea.left(); x <= mapArea.right(); ++x )
        {
          const QColor pixel = image.pixelColor( x, y );
          colours.insert( pixel.rgb() );
          // Antialiasing blends the edges of a line, so a pixel within 24 per channel counts.
          if ( std::abs( pixel.red() - outline.red() ) <= 24 && std::abs( pixel.green() - outline.green() ) <= 24 && std::abs( pixel.blue() - outline.blue() ) <= 24 )
            ++outlinePixels;
        }
      }
      QVERIFY2( colours.size() > 1, "the map area is a single colour" );
      QVERIFY2( outlinePixels > 50, qPrintable( QStringLiteral( "%1 pixels of the grid outline colour %2 in the map area" ).arg( outlinePixels ).arg( outline.name() ) ) );
    }

  private:
    QTemporaryDir mFolder;
};

GW_QGIS_GUI_TEST_MAIN( TestCommandLine )
#include "test_commandline.moc"
