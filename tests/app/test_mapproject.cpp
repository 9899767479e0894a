// SPDX-License-Identifier: GPL-2.0-or-later
// The wall draws in the CGCS2000 3-degree Gauss–Krüger zone nearest the data. The zone
// formula is checked against the CRS names in the PROJ database that QGIS uses.

#include "gwmapproject.h"
#include "gwtest.h"

#include <qgscoordinatereferencesystem.h>

class TestMapProject : public QObject
{
    Q_OBJECT

  private slots:
    void gaussKrugerZone_data()
    {
      QTest::addColumn<double>( "longitude" );
      QTest::addColumn<int>( "epsg" );
      QTest::addColumn<int>( "centralMeridian" );

      // EPSG codes and central meridians: EPSG registry, "CGCS2000 / 3-degree
      // Gauss-Kruger CM <n>E", EPSG:4534 (CM 75E) to EPSG:4554 (CM 135E); exact integers.
      QTest::newRow( "Jinshi, Hunan" ) << 111.88 << 4546 << 111;
      QTest::newRow( "Hefei, Anhui" ) << 117.07 << 4548 << 117;
      QTest::newRow( "on a central meridian" ) << 114.0 << 4547 << 114;
      QTest::newRow( "halfway rounds up" ) << 112.5 << 4547 << 114;
      QTest::newRow( "western end" ) << 75.2 << 4534 << 75;
      QTest::newRow( "eastern end" ) << 134.9 << 4554 << 135;
      QTest::newRow( "west of the range clamps" ) << 60.0 << 4534 << 75;
      QTest::newRow( "east of the range clamps" ) << 150.0 << 4554 << 135;
    }

    void gaussKrugerZone()
    {
      QFETCH( double, longitude );
      QFETCH( int, epsg );
      QFETCH( int, centralMeridian );

      QCOMPARE( GwMapProject::gaussKrugerEpsg( longitude ), epsg );

      const QgsCoordinateReferenceSystem crs( QStringLiteral( "EPSG:%1" ).arg( epsg ) );
      QVERIFY( crs.isValid() );
      QVERIFY2( crs.description().contains( QStringLiteral( "CM %1E" ).arg( centralMeridian ) ), qPrintable( crs.description() ) );
    }
};

GW_QGIS_TEST_MAIN( TestMapProject )
#include "test_mapproject.moc"
