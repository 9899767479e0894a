// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwsourcecrs.h"
#include "gwtest.h"

#include <QTest>

#include <qgsgeometry.h>
#include <qgsrectangle.h>

class TestSourceCrs : public QObject
{
    Q_OBJECT

  private slots:
    void fromChoice_data();
    void fromChoice();
    void transformPoint_data();
    void transformPoint();
    void transformGeometryGcj02();
    void zonePrefixRejected_data();
    void zonePrefixRejected();
    void zonePrefixAccepted_data();
    void zonePrefixAccepted();
    void outsideAreaOfUseRejected();
};

void TestSourceCrs::fromChoice_data()
{
  QTest::addColumn<QString>( "choice" );
  QTest::addColumn<bool>( "valid" );
  QTest::addColumn<QString>( "canonical" );
  QTest::addColumn<QString>( "authid" );

  QTest::newRow( "wgs84" ) << QStringLiteral( "wgs84" ) << true << QStringLiteral( "wgs84" ) << QStringLiteral( "EPSG:4326" );
  QTest::newRow( "wgs84 upper case, spaces" ) << QStringLiteral( " WGS84 " ) << true << QStringLiteral( "wgs84" ) << QStringLiteral( "EPSG:4326" );
  QTest::newRow( "cgcs2000" ) << QStringLiteral( "cgcs2000" ) << true << QStringLiteral( "cgcs2000" ) << QStringLiteral( "EPSG:4490" );
  QTest::newRow( "gcj02 goes to PROJ as WGS84" ) << QStringLiteral( "GCJ02" ) << true << QStringLiteral( "gcj02" ) << QStringLiteral( "EPSG:4326" );
  QTest::newRow( "bd09 goes to PROJ as WGS84" ) << QStringLiteral( "bd09" ) << true << QStringLiteral( "bd09" ) << QStringLiteral( "EPSG:4326" );
  QTest::newRow( "EPSG:4548" ) << QStringLiteral( "EPSG:4548" ) << true << QStringLiteral( "EPSG:4548" ) << QStringLiteral( "EPSG:4548" );
  QTest::newRow( "epsg lower case" ) << QStringLiteral( "epsg:4527" ) << true << QStringLiteral( "EPSG:4527" ) << QStringLiteral( "EPSG:4527" );
  QTest::newRow( "unknown name" ) << QStringLiteral( "mercator" ) << false << QString() << QString();
  QTest::newRow( "empty" ) << QString() << false << QString() << QString();
  QTest::newRow( "EPSG code not in PROJ" ) << QStringLiteral( "EPSG:999999" ) << false << QString() << QString();
  QTest::newRow( "EPSG without code" ) << QStringLiteral( "EPSG:" ) << false << QString() << QString();
}

void TestSourceCrs::fromChoice()
{
  QFETCH( QString, choice );
  QFETCH( bool, valid );
  QFETCH( QString, canonical );
  QFETCH( QString, authid );

  QString error;
  const GwSourceCrs crs = GwSourceCrs::fromChoice( choice, &error );
  QCOMPARE( crs.isValid(), valid );
  if ( !valid )
  {
    QVERIFY2( !error.isEmpty(), "an invalid choice needs a message" );
    return;
  }
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( crs.choice(), canonical );
  QCOMPARE( crs.crs().authid(), authid );
}

