// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwduplicatefinder.h"

#include <QTest>

#include <algorithm>
#include <cmath>

Q_DECLARE_METATYPE( QVector<qint64> )

namespace
{
  // Metres per degree of latitude on the sphere of radius 6371008.8 m: pi * R / 180.
  const double METRES_PER_DEGREE = 111195.0802;
  const QPointF ORIGIN( 111.88, 29.61 );
  const QDateTime T0( QDate( 2026, 12, 4 ), QTime( 0, 0 ), Qt::UTC );

  // Moves ORIGIN by metres east and north; good to millimetres over the few hundred
  // metres used here.
  QPointF offset( double east, double north )
  {
    const double metresPerDegreeLon = METRES_PER_DEGREE * std::cos( ORIGIN.y() * M_PI / 180.0 );
    return QPointF( ORIGIN.x() + east / metresPerDegreeLon, ORIGIN.y() + north / METRES_PER_DEGREE );
  }

  GwReportPoint report( qint64 id, const QString &category, double east, double north, int seconds )
  {
    return GwReportPoint { id, category, offset( east, north ), T0.addSecs( seconds ) };
  }

  // Three sanitation reports of one rubbish pile within 30 m and 5 minutes, and a fourth
  // pile 200 m away.
  QVector<GwReportPoint> threeNearbyAndOneFar()
  {
    const QString sanitation = QStringLiteral( "sanitation" );
    return {
      report( 1, sanitation, 0, 0, 0 ),
      report( 2, sanitation, 8, 6, 60 ),
      report( 3, sanitation, -12, 9, 240 ),
      report( 4, sanitation, 200, 0, 120 ),
    };
  }
}

class TestGwDuplicateFinder : public QObject
{
    Q_OBJECT

  private slots:
    void distanceMetres_data();
    void distanceMetres();
    void candidatesThreeNearbyOneFar_data();
    void candidatesThreeNearbyOneFar();
    void candidateLimits_data();
    void candidateLimits();
    void groupsThreeNearbyOneFar();
    void groupsIndependentOfInputOrder();
    void groupsChainTransitively();
};

void TestGwDuplicateFinder::distanceMetres_data()
{
  QTest::addColumn<QPointF>( "a" );
  QTest::addColumn<QPointF>( "b" );
  QTest::addColumn<double>( "expected" );
  QTest::addColumn<double>( "tolerance" );

  // One degree along a meridian is pi * R / 180 = 111195.0802 m by hand; 1 mm.
  QTest::newRow( "one-degree-of-latitude" ) << QPointF( 111.88, 29.0 ) << QPointF( 111.88, 30.0 ) << 111195.0802 << 0.001;
  // 0.001 degree east at latitude 29.61: pi * R / 180 * cos(29.61 deg) * 0.001 = 96.674 m
  // by hand; the haversine and this flat formula differ by micrometres here, so 1 mm.
  QTest::newRow( "east-at-jinshi" ) << QPointF( 111.88, 29.61 ) << QPointF( 111.881, 29.61 ) << 96.674 << 0.001;
  QTest::newRow( "same-point" ) << QPointF( 111.88, 29.61 ) << QPointF( 111.88, 29.61 ) << 0.0 << 1e-9;
}

void TestGwDuplicateFinder::distanceMetres()
{
  QFETCH( QPointF, a );
  QFETCH( QPointF, b );
  QFETCH( double, expected );
  QFETCH( double, tolerance );

  const double distance = GwDuplicateFinder::distanceMetres( a, b );
  QVERIFY2( std::fabs( distance - expected ) <= tolerance, qPrintable( QString::number( distance, 'f', 6 ) ) );
  QVERIFY( std::fabs( GwDuplicateFinder::distanceMetres( b, a ) - distance ) <= 1e-9 );
}

void TestGwDuplicateFinder::candidatesThreeNearbyOneFar_data()
{
  QTest::addColumn<int>( "index" );
  QTest::addColumn<QVector<qint64>>( "expected" );

  // Distances from offset(): 1-2 10 m, 1-3 15 m, 2-3 20.2 m, 4 is 192-212 m from all.
  QTest::newRow( "first-report" ) << 0 << QVector<qint64> { 2, 3 };
  QTest::newRow( "second-report" ) << 1 << QVector<qint64> { 1, 3 };
  QTest::newRow( "third-report" ) << 2 << QVector<qint64> { 1, 2 };
  QTest::newRow( "far-report" ) << 3 << QVector<qint64>();
}

