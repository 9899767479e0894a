// SPDX-License-Identifier: GPL-2.0-or-later
// Models of the dispatcher desk: queue filter and in-place reload, task board order and
// countdowns, candidate distances, history texts and the reason dialog.

#include "gwhistorymodel.h"
#include "gwincidentqueuemodel.h"
#include "gwreasondialog.h"
#include "gwsmalldatafile.h"
#include "gwstaffcandidatemodel.h"
#include "gwtaskboardmodel.h"
#include "gwtest.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace
{
  // Fixed "now" of every test, 08:00:00 in Asia/Shanghai.
  const QDateTime NOW_UTC = QDateTime( QDate( 2026, 12, 4 ), QTime( 0, 0, 0 ), Qt::UTC );

  GwIncidentQueueModel::Incident makeIncident( qint64 id, const QString &state, const QString &grid, const QString &category, qint64 ageSeconds )
  {
    GwIncidentQueueModel::Incident incident;
    incident.id = id;
    incident.state = state;
    incident.gridCode = grid;
    incident.category = category;
    incident.source = QStringLiteral( "grid_worker" );
    incident.reportedUtc = NOW_UTC.addSecs( -ageSeconds );
    return incident;
  }

  QVector<GwIncidentQueueModel::Incident> queueFixture()
  {
    return {
      makeIncident( 1, QStringLiteral( "reported" ), QStringLiteral( "G-01" ), QStringLiteral( "sanitation" ), 600 ),
      makeIncident( 2, QStringLiteral( "dispatched" ), QStringLiteral( "G-01" ), QStringLiteral( "dispute_neighbour" ), 3600 ),
      makeIncident( 3, QStringLiteral( "resolved" ), QStringLiteral( "G-02" ), QStringLiteral( "sanitation" ), 7200 ),
      makeIncident( 4, QStringLiteral( "closed" ), QStringLiteral( "G-02" ), QStringLiteral( "sanitation" ), 86400 ),
      makeIncident( 5, QStringLiteral( "merged" ), QStringLiteral( "G-01" ), QStringLiteral( "sanitation" ), 300 ),
    };
  }

  QList<qint64> acceptedIds( const GwIncidentQueueModel &model )
  {
    QList<qint64> ids;
    for ( int row = 0; row < model.rowCount(); ++row )
    {
      if ( model.index( row, 0 ).data( GwIncidentQueueModel::FilterRole ).toString() == QLatin1String( "1" ) )
        ids << model.incident( row ).id;
    }
    return ids;
  }
}

class TestDeskModels : public QObject
{
    Q_OBJECT

  private slots:
    void countdownText_data()
    {
      QTest::addColumn<qint64>( "secondsLeft" );
      QTest::addColumn<QString>( "expected" );

      // Hours are not wrapped at 24, so a two-day deadline still reads as one number.
      QTest::newRow( "one hour 23 min 45 s left" ) << qint64( 5025 ) << QStringLiteral( "1:23:45 left" );
      QTest::newRow( "due exactly now" ) << qint64( 0 ) << QStringLiteral( "0:00:00 left" );
      QTest::newRow( "twelve minutes overdue" ) << qint64( -720 ) << QStringLiteral( "0:12:00 overdue" );
      QTest::newRow( "26 hours left" ) << qint64( 26 * 3600 ) << QStringLiteral( "26:00:00 left" );
    }

    void countdownText()
    {
      QFETCH( qint64, secondsLeft );
      QFETCH( QString, expected );
      QCOMPARE( GwTaskBoardModel::countdownText( secondsLeft ), expected );
    }

    void ageText_data()
    {
      QTest::addColumn<qint64>( "seconds" );
      QTest::addColumn<QString>( "expected" );

      QTest::newRow( "under a minute" ) << qint64( 42 ) << QStringLiteral( "42 s" );
      QTest::newRow( "one minute" ) << qint64( 60 ) << QStringLiteral( "0:01:00" );
      QTest::newRow( "just under a day" ) << qint64( 86399 ) << QStringLiteral( "23:59:59" );
      QTest::newRow( "three days four hours" ) << qint64( 3 * 86400 + 4 * 3600 + 59 ) << QStringLiteral( "3 d 04 h" );
      QTest::newRow( "clock ahead of the report" ) << qint64( -5 ) << QStringLiteral( "0 s" );
    }