void TestSourceCrs::transformPoint_data()
{
  QTest::addColumn<QString>( "choice" );
  QTest::addColumn<double>( "x" );
  QTest::addColumn<double>( "y" );
  QTest::addColumn<double>( "lon" );
  QTest::addColumn<double>( "lat" );
  QTest::addColumn<double>( "tolerance" );

  // Gauss–Krüger values checked with cs2cs (PROJ 9.1.1), which takes the northing first as
  // EPSG defines these CRSs: it returns lon 116.50000004, lat 39.80000000 for both rows.
  // QGIS takes x = easting, y = northing.
  QTest::newRow( "EPSG:4527 easting with zone prefix 39" ) << QStringLiteral( "EPSG:4527" ) << 39457178.67 << 4407442.09 << 116.5 << 39.8 << 1e-6;
  QTest::newRow( "EPSG:4548 easting without prefix" ) << QStringLiteral( "EPSG:4548" ) << 457178.67 << 4407442.09 << 116.5 << 39.8 << 1e-6;
  // WGS84 (104.0657, 30.6595) in Chengdu is GCJ-02 (104.068207, 30.657079), about 360 m away.
  // The GCJ-02 side is given to 6 decimals (about 0.1 m), so the tolerance is 1e-5 degrees.
  QTest::newRow( "gcj02 Chengdu point" ) << QStringLiteral( "gcj02" ) << 104.068207 << 30.657079 << 104.0657 << 30.6595 << 1e-5;
  // BD-09 (104.074702, 30.663109) is that GCJ-02 point within 1 m, so the tolerance for the
  // WGS84 result is 2e-5 degrees.
  QTest::newRow( "bd09 Chengdu point" ) << QStringLiteral( "bd09" ) << 104.074702 << 30.663109 << 104.0657 << 30.6595 << 2e-5;
  QTest::newRow( "wgs84 unchanged" ) << QStringLiteral( "wgs84" ) << 111.88 << 29.61 << 111.88 << 29.61 << 1e-9;
  // EPSG:4490 to EPSG:4326 is a null transformation in PROJ: the two differ by centimetres.
  QTest::newRow( "cgcs2000 unchanged" ) << QStringLiteral( "cgcs2000" ) << 111.88 << 29.61 << 111.88 << 29.61 << 1e-9;
}

void TestSourceCrs::transformPoint()
{
  QFETCH( QString, choice );
  QFETCH( double, x );
  QFETCH( double, y );
  QFETCH( double, lon );
  QFETCH( double, lat );
  QFETCH( double, tolerance );

  QString error;
  const GwSourceCrs crs = GwSourceCrs::fromChoice( choice, &error );
  QVERIFY2( crs.isValid(), qPrintable( error ) );
  QVERIFY2( crs.checkExtent( QgsRectangle( x, y, x, y ), &error ), qPrintable( error ) );

  bool ok = false;
  const QgsPointXY result = crs.transformToWgs84( QgsPointXY( x, y ), &ok );
  QVERIFY( ok );
  QVERIFY2( std::fabs( result.x() - lon ) <= tolerance, qPrintable( QString::number( result.x(), 'f', 9 ) ) );
  QVERIFY2( std::fabs( result.y() - lat ) <= tolerance, qPrintable( QString::number( result.y(), 'f', 9 ) ) );
}

void TestSourceCrs::transformGeometryGcj02()
{
  QString error;
  const GwSourceCrs crs = GwSourceCrs::fromChoice( QStringLiteral( "gcj02" ), &error );
  QgsGeometry line = QgsGeometry::fromWkt( QStringLiteral( "LineString (104.068207 30.657079, 104.07 30.66)" ) );

  QVERIFY2( crs.transformToWgs84( line, &error ), qPrintable( error ) );

  // The GCJ-02 point of the Chengdu row in transformPoint(), with the same 1e-5 degrees.
  const QgsPointXY first = line.vertexAt( 0 );
  QVERIFY( std::fabs( first.x() - 104.0657 ) <= 1e-5 );
  QVERIFY( std::fabs( first.y() - 30.6595 ) <= 1e-5 );
  QCOMPARE( line.constGet()->nCoordinates(), 2 );
}

