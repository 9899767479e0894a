// SPDX-License-Identifier: GPL-2.0-or-later
// Layout files place wall windows on screens; every fault must name the file and the
// window, and a rejected layout must leave nothing half-parsed.

#include "gwwalllayout.h"

#include <QFile>
#include <QTest>

// Declared before the first QTest::addColumn that uses it, or the build depends on template instantiation order.
Q_DECLARE_METATYPE( QVector<GwScreenInfo> )

namespace
{
  // One 4K screen, as on the test wall and under xvfb-run -s "-screen 0 3840x2160x24".
  const QVector<GwScreenInfo> ONE_4K_SCREEN = { { QStringLiteral( "HDMI-1" ), QRect( 0, 0, 3840, 2160 ) } };

  // Two Full HD screens side by side, the second addressed by name.
  const QVector<GwScreenInfo> TWO_HD_SCREENS = {
    { QStringLiteral( "DP-1" ), QRect( 0, 0, 1920, 1080 ) },
    { QStringLiteral( "DP-2" ), QRect( 1920, 0, 1920, 1080 ) },
  };

  QByteArray readSourceFile( const char *relativePath )
  {
    QFile file( QStringLiteral( GW_SOURCE_DIR "/" ) + QLatin1String( relativePath ) );
    return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
  }
}

class TestWallLayout : public QObject
{
    Q_OBJECT

  private slots:
    void parse_data()
    {
      QTest::addColumn<QByteArray>( "json" );
      QTest::addColumn<QVector<GwScreenInfo>>( "screens" );
      QTest::addColumn<int>( "windowCount" );
      QTest::addColumn<QString>( "lastName" );
      QTest::addColumn<QRect>( "lastGeometry" );
      QTest::addColumn<bool>( "lastCoversScreen" );

      QTest::newRow( "shipped single window" ) << readSourceFile( "data/wall-single.json" ) << ONE_4K_SCREEN
                                               << 1 << QStringLiteral( "wall" ) << QRect( 0, 0, 3840, 2160 ) << true;
      QTest::newRow( "shipped 3x1 on one 4K screen" ) << readSourceFile( "data/wall-3x1.json" ) << ONE_4K_SCREEN
                                                      << 3 << QStringLiteral( "right" ) << QRect( 2560, 0, 1280, 2160 ) << false;
      QTest::newRow( "screen by name adds its offset" )
          << QByteArray( R"({"windows": [{"name": "east", "screen": "DP-2", "geometry": [960, 0, 960, 1080]}]})" ) << TWO_HD_SCREENS
          << 1 << QStringLiteral( "east" ) << QRect( 2880, 0, 960, 1080 ) << false;
      QTest::newRow( "geometry equal to screen is full screen" )
          << QByteArray( R"({"windows": [{"name": "a", "screen": 1, "geometry": [0, 0, 1920, 1080], "extent": [111.8, 29.5, 111.9, 29.7]}]})" ) << TWO_HD_SCREENS
          << 1 << QStringLiteral( "a" ) << QRect( 1920, 0, 1920, 1080 ) << true;
    }

    void parse()
    {
      QFETCH( QByteArray, json );
      QFETCH( QVector<GwScreenInfo>, screens );
      QFETCH( int, windowCount );
      QFETCH( QString, lastName );
      QFETCH( QRect, lastGeometry );
      QFETCH( bool, lastCoversScreen );

      QVERIFY( !json.isEmpty() );
      GwWallLayout layout;
      QString error;
      QVERIFY2( GwWallLayout::parse( json, QStringLiteral( "wall.json" ), screens, layout, &error ), qPrintable( error ) );
      QCOMPARE( layout.windows().size(), windowCount );
      QCOMPARE( layout.windows().constLast().name, lastName );
      QCOMPARE( layout.windows().constLast().geometry, lastGeometry );
      QCOMPARE( layout.windows().constLast().coversScreen, lastCoversScreen );
    }

    void extentArrayIsLonLat()
    {
      GwWallLayout layout;
      QString error;
      QVERIFY2( GwWallLayout::parse( R"({"windows": [{"name": "a", "screen": 0, "extent": [111.8, 29.5, 111.9, 29.7]}]})", QStringLiteral( "wall.json" ), ONE_4K_SCREEN, layout, &error ), qPrintable( error ) );
      const QRectF extent = layout.windows().constFirst().extentLonLat;
      QCOMPARE( extent.left(), 111.8 );
      QCOMPARE( extent.right(), 111.9 );
      QCOMPARE( extent.top(), 29.5 );
      QCOMPARE( extent.bottom(), 29.7 );
      QVERIFY( layout.windows().constFirst().extentLayerId.isEmpty() );
    }