    void ageText()
    {
      QFETCH( qint64, seconds );
      QFETCH( QString, expected );
      QCOMPARE( GwIncidentQueueModel::ageText( seconds ), expected );
    }

    void queueFilter_data()
    {
      QTest::addColumn<QString>( "grid" );
      QTest::addColumn<QString>( "category" );
      QTest::addColumn<QString>( "state" );
      QTest::addColumn<qint64>( "maxAgeSeconds" );
      QTest::addColumn<QList<qint64>>( "expected" );

      const QString active = QString::fromLatin1( GwIncidentQueueModel::ACTIVE_STATES );
      QTest::newRow( "default hides closed and merged" ) << QString() << QString() << active << qint64( 0 ) << QList<qint64> { 1, 2, 3 };
      QTest::newRow( "every state" ) << QString() << QString() << QString() << qint64( 0 ) << QList<qint64> { 1, 2, 3, 4, 5 };
      QTest::newRow( "one state" ) << QString() << QString() << QStringLiteral( "closed" ) << qint64( 0 ) << QList<qint64> { 4 };
      QTest::newRow( "grid" ) << QStringLiteral( "G-01" ) << QString() << active << qint64( 0 ) << QList<qint64> { 1, 2 };
      QTest::newRow( "category" ) << QString() << QStringLiteral( "sanitation" ) << QString() << qint64( 0 ) << QList<qint64> { 1, 3, 4, 5 };
      QTest::newRow( "grid and category" ) << QStringLiteral( "G-02" ) << QStringLiteral( "sanitation" ) << active << qint64( 0 ) << QList<qint64> { 3 };
      // Half-open like every time window: an incident exactly one hour old is out of "under 1 hour".
      QTest::newRow( "age limit excludes its end" ) << QString() << QString() << QString() << qint64( 3600 ) << QList<qint64> { 1, 5 };
      QTest::newRow( "age limit one second more" ) << QString() << QString() << QString() << qint64( 3601 ) << QList<qint64> { 1, 2, 5 };
    }

    void queueFilter()
    {
      QFETCH( QString, grid );
      QFETCH( QString, category );
      QFETCH( QString, state );
      QFETCH( qint64, maxAgeSeconds );
      QFETCH( QList<qint64>, expected );

      GwIncidentQueueModel model;
      model.setNow( NOW_UTC );
      model.setIncidents( queueFixture() );
      GwIncidentQueueModel::Filter filter;
      filter.gridCode = grid;
      filter.category = category;
      filter.state = state;
      filter.maxAgeSeconds = maxAgeSeconds;
      model.setFilter( filter );

      QCOMPARE( acceptedIds( model ), expected );

      // The proxy the desk uses shows the same rows.
      QSortFilterProxyModel proxy;
      proxy.setSourceModel( &model );
      proxy.setFilterRole( GwIncidentQueueModel::FilterRole );
      proxy.setFilterFixedString( QStringLiteral( "1" ) );
      QCOMPARE( proxy.rowCount(), expected.size() );
    }