void TestSourceCrs::zonePrefixRejected_data()
{
  QTest::addColumn<QString>( "choice" );
  QTest::addColumn<double>( "easting" );
  QTest::addColumn<QString>( "expectedInMessage" );

  // Codes from the EPSG registry in PROJ 9.1.1's proj.db. EPSG:4513–4533 are the CGCS2000
  // 3-degree zones 25–45 with prefix and EPSG:4534–4554 the same zones without it.
  // The CGCS2000 6-degree zones are EPSG:4491–4501 and 4502–4512. Xian 1980 and Beijing 1954
  // follow the same pattern.
  QTest::newRow( "4548 with 8-digit easting" ) << QStringLiteral( "EPSG:4548" ) << 39457178.67 << QStringLiteral( "use EPSG:4527 instead of EPSG:4548" );
  QTest::newRow( "4527 with 6-digit easting" ) << QStringLiteral( "EPSG:4527" ) << 457178.67 << QStringLiteral( "use EPSG:4548 instead of EPSG:4527" );
  QTest::newRow( "4527 with prefix of zone 38" ) << QStringLiteral( "EPSG:4527" ) << 38457178.67 << QStringLiteral( "use EPSG:4526 instead of EPSG:4527" );
  QTest::newRow( "CGCS2000 6-degree CM 117E with prefix 20" ) << QStringLiteral( "EPSG:4509" ) << 20457178.67 << QStringLiteral( "use EPSG:4498 instead of EPSG:4509" );
  QTest::newRow( "Xian 1980 CM 117E with prefix 39" ) << QStringLiteral( "EPSG:2384" ) << 39457178.67 << QStringLiteral( "use EPSG:2363 instead of EPSG:2384" );
  QTest::newRow( "Beijing 1954 zone 39 without prefix" ) << QStringLiteral( "EPSG:2415" ) << 457178.67 << QStringLiteral( "use EPSG:2436 instead of EPSG:2415" );
}

void TestSourceCrs::zonePrefixRejected()
{
  QFETCH( QString, choice );
  QFETCH( double, easting );
  QFETCH( QString, expectedInMessage );

  QString error;
  const GwSourceCrs crs = GwSourceCrs::fromChoice( choice, &error );
  QVERIFY2( crs.isValid(), qPrintable( error ) );

  const QgsRectangle extent( easting, 4407442.09, easting + 100.0, 4407542.09 );
  QVERIFY( !crs.checkExtent( extent, &error ) );
  QVERIFY2( error.contains( expectedInMessage ), qPrintable( error ) );
  QVERIFY2( error.contains( QString::number( easting, 'f', 2 ) ), qPrintable( error ) );
}

void TestSourceCrs::zonePrefixAccepted_data()
{
  QTest::addColumn<QString>( "choice" );
  QTest::addColumn<double>( "easting" );

  QTest::newRow( "4527 with prefix 39" ) << QStringLiteral( "EPSG:4527" ) << 39457178.67;
  QTest::newRow( "4548 without prefix" ) << QStringLiteral( "EPSG:4548" ) << 457178.67;
  QTest::newRow( "4498 with prefix 20" ) << QStringLiteral( "EPSG:4498" ) << 20457178.67;
}

void TestSourceCrs::zonePrefixAccepted()
{
  QFETCH( QString, choice );
  QFETCH( double, easting );

  QString error;
  const GwSourceCrs crs = GwSourceCrs::fromChoice( choice, &error );
  QVERIFY2( crs.checkExtent( QgsRectangle( easting, 4407442.09, easting + 100.0, 4407542.09 ), &error ), qPrintable( error ) );
}

void TestSourceCrs::outsideAreaOfUseRejected()
{
  // A northing of 1 km puts the point on the equator, in the South China Sea, far outside
  // the area of use of EPSG:4548 (mainland China between 115.5°E and 118.5°E).
  QString error;
  const GwSourceCrs crs = GwSourceCrs::fromChoice( QStringLiteral( "EPSG:4548" ), &error );
  QVERIFY( !crs.checkExtent( QgsRectangle( 457178.67, 1000.0, 457278.67, 1100.0 ), &error ) );
  QVERIFY2( error.contains( QLatin1String( "outside the area" ) ), qPrintable( error ) );
}

GW_QGIS_TEST_MAIN( TestSourceCrs )
#include "test_sourcecrs.moc"
