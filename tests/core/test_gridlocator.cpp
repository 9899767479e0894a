// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwgridlocator.h"
#include "gwwkb.h"

#include <QDataStream>
#include <QTest>

#include <cmath>

namespace
{
  // Metres per degree of latitude on the sphere of radius 6371008.8 m: pi * R / 180.
  const double METRES_PER_DEGREE = 111195.0802;
  const QPointF ORIGIN( 111.88, 29.61 );

  // Plane coordinates in metres east and north of ORIGIN, as lon/lat. The grid shapes
  // below are drawn in metres so that tolerances read as distances on the ground.
  QPointF at( double east, double north )
  {
    const double metresPerDegreeLon = METRES_PER_DEGREE * std::cos( ORIGIN.y() * M_PI / 180.0 );
    return QPointF( ORIGIN.x() + east / metresPerDegreeLon, ORIGIN.y() + north / METRES_PER_DEGREE );
  }

  QVector<QPointF> square( double west, double south, double east, double north )
  {
    return { at( west, south ), at( east, south ), at( east, north ), at( west, north ), at( west, south ) };
  }

  // Two 100 m squares side by side. Their codes sort the other way round to their
  // positions, so the tests check that the rule follows the code, not the geometry.
  QVector<GwGridPolygon> twoGrids( double gapMetres )
  {
    return {
      GwGridPolygon { QStringLiteral( "430781001002" ), { square( 100 + gapMetres, 0, 200 + gapMetres, 100 ) } },
      GwGridPolygon { QStringLiteral( "430781001001" ), { square( 0, 0, 100, 100 ) } },
    };
  }

  // A big-endian WKB polygon with Z, a variant the store does not write but other
  // tools do.
  QByteArray bigEndianPolygonZ( const QVector<QPointF> &ring )
  {
    QByteArray wkb;
    QDataStream stream( &wkb, QIODevice::WriteOnly );
    stream.setByteOrder( QDataStream::BigEndian );
    stream.setFloatingPointPrecision( QDataStream::DoublePrecision );
    stream << quint8( 0 ) << quint32( 1003 ) << quint32( 1 ) << quint32( ring.size() );
    for ( const QPointF &point : ring )
      stream << point.x() << point.y() << 42.0;
    return wkb;
  }
}

class TestGwGridLocator : public QObject
{
    Q_OBJECT

  private slots:
    void locateSideBySide_data();
    void locateSideBySide();
    void locateAcrossGap_data();
    void locateAcrossGap();
    void ruleIndependentOfInputOrder();
    void pointInHole();
    void extent();
    void fromWkb();
    void fromWkbSkipsInvalid();
};

void TestGwGridLocator::locateSideBySide_data()
{
  QTest::addColumn<QPointF>( "point" );
  QTest::addColumn<QString>( "expectedCode" );

  // Expected codes follow the documented rule: inside wins, a shared edge goes to the
  // code that sorts first, and nothing further than 50 m belongs to any grid.
  QTest::newRow( "inside-west-grid" ) << at( 50, 50 ) << QStringLiteral( "430781001001" );
  QTest::newRow( "inside-east-grid" ) << at( 150, 50 ) << QStringLiteral( "430781001002" );
  QTest::newRow( "on-shared-edge" ) << at( 100, 50 ) << QStringLiteral( "430781001001" );
  QTest::newRow( "on-shared-corner" ) << at( 100, 100 ) << QStringLiteral( "430781001001" );
  QTest::newRow( "on-outer-edge-of-east-grid" ) << at( 200, 50 ) << QStringLiteral( "430781001002" );
  QTest::newRow( "1-metre-east-of-edge" ) << at( 101, 50 ) << QStringLiteral( "430781001002" );
  QTest::newRow( "60-metres-outside" ) << at( 260, 50 ) << QString();
}

void TestGwGridLocator::locateSideBySide()
{
  QFETCH( QPointF, point );
  QFETCH( QString, expectedCode );

  const GwGridLocator locator( twoGrids( 0 ) );
  const GwGridLocation location = locator.locate( point );
  QCOMPARE( location.gridCode, expectedCode );
  QCOMPARE( location.inGap, false );
}

void TestGwGridLocator::locateAcrossGap_data()
{
  QTest::addColumn<QPointF>( "point" );
  QTest::addColumn<QString>( "expectedCode" );
  QTest::addColumn<bool>( "inGap" );
  QTest::addColumn<double>( "gapMetres" );

  // The east grid starts 0.5 m east of the west one. Distances are by construction in
  // at(), to within 1 mm.
  QTest::newRow( "gap-nearer-west" ) << at( 100.2, 50 ) << QStringLiteral( "430781001001" ) << true << 0.2;
  QTest::newRow( "gap-nearer-east" ) << at( 100.4, 50 ) << QStringLiteral( "430781001002" ) << true << 0.1;
  QTest::newRow( "outside-within-tolerance" ) << at( -40, 50 ) << QStringLiteral( "430781001001" ) << true << 40.0;
  QTest::newRow( "outside-beyond-tolerance" ) << at( -60, 50 ) << QString() << false << 0.0;
  QTest::newRow( "inside-not-gap" ) << at( 150, 50 ) << QStringLiteral( "430781001002" ) << false << 0.0;
}