    void queueReloadKeepsSelection()
    {
      GwIncidentQueueModel model;
      model.setNow( NOW_UTC );
      model.setIncidents( queueFixture() );
      QSortFilterProxyModel proxy;
      proxy.setSourceModel( &model );
      proxy.setFilterRole( GwIncidentQueueModel::FilterRole );
      proxy.setFilterFixedString( QStringLiteral( "1" ) );
      proxy.setSortRole( GwIncidentQueueModel::SortRole );
      proxy.setDynamicSortFilter( true );
      proxy.sort( GwIncidentQueueModel::ColumnAge, Qt::AscendingOrder );
      QItemSelectionModel selection( &proxy );

      const QModelIndex second = proxy.mapFromSource( model.index( model.rowOfId( 2 ), 0 ) );
      QVERIFY( second.isValid() );
      selection.setCurrentIndex( second, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows );

      // Another desk accepted incident 2, incident 1 was closed and incident 6 is new.
      QVector<GwIncidentQueueModel::Incident> reloaded = queueFixture();
      reloaded[0].state = QStringLiteral( "closed" );
      reloaded[1].state = QStringLiteral( "accepted" );
      reloaded[1].version = 3;
      reloaded.removeAt( 4 );
      reloaded << makeIncident( 6, QStringLiteral( "reported" ), QStringLiteral( "G-02" ), QStringLiteral( "crowd" ), 5 );
      model.setIncidents( reloaded );

      QCOMPARE( model.rowCount(), 5 );
      QCOMPARE( model.rowOfId( 5 ), -1 );
      QVERIFY( model.rowOfId( 6 ) >= 0 );
      QCOMPARE( selection.currentIndex().data( GwIncidentQueueModel::IdRole ).toLongLong(), qint64( 2 ) );
      QCOMPARE( model.incident( model.rowOfId( 2 ) ).state, QStringLiteral( "accepted" ) );
      QCOMPARE( model.incident( model.rowOfId( 2 ) ).version, qint64( 3 ) );
      // The newest incident sorts to the top of the age column.
      QCOMPARE( proxy.index( 0, 0 ).data( GwIncidentQueueModel::IdRole ).toLongLong(), qint64( 6 ) );
    }

    void queueOverdue_data()
    {
      QTest::addColumn<QString>( "state" );
      QTest::addColumn<qint64>( "secondsLeft" );
      QTest::addColumn<bool>( "overdue" );
      QTest::addColumn<QString>( "slaText" );

      QTest::newRow( "dispatched and late" ) << QStringLiteral( "dispatched" ) << qint64( -90 ) << true << QStringLiteral( "0:01:30 overdue" );
      QTest::newRow( "on site in time" ) << QStringLiteral( "on_site" ) << qint64( 3600 ) << false << QStringLiteral( "1:00:00 left" );
      QTest::newRow( "due exactly now is not late" ) << QStringLiteral( "accepted" ) << qint64( 0 ) << false << QStringLiteral( "0:00:00 left" );
      QTest::newRow( "resolved is never late" ) << QStringLiteral( "resolved" ) << qint64( -90 ) << false << QString();
    }

    void queueOverdue()
    {
      QFETCH( QString, state );
      QFETCH( qint64, secondsLeft );
      QFETCH( bool, overdue );
      QFETCH( QString, slaText );

      GwIncidentQueueModel model;
      model.setNow( NOW_UTC );
      GwIncidentQueueModel::Incident incident = makeIncident( 7, state, QStringLiteral( "G-01" ), QStringLiteral( "sanitation" ), 600 );
      incident.dueUtc = NOW_UTC.addSecs( secondsLeft );
      model.setIncidents( { incident } );

      QCOMPARE( model.isOverdue( model.incident( 0 ) ), overdue );
      QCOMPARE( model.index( 0, GwIncidentQueueModel::ColumnSlaLeft ).data().toString(), slaText );
      QCOMPARE( model.index( 0, 0 ).data( Qt::BackgroundRole ).isValid(), overdue );
    }

