// SPDX-License-Identifier: GPL-2.0-or-later
// Dispatch rules on a real GeoPackage: reports, assignment with its version check,
// busy staff, the incident life cycle, merging and duplicate suggestions.

#include "gwdispatcher.h"
#include "gwduplicatefinder.h"
#include "gwintakeevent.h"
#include "gwslatable.h"
#include "gwstore.h"
#include "gwtimewindow.h"
#include "gwwkb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace
{
  const QDateTime Now( QDate( 2026, 12, 4 ), QTime( 0, 0 ), Qt::UTC );

  // Staff ids of the fixture. W3 and W7 are the two workers of the dispatch cases.
  constexpr qint64 GridHead = 1;
  constexpr qint64 W3 = 3;
  constexpr qint64 W7 = 7;
  constexpr qint64 OffDuty = 8;
  constexpr qint64 OtherGridWorker = 9;

  const QString Grid1 = QStringLiteral( "430781002001-01" );
  const QString Grid2 = QStringLiteral( "430781002001-02" );
  const QPointF Centre( 111.8800, 29.6100 );

  // Metres per degree of latitude on the sphere of radius 6371008.8 m that
  // GwDuplicateFinder measures on.
  const double MetresPerDegree = M_PI * 6371008.8 / 180.0;

  QPointF offsetMetres( const QPointF &origin, double eastMetres, double northMetres )
  {
    const double metresPerLonDegree = MetresPerDegree * std::cos( origin.y() * M_PI / 180.0 );
    return QPointF( origin.x() + eastMetres / metresPerLonDegree, origin.y() + northMetres / MetresPerDegree );
  }

  QString utf8( const char *text )
  {
    return QString::fromUtf8( text );
  }

  GwFeature row( const QVariantMap &attributes, const QByteArray &wkb = QByteArray() )
  {
    GwFeature feature;
    feature.attributes = attributes;
    feature.wkb = wkb;
    return feature;
  }

  GwFeature staffRow( qint64 id, const char *name, const char *role, const QString &grid, bool onDuty, const QPointF &at )
  {
    return row( { { QStringLiteral( "fid" ), id }, { QStringLiteral( "name" ), utf8( name ) }, { QStringLiteral( "role" ), QString::fromLatin1( role ) },
      { QStringLiteral( "grid_code" ), grid }, { QStringLiteral( "on_duty" ), onDuty ? 1 : 0 } }, GwWkb::point( at ) );
  }

  GwFeature incidentRow( qint64 id, const QString &category, const QString &grid, const QPointF &at, const QDateTime &reported )
  {
    return row( { { QStringLiteral( "fid" ), id }, { QStringLiteral( "client_id" ), QStringLiteral( "fixture-%1" ).arg( id ) },
      { QStringLiteral( "category" ), category }, { QStringLiteral( "source" ), QStringLiteral( "grid_worker" ) },
      { QStringLiteral( "state" ), QStringLiteral( "reported" ) }, { QStringLiteral( "priority" ), 2 },
      { QStringLiteral( "grid_code" ), grid }, { QStringLiteral( "reported_at" ), GwTimeWindow::storeText( reported ) },
      { QStringLiteral( "version" ), 1 } }, GwWkb::point( at ) );
  }

  /**
   * SLA table of the tests, so that expected deadlines do not depend on the shipped
   * values: sanitation priority 2 allows 720 minutes.
   */
  const char *const TestSla = R"json({
    "busy_policy": "warn",
    "categories": {
      "default":    { "accept_minutes": [10, 30, 60, 120], "resolve_minutes": [120, 480, 1440, 4320] },
      "sanitation": { "accept_minutes": [15, 30, 60, 120], "resolve_minutes": [240, 720, 1440, 2880] }
    }
  })json";
}