    void rejected_data()
    {
      QTest::addColumn<QByteArray>( "json" );
      QTest::addColumn<QStringList>( "messageParts" );

      const QString file = QStringLiteral( "faulty-wall.json" );
      QTest::newRow( "missing screen index 9" )
          << QByteArray( R"({"windows": [{"name": "left", "screen": 9}]})" ) << QStringList { file, QStringLiteral( "left" ), QStringLiteral( "9" ) };
      QTest::newRow( "unknown screen name" )
          << QByteArray( R"({"windows": [{"name": "left", "screen": "VGA-7"}]})" ) << QStringList { file, QStringLiteral( "left" ), QStringLiteral( "VGA-7" ) };
      QTest::newRow( "bad JSON" )
          << QByteArray( R"({"windows": [{"name": "left", "screen": 0,]})" ) << QStringList { file, QStringLiteral( "JSON" ) };
      QTest::newRow( "geometry outside the screen" )
          << QByteArray( R"({"windows": [{"name": "right", "screen": 0, "geometry": [2560, 0, 1920, 2160]}]})" ) << QStringList { file, QStringLiteral( "right" ), QStringLiteral( "3840" ) };
      QTest::newRow( "negative geometry" )
          << QByteArray( R"({"windows": [{"name": "right", "screen": 0, "geometry": [-10, 0, 100, 100]}]})" ) << QStringList { file, QStringLiteral( "right" ) };
      QTest::newRow( "geometry with three numbers" )
          << QByteArray( R"({"windows": [{"name": "mid", "screen": 0, "geometry": [0, 0, 100]}]})" ) << QStringList { file, QStringLiteral( "mid" ), QStringLiteral( "geometry" ) };
      QTest::newRow( "misspelt key" )
          << QByteArray( R"({"windows": [{"name": "mid", "screen": 0, "extend": "grids"}]})" ) << QStringList { file, QStringLiteral( "mid" ), QStringLiteral( "extend" ) };
      QTest::newRow( "duplicate window name" )
          << QByteArray( R"({"windows": [{"name": "a", "screen": 0}, {"name": "a", "screen": 0}]})" ) << QStringList { file, QStringLiteral( "a" ) };
      QTest::newRow( "name unusable as file name" )
          << QByteArray( R"({"windows": [{"name": "../x", "screen": 0}]})" ) << QStringList { file, QStringLiteral( "1" ) };
      QTest::newRow( "extent with min above max" )
          << QByteArray( R"({"windows": [{"name": "a", "screen": 0, "extent": [112, 29.5, 111, 29.7]}]})" ) << QStringList { file, QStringLiteral( "a" ), QStringLiteral( "extent" ) };
      QTest::newRow( "no windows" ) << QByteArray( R"({"windows": []})" ) << QStringList { file, QStringLiteral( "windows" ) };
    }

    void rejected()
    {
      QFETCH( QByteArray, json );
      QFETCH( QStringList, messageParts );

      GwWallLayout layout = GwWallLayout::singleWindow( ONE_4K_SCREEN, 0 );
      QString error;
      QVERIFY( !GwWallLayout::parse( json, QStringLiteral( "faulty-wall.json" ), ONE_4K_SCREEN, layout, &error ) );
      for ( const QString &part : messageParts )
        QVERIFY2( error.contains( part ), qPrintable( QStringLiteral( "“%1” not in: %2" ).arg( part, error ) ) );
      // The layout passed in is untouched.
      QCOMPARE( layout.windows().size(), 1 );
      QCOMPARE( layout.windows().constFirst().name, QStringLiteral( "wall" ) );
    }

    void missingFileNamed()
    {
      GwWallLayout layout;
      QString error;
      QVERIFY( !GwWallLayout::load( QStringLiteral( "/nonexistent/wall.json" ), ONE_4K_SCREEN, layout, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "/nonexistent/wall.json" ) ), qPrintable( error ) );
    }
};


QTEST_GUILESS_MAIN( TestWallLayout )
#include "test_walllayout.moc"