    void taskBoardOrdersOverdueFirst()
    {
      GwTaskBoardModel model;
      model.setNow( NOW_UTC );
      auto task = []( qint64 id, qint64 secondsLeft, const QString &state ) {
        GwTaskBoardModel::Task t;
        t.taskId = id;
        t.incidentId = 100 + id;
        t.state = state;
        if ( secondsLeft != std::numeric_limits<qint64>::min() )
          t.dueUtc = NOW_UTC.addSecs( secondsLeft );
        return t;
      };
      model.setTasks( {
        task( 1, 3600, QStringLiteral( "assigned" ) ),
        task( 2, std::numeric_limits<qint64>::min(), QStringLiteral( "assigned" ) ),
        task( 3, -60, QStringLiteral( "on_site" ) ),
        task( 4, -7200, QStringLiteral( "accepted" ) ),
        task( 5, 60, QStringLiteral( "accepted" ) ),
      } );

      QList<qint64> order;
      for ( int row = 0; row < model.rowCount(); ++row )
        order << model.task( row ).taskId;
      QCOMPARE( order, ( QList<qint64> { 4, 3, 5, 1, 2 } ) );
      QCOMPARE( model.overdueCount(), 2 );
      QVERIFY( model.index( 0, 0 ).data( GwTaskBoardModel::OverdueRole ).toBool() );
      QVERIFY( model.index( 0, 0 ).data( Qt::ForegroundRole ).isValid() );
      QVERIFY( !model.index( 2, 0 ).data( GwTaskBoardModel::OverdueRole ).toBool() );
      QCOMPARE( model.index( 0, GwTaskBoardModel::ColumnCountdown ).data().toString(), QStringLiteral( "2:00:00 overdue" ) );
      QCOMPARE( model.index( 4, GwTaskBoardModel::ColumnCountdown ).data().toString(), QString() );

      // Time passes: task 5 falls due without a reload.
      model.setNow( NOW_UTC.addSecs( 61 ) );
      QCOMPARE( model.overdueCount(), 3 );
    }

    void taskBoardReadsOpenTasks()
    {
      QTemporaryDir folder;
      QVERIFY( folder.isValid() );
      const QString path = folder.filePath( QStringLiteral( "tasks.gpkg" ) );
      QString error;
      QVERIFY2( GwTestData::writeSmallDataFile( path, &error ), qPrintable( error ) );
      std::unique_ptr<GwStore> store = GwStore::open( path, &error );
      QVERIFY2( store, qPrintable( error ) );

      GwFeature staff;
      staff.attributes = { { QStringLiteral( "name" ), QStringLiteral( "李四" ) }, { QStringLiteral( "role" ), QStringLiteral( "grid_worker" ) }, { QStringLiteral( "grid_code" ), QStringLiteral( "430781002004-02" ) }, { QStringLiteral( "on_duty" ), 1 } };
      QVector<GwFeature> staffRows = { staff };
      QVERIFY2( store->insertFeatures( QStringLiteral( "staff" ), staffRows, &error ), qPrintable( error ) );
      const qint64 incidentId = store->features( QStringLiteral( "incidents" ), QVariantMap(), &error ).constFirst().id;

      QVector<GwFeature> tasks;
      const QStringList states = { QStringLiteral( "assigned" ), QStringLiteral( "done" ), QStringLiteral( "on_site" ), QStringLiteral( "cancelled" ) };
      for ( const QString &state : states )
      {
        GwFeature task;
        task.attributes = { { QStringLiteral( "incident_id" ), incidentId }, { QStringLiteral( "staff_id" ), staffRows.constFirst().id }, { QStringLiteral( "state" ), state }, { QStringLiteral( "assigned_at" ), QStringLiteral( "2026-12-03T23:00:00.000Z" ) }, { QStringLiteral( "due_at" ), QStringLiteral( "2026-12-04T01:00:00.000Z" ) } };
        tasks << task;
      }
      QVERIFY2( store->insertFeatures( QStringLiteral( "tasks" ), tasks, &error ), qPrintable( error ) );

      GwTaskBoardModel model;
      model.setNow( NOW_UTC );
      QVERIFY2( model.reload( *store, &error ), qPrintable( error ) );
      // Done and cancelled tasks are not on the board.
      QCOMPARE( model.rowCount(), 2 );
      QCOMPARE( model.task( 0 ).staffName, QStringLiteral( "李四" ) );
      QCOMPARE( model.task( 0 ).category, QStringLiteral( "dispute_neighbour" ) );
      QCOMPARE( model.task( 0 ).incidentId, incidentId );
      // Due 01:00 UTC is 09:00 in Asia/Shanghai, one hour after NOW_UTC.
      QCOMPARE( model.index( 0, GwTaskBoardModel::ColumnDue ).data().toString(), QStringLiteral( "2026-12-04 09:00:00" ) );
      QCOMPARE( model.index( 0, GwTaskBoardModel::ColumnCountdown ).data().toString(), QStringLiteral( "1:00:00 left" ) );
    }