void TestGwGridLocator::locateAcrossGap()
{
  QFETCH( QPointF, point );
  QFETCH( QString, expectedCode );
  QFETCH( bool, inGap );
  QFETCH( double, gapMetres );

  const GwGridLocator locator( twoGrids( 0.5 ), 50 );
  const GwGridLocation location = locator.locate( point );
  QCOMPARE( location.gridCode, expectedCode );
  QCOMPARE( location.inGap, inGap );
  QVERIFY2( std::fabs( location.gapMetres - gapMetres ) <= 0.001, qPrintable( QString::number( location.gapMetres, 'f', 6 ) ) );
}

void TestGwGridLocator::ruleIndependentOfInputOrder()
{
  QVector<GwGridPolygon> grids = twoGrids( 0 );
  std::reverse( grids.begin(), grids.end() );

  QCOMPARE( GwGridLocator( grids ).locate( at( 100, 50 ) ).gridCode, QStringLiteral( "430781001001" ) );
  QCOMPARE( GwGridLocator( twoGrids( 0 ) ).locate( at( 100, 50 ) ).gridCode, QStringLiteral( "430781001001" ) );
}

void TestGwGridLocator::pointInHole()
{
  // A 1 km square with a 400 m hole in the middle, such as a lake or a closed area.
  const GwGridPolygon withHole { QStringLiteral( "430781001003" ), { square( 0, 0, 1000, 1000 ), square( 300, 300, 700, 700 ) } };
  const GwGridLocator locator( { withHole }, 50 );

  QCOMPARE( locator.locate( at( 100, 100 ) ).gridCode, QStringLiteral( "430781001003" ) );
  QCOMPARE( locator.locate( at( 500, 500 ) ).gridCode, QString() );

  const GwGridLocation nearHoleEdge = locator.locate( at( 320, 500 ) );
  QCOMPARE( nearHoleEdge.gridCode, QStringLiteral( "430781001003" ) );
  QVERIFY( nearHoleEdge.inGap );
}

void TestGwGridLocator::extent()
{
  const QRectF extent = GwGridLocator( twoGrids( 0 ) ).extent();
  QVERIFY( std::fabs( extent.left() - at( 0, 0 ).x() ) < 1e-12 );
  QVERIFY( std::fabs( extent.right() - at( 200, 0 ).x() ) < 1e-12 );
  QVERIFY( std::fabs( extent.top() - at( 0, 0 ).y() ) < 1e-12 );
  QVERIFY( std::fabs( extent.bottom() - at( 0, 100 ).y() ) < 1e-12 );

  QVERIFY( GwGridLocator( {} ).extent().isNull() );
  QCOMPARE( GwGridLocator( {} ).locate( at( 0, 0 ) ).gridCode, QString() );
}

void TestGwGridLocator::fromWkb()
{
  const QVector<QPair<QString, QByteArray>> input = {
    { QStringLiteral( "430781001001" ), GwWkb::polygon( { square( 0, 0, 100, 100 ) } ) },
    { QStringLiteral( "430781001002" ), GwWkb::multiPolygon( { { square( 100, 0, 200, 100 ) }, { square( 300, 0, 400, 100 ) } } ) },
    { QStringLiteral( "430781001003" ), bigEndianPolygonZ( square( 500, 0, 600, 100 ) ) },
  };

  const QVector<GwGridPolygon> grids = GwGridLocator::fromWkb( input );
  QCOMPARE( grids.size(), 4 );
  // The closing point is dropped; the locator closes rings itself.
  QCOMPARE( grids.at( 0 ).rings.size(), 1 );
  QCOMPARE( grids.at( 0 ).rings.at( 0 ).size(), 4 );

  const GwGridLocator locator( grids );
  QCOMPARE( locator.locate( at( 50, 50 ) ).gridCode, QStringLiteral( "430781001001" ) );
  QCOMPARE( locator.locate( at( 350, 50 ) ).gridCode, QStringLiteral( "430781001002" ) );
  QCOMPARE( locator.locate( at( 550, 50 ) ).gridCode, QStringLiteral( "430781001003" ) );
}

void TestGwGridLocator::fromWkbSkipsInvalid()
{
  QByteArray truncated = GwWkb::polygon( { square( 0, 0, 100, 100 ) } );
  truncated.chop( 5 );
  const QVector<QPair<QString, QByteArray>> input = {
    { QStringLiteral( "truncated" ), truncated },
    { QStringLiteral( "point" ), GwWkb::point( at( 0, 0 ) ) },
    { QStringLiteral( "empty" ), QByteArray() },
    { QStringLiteral( "430781001001" ), GwWkb::polygon( { square( 0, 0, 100, 100 ) } ) },
  };

  const QVector<GwGridPolygon> grids = GwGridLocator::fromWkb( input );
  QCOMPARE( grids.size(), 1 );
  QCOMPARE( grids.at( 0 ).code, QStringLiteral( "430781001001" ) );
}

QTEST_GUILESS_MAIN( TestGwGridLocator )
#include "test_gridlocator.moc"