class TestDispatcher : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mFolder;
    int mCounter = 0;
    std::unique_ptr<GwStore> mStore;
    GwSlaTable mSla;
    std::unique_ptr<GwDispatcher> mDispatcher;

    GwFeature read( const QString &table, qint64 id )
    {
      QString error;
      const QVector<GwFeature> rows = mStore->features( table, { { QStringLiteral( "fid" ), id } }, &error );
      return rows.isEmpty() ? GwFeature() : rows.first();
    }

    QVector<GwFeature> tasksOf( qint64 incidentId )
    {
      QString error;
      return mStore->features( QStringLiteral( "tasks" ), { { QStringLiteral( "incident_id" ), incidentId } }, &error );
    }

    qint64 versionOf( qint64 incidentId )
    {
      return read( QStringLiteral( "incidents" ), incidentId ).attributes.value( QStringLiteral( "version" ) ).toLongLong();
    }

    QString stateOf( qint64 incidentId )
    {
      return read( QStringLiteral( "incidents" ), incidentId ).attributes.value( QStringLiteral( "state" ) ).toString();
    }

    //! Replaces the dispatcher with one whose SLA table has \a policy, because the dispatcher copies its table.
    void setBusyPolicy( const QString &policy )
    {
      GwSlaTable sla = mSla;
      sla.setBusyPolicy( policy );
      mDispatcher = std::make_unique<GwDispatcher>( *mStore, sla );
    }

    void insert( const QString &table, QVector<GwFeature> rows )
    {
      QString error;
      QVERIFY2( mStore->insertFeatures( table, rows, &error ), qPrintable( error ) );
    }

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      const QString slaPath = mFolder.filePath( QStringLiteral( "sla.json" ) );
      QFile file( slaPath );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( TestSla );
      file.close();
      QString error;
      QVERIFY2( GwSlaTable::load( slaPath, mSla, &error ), qPrintable( error ) );
    }

    // Every test function starts from a fresh file: grid 01 with its head, W3, W7 and an
    // off-duty worker, one worker in grid 02, and incidents 1001 and 1002 reported in grid 01.
    void init()
    {
      mDispatcher.reset();
      mStore.reset();
      QString error;
      mStore = GwStore::create( mFolder.filePath( QStringLiteral( "dispatch-%1.gpkg" ).arg( ++mCounter ) ), &error );
      QVERIFY2( mStore, qPrintable( error ) );

      insert( QStringLiteral( "staff" ), {
        staffRow( GridHead, "赵网格", "grid_head", Grid1, true, offsetMetres( Centre, 0, 500 ) ),
        staffRow( W3, "王三", "grid_worker", Grid1, true, offsetMetres( Centre, 300, 0 ) ),
        staffRow( W7, "李七", "grid_worker", Grid1, true, offsetMetres( Centre, 100, 0 ) ),
        staffRow( OffDuty, "周八", "grid_worker", Grid1, false, Centre ),
        staffRow( OtherGridWorker, "吴九", "grid_worker", Grid2, true, Centre ),
      } );
      insert( QStringLiteral( "incidents" ), {
        incidentRow( 1001, QStringLiteral( "sanitation" ), Grid1, Centre, Now.addSecs( -600 ) ),
        incidentRow( 1002, QStringLiteral( "public_facility" ), Grid1, offsetMetres( Centre, 0, 200 ), Now.addSecs( -300 ) ),
      } );
      mDispatcher = std::make_unique<GwDispatcher>( *mStore, mSla );
    }

    void assignWritesTaskDeadlineAndEvent()
    {
      const GwDispatchResult result = mDispatcher->assign( 1001, W3, 1, QStringLiteral( "desk-1" ), QString(), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Done ) );
      QCOMPARE( result.version, qint64( 2 ) );

      const QVector<GwFeature> tasks = tasksOf( 1001 );
      QCOMPARE( tasks.size(), 1 );
      QCOMPARE( result.id, tasks.first().id );
      QCOMPARE( tasks.first().attributes.value( QStringLiteral( "staff_id" ) ).toLongLong(), W3 );
      QCOMPARE( tasks.first().attributes.value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "assigned" ) );
      QCOMPARE( tasks.first().attributes.value( QStringLiteral( "assigned_at" ) ).toString(), QStringLiteral( "2026-12-04T00:00:00.000Z" ) );
      // Sanitation, priority 2: 720 minutes in the test SLA table, so 12:00 UTC.
      QCOMPARE( tasks.first().attributes.value( QStringLiteral( "due_at" ) ).toString(), QStringLiteral( "2026-12-04T12:00:00.000Z" ) );

      const GwFeature incident = read( QStringLiteral( "incidents" ), 1001 );
      QCOMPARE( incident.attributes.value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "dispatched" ) );
      QCOMPARE( incident.attributes.value( QStringLiteral( "version" ) ).toLongLong(), qint64( 2 ) );
      QCOMPARE( incident.attributes.value( QStringLiteral( "due_at" ) ).toString(), QStringLiteral( "2026-12-04T12:00:00.000Z" ) );

      const QVector<GwFeature> events = mDispatcher->history( 1001 );
      QCOMPARE( events.size(), 1 );
      QCOMPARE( events.first().attributes.value( QStringLiteral( "actor" ) ).toString(), QStringLiteral( "desk-1" ) );
      QCOMPARE( events.first().attributes.value( QStringLiteral( "from_state" ) ).toString(), QStringLiteral( "reported" ) );
      QCOMPARE( events.first().attributes.value( QStringLiteral( "to_state" ) ).toString(), QStringLiteral( "dispatched" ) );
      QCOMPARE( events.first().attributes.value( QStringLiteral( "task_id" ) ).toLongLong(), result.id );
    }

    void assignWithOldVersionNamesWinner()
    {
      const GwDispatchResult first = mDispatcher->assign( 1001, W3, 1, QStringLiteral( "desk-1" ), QString(), Now );
      QCOMPARE( int( first.outcome ), int( GwDispatchOutcome::Done ) );

      const GwDispatchResult second = mDispatcher->assign( 1001, W7, 1, QStringLiteral( "desk-2" ), QString(), Now.addMSecs( 40 ) );
      QCOMPARE( int( second.outcome ), int( GwDispatchOutcome::Conflict ) );
      QCOMPARE( second.version, qint64( 2 ) );
      QCOMPARE( second.winnerStaff, utf8( "王三" ) );
      QCOMPARE( second.winnerActor, QStringLiteral( "desk-1" ) );
      QVERIFY2( second.message.contains( utf8( "王三" ) ), qPrintable( second.message ) );
      QVERIFY2( second.message.contains( QStringLiteral( "desk-1" ) ), qPrintable( second.message ) );
      // 00:00 UTC is 08:00 in Asia/Shanghai.
      QVERIFY2( second.message.contains( QStringLiteral( "08:00:00" ) ), qPrintable( second.message ) );

      QCOMPARE( tasksOf( 1001 ).size(), 1 );
      QCOMPARE( versionOf( 1001 ), qint64( 2 ) );
      QCOMPARE( mDispatcher->history( 1001 ).size(), 1 );
    }

    void assignBusyStaff_data()
    {
      QTest::addColumn<QString>( "policy" );
      QTest::addColumn<int>( "outcome" );
      QTest::addColumn<int>( "tasksOn1002" );

      QTest::newRow( "warn policy writes with a warning" ) << QStringLiteral( "warn" ) << int( GwDispatchOutcome::Warning ) << 1;
      QTest::newRow( "block policy rejects" ) << QStringLiteral( "block" ) << int( GwDispatchOutcome::Rejected ) << 0;
    }

    void assignBusyStaff()
    {
      QFETCH( QString, policy );
      QFETCH( int, outcome );
      QFETCH( int, tasksOn1002 );

      QCOMPARE( int( mDispatcher->assign( 1001, W7, 1, QStringLiteral( "desk-1" ), QString(), Now ).outcome ), int( GwDispatchOutcome::Done ) );
      const GwFeature busyTaskBefore = tasksOf( 1001 ).value( 0 );
      setBusyPolicy( policy );

      const GwDispatchResult result = mDispatcher->assign( 1002, W7, 1, QStringLiteral( "desk-2" ), QString(), Now.addSecs( 60 ) );
      QCOMPARE( int( result.outcome ), outcome );
      QVERIFY2( result.message.contains( utf8( "李七" ) ), qPrintable( result.message ) );
      QVERIFY2( result.message.contains( QStringLiteral( "1001" ) ), qPrintable( result.message ) );
      QCOMPARE( tasksOf( 1002 ).size(), tasksOn1002 );
      QCOMPARE( versionOf( 1002 ), qint64( 1 + tasksOn1002 ) );

      const QVector<GwFeature> busyTaskAfter = tasksOf( 1001 );
      QCOMPARE( busyTaskAfter.size(), 1 );
      QCOMPARE( busyTaskAfter.first().attributes, busyTaskBefore.attributes );
    }

    void assignAlreadyAssignedIsRejected()
    {
      const GwDispatchResult first = mDispatcher->assign( 1001, W3, 1, QStringLiteral( "desk-1" ), QString(), Now );
      const GwDispatchResult second = mDispatcher->assign( 1001, W7, first.version, QStringLiteral( "desk-1" ), QString(), Now );
      QCOMPARE( int( second.outcome ), int( GwDispatchOutcome::Rejected ) );
      QVERIFY2( second.message.contains( utf8( "王三" ) ), qPrintable( second.message ) );
      QCOMPARE( tasksOf( 1001 ).size(), 1 );
    }

    void assignUnknownStaffIsRejected()
    {
      const GwDispatchResult result = mDispatcher->assign( 1001, 4242, 1, QStringLiteral( "desk-1" ), QString(), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Rejected ) );
      QVERIFY2( result.message.contains( QStringLiteral( "4242" ) ), qPrintable( result.message ) );
      QCOMPARE( tasksOf( 1001 ).size(), 0 );
      QCOMPARE( stateOf( 1001 ), QStringLiteral( "reported" ) );
    }

    void assignUnknownIncidentFails()
    {
      const GwDispatchResult result = mDispatcher->assign( 4711, W3, 1, QStringLiteral( "desk-1" ), QString(), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Failed ) );
      QVERIFY2( result.message.contains( QStringLiteral( "4711" ) ), qPrintable( result.message ) );
    }

    void reassignCancelsOnlyOwnTask()
    {
      const GwDispatchResult first = mDispatcher->assign( 1001, W3, 1, QStringLiteral( "desk-1" ), QString(), Now );

      const GwDispatchResult withoutReason = mDispatcher->reassign( 1001, W7, first.version, QStringLiteral( "desk-1" ), QString(), Now );
      QCOMPARE( int( withoutReason.outcome ), int( GwDispatchOutcome::Rejected ) );

      const GwDispatchResult result = mDispatcher->reassign( 1001, W7, first.version, QStringLiteral( "desk-1" ), utf8( "王三请假" ), Now.addSecs( 600 ) );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Done ) );
      QCOMPARE( result.version, qint64( 3 ) );

      const QVector<GwFeature> tasks = tasksOf( 1001 );
      QCOMPARE( tasks.size(), 2 );
      QCOMPARE( tasks.at( 0 ).attributes.value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "cancelled" ) );
      QCOMPARE( tasks.at( 0 ).attributes.value( QStringLiteral( "done_at" ) ).toString(), QStringLiteral( "2026-12-04T00:10:00.000Z" ) );
      QCOMPARE( tasks.at( 1 ).attributes.value( QStringLiteral( "staff_id" ) ).toLongLong(), W7 );
      QCOMPARE( tasks.at( 1 ).attributes.value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "assigned" ) );

      const QVector<GwFeature> events = mDispatcher->history( 1001 );
      QCOMPARE( events.size(), 2 );
      QCOMPARE( events.last().attributes.value( QStringLiteral( "from_state" ) ).toString(), QStringLiteral( "dispatched" ) );
      QCOMPARE( events.last().attributes.value( QStringLiteral( "reason" ) ).toString(), utf8( "王三请假" ) );
    }

    void escalateGoesToGridHead()
    {
      const GwDispatchResult first = mDispatcher->assign( 1001, W3, 1, QStringLiteral( "desk-1" ), QString(), Now );
      const GwDispatchResult result = mDispatcher->escalate( 1001, first.version, QStringLiteral( "desk-1" ), utf8( "超时未接单" ), Now.addSecs( 3600 ) );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Done ) );

      const QVector<GwFeature> tasks = tasksOf( 1001 );
      QCOMPARE( tasks.size(), 2 );
      QCOMPARE( tasks.last().attributes.value( QStringLiteral( "staff_id" ) ).toLongLong(), GridHead );
      QCOMPARE( tasks.first().attributes.value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "cancelled" ) );
    }

    void escalateWithoutGridHeadIsRejected()
    {
      QVector<GwFeature> orphan = { incidentRow( 1003, QStringLiteral( "sanitation" ), QStringLiteral( "430781002001-99" ), Centre, Now ) };
      insert( QStringLiteral( "incidents" ), orphan );

      const GwDispatchResult result = mDispatcher->escalate( 1003, 1, QStringLiteral( "desk-1" ), utf8( "无人接单" ), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Rejected ) );
      QVERIFY2( result.message.contains( QStringLiteral( "430781002001-99" ) ), qPrintable( result.message ) );
      QCOMPARE( tasksOf( 1003 ).size(), 0 );
    }

    void escalateIgnoresBlockPolicy()
    {
      mDispatcher->assign( 1002, GridHead, 1, QStringLiteral( "desk-1" ), QString(), Now );
      setBusyPolicy( QStringLiteral( "block" ) );

      const GwDispatchResult result = mDispatcher->escalate( 1001, 1, QStringLiteral( "desk-1" ), utf8( "重大隐患" ), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Warning ) );
      QCOMPARE( tasksOf( 1001 ).size(), 1 );
    }

    // Each row runs a path through the life cycle after an assignment to W3; only the last
    // step's outcome is checked against the row, every earlier step must succeed.
    void transition_data()
    {
      QTest::addColumn<QStringList>( "steps" );
      QTest::addColumn<QString>( "reason" );
      QTest::addColumn<int>( "lastOutcome" );
      QTest::addColumn<QString>( "incidentState" );
      QTest::addColumn<QString>( "taskState" );
      QTest::addColumn<bool>( "hasDueAt" );
      QTest::addColumn<bool>( "hasClosedAt" );

      const QString reason = utf8( "已清理" );
      QTest::newRow( "accept" ) << QStringList { QStringLiteral( "accepted" ) } << QString() << int( GwDispatchOutcome::Done )
                                << QStringLiteral( "accepted" ) << QStringLiteral( "accepted" ) << true << false;
      QTest::newRow( "on site" ) << QStringList { QStringLiteral( "accepted" ), QStringLiteral( "on_site" ) } << QString() << int( GwDispatchOutcome::Done )
                                 << QStringLiteral( "on_site" ) << QStringLiteral( "on_site" ) << true << false;
      QTest::newRow( "resolve" ) << QStringList { QStringLiteral( "accepted" ), QStringLiteral( "on_site" ), QStringLiteral( "resolved" ) } << QString()
                                 << int( GwDispatchOutcome::Done ) << QStringLiteral( "resolved" ) << QStringLiteral( "done" ) << false << false;
      QTest::newRow( "close" ) << QStringList { QStringLiteral( "accepted" ), QStringLiteral( "on_site" ), QStringLiteral( "resolved" ), QStringLiteral( "closed" ) }
                               << reason << int( GwDispatchOutcome::Done ) << QStringLiteral( "closed" ) << QStringLiteral( "done" ) << false << true;
      QTest::newRow( "close without reason" ) << QStringList { QStringLiteral( "accepted" ), QStringLiteral( "on_site" ), QStringLiteral( "resolved" ), QStringLiteral( "closed" ) }
                                              << QString() << int( GwDispatchOutcome::Rejected ) << QStringLiteral( "resolved" ) << QStringLiteral( "done" ) << false << false;
      QTest::newRow( "reopen goes back on site" ) << QStringList { QStringLiteral( "accepted" ), QStringLiteral( "on_site" ), QStringLiteral( "resolved" ), QStringLiteral( "on_site" ) }
                                                  << QString() << int( GwDispatchOutcome::Done ) << QStringLiteral( "on_site" ) << QStringLiteral( "on_site" ) << true << false;
      QTest::newRow( "reject cancels task" ) << QStringList { QStringLiteral( "rejected" ) } << utf8( "重复上报" ) << int( GwDispatchOutcome::Done )
                                             << QStringLiteral( "rejected" ) << QStringLiteral( "cancelled" ) << false << true;
      QTest::newRow( "skip to resolved" ) << QStringList { QStringLiteral( "resolved" ) } << QString() << int( GwDispatchOutcome::Rejected )
                                          << QStringLiteral( "dispatched" ) << QStringLiteral( "assigned" ) << true << false;
      QTest::newRow( "dispatch through transition" ) << QStringList { QStringLiteral( "dispatched" ) } << QString() << int( GwDispatchOutcome::Rejected )
                                                     << QStringLiteral( "dispatched" ) << QStringLiteral( "assigned" ) << true << false;
      QTest::newRow( "unknown state" ) << QStringList { QStringLiteral( "finished" ) } << QString() << int( GwDispatchOutcome::Rejected )
                                       << QStringLiteral( "dispatched" ) << QStringLiteral( "assigned" ) << true << false;
    }

    void transition()
    {
      QFETCH( QStringList, steps );
      QFETCH( QString, reason );
      QFETCH( int, lastOutcome );
      QFETCH( QString, incidentState );
      QFETCH( QString, taskState );
      QFETCH( bool, hasDueAt );
      QFETCH( bool, hasClosedAt );

      GwDispatchResult result = mDispatcher->assign( 1001, W3, 1, QStringLiteral( "desk-1" ), QString(), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Done ) );
      qint64 version = result.version;
      for ( int i = 0; i < steps.size(); ++i )
      {
        const bool last = i == steps.size() - 1;
        result = mDispatcher->transition( 1001, steps.at( i ), version, QStringLiteral( "worker-app" ), last ? reason : QString(), Now.addSecs( 60 * ( i + 1 ) ) );
        if ( !last )
        {
          QVERIFY2( result.outcome == GwDispatchOutcome::Done, qPrintable( result.message ) );
          version = result.version;
        }
      }
      QCOMPARE( int( result.outcome ), lastOutcome );
      if ( result.outcome != GwDispatchOutcome::Done )
        QVERIFY( !result.message.isEmpty() );

      const GwFeature incident = read( QStringLiteral( "incidents" ), 1001 );
      QCOMPARE( incident.attributes.value( QStringLiteral( "state" ) ).toString(), incidentState );
      QCOMPARE( !incident.attributes.value( QStringLiteral( "due_at" ) ).isNull(), hasDueAt );
      QCOMPARE( !incident.attributes.value( QStringLiteral( "closed_at" ) ).isNull(), hasClosedAt );
      const QVector<GwFeature> tasks = tasksOf( 1001 );
      QCOMPARE( tasks.size(), 1 );
      QCOMPARE( tasks.first().attributes.value( QStringLiteral( "state" ) ).toString(), taskState );

      // One event per successful write: the assignment and every step that was done.
      const int written = steps.size() - ( lastOutcome == int( GwDispatchOutcome::Done ) ? 0 : 1 );
      QCOMPARE( mDispatcher->history( 1001 ).size(), 1 + written );
    }

    void transitionWithOldVersionConflicts()
    {
      const GwDispatchResult assigned = mDispatcher->assign( 1001, W3, 1, QStringLiteral( "desk-1" ), QString(), Now );
      mDispatcher->transition( 1001, QStringLiteral( "accepted" ), assigned.version, QStringLiteral( "worker-app" ), QString(), Now );

      const GwDispatchResult result = mDispatcher->transition( 1001, QStringLiteral( "rejected" ), assigned.version, QStringLiteral( "desk-2" ), utf8( "无效" ), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Conflict ) );
      QCOMPARE( result.winnerActor, QStringLiteral( "worker-app" ) );
      QVERIFY( result.winnerStaff.isEmpty() );
      QCOMPARE( stateOf( 1001 ), QStringLiteral( "accepted" ) );
    }

    void mergeMarksDuplicate()
    {
      const GwDispatchResult assigned = mDispatcher->assign( 1002, W7, 1, QStringLiteral( "desk-1" ), QString(), Now );
      const GwDispatchResult result = mDispatcher->merge( 1002, 1001, assigned.version, QStringLiteral( "desk-1" ), utf8( "同一处" ), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Done ) );

      const GwFeature duplicate = read( QStringLiteral( "incidents" ), 1002 );
      QCOMPARE( duplicate.attributes.value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "merged" ) );
      QCOMPARE( duplicate.attributes.value( QStringLiteral( "duplicate_of" ) ).toLongLong(), qint64( 1001 ) );
      QVERIFY( duplicate.attributes.value( QStringLiteral( "due_at" ) ).isNull() );
      QCOMPARE( tasksOf( 1002 ).first().attributes.value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "cancelled" ) );
      QCOMPARE( stateOf( 1001 ), QStringLiteral( "reported" ) );
    }

    void mergeRules_data()
    {
      QTest::addColumn<qint64>( "duplicate" );
      QTest::addColumn<qint64>( "into" );
      QTest::addColumn<QString>( "reason" );
      QTest::addColumn<QString>( "messagePart" );

      QTest::newRow( "into itself" ) << qint64( 1001 ) << qint64( 1001 ) << utf8( "同一处" ) << QStringLiteral( "itself" );
      QTest::newRow( "without reason" ) << qint64( 1002 ) << qint64( 1001 ) << QString() << QStringLiteral( "reason" );
      QTest::newRow( "into missing incident" ) << qint64( 1002 ) << qint64( 4711 ) << utf8( "同一处" ) << QStringLiteral( "4711" );
      QTest::newRow( "into merged incident" ) << qint64( 1002 ) << qint64( 1004 ) << utf8( "同一处" ) << QStringLiteral( "1001" );
    }

    void mergeRules()
    {
      QFETCH( qint64, duplicate );
      QFETCH( qint64, into );
      QFETCH( QString, reason );
      QFETCH( QString, messagePart );

      insert( QStringLiteral( "incidents" ), { incidentRow( 1004, QStringLiteral( "sanitation" ), Grid1, Centre, Now ) } );
      QCOMPARE( int( mDispatcher->merge( 1004, 1001, 1, QStringLiteral( "desk-1" ), utf8( "同一处" ), Now ).outcome ), int( GwDispatchOutcome::Done ) );

      const GwDispatchResult result = mDispatcher->merge( duplicate, into, 1, QStringLiteral( "desk-1" ), reason, Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Rejected ) );
      QVERIFY2( result.message.contains( messagePart ), qPrintable( result.message ) );
      QCOMPARE( stateOf( duplicate ), QStringLiteral( "reported" ) );
    }

    // Three sanitation reports within 30 m and 5 minutes, a fourth 200 m away, and one of
    // another category at the same spot. Offsets in metres are turned into degrees with
    // the sphere GwDuplicateFinder measures on.
    void duplicateCandidates_data()
    {
      QTest::addColumn<qint64>( "incident" );
      QTest::addColumn<QVector<qint64>>( "expected" );

      QTest::newRow( "first report" ) << qint64( 2001 ) << QVector<qint64> { 2002, 2003 };
      QTest::newRow( "second report, 8 m north" ) << qint64( 2002 ) << QVector<qint64> { 2001, 2003 };
      QTest::newRow( "third report, 12 m east" ) << qint64( 2003 ) << QVector<qint64> { 2001, 2002 };
      QTest::newRow( "fourth report, 200 m north" ) << qint64( 2004 ) << QVector<qint64> {};
      QTest::newRow( "other category at the same spot" ) << qint64( 2005 ) << QVector<qint64> {};
      QTest::newRow( "same spot, 6 minutes earlier" ) << qint64( 2006 ) << QVector<qint64> {};
    }

    void duplicateCandidates()
    {
      QFETCH( qint64, incident );
      QFETCH( QVector<qint64>, expected );

      const QString category = QStringLiteral( "dumping" );
      const QDateTime start = Now.addSecs( 3600 );
      insert( QStringLiteral( "incidents" ), {
        incidentRow( 2001, category, Grid1, Centre, start ),
        incidentRow( 2002, category, Grid1, offsetMetres( Centre, 0, 8 ), start.addSecs( 120 ) ),
        incidentRow( 2003, category, Grid1, offsetMetres( Centre, 12, 0 ), start.addSecs( 240 ) ),
        incidentRow( 2004, category, Grid1, offsetMetres( Centre, 0, 200 ), start.addSecs( 60 ) ),
        incidentRow( 2005, QStringLiteral( "sanitation" ), Grid1, Centre, start.addSecs( 30 ) ),
        // 360 s before the first report, so more than 300 s from every other one.
        incidentRow( 2006, category, Grid1, Centre, start.addSecs( -360 ) ),
      } );

      QCOMPARE( mDispatcher->duplicateCandidates( incident ), expected );
    }

    void duplicateCandidatesSkipMerged()
    {
      insert( QStringLiteral( "incidents" ), {
        incidentRow( 2001, QStringLiteral( "dumping" ), Grid1, Centre, Now ),
        incidentRow( 2002, QStringLiteral( "dumping" ), Grid1, offsetMetres( Centre, 0, 8 ), Now.addSecs( 60 ) ),
      } );
      QCOMPARE( mDispatcher->duplicateCandidates( 2001 ), QVector<qint64> { 2002 } );
      QCOMPARE( int( mDispatcher->merge( 2002, 2001, 1, QStringLiteral( "desk-1" ), utf8( "同一处" ), Now ).outcome ), int( GwDispatchOutcome::Done ) );
      QCOMPARE( mDispatcher->duplicateCandidates( 2001 ), QVector<qint64>() );
    }

    void report_data()
    {
      QTest::addColumn<QString>( "secondId" );
      QTest::addColumn<QString>( "secondHash" );
      QTest::addColumn<int>( "outcome" );
      QTest::addColumn<int>( "storedReports" );

      QTest::newRow( "same id, same content" ) << QStringLiteral( "wx-20261204-0001" ) << QStringLiteral( "hash-a" ) << int( GwDispatchOutcome::AlreadyStored ) << 1;
      QTest::newRow( "same id, other content" ) << QStringLiteral( "wx-20261204-0001" ) << QStringLiteral( "hash-b" ) << int( GwDispatchOutcome::Rejected ) << 1;
      QTest::newRow( "new id, same content" ) << QStringLiteral( "wx-20261204-0002" ) << QStringLiteral( "hash-a" ) << int( GwDispatchOutcome::Done ) << 2;
    }

    void report()
    {
      QFETCH( QString, secondId );
      QFETCH( QString, secondHash );
      QFETCH( int, outcome );
      QFETCH( int, storedReports );

      GwIntakeEvent event;
      event.clientId = QStringLiteral( "wx-20261204-0001" );
      event.category = QStringLiteral( "sanitation" );
      event.source = QStringLiteral( "resident_group" );
      event.lonLat = Centre;
      event.atUtc = Now.addSecs( -30 );
      event.title = utf8( "垃圾堆放" );
      event.contentHash = QStringLiteral( "hash-a" );

      const GwDispatchResult first = mDispatcher->report( event, Grid1, QStringLiteral( "resident_group" ), Now );
      QCOMPARE( int( first.outcome ), int( GwDispatchOutcome::Done ) );
      QCOMPARE( first.version, qint64( 1 ) );
      const GwFeature stored = read( QStringLiteral( "incidents" ), first.id );
      QCOMPARE( stored.attributes.value( QStringLiteral( "state" ) ).toString(), QStringLiteral( "reported" ) );
      QCOMPARE( stored.attributes.value( QStringLiteral( "grid_code" ) ).toString(), Grid1 );
      QCOMPARE( stored.attributes.value( QStringLiteral( "reported_at" ) ).toString(), QStringLiteral( "2026-12-03T23:59:30.000Z" ) );
      QCOMPARE( mDispatcher->history( first.id ).size(), 1 );

      event.clientId = secondId;
      event.contentHash = secondHash;
      const GwDispatchResult second = mDispatcher->report( event, Grid1, QStringLiteral( "resident_group" ), Now.addSecs( 5 ) );
      QCOMPARE( int( second.outcome ), outcome );
      if ( outcome != int( GwDispatchOutcome::Done ) )
      {
        QCOMPARE( second.id, first.id );
        QVERIFY2( second.message.contains( QStringLiteral( "wx-20261204-0001" ) ), qPrintable( second.message ) );
      }

      QString error;
      QCOMPARE( mStore->count( QStringLiteral( "incidents" ), { { QStringLiteral( "source" ), QStringLiteral( "resident_group" ) } }, &error ), qint64( storedReports ) );
      QCOMPARE( mStore->count( QStringLiteral( "events" ), { { QStringLiteral( "to_state" ), QStringLiteral( "reported" ) } }, &error ), qint64( storedReports ) );
    }

    void reportInvalidIsRejected_data()
    {
      QTest::addColumn<QString>( "clientId" );
      QTest::addColumn<QString>( "category" );
      QTest::addColumn<QString>( "source" );
      QTest::addColumn<QDateTime>( "at" );
      QTest::addColumn<QString>( "messagePart" );

      QTest::newRow( "missing id" ) << QString() << QStringLiteral( "sanitation" ) << QStringLiteral( "hotline" ) << Now << QStringLiteral( "no id" );
      QTest::newRow( "unknown category" ) << QStringLiteral( "hotline-1" ) << QStringLiteral( "graffiti" ) << QStringLiteral( "hotline" ) << Now
                                          << QStringLiteral( "graffiti" );
      QTest::newRow( "unknown source" ) << QStringLiteral( "hotline-2" ) << QStringLiteral( "sanitation" ) << QStringLiteral( "fax" ) << Now
                                        << QStringLiteral( "fax" );
      QTest::newRow( "missing time" ) << QStringLiteral( "hotline-3" ) << QStringLiteral( "sanitation" ) << QStringLiteral( "hotline" ) << QDateTime()
                                      << QStringLiteral( "time" );
      QTest::newRow( "time in the future" ) << QStringLiteral( "hotline-4" ) << QStringLiteral( "sanitation" ) << QStringLiteral( "hotline" ) << Now.addSecs( 3 * 3600 )
                                            << QStringLiteral( "clock" );
    }

    void reportInvalidIsRejected()
    {
      QFETCH( QString, clientId );
      QFETCH( QString, category );
      QFETCH( QString, source );
      QFETCH( QDateTime, at );
      QFETCH( QString, messagePart );

      GwIntakeEvent event;
      event.clientId = clientId;
      event.category = category;
      event.source = source;
      event.lonLat = Centre;
      event.atUtc = at;
      const GwDispatchResult result = mDispatcher->report( event, Grid1, QStringLiteral( "hotline" ), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Rejected ) );
      QVERIFY2( result.message.contains( messagePart ), qPrintable( result.message ) );
      QString error;
      QCOMPARE( mStore->count( QStringLiteral( "incidents" ), {}, &error ), qint64( 2 ) );
      QCOMPARE( mStore->count( QStringLiteral( "events" ), {}, &error ), qint64( 0 ) );
    }

    void reportOutsideGridsWarns()
    {
      GwIntakeEvent event;
      event.clientId = QStringLiteral( "hotline-0007" );
      event.category = QStringLiteral( "sanitation" );
      event.source = QStringLiteral( "hotline" );
      event.lonLat = Centre;
      event.atUtc = Now;
      const GwDispatchResult result = mDispatcher->report( event, QString(), QStringLiteral( "hotline" ), Now );
      QCOMPARE( int( result.outcome ), int( GwDispatchOutcome::Warning ) );
      QVERIFY2( result.message.contains( QStringLiteral( "111.880000" ) ), qPrintable( result.message ) );
      QVERIFY( read( QStringLiteral( "incidents" ), result.id ).attributes.value( QStringLiteral( "grid_code" ) ).isNull() );
    }

    void candidatesOrderByAvailability()
    {
      // W7 is nearer (100 m) than W3 (300 m) but gets an open task, so W3 comes first;
      // the grid head (500 m, no task) follows W3, and the off-duty worker comes last.
      mDispatcher->assign( 1002, W7, 1, QStringLiteral( "desk-1" ), QString(), Now );

      const QVector<GwStaffCandidate> candidates = mDispatcher->candidates( 1001, Now );
      QVector<qint64> ids;
      for ( const GwStaffCandidate &candidate : candidates )
        ids << candidate.staffId;
      QCOMPARE( ids, ( QVector<qint64> { W3, GridHead, W7, OffDuty } ) );

      QCOMPARE( candidates.at( 0 ).name, utf8( "王三" ) );
      QCOMPARE( candidates.at( 0 ).openTasks, 0 );
      QCOMPARE( candidates.at( 2 ).openTasks, 1 );
      QVERIFY( !candidates.at( 3 ).onDuty );
      // Offsets were made with the same sphere, so the distances match to well under 0.1 m.
      QVERIFY2( std::abs( candidates.at( 0 ).distanceMetres - 300 ) < 0.1, qPrintable( QString::number( candidates.at( 0 ).distanceMetres ) ) );
      QVERIFY2( std::abs( candidates.at( 1 ).distanceMetres - 500 ) < 0.1, qPrintable( QString::number( candidates.at( 1 ).distanceMetres ) ) );
    }

    void historyIsOldestFirst()
    {
      const GwDispatchResult assigned = mDispatcher->assign( 1001, W3, 1, QStringLiteral( "desk-1" ), QString(), Now );
      const GwDispatchResult accepted = mDispatcher->transition( 1001, QStringLiteral( "accepted" ), assigned.version, QStringLiteral( "worker-app" ), QString(), Now.addSecs( 60 ) );
      mDispatcher->transition( 1001, QStringLiteral( "on_site" ), accepted.version, QStringLiteral( "worker-app" ), QString(), Now.addSecs( 120 ) );

      const QVector<GwFeature> events = mDispatcher->history( 1001 );
      QStringList states;
      for ( const GwFeature &event : events )
        states << event.attributes.value( QStringLiteral( "to_state" ) ).toString();
      QCOMPARE( states, ( QStringList { QStringLiteral( "dispatched" ), QStringLiteral( "accepted" ), QStringLiteral( "on_site" ) } ) );
      QCOMPARE( events.last().attributes.value( QStringLiteral( "at" ) ).toString(), QStringLiteral( "2026-12-04T00:02:00.000Z" ) );
    }
};

QTEST_GUILESS_MAIN( TestDispatcher )
#include "test_dispatcher.moc"