    void queueReadsStore()
    {
      QTemporaryDir folder;
      QVERIFY( folder.isValid() );
      const QString path = folder.filePath( QStringLiteral( "queue.gpkg" ) );
      QString error;
      QVERIFY2( GwTestData::writeSmallDataFile( path, &error ), qPrintable( error ) );
      std::unique_ptr<GwStore> store = GwStore::open( path, &error );
      QVERIFY2( store, qPrintable( error ) );

      GwIncidentQueueModel model;
      model.setNow( NOW_UTC );
      QVERIFY2( model.reload( *store, &error ), qPrintable( error ) );
      QCOMPARE( model.rowCount(), 1 );
      const GwIncidentQueueModel::Incident &incident = model.incident( 0 );
      QCOMPARE( incident.state, QStringLiteral( "reported" ) );
      QCOMPARE( incident.gridCode, QStringLiteral( "430781002004-02" ) );
      QCOMPARE( incident.priority, 2 );
      QVERIFY( incident.hasPoint );
      // The point written by writeSmallDataFile(), read back exactly from its WKB doubles.
      QCOMPARE( incident.lonLat, QPointF( 111.884, 29.608 ) );
      QCOMPARE( incident.reportedUtc, QDateTime( QDate( 2026, 12, 1 ), QTime( 8, 0 ), Qt::UTC ) );
      QVERIFY( model.isNew( incident ) );
    }

    void distanceText_data()
    {
      QTest::addColumn<double>( "metres" );
      QTest::addColumn<QString>( "expected" );

      QTest::newRow( "unknown position" ) << -1.0 << QStringLiteral( "—" );
      QTest::newRow( "zero" ) << 0.0 << QStringLiteral( "0 m" );
      QTest::newRow( "rounded metres" ) << 84.6 << QStringLiteral( "85 m" );
      QTest::newRow( "kilometres" ) << 1234.0 << QStringLiteral( "1.2 km" );
    }

    void distanceText()
    {
      QFETCH( double, metres );
      QFETCH( QString, expected );
      QCOMPARE( GwStaffCandidateModel::distanceText( metres ), expected );
    }

    void candidatesKeepOrder()
    {
      GwStaffCandidateModel model;
      model.setCandidates( {
        { 7, QStringLiteral( "王五" ), QStringLiteral( "grid_worker" ), true, 0, 40 },
        { 3, QStringLiteral( "张三" ), QStringLiteral( "grid_head" ), true, 2, 10 },
        { 9, QStringLiteral( "赵六" ), QStringLiteral( "grid_worker" ), false, 0, -1 },
      } );
      QCOMPARE( model.rowCount(), 3 );
      QCOMPARE( model.rowOfStaff( 3 ), 1 );
      QCOMPARE( model.rowOfStaff( 42 ), -1 );
      QCOMPARE( model.index( 0, GwStaffCandidateModel::ColumnName ).data().toString(), QStringLiteral( "王五" ) );
      QCOMPARE( model.index( 2, GwStaffCandidateModel::ColumnOnDuty ).data().toString(), QStringLiteral( "Off duty" ) );
      QCOMPARE( model.index( 1, 0 ).data( GwStaffCandidateModel::StaffIdRole ).toLongLong(), qint64( 3 ) );
      // Off-duty staff are greyed on every column.
      QVERIFY( model.index( 2, GwStaffCandidateModel::ColumnName ).data( Qt::ForegroundRole ).isValid() );
      QVERIFY( !model.index( 0, GwStaffCandidateModel::ColumnName ).data( Qt::ForegroundRole ).isValid() );
    }

    void historyChangeText_data()
    {
      QTest::addColumn<QString>( "from" );
      QTest::addColumn<QString>( "to" );
      QTest::addColumn<QString>( "expected" );

      QTest::newRow( "first event" ) << QString() << QStringLiteral( "reported" ) << QStringLiteral( "Reported" );
      QTest::newRow( "dispatch" ) << QStringLiteral( "reported" ) << QStringLiteral( "dispatched" ) << QStringLiteral( "Reported → Dispatched" );
      QTest::newRow( "reassign stays dispatched" ) << QStringLiteral( "dispatched" ) << QStringLiteral( "dispatched" ) << QStringLiteral( "Dispatched → Dispatched" );
      QTest::newRow( "unknown key shown as is" ) << QStringLiteral( "resolved" ) << QStringLiteral( "archived" ) << QStringLiteral( "Resolved → archived" );
    }

