// SPDX-License-Identifier: GPL-2.0-or-later
// Intake events written through the store: reports and alarms located in their grid,
// camera status with its log, staff positions, and the messages for unknown ids.

#include "gwdispatcher.h"
#include "gwgridlocator.h"
#include "gwintakeevent.h"
#include "gwintakewriter.h"
#include "gwslatable.h"
#include "gwstore.h"
#include "gwtimewindow.h"
#include "gwwkb.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace
{
  const QDateTime Now( QDate( 2026, 12, 4 ), QTime( 0, 0 ), Qt::UTC );

  const QString Grid1 = QStringLiteral( "430781002001-01" );
  const QString Grid2 = QStringLiteral( "430781002001-02" );
  const QPointF Centre( 111.8800, 29.6100 );
  const QString CameraDevice = QStringLiteral( "43078100001320000001" );
  constexpr qint64 W3 = 3;

  QVector<QPointF> box( double west, double south, double east, double north )
  {
    return { { west, south }, { east, south }, { east, north }, { west, north }, { west, south } };
  }

  /**
   * Grid 01 spans lon 111.875–111.885; grid 02 starts 0.0002° (about 19 m at this
   * latitude) further east, which leaves a sliver between them that belongs to no grid.
   */
  QVector<GwGridPolygon> grids()
  {
    return {
      { Grid1, { box( 111.875, 29.605, 111.885, 29.615 ) } },
      { Grid2, { box( 111.8852, 29.605, 111.895, 29.615 ) } },
    };
  }

  GwIntakeEvent report( int line, const QString &id, const QPointF &at )
  {
    GwIntakeEvent event;
    event.type = GwIntakeEvent::Type::IncidentReport;
    event.line = line;
    event.clientId = id;
    event.category = QStringLiteral( "sanitation" );
    event.source = QStringLiteral( "resident_group" );
    event.lonLat = at;
    event.atUtc = Now.addSecs( -60 );
    event.title = QString::fromUtf8( "垃圾堆放" );
    event.contentHash = QStringLiteral( "hash-of-" ) + id;
    return event;
  }
}