void TestGwDuplicateFinder::candidatesThreeNearbyOneFar()
{
  QFETCH( int, index );
  QFETCH( QVector<qint64>, expected );

  const QVector<GwReportPoint> reports = threeNearbyAndOneFar();
  QCOMPARE( GwDuplicateFinder::candidates( reports.at( index ), reports ), expected );
}

void TestGwDuplicateFinder::candidateLimits_data()
{
  QTest::addColumn<QString>( "category" );
  QTest::addColumn<double>( "eastMetres" );
  QTest::addColumn<int>( "seconds" );
  QTest::addColumn<bool>( "candidate" );

  const QString sanitation = QStringLiteral( "sanitation" );
  QTest::newRow( "inside-radius" ) << sanitation << 29.9 << 0 << true;
  QTest::newRow( "outside-radius" ) << sanitation << 30.1 << 0 << false;
  QTest::newRow( "window-end-included" ) << sanitation << 0.0 << 300 << true;
  QTest::newRow( "window-end-before" ) << sanitation << 0.0 << -300 << true;
  QTest::newRow( "one-second-past-window" ) << sanitation << 0.0 << 301 << false;
  QTest::newRow( "other-category" ) << QStringLiteral( "public_facility" ) << 1.0 << 0 << false;
}

void TestGwDuplicateFinder::candidateLimits()
{
  QFETCH( QString, category );
  QFETCH( double, eastMetres );
  QFETCH( int, seconds );
  QFETCH( bool, candidate );

  const GwReportPoint first = report( 1, QStringLiteral( "sanitation" ), 0, 0, 0 );
  const GwReportPoint second = report( 2, category, eastMetres, 0, seconds );
  const QVector<qint64> found = GwDuplicateFinder::candidates( first, { first, second } );
  QCOMPARE( found.contains( 2 ), candidate );
  QVERIFY( !found.contains( 1 ) );
}

void TestGwDuplicateFinder::groupsThreeNearbyOneFar()
{
  const QVector<QVector<qint64>> groups = GwDuplicateFinder::groups( threeNearbyAndOneFar() );
  QCOMPARE( groups.size(), 2 );
  QCOMPARE( groups.at( 0 ), ( QVector<qint64> { 1, 2, 3 } ) );
  QCOMPARE( groups.at( 1 ), QVector<qint64> { 4 } );
}

void TestGwDuplicateFinder::groupsIndependentOfInputOrder()
{
  QVector<GwReportPoint> reports = threeNearbyAndOneFar();
  std::reverse( reports.begin(), reports.end() );

  const QVector<QVector<qint64>> groups = GwDuplicateFinder::groups( reports );
  QCOMPARE( groups.size(), 2 );
  QCOMPARE( groups.at( 0 ), ( QVector<qint64> { 1, 2, 3 } ) );
  QCOMPARE( groups.at( 1 ), QVector<qint64> { 4 } );
}

void TestGwDuplicateFinder::groupsChainTransitively()
{
  // Each report lies 25 m from the next, so 1 and 3 (50 m apart) are linked through 2.
  const QString dumping = QStringLiteral( "dumping" );
  const QVector<GwReportPoint> chain = { report( 3, dumping, 50, 0, 20 ), report( 1, dumping, 0, 0, 0 ), report( 2, dumping, 25, 0, 10 ) };

  QCOMPARE( GwDuplicateFinder::candidates( chain.at( 1 ), chain ), QVector<qint64> { 2 } );
  const QVector<QVector<qint64>> groups = GwDuplicateFinder::groups( chain );
  QCOMPARE( groups.size(), 1 );
  QCOMPARE( groups.at( 0 ), ( QVector<qint64> { 1, 2, 3 } ) );
}

QTEST_GUILESS_MAIN( TestGwDuplicateFinder )
#include "test_duplicatefinder.moc"