    void historyChangeText()
    {
      QFETCH( QString, from );
      QFETCH( QString, to );
      QFETCH( QString, expected );
      QCOMPARE( GwHistoryModel::changeText( from, to ), expected );
    }

    void historyShowsShanghaiTime_data()
    {
      QTest::addColumn<QString>( "storedAt" );
      QTest::addColumn<QString>( "expected" );

      // Asia/Shanghai is UTC+8 all year (no daylight saving since 1991).
      QTest::newRow( "midnight UTC is 08:00" ) << QStringLiteral( "2026-12-04T00:00:00.000Z" ) << QStringLiteral( "2026-12-04 08:00:00" );
      QTest::newRow( "late UTC evening is the next local day" ) << QStringLiteral( "2026-12-03T23:59:59.000Z" ) << QStringLiteral( "2026-12-04 07:59:59" );
    }

    void historyShowsShanghaiTime()
    {
      QFETCH( QString, storedAt );
      QFETCH( QString, expected );

      GwFeature event;
      event.attributes = { { QStringLiteral( "actor" ), QStringLiteral( "desk-2" ) }, { QStringLiteral( "at" ), storedAt }, { QStringLiteral( "from_state" ), QStringLiteral( "reported" ) }, { QStringLiteral( "to_state" ), QStringLiteral( "rejected" ) }, { QStringLiteral( "reason" ), QStringLiteral( "重复上报" ) } };
      GwHistoryModel model;
      model.setEvents( { event } );
      QCOMPARE( model.index( 0, GwHistoryModel::ColumnWhen ).data().toString(), expected );
      QCOMPARE( model.index( 0, GwHistoryModel::ColumnActor ).data().toString(), QStringLiteral( "desk-2" ) );
      QCOMPARE( model.index( 0, GwHistoryModel::ColumnReason ).data().toString(), QStringLiteral( "重复上报" ) );
    }

    void reasonDialogRequiresText_data()
    {
      QTest::addColumn<bool>( "required" );
      QTest::addColumn<QString>( "typed" );
      QTest::addColumn<bool>( "okEnabled" );

      QTest::newRow( "required and blank" ) << true << QStringLiteral( "   " ) << false;
      // QTest::keyClicks() types ASCII only.
      QTest::newRow( "required and given" ) << true << QStringLiteral( " checked on site " ) << true;
      QTest::newRow( "optional and blank" ) << false << QString() << true;
    }

    void reasonDialogRequiresText()
    {
      QFETCH( bool, required );
      QFETCH( QString, typed );
      QFETCH( bool, okEnabled );

      GwReasonDialog dialog( QStringLiteral( "Reject" ), QStringLiteral( "Why?" ), required );
      dialog.show();
      QVERIFY( QTest::qWaitForWindowExposed( &dialog ) );
      dialog.activateWindow();
      // The dialog opens with the reason field focused, so typing goes straight in.
      QTRY_COMPARE( QApplication::focusWidget(), static_cast<QWidget *>( dialog.reasonEdit() ) );
      QTest::keyClicks( dialog.reasonEdit(), typed );

      QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button( QDialogButtonBox::Ok );
      QCOMPARE( ok->isEnabled(), okEnabled );
      QCOMPARE( dialog.reason(), typed.trimmed() );
      QCOMPARE( dialog.choice(), qint64( 0 ) );
    }

    void reasonDialogChoices()
    {
      GwReasonDialog dialog( QStringLiteral( "Merge" ), QStringLiteral( "Why?" ), true );
      dialog.setChoices( QStringLiteral( "Into:" ), { { 12, QStringLiteral( "Incident 12" ) }, { 15, QStringLiteral( "Incident 15" ) } } );
      QCOMPARE( dialog.choice(), qint64( 12 ) );
    }
};

GW_QGIS_GUI_TEST_MAIN( TestDeskModels )
#include "test_deskmodels.moc"
