// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwchinaoffset.h"

#include <QTest>

#include <cmath>

namespace
{
  // Ground distance between two nearby points in metres, on a sphere of the WGS84
  // semi-major axis. At the distances tested here (< 1 km) the error of this
  // approximation is well below a millimetre.
  double groundDistanceMetres( const QPointF &a, const QPointF &b )
  {
    constexpr double radius = 6378137.0;
    const double degree = M_PI / 180.0;
    const double meanLatitude = ( a.y() + b.y() ) / 2.0 * degree;
    const double dx = ( b.x() - a.x() ) * degree * std::cos( meanLatitude ) * radius;
    const double dy = ( b.y() - a.y() ) * degree * radius;
    return std::hypot( dx, dy );
  }
}

class TestGwChinaOffset : public QObject
{
    Q_OBJECT

  private slots:
    void wgs84ToGcj02_data();
    void wgs84ToGcj02();
    void gcj02ToBd09_data();
    void gcj02ToBd09();
    void roundTripNearJinshi_data();
    void roundTripNearJinshi();
    void outsideChinaUnchanged_data();
    void outsideChinaUnchanged();
    void wgs84ToBd09ComposesSteps();
};

void TestGwChinaOffset::wgs84ToGcj02_data()
{
  QTest::addColumn<QPointF>( "wgs84" );
  QTest::addColumn<QPointF>( "expected" );
  QTest::addColumn<double>( "toleranceDegrees" );

  // Chengdu: a WGS84 survey point and where it lies on a GCJ-02 basemap, about 360 m
  // away. Reference published to 6 decimals, so the tolerance is 1e-6 degrees.
  QTest::newRow( "chengdu-survey-point" ) << QPointF( 104.0657, 30.6595 ) << QPointF( 104.068207, 30.657079 ) << 1e-6;

  // Beijing: output of wandergis/coordtransform (JavaScript, test/app.js), which
  // implements the same published formulas; compared to 1e-9 degrees (0.1 mm).
  QTest::newRow( "beijing-coordtransform" ) << QPointF( 116.404, 39.915 ) << QPointF( 116.41024449916938, 39.91640428150164 ) << 1e-9;
}

void TestGwChinaOffset::wgs84ToGcj02()
{
  QFETCH( QPointF, wgs84 );
  QFETCH( QPointF, expected );
  QFETCH( double, toleranceDegrees );

  const QPointF gcj = GwChinaOffset::wgs84ToGcj02( wgs84 );
  QVERIFY2( std::fabs( gcj.x() - expected.x() ) <= toleranceDegrees, qPrintable( QString::number( gcj.x(), 'f', 9 ) ) );
  QVERIFY2( std::fabs( gcj.y() - expected.y() ) <= toleranceDegrees, qPrintable( QString::number( gcj.y(), 'f', 9 ) ) );
}

void TestGwChinaOffset::gcj02ToBd09_data()
{
  QTest::addColumn<QPointF>( "gcj02" );
  QTest::addColumn<QPointF>( "expected" );
  QTest::addColumn<double>( "toleranceMetres" );

  // Chengdu: BD-09 of the GCJ-02 point above, published to 6 decimals; within 1 m.
  // Scaling by plain pi instead of pi * 3000 / 180 lands about 30 m away.
  QTest::newRow( "chengdu-survey-point" ) << QPointF( 104.068207, 30.657079 ) << QPointF( 104.074702, 30.663109 ) << 1.0;

  // Beijing: output of wandergis/coordtransform test/app.js; within 1 mm.
  QTest::newRow( "beijing-coordtransform" ) << QPointF( 116.404, 39.915 ) << QPointF( 116.41036949371029, 39.92133699351021 ) << 0.001;
}

void TestGwChinaOffset::gcj02ToBd09()
{
  QFETCH( QPointF, gcj02 );
  QFETCH( QPointF, expected );
  QFETCH( double, toleranceMetres );

  const QPointF bd = GwChinaOffset::gcj02ToBd09( gcj02 );
  const double distance = groundDistanceMetres( bd, expected );
  QVERIFY2( distance <= toleranceMetres, qPrintable( QStringLiteral( "%1 m off" ).arg( distance ) ) );
}

