// SPDX-License-Identifier: GPL-2.0-or-later
// The demo data set reproduces the figures reported for 汪家桥街道, 津市市.

#include "gwdemogenerator.h"
#include "gwidnumber.h"
#include "gwstore.h"
#include "gwtest.h"
#include "gwwkb.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <qgsfeedback.h>

namespace
{
  qint64 countOf( GwStore &store, const QString &table, const QVariantMap &equals = {} )
  {
    QString error;
    const qint64 n = store.count( table, equals, &error );
    if ( n < 0 )
      qWarning( "%s", qPrintable( error ) );
    return n;
  }
}

class TestDemoGenerator : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mFolder;
    QString mPath;
    std::unique_ptr<GwStore> mStore;
    const QDateTime mNow = QDateTime( QDate( 2026, 12, 4 ), QTime( 2, 0 ), Qt::UTC );

    static QVariantMap is( const char *column, const QVariant &value )
    {
      return { { QString::fromLatin1( column ), value } };
    }

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      mPath = mFolder.filePath( QStringLiteral( "demo.gpkg" ) );
      GwDemoOptions options;
      options.now = mNow;
      QString error;
      QVERIFY2( GwDemoGenerator( options ).generate( mPath, nullptr, &error ), qPrintable( error ) );
      mStore = GwStore::open( mPath, &error );
      QVERIFY2( mStore, qPrintable( error ) );
    }

    void communitiesAreTheRealFive()
    {
      QCOMPARE( countOf( *mStore, QStringLiteral( "communities" ) ), qint64( 5 ) );
      const QMap<QString, QString> expected = {
        { QStringLiteral( "430781002004" ), QStringLiteral( "汪家桥社区" ) },
        { QStringLiteral( "430781002005" ), QStringLiteral( "新村社区" ) },
        { QStringLiteral( "430781002007" ), QStringLiteral( "油榨坊社区" ) },
        { QStringLiteral( "430781002009" ), QStringLiteral( "城东社区" ) },
        { QStringLiteral( "430781002010" ), QStringLiteral( "澹津社区" ) },
      };
      QString error;
      for ( auto it = expected.constBegin(); it != expected.constEnd(); ++it )
      {
        const QVector<GwFeature> rows = mStore->features( QStringLiteral( "communities" ), is( "code", it.key() ), &error );
        QCOMPARE( rows.size(), 1 );
        QCOMPARE( rows.first().attributes.value( QStringLiteral( "name" ) ).toString(), it.value() );
        QCOMPARE( GwWkb::type( rows.first().wkb ), GwWkb::Type::MultiPolygon );
      }
      QCOMPARE( mStore->metadata( QStringLiteral( "subdistrict_name" ) ), QStringLiteral( "汪家桥街道" ) );
    }

    void seventeenGridsEachWithOneHead()
    {
      QString error;
      const QVector<GwFeature> grids = mStore->features( QStringLiteral( "grids" ), {}, &error );
      QCOMPARE( grids.size(), GwDemoGenerator::GridCount );
      for ( const GwFeature &grid : grids )
      {
        const QString code = grid.attributes.value( QStringLiteral( "code" ) ).toString();
        QVariantMap heads = is( "role", QStringLiteral( "grid_head" ) );
        heads.insert( QStringLiteral( "grid_code" ), code );
        QCOMPARE( countOf( *mStore, QStringLiteral( "staff" ), heads ), qint64( 1 ) );
      }
    }

    void gridForceByRole_data()
    {
      QTest::addColumn<QString>( "role" );
      QTest::addColumn<int>( "expected" );
      QTest::newRow( "grid heads" ) << QStringLiteral( "grid_head" ) << 17;
      QTest::newRow( "full-time workers" ) << QStringLiteral( "full_time_worker" ) << 17;
      QTest::newRow( "full/part-time workers" ) << QStringLiteral( "grid_worker" ) << 107;
      QTest::newRow( "instructors" ) << QStringLiteral( "instructor" ) << 34;
      QTest::newRow( "cadres" ) << QStringLiteral( "cadre" ) << 80;
      QTest::newRow( "group leaders" ) << QStringLiteral( "group_leader" ) << 18;
      QTest::newRow( "building leaders" ) << QStringLiteral( "building_leader" ) << 55;
    }

    void gridForceByRole()
    {
      QFETCH( QString, role );
      QFETCH( int, expected );
      QCOMPARE( countOf( *mStore, QStringLiteral( "staff" ), is( "role", role ) ), qint64( expected ) );
    }

    void gridForceTotals175()
    {
      const QStringList force = { QStringLiteral( "grid_head" ), QStringLiteral( "full_time_worker" ), QStringLiteral( "grid_worker" ), QStringLiteral( "instructor" ) };
      qint64 total = 0;
      for ( const QString &role : force )
        total += countOf( *mStore, QStringLiteral( "staff" ), is( "role", role ) );
      QCOMPARE( total, qint64( 175 ) );
    }

    void platesCloseToTwentyThousand()
    {
      const qint64 plates = countOf( *mStore, QStringLiteral( "plates" ) );
      qInfo( "plates: %lld", plates );
      QVERIFY2( plates >= 19000, qPrintable( QString::number( plates ) ) );
      QVERIFY2( plates <= 20000, qPrintable( QString::number( plates ) ) );
      for ( const char *kind : { "door", "building", "unit", "room" } )
        QVERIFY2( countOf( *mStore, QStringLiteral( "plates" ), is( "kind", QString::fromLatin1( kind ) ) ) > 0, kind );
    }

    void doorPlatesNumberedEastToWest()
    {
      // Along a west-east road, odd door numbers grow towards the west.
      QString error;
      const QVector<GwFeature> plates = mStore->features( QStringLiteral( "plates" ), is( "road_name", QStringLiteral( "和平一巷" ) ), &error );
      QMap<int, double> longitudeByNumber;
      for ( const GwFeature &plate : plates )
      {
        const int number = plate.attributes.value( QStringLiteral( "number" ) ).toInt();
        QPointF at;
        QVERIFY( GwWkb::readPoint( plate.wkb, at ) );
        if ( number % 2 == 1 && number < 40 )
          longitudeByNumber.insert( number, at.x() );
      }
      QVERIFY( longitudeByNumber.size() > 5 );
      double previous = 180;
      for ( double longitude : longitudeByNumber )
      {
        QVERIFY( longitude < previous );
        previous = longitude;
      }
    }

    void platesSequencedWithinGrid()
    {
      QString error;
      const QVector<GwFeature> plates = mStore->features( QStringLiteral( "plates" ), is( "grid_code", QStringLiteral( "430781002004-01" ) ), &error );
      QVERIFY( !plates.isEmpty() );
      for ( int i = 0; i < plates.size(); ++i )
        QCOMPARE( plates[i].attributes.value( QStringLiteral( "sequence" ) ).toInt(), i + 1 );
    }

    void allKindsOfCompoundsAndBuildings()
    {
      for ( const char *kind : { "self_managed", "property_managed", "work_unit" } )
        QVERIFY2( countOf( *mStore, QStringLiteral( "compounds" ), is( "kind", QString::fromLatin1( kind ) ) ) > 0, kind );
      for ( const char *kind : { "shop_front", "self_built", "commercial" } )
        QVERIFY2( countOf( *mStore, QStringLiteral( "buildings" ), is( "kind", QString::fromLatin1( kind ) ) ) > 0, kind );
      QVERIFY( countOf( *mStore, QStringLiteral( "units" ) ) > 0 );
    }

    void camerasOnlineAtLeast95Percent()
    {
      const GwStatusSummary summary = mStore->statusSummary( mNow );
      QCOMPARE( summary.cameras, GwDemoGenerator::Cameras );
      QVERIFY2( summary.cameraOnlineRate() >= 0.95, qPrintable( QString::number( summary.cameraOnlineRate() ) ) );
      QVERIFY( summary.cameraOnlineRate() < 1.0 );
      for ( const char *source : { "xueliang", "tianwang", "traffic", "education" } )
        QVERIFY2( countOf( *mStore, QStringLiteral( "cameras" ), is( "source", QString::fromLatin1( source ) ) ) > 0, source );
    }

    void dongHuHasTwelveHdAndOneDome()
    {
      QString error;
      const QVector<GwFeature> compounds = mStore->features( QStringLiteral( "compounds" ), is( "name", QStringLiteral( "东湖小区" ) ), &error );
      QCOMPARE( compounds.size(), 1 );
      QVariantMap hd = is( "compound_id", compounds.first().id );
      QCOMPARE( countOf( *mStore, QStringLiteral( "cameras" ), hd ), qint64( GwDemoGenerator::DongHuCameras ) );
      hd.insert( QStringLiteral( "kind" ), QStringLiteral( "hd" ) );
      QCOMPARE( countOf( *mStore, QStringLiteral( "cameras" ), hd ), qint64( 12 ) );
      hd.insert( QStringLiteral( "kind" ), QStringLiteral( "dome" ) );
      QCOMPARE( countOf( *mStore, QStringLiteral( "cameras" ), hd ), qint64( 1 ) );
    }

    void chengdongGroup5HasFifteenCameras()
    {
      QString error;
      int legacy = 0;
      int added = 0;
      for ( const GwFeature &camera : mStore->features( QStringLiteral( "cameras" ), {}, &error ) )
      {
        if ( !camera.attributes.value( QStringLiteral( "name" ) ).toString().startsWith( QStringLiteral( "城东社区五组" ) ) )
          continue;
        QVERIFY( camera.attributes.value( QStringLiteral( "grid_code" ) ).toString().startsWith( QStringLiteral( "430781002009" ) ) );
        const QString kind = camera.attributes.value( QStringLiteral( "kind" ) ).toString();
        legacy += kind == QLatin1String( "legacy" );
        added += kind == QLatin1String( "hd" );
      }
      QCOMPARE( legacy, 5 );
      QCOMPARE( added, 10 );
    }

    void cameraIdsAreGb28181()
    {
      QString error;
      for ( const GwFeature &camera : mStore->features( QStringLiteral( "cameras" ), {}, &error ) )
      {
        const QString id = camera.attributes.value( QStringLiteral( "device_id" ) ).toString();
        QCOMPARE( id.size(), 20 );
        QVERIFY( id.startsWith( QStringLiteral( "43078100" ) ) );
      }
    }

    void wechatGroupsReach8464Percent()
    {
      QCOMPARE( countOf( *mStore, QStringLiteral( "wechat_groups" ) ), qint64( GwDemoGenerator::WeChatGroups ) );
      const qint64 households = countOf( *mStore, QStringLiteral( "households" ) );
      QCOMPARE( households, qint64( GwDemoGenerator::Households ) );
      const qint64 outside = countOf( *mStore, QStringLiteral( "households" ), is( "wechat_group_id", QVariant() ) );
      const qint64 members = households - outside;
      QCOMPARE( members, qint64( GwDemoGenerator::WeChatMembers ) );
      QCOMPARE( QString::number( 100.0 * members / households, 'f', 2 ), QStringLiteral( "84.64" ) );
    }

    void disputeFiguresOfTheYear()
    {
      const QStringList disputes = { QStringLiteral( "dispute_family" ), QStringLiteral( "dispute_neighbour" ), QStringLiteral( "dispute_property" ), QStringLiteral( "dispute_labour" ) };
      qint64 mediated = 0;
      qint64 social = 0;
      for ( const QString &category : disputes )
      {
        QVariantMap filter = is( "category", category );
        filter.insert( QStringLiteral( "resolution" ), QStringLiteral( "grid_mediation" ) );
        mediated += countOf( *mStore, QStringLiteral( "incidents" ), filter );
        filter.insert( QStringLiteral( "resolution" ), QStringLiteral( "social_forces" ) );
        social += countOf( *mStore, QStringLiteral( "incidents" ), filter );
      }
      QCOMPARE( mediated, qint64( GwDemoGenerator::GridMediatedDisputes ) );
      QCOMPARE( social, qint64( GwDemoGenerator::SocialForcesDisputes ) );

      QVariantMap family = is( "category", QStringLiteral( "dispute_family" ) );
      family.insert( QStringLiteral( "resolution" ), QStringLiteral( "grid_mediation" ) );
      QCOMPARE( countOf( *mStore, QStringLiteral( "incidents" ), family ), qint64( GwDemoGenerator::GridMediatedFamilyDisputes ) );

      QVariantMap requests = is( "category", QStringLiteral( "resident_request" ) );
      requests.insert( QStringLiteral( "state" ), QStringLiteral( "closed" ) );
      QCOMPARE( countOf( *mStore, QStringLiteral( "incidents" ), requests ), qint64( GwDemoGenerator::ResolvedResidentRequests ) );
    }

    void openWorkForTheWall()
    {
      const GwStatusSummary summary = mStore->statusSummary( mNow );
      QVERIFY( summary.openIncidents > 0 );
      QVERIFY( summary.overdueTasks > 0 );
      QVERIFY( summary.overdueTasks < summary.openIncidents );
    }

    void residentIdNumbersValid()
    {
      QString error;
      const QVector<GwFeature> residents = mStore->features( QStringLiteral( "residents" ), {}, &error );
      QVERIFY( residents.size() > GwDemoGenerator::Households );
      for ( const GwFeature &resident : residents )
      {
        const QString id = resident.attributes.value( QStringLiteral( "id_number" ) ).toString();
        const GwIdNumber::Result result = GwIdNumber::validate( id, mNow.date() );
        if ( !result.valid )
          QFAIL( qPrintable( id + QStringLiteral( ": " ) + result.message ) );
      }
    }

    void everythingInsideTheSubdistrict()
    {
      QString error;
      for ( const char *table : { "grids", "roads", "buildings", "plates", "cameras", "incidents" } )
      {
        for ( const GwFeature &feature : mStore->features( QString::fromLatin1( table ), {}, &error ) )
        {
          QRectF box;
          QVERIFY( GwWkb::envelope( feature.wkb, box ) );
          QVERIFY2( box.left() > 111.85 && box.right() < 111.91, table );
          QVERIFY2( box.top() > 29.59 && box.bottom() < 29.63, table );
        }
      }
    }

    void sameSeedSameFile()
    {
      const QString second = mFolder.filePath( QStringLiteral( "again.gpkg" ) );
      GwDemoOptions options;
      options.now = mNow;
      QString error;
      QVERIFY2( GwDemoGenerator( options ).generate( second, nullptr, &error ), qPrintable( error ) );
      auto again = GwStore::open( second, &error );
      QVERIFY2( again, qPrintable( error ) );
      for ( const char *table : { "grids", "plates", "cameras", "residents", "incidents" } )
      {
        const QVector<GwFeature> a = mStore->features( QString::fromLatin1( table ), {}, &error );
        const QVector<GwFeature> b = again->features( QString::fromLatin1( table ), {}, &error );
        QCOMPARE( a.size(), b.size() );
        for ( int i = 0; i < a.size(); ++i )
        {
          QCOMPARE( a[i].attributes, b[i].attributes );
          QCOMPARE( a[i].wkb, b[i].wkb );
        }
      }
    }

    void existingFileUntouched()
    {
      const QString path = mFolder.filePath( QStringLiteral( "keep.gpkg" ) );
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( "keep" );
      file.close();

      QString error;
      QVERIFY( !GwDemoGenerator( GwDemoOptions() ).generate( path, nullptr, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "keep.gpkg" ) ), qPrintable( error ) );
      QVERIFY( file.open( QIODevice::ReadOnly ) );
      QCOMPARE( file.readAll(), QByteArray( "keep" ) );
    }

    void canceledRunLeavesNothing()
    {
      const QString path = mFolder.filePath( QStringLiteral( "canceled.gpkg" ) );
      QgsFeedback feedback;
      feedback.cancel();
      QString error;
      QVERIFY( !GwDemoGenerator( GwDemoOptions() ).generate( path, &feedback, &error ) );
      QVERIFY( !QFile::exists( path ) );
      QVERIFY( !QFile::exists( path + QStringLiteral( ".partial" ) ) );
    }
};

GW_QGIS_TEST_MAIN( TestDemoGenerator )
#include "test_demogenerator.moc"