class TestIntakeWriter : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mFolder;
    int mCounter = 0;
    std::unique_ptr<GwStore> mStore;
    GwSlaTable mSla = GwSlaTable::defaults();
    std::unique_ptr<GwDispatcher> mDispatcher;
    std::unique_ptr<GwGridLocator> mLocator;
    std::unique_ptr<GwIntakeWriter> mWriter;

    GwFeature readOne( const QString &table, const QVariantMap &equals )
    {
      QString error;
      const QVector<GwFeature> rows = mStore->features( table, equals, &error );
      return rows.isEmpty() ? GwFeature() : rows.first();
    }

    qint64 count( const QString &table )
    {
      QString error;
      return mStore->count( table, {}, &error );
    }

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      mLocator = std::make_unique<GwGridLocator>( grids() );
    }

    // A fresh file per test: one online camera whose status last changed at Now, and
    // staff member W3 last seen at Now.
    void init()
    {
      mWriter.reset();
      mDispatcher.reset();
      mStore.reset();
      QString error;
      mStore = GwStore::create( mFolder.filePath( QStringLiteral( "intake-%1.gpkg" ).arg( ++mCounter ) ), &error );
      QVERIFY2( mStore, qPrintable( error ) );

      GwFeature camera;
      camera.attributes = { { QStringLiteral( "device_id" ), CameraDevice }, { QStringLiteral( "source" ), QStringLiteral( "xueliang" ) },
        { QStringLiteral( "kind" ), QStringLiteral( "hd" ) }, { QStringLiteral( "online" ), 1 },
        { QStringLiteral( "status_changed_at" ), GwTimeWindow::storeText( Now ) } };
      camera.wkb = GwWkb::point( Centre );
      QVector<GwFeature> cameras = { camera };
      QVERIFY2( mStore->insertFeatures( QStringLiteral( "cameras" ), cameras, &error ), qPrintable( error ) );

      GwFeature staff;
      staff.attributes = { { QStringLiteral( "fid" ), W3 }, { QStringLiteral( "name" ), QString::fromUtf8( "王三" ) },
        { QStringLiteral( "role" ), QStringLiteral( "grid_worker" ) }, { QStringLiteral( "grid_code" ), Grid1 },
        { QStringLiteral( "on_duty" ), 1 }, { QStringLiteral( "position_at" ), GwTimeWindow::storeText( Now ) } };
      staff.wkb = GwWkb::point( Centre );
      QVector<GwFeature> staffRows = { staff };
      QVERIFY2( mStore->insertFeatures( QStringLiteral( "staff" ), staffRows, &error ), qPrintable( error ) );

      mDispatcher = std::make_unique<GwDispatcher>( *mStore, mSla );
      mWriter = std::make_unique<GwIntakeWriter>( *mStore, *mDispatcher, *mLocator );
    }

    void reportStoredInItsGrid()
    {
      const GwDispatchResult result = mWriter->write( report( 1, QStringLiteral( "wx-20261204-0001" ), Centre ), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Done ) );

      const GwFeature incident = readOne( QStringLiteral( "incidents" ), { { QStringLiteral( "fid" ), result.id } } );
      QCOMPARE( incident.attributes.value( QStringLiteral( "grid_code" ) ).toString(), Grid1 );
      QCOMPARE( incident.attributes.value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "reported" ) );
      QPointF stored;
      QVERIFY( GwWkb::readPoint( incident.wkb, stored ) );
      QCOMPARE( stored, Centre );

      const GwFeature event = readOne( QStringLiteral( "events" ), { { QStringLiteral( "incident_id" ), result.id } } );
      QCOMPARE( event.attributes.value( QStringLiteral( "actor" ) ).toString(), QStringLiteral( "resident_group" ) );
      QCOMPARE( event.attributes.value( QStringLiteral( "to_state" ) ).toString(), QStringLiteral( "reported" ) );
    }

    void reportRepeatedIsStoredOnce()
    {
      const GwIntakeEvent event = report( 1, QStringLiteral( "wx-20261204-0001" ), Centre );
      QCOMPARE( int( mWriter->write( event, Now ).outcome ), int( GwDispatchOutcome::Done ) );

      GwIntakeEvent again = event;
      again.line = 2;
      const GwDispatchResult result = mWriter->write( again, Now.addSecs( 1 ) );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::AlreadyStored ) );
      QVERIFY2( result.message.startsWith( QStringLiteral( "Line 2: " ) ), qPrintable( result.message ) );
      QCOMPARE( count( QStringLiteral( "incidents" ) ), qint64( 1 ) );
      QCOMPARE( count( QStringLiteral( "events" ) ), qint64( 1 ) );
    }

    void reportInGapGoesToNearestGrid()
    {
      // 0.00005° east of grid 01's edge, about 4.8 m at latitude 29.61 (cos 29.61° × 111195 m × 0.00005).
      const GwDispatchResult result = mWriter->write( report( 4, QStringLiteral( "wx-20261204-0004" ), QPointF( 111.88505, 29.61 ) ), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Warning ) );
      QVERIFY2( result.message.startsWith( QStringLiteral( "Line 4: " ) ), qPrintable( result.message ) );
      QVERIFY2( result.message.contains( Grid1 ), qPrintable( result.message ) );
      QVERIFY2( result.message.contains( QStringLiteral( "4.8 m" ) ), qPrintable( result.message ) );

      const GwFeature incident = readOne( QStringLiteral( "incidents" ), { { QStringLiteral( "fid" ), result.id } } );
      QCOMPARE( incident.attributes.value( QStringLiteral( "grid_code" ) ).toString(), Grid1 );
    }

    void alarmIsAnonymousIncident()
    {
      GwIntakeEvent alarm;
      alarm.type = GwIntakeEvent::Type::Alarm;
      alarm.line = 3;
      alarm.clientId = QStringLiteral( "drone-20261204-0001" );
      alarm.category = QStringLiteral( "straw_burning" );
      alarm.source = QStringLiteral( "drone" );
      alarm.zone = QString::fromUtf8( "澹津体育中心北侧" );
      alarm.deviceId = QStringLiteral( "UAV-07" );
      alarm.evidence = QStringLiteral( "media/2026/12/04/0001.jpg" );
      alarm.lonLat = Centre;
      alarm.atUtc = Now;
      alarm.contentHash = QStringLiteral( "hash-of-alarm" );

      const GwDispatchResult result = mWriter->write( alarm, Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Done ) );

      const GwFeature incident = readOne( QStringLiteral( "incidents" ), { { QStringLiteral( "fid" ), result.id } } );
      QCOMPARE( incident.attributes.value( QStringLiteral( "category" ) ).toString(), QStringLiteral( "straw_burning" ) );
      QCOMPARE( incident.attributes.value( QStringLiteral( "source" ) ).toString(), QStringLiteral( "drone" ) );
      // No translator is loaded in tests, so the title is the English domain term.
      QCOMPARE( incident.attributes.value( QStringLiteral( "title" ) ).toString(), QStringLiteral( "Straw burning" ) );
      const QString description = incident.attributes.value( QStringLiteral( "description" ) ).toString();
      QVERIFY2( description.contains( alarm.zone ), qPrintable( description ) );
      QVERIFY2( description.contains( QStringLiteral( "UAV-07" ) ), qPrintable( description ) );
      QCOMPARE( incident.attributes.value( QStringLiteral( "evidence" ) ).toString(), alarm.evidence );
      QCOMPARE( incident.attributes.value( QStringLiteral( "grid_code" ) ).toString(), Grid1 );

      const GwDispatchResult repeated = mWriter->write( alarm, Now.addSecs( 2 ) );
      QCOMPARE( int( repeated.outcome ), int( GwDispatchOutcome::AlreadyStored ) );
      QCOMPARE( count( QStringLiteral( "incidents" ) ), qint64( 1 ) );
    }

    void cameraStatus_data()
    {
      QTest::addColumn<QString>( "deviceId" );
      QTest::addColumn<bool>( "online" );
      QTest::addColumn<int>( "offsetSeconds" );
      QTest::addColumn<bool>( "sendTwice" );
      QTest::addColumn<int>( "outcome" );
      QTest::addColumn<int>( "cameraOnline" );
      QTest::addColumn<qint64>( "logRows" );
      QTest::addColumn<QString>( "messagePart" );

      QTest::newRow( "goes offline" ) << CameraDevice << false << 60 << false << int( GwDispatchOutcome::Done ) << 0 << qint64( 1 ) << QString();
      QTest::newRow( "same status twice" ) << CameraDevice << false << 60 << true << int( GwDispatchOutcome::AlreadyStored ) << 0 << qint64( 1 )
                                           << QStringLiteral( "Line 5: " );
      QTest::newRow( "late status only logged" ) << CameraDevice << false << -60 << false << int( GwDispatchOutcome::Done ) << 1 << qint64( 1 ) << QString();
      QTest::newRow( "unknown device" ) << QStringLiteral( "43078100001320009999" ) << false << 60 << false << int( GwDispatchOutcome::Rejected ) << 1 << qint64( 0 )
                                        << QStringLiteral( "Line 5: Camera with device_id 43078100001320009999 not found." );
    }

    void cameraStatus()
    {
      QFETCH( QString, deviceId );
      QFETCH( bool, online );
      QFETCH( int, offsetSeconds );
      QFETCH( bool, sendTwice );
      QFETCH( int, outcome );
      QFETCH( int, cameraOnline );
      QFETCH( qint64, logRows );
      QFETCH( QString, messagePart );

      GwIntakeEvent event;
      event.type = GwIntakeEvent::Type::CameraStatus;
      event.line = 5;
      event.deviceId = deviceId;
      event.online = online;
      event.atUtc = Now.addSecs( offsetSeconds );

      GwDispatchResult result = mWriter->write( event, Now );
      if ( sendTwice )
        result = mWriter->write( event, Now );
      QCOMPARE( int( result.outcome ), outcome );
      if ( !messagePart.isEmpty() )
        QVERIFY2( result.message.contains( messagePart ), qPrintable( result.message ) );

      const GwFeature camera = readOne( QStringLiteral( "cameras" ), { { QStringLiteral( "device_id" ), CameraDevice } } );
      QCOMPARE( camera.attributes.value( QStringLiteral( "online" ) ).toInt(), cameraOnline );
      const QDateTime expectedChange = cameraOnline ? Now : Now.addSecs( offsetSeconds );
      QCOMPARE( camera.attributes.value( QStringLiteral( "status_changed_at" ) ).toString(), GwTimeWindow::storeText( expectedChange ) );
      QCOMPARE( count( QStringLiteral( "camera_status_log" ) ), logRows );
    }

    void staffPosition_data()
    {
      QTest::addColumn<qint64>( "staffId" );
      QTest::addColumn<int>( "offsetSeconds" );
      QTest::addColumn<int>( "outcome" );
      QTest::addColumn<bool>( "moved" );
      QTest::addColumn<QString>( "messagePart" );

      QTest::newRow( "newer position moves" ) << W3 << 30 << int( GwDispatchOutcome::Done ) << true << QString();
      QTest::newRow( "older position ignored" ) << W3 << -30 << int( GwDispatchOutcome::AlreadyStored ) << false << QStringLiteral( "not newer" );
      QTest::newRow( "unknown staff" ) << qint64( 99 ) << 30 << int( GwDispatchOutcome::Rejected ) << false
                                       << QStringLiteral( "Line 7: Staff member 99 not found." );
    }

    void staffPosition()
    {
      QFETCH( qint64, staffId );
      QFETCH( int, offsetSeconds );
      QFETCH( int, outcome );
      QFETCH( bool, moved );
      QFETCH( QString, messagePart );

      const QPointF target( 111.8810, 29.6110 );
      GwIntakeEvent event;
      event.type = GwIntakeEvent::Type::StaffPosition;
      event.line = 7;
      event.staffId = staffId;
      event.lonLat = target;
      event.atUtc = Now.addSecs( offsetSeconds );

      const GwDispatchResult result = mWriter->write( event, Now );
      QCOMPARE( int( result.outcome ), outcome );
      if ( !messagePart.isEmpty() )
        QVERIFY2( result.message.contains( messagePart ), qPrintable( result.message ) );

      const GwFeature staff = readOne( QStringLiteral( "staff" ), { { QStringLiteral( "fid" ), W3 } } );
      QPointF position;
      QVERIFY( GwWkb::readPoint( staff.wkb, position ) );
      QCOMPARE( position, moved ? target : Centre );
      QCOMPARE( staff.attributes.value( QStringLiteral( "position_at" ) ).toString(), GwTimeWindow::storeText( moved ? event.atUtc : Now ) );
    }
};

QTEST_GUILESS_MAIN( TestIntakeWriter )
#include "test_intakewriter.moc"