void TestGwChinaOffset::roundTripNearJinshi_data()
{
  QTest::addColumn<QPointF>( "start" );

  // Points around 津市市 (111.88°E, 29.61°N), the demo's subdistrict, about 1 km apart.
  QTest::newRow( "centre" ) << QPointF( 111.88, 29.61 );
  QTest::newRow( "north-east" ) << QPointF( 111.89, 29.62 );
  QTest::newRow( "south-west" ) << QPointF( 111.87, 29.60 );
  QTest::newRow( "odd-decimals" ) << QPointF( 111.883517, 29.607284 );
}

void TestGwChinaOffset::roundTripNearJinshi()
{
  QFETCH( QPointF, start );

  // The inverses iterate to 1e-9 degrees, so every round trip must close within 1 cm.
  constexpr double toleranceMetres = 0.01;

  const QPointF viaGcj = GwChinaOffset::gcj02ToWgs84( GwChinaOffset::wgs84ToGcj02( start ) );
  QVERIFY2( groundDistanceMetres( start, viaGcj ) < toleranceMetres, "WGS84 -> GCJ-02 -> WGS84" );

  const QPointF fromGcj = GwChinaOffset::wgs84ToGcj02( GwChinaOffset::gcj02ToWgs84( start ) );
  QVERIFY2( groundDistanceMetres( start, fromGcj ) < toleranceMetres, "GCJ-02 -> WGS84 -> GCJ-02" );

  const QPointF viaBd = GwChinaOffset::bd09ToGcj02( GwChinaOffset::gcj02ToBd09( start ) );
  QVERIFY2( groundDistanceMetres( start, viaBd ) < toleranceMetres, "GCJ-02 -> BD-09 -> GCJ-02" );

  const QPointF wgsViaBd = GwChinaOffset::bd09ToWgs84( GwChinaOffset::wgs84ToBd09( start ) );
  QVERIFY2( groundDistanceMetres( start, wgsViaBd ) < toleranceMetres, "WGS84 -> BD-09 -> WGS84" );

  // The offset itself is hundreds of metres, so a round trip that did nothing would fail.
  QVERIFY( groundDistanceMetres( start, GwChinaOffset::wgs84ToGcj02( start ) ) > 100.0 );
}

void TestGwChinaOffset::outsideChinaUnchanged_data()
{
  QTest::addColumn<QPointF>( "point" );

  QTest::newRow( "london" ) << QPointF( -0.1276, 51.5072 );
  QTest::newRow( "sydney" ) << QPointF( 151.2093, -33.8688 );
  QTest::newRow( "west-of-rectangle" ) << QPointF( 71.9, 39.0 );
  QTest::newRow( "north-of-rectangle" ) << QPointF( 120.0, 56.0 );
}

void TestGwChinaOffset::outsideChinaUnchanged()
{
  QFETCH( QPointF, point );

  QVERIFY( GwChinaOffset::isOutsideChina( point ) );
  QCOMPARE( GwChinaOffset::wgs84ToGcj02( point ), point );
  QCOMPARE( GwChinaOffset::gcj02ToWgs84( point ), point );
  QCOMPARE( GwChinaOffset::gcj02ToBd09( point ), point );
  QCOMPARE( GwChinaOffset::bd09ToGcj02( point ), point );
}

void TestGwChinaOffset::wgs84ToBd09ComposesSteps()
{
  const QPointF start( 111.88, 29.61 );
  QVERIFY( !GwChinaOffset::isOutsideChina( start ) );
  QCOMPARE( GwChinaOffset::wgs84ToBd09( start ), GwChinaOffset::gcj02ToBd09( GwChinaOffset::wgs84ToGcj02( start ) ) );
}

QTEST_GUILESS_MAIN( TestGwChinaOffset )
#include "test_chinaoffset.moc"
