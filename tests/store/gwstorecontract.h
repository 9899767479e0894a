// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The behaviour every GwStore backend promises, written once and run against each backend.

#include "gwschema.h"
#include "gwstore.h"
#include "gwstoretransaction.h"
#include "gwwkb.h"

#include <QObject>
#include <QTest>

#include <functional>

//! How the contract reaches one backend: a fresh empty store, and a second connection to it.
struct GwStoreBackend
{
  QString name;
  //! Creates a new empty store; called once per test function.
  std::function<std::unique_ptr<GwStore>( QString *error )> createEmpty;
  //! Opens another connection to the store that createEmpty made last.
  std::function<std::unique_ptr<GwStore>( QString *error )> reopen;
};

class GwStoreContract : public QObject
{
    Q_OBJECT

  public:
    explicit GwStoreContract( const GwStoreBackend &backend ) : mBackend( backend ) {}

  private:
    std::unique_ptr<GwStore> freshStore()
    {
      QString error;
      std::unique_ptr<GwStore> store = mBackend.createEmpty( &error );
      if ( !store )
        qWarning( "%s: %s", qPrintable( mBackend.name ), qPrintable( error ) );
      return store;
    }

    static GwFeature grid( const QString &code, double x0 )
    {
      GwFeature feature;
      feature.attributes = {
        { QStringLiteral( "code" ), code },
        { QStringLiteral( "name" ), QStringLiteral( "汪家桥社区第1网格" ) },
        { QStringLiteral( "community_code" ), QStringLiteral( "430781002004" ) },
        { QStringLiteral( "households" ), 1200 },
      };
      feature.wkb = GwWkb::polygon( { { { x0, 29.60 }, { x0 + 0.01, 29.60 }, { x0 + 0.01, 29.61 }, { x0, 29.61 } } } );
      return feature;
    }

    static GwFeature camera( const QString &deviceId, bool online )
    {
      GwFeature feature;
      feature.attributes = {
        { QStringLiteral( "device_id" ), deviceId },
        { QStringLiteral( "source" ), QStringLiteral( "xueliang" ) },
        { QStringLiteral( "kind" ), QStringLiteral( "hd" ) },
        { QStringLiteral( "online" ), online ? 1 : 0 },
      };
      feature.wkb = GwWkb::point( { 111.88, 29.61 } );
      return feature;
    }

    const GwStoreBackend mBackend;

  private slots:
    void newStoreHasCurrentSchema()
    {
      auto store = freshStore();
      QVERIFY( store );
      QCOMPARE( store->schemaVersion(), GwSchema::currentVersion() );
      QCOMPARE( store->lastSequence(), qint64( 0 ) );
      QString error;
      for ( const QString &table : GwSchema::writableTables() )
        QCOMPARE( store->count( table, {}, &error ), qint64( 0 ) );
    }

    void insertedFeatureReadsBack()
    {
      auto store = freshStore();
      QVERIFY( store );
      QVector<GwFeature> rows = { grid( QStringLiteral( "430781002004-01" ), 111.87 ) };
      QString error;
      QVERIFY2( store->insertFeatures( QStringLiteral( "grids" ), rows, &error ), qPrintable( error ) );
      QVERIFY( rows.first().id > 0 );

      const QVector<GwFeature> read = store->features( QStringLiteral( "grids" ), {}, &error );
      QCOMPARE( read.size(), 1 );
      QCOMPARE( read.first().id, rows.first().id );
      QCOMPARE( read.first().attributes.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "汪家桥社区第1网格" ) );
      QCOMPARE( read.first().attributes.value( QStringLiteral( "households" ) ).toInt(), 1200 );
      QCOMPARE( read.first().wkb, rows.first().wkb );
    }

    void batchIsAllOrNothing_data()
    {
      QTest::addColumn<QString>( "badColumn" );
      QTest::addColumn<QString>( "expectedInMessage" );
      QTest::newRow( "unknown column" ) << QStringLiteral( "colour" ) << QStringLiteral( "colour" );
      QTest::newRow( "duplicate unique code" ) << QString() << QStringLiteral( "grids" );
    }

    void batchIsAllOrNothing()
    {
      QFETCH( QString, badColumn );
      QFETCH( QString, expectedInMessage );
      auto store = freshStore();
      QVERIFY( store );

      QVector<GwFeature> rows = { grid( QStringLiteral( "A" ), 111.87 ), grid( QStringLiteral( "B" ), 111.88 ), grid( QStringLiteral( "A" ), 111.89 ) };
      if ( !badColumn.isEmpty() )
      {
        rows[2].attributes.insert( badColumn, 1 );
        rows[2].attributes.insert( QStringLiteral( "code" ), QStringLiteral( "C" ) );
      }

      QString error;
      QVERIFY( !store->insertFeatures( QStringLiteral( "grids" ), rows, &error ) );
      QVERIFY2( error.contains( expectedInMessage ), qPrintable( error ) );
      QCOMPARE( store->count( QStringLiteral( "grids" ), {}, &error ), qint64( 0 ) );
      QCOMPARE( store->lastSequence(), qint64( 0 ) );
    }

    void unknownTableIsRejected()
    {
      auto store = freshStore();
      QVERIFY( store );
      QVector<GwFeature> rows( 1 );
      QString error;
      QVERIFY( !store->insertFeatures( QStringLiteral( "gpkg_contents" ), rows, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "gpkg_contents" ) ), qPrintable( error ) );
      QCOMPARE( store->count( QStringLiteral( "no_such_table" ), {}, &error ), qint64( -1 ) );
      QVERIFY2( error.contains( QStringLiteral( "no_such_table" ) ), qPrintable( error ) );
    }

    void geometryOnAttributeTableIsRejected()
    {
      auto store = freshStore();
      QVERIFY( store );
      GwFeature unit;
      unit.attributes = { { QStringLiteral( "building_id" ), 1 }, { QStringLiteral( "number" ), 2 } };
      unit.wkb = GwWkb::point( { 1, 2 } );
      QVector<GwFeature> rows = { unit };
      QString error;
      QVERIFY( !store->insertFeatures( QStringLiteral( "units" ), rows, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "units" ) ), qPrintable( error ) );
    }

    void changeLogFollowsWrites()
    {
      auto store = freshStore();
      QVERIFY( store );
      QVector<GwFeature> rows = { camera( QStringLiteral( "43078100001320000001" ), true ), camera( QStringLiteral( "43078100001320000002" ), true ) };
      QString error;
      QVERIFY2( store->insertFeatures( QStringLiteral( "cameras" ), rows, &error ), qPrintable( error ) );
      const qint64 afterInsert = store->lastSequence();
      QCOMPARE( afterInsert, qint64( 2 ) );

      GwFeature offline;
      offline.id = rows[1].id;
      offline.attributes = { { QStringLiteral( "online" ), 0 } };
      QVERIFY2( store->updateFeature( QStringLiteral( "cameras" ), offline, &error ), qPrintable( error ) );

      const QVector<GwChange> all = store->changesSince( 0, 100 );
      QCOMPARE( all.size(), 3 );
      QCOMPARE( all[0].operation, QStringLiteral( "insert" ) );
      QCOMPARE( all[2].operation, QStringLiteral( "update" ) );
      QCOMPARE( all[2].table, QStringLiteral( "cameras" ) );
      QCOMPARE( all[2].rowId, rows[1].id );
      QVERIFY( all[0].sequence < all[1].sequence );
      QVERIFY( all[1].sequence < all[2].sequence );
      QVERIFY( all[2].at.isValid() );

      const QVector<GwChange> tail = store->changesSince( afterInsert, 100 );
      QCOMPARE( tail.size(), 1 );
      QCOMPARE( store->changesSince( 0, 1 ).size(), 1 );
    }

    void secondConnectionSeesCommittedWrites()
    {
      auto writer = freshStore();
      QVERIFY( writer );
      QString error;
      auto reader = mBackend.reopen( &error );
      QVERIFY2( reader, qPrintable( error ) );

      QVector<GwFeature> rows = { camera( QStringLiteral( "43078100001320000003" ), false ) };
      QVERIFY2( writer->insertFeatures( QStringLiteral( "cameras" ), rows, &error ), qPrintable( error ) );
      QCOMPARE( reader->lastSequence(), writer->lastSequence() );
      QCOMPARE( reader->count( QStringLiteral( "cameras" ), { { QStringLiteral( "online" ), 0 } }, &error ), qint64( 1 ) );
    }

    void updateOfMissingRowFails()
    {
      auto store = freshStore();
      QVERIFY( store );
      GwFeature missing;
      missing.id = 4711;
      missing.attributes = { { QStringLiteral( "online" ), 0 } };
      QString error;
      QVERIFY( !store->updateFeature( QStringLiteral( "cameras" ), missing, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "4711" ) ), qPrintable( error ) );
      QCOMPARE( store->lastSequence(), qint64( 0 ) );
    }

    void countMatchesEqualsAndNull()
    {
      auto store = freshStore();
      QVERIFY( store );
      QVector<GwFeature> rows = { grid( QStringLiteral( "A" ), 111.87 ), grid( QStringLiteral( "B" ), 111.88 ) };
      rows[1].attributes.remove( QStringLiteral( "community_code" ) );
      QString error;
      QVERIFY2( store->insertFeatures( QStringLiteral( "grids" ), rows, &error ), qPrintable( error ) );
      QCOMPARE( store->count( QStringLiteral( "grids" ), { { QStringLiteral( "community_code" ), QStringLiteral( "430781002004" ) } }, &error ), qint64( 1 ) );
      QCOMPARE( store->count( QStringLiteral( "grids" ), { { QStringLiteral( "community_code" ), QVariant() } }, &error ), qint64( 1 ) );
      QCOMPARE( store->features( QStringLiteral( "grids" ), { { QStringLiteral( "code" ), QStringLiteral( "B" ) } }, &error ).size(), 1 );
    }

    void statusSummaryCountsOpenWork()
    {
      auto store = freshStore();
      QVERIFY( store );
      QString error;
      QVector<GwFeature> cameras;
      for ( int i = 0; i < 20; ++i )
        cameras << camera( QStringLiteral( "430781000013200%1" ).arg( i, 5, 10, QLatin1Char( '0' ) ), i != 7 );
      QVERIFY2( store->insertFeatures( QStringLiteral( "cameras" ), cameras, &error ), qPrintable( error ) );

      const QDateTime now = QDateTime( QDate( 2026, 12, 4 ), QTime( 8, 0 ), Qt::UTC );
      QVector<GwFeature> incidents;
      const QStringList states = { QStringLiteral( "reported" ), QStringLiteral( "on_site" ), QStringLiteral( "closed" ), QStringLiteral( "rejected" ) };
      for ( const QString &state : states )
      {
        GwFeature incident;
        incident.attributes = {
          { QStringLiteral( "category" ), QStringLiteral( "sanitation" ) },
          { QStringLiteral( "source" ), QStringLiteral( "hotline" ) },
          { QStringLiteral( "state" ), state },
          { QStringLiteral( "reported_at" ), now.addSecs( -3600 ) },
        };
        incident.wkb = GwWkb::point( { 111.88, 29.61 } );
        incidents << incident;
      }
      QVERIFY2( store->insertFeatures( QStringLiteral( "incidents" ), incidents, &error ), qPrintable( error ) );

      // One task past its deadline, one due later, one past its deadline but done.
      QVector<GwFeature> tasks;
      const QVector<QPair<QString, int>> taskRows = { { QStringLiteral( "assigned" ), -60 }, { QStringLiteral( "accepted" ), 60 }, { QStringLiteral( "done" ), -60 } };
      for ( const auto &row : taskRows )
      {
        GwFeature task;
        task.attributes = {
          { QStringLiteral( "incident_id" ), incidents.first().id },
          { QStringLiteral( "staff_id" ), 1 },
          { QStringLiteral( "state" ), row.first },
          { QStringLiteral( "assigned_at" ), now.addSecs( -7200 ) },
          { QStringLiteral( "due_at" ), now.addSecs( row.second ) },
        };
        tasks << task;
      }
      QVERIFY2( store->insertFeatures( QStringLiteral( "tasks" ), tasks, &error ), qPrintable( error ) );

      const GwStatusSummary summary = store->statusSummary( now );
      QCOMPARE( summary.cameras, 20 );
      QCOMPARE( summary.camerasOnline, 19 );
      QCOMPARE( summary.cameraOnlineRate(), 0.95 );
      QCOMPARE( summary.openIncidents, 2 );
      QCOMPARE( summary.overdueTasks, 1 );
    }

    void transactionCommitsTogether()
    {
      auto store = freshStore();
      QVERIFY( store );
      QString error;
      {
        GwStoreTransaction transaction( *store, &error );
        QVERIFY2( transaction.isActive(), qPrintable( error ) );
        QVERIFY( store->isInTransaction() );
        QVector<GwFeature> cameras = { camera( QStringLiteral( "43078100001320000011" ), true ) };
        QVERIFY2( store->insertFeatures( QStringLiteral( "cameras" ), cameras, &error ), qPrintable( error ) );
        QVector<GwFeature> grids = { grid( QStringLiteral( "A" ), 111.87 ) };
        QVERIFY2( store->insertFeatures( QStringLiteral( "grids" ), grids, &error ), qPrintable( error ) );
        QVERIFY2( transaction.commit( &error ), qPrintable( error ) );
      }
      QVERIFY( !store->isInTransaction() );
      QCOMPARE( store->count( QStringLiteral( "cameras" ), {}, &error ), qint64( 1 ) );
      QCOMPARE( store->count( QStringLiteral( "grids" ), {}, &error ), qint64( 1 ) );
      QCOMPARE( store->lastSequence(), qint64( 2 ) );
    }

    void transactionRollsBackEverything()
    {
      auto store = freshStore();
      QVERIFY( store );
      QString error;
      {
        GwStoreTransaction transaction( *store, &error );
        QVERIFY2( transaction.isActive(), qPrintable( error ) );
        QVector<GwFeature> cameras = { camera( QStringLiteral( "43078100001320000012" ), true ) };
        QVERIFY2( store->insertFeatures( QStringLiteral( "cameras" ), cameras, &error ), qPrintable( error ) );

        // A failed write inside undoes only itself; the transaction stays usable.
        QVector<GwFeature> duplicate = { camera( QStringLiteral( "43078100001320000012" ), false ) };
        QVERIFY( !store->insertFeatures( QStringLiteral( "cameras" ), duplicate, &error ) );
        QVERIFY( store->isInTransaction() );
        QCOMPARE( store->count( QStringLiteral( "cameras" ), {}, &error ), qint64( 1 ) );
      }
      QVERIFY( !store->isInTransaction() );
      QCOMPARE( store->count( QStringLiteral( "cameras" ), {}, &error ), qint64( 0 ) );
      QCOMPARE( store->lastSequence(), qint64( 0 ) );
    }

    void transactionsDoNotNest()
    {
      auto store = freshStore();
      QVERIFY( store );
      QString error;
      QVERIFY2( store->beginTransaction( &error ), qPrintable( error ) );
      QVERIFY( !store->beginTransaction( &error ) );
      QVERIFY( !error.isEmpty() );
      store->rollbackTransaction();
      QVERIFY( !store->commitTransaction( &error ) );
    }

    void metadataRoundTrip()
    {
      auto store = freshStore();
      QVERIFY( store );
      QString error;
      QVERIFY( store->metadata( QStringLiteral( "subdistrict" ) ).isNull() );
      QVERIFY2( store->setMetadata( QStringLiteral( "subdistrict" ), QStringLiteral( "汪家桥街道" ), &error ), qPrintable( error ) );
      QCOMPARE( store->metadata( QStringLiteral( "subdistrict" ) ), QStringLiteral( "汪家桥街道" ) );
    }
};
