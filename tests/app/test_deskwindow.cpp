// SPDX-License-Identifier: GPL-2.0-or-later
// The dispatcher desk window on a small data file. It assigns from the selected queue
// row and shows a lost race in the message bar with the winner's name. Reasons come
// from a dialog, shortcuts work, and rows written by another connection appear without
// losing the selection.

#include "gwdeskwindow.h"
#include "gwdispatcher.h"
#include "gwhistorymodel.h"
#include "gwincidentqueuemodel.h"
#include "gwmapproject.h"
#include "gwreasondialog.h"
#include "gwsmalldatafile.h"
#include "gwstaffcandidatemodel.h"
#include "gwtaskboardmodel.h"
#include "gwtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

#include <qgsmessagebar.h>
#include <qgsmessagebaritem.h>

#include <functional>

namespace
{
  const QString INCIDENT_GRID = QStringLiteral( "430781002004-02" );
  const QString HEAD_NAME = QStringLiteral( "张三" );
  const QString WORKER_NAME = QStringLiteral( "李四" );

  //! Writes the small data file plus the head and a worker of the incident's grid, both on duty.
  bool writeDeskDataFile( const QString &path, QString *error )
  {
    if ( !GwTestData::writeSmallDataFile( path, error ) )
      return false;
    std::unique_ptr<GwStore> store = GwStore::open( path, error );
    if ( !store )
      return false;

    QVector<GwFeature> staff;
    const QList<QPair<QString, QString>> people = { { HEAD_NAME, QStringLiteral( "grid_head" ) }, { WORKER_NAME, QStringLiteral( "grid_worker" ) } };
    for ( const QPair<QString, QString> &person : people )
    {
      GwFeature member;
      member.attributes = { { QStringLiteral( "name" ), person.first },
                            { QStringLiteral( "role" ), person.second },
                            { QStringLiteral( "grid_code" ), INCIDENT_GRID },
                            { QStringLiteral( "community_code" ), QStringLiteral( "430781002004" ) },
                            { QStringLiteral( "on_duty" ), 1 } };
      member.wkb = GwWkb::point( { 111.885, 29.608 } );
      staff << member;
    }
    return store->insertFeatures( QStringLiteral( "staff" ), staff, error );
  }

  qint64 staffIdByName( GwStore &store, const QString &name )
  {
    QString error;
    const QVector<GwFeature> rows = store.features( QStringLiteral( "staff" ), { { QStringLiteral( "name" ), name } }, &error );
    return rows.isEmpty() ? 0 : rows.constFirst().id;
  }

  QString currentMessage( const GwDeskWindow &window )
  {
    const QgsMessageBarItem *item = window.messageBar()->currentItem();
    return item ? item->text() : QString();
  }

  /**
   * Fills the next GwReasonDialog that opens with \a reason and confirms it, or cancels
   * it when \a reason is empty. The timer polls for the modal dialog from the event loop
   * that exec() runs.
   */
  void answerReasonDialog( const QString &reason, bool *answered )
  {
    QTimer::singleShot( 50, [reason, answered] {
      GwReasonDialog *dialog = qobject_cast<GwReasonDialog *>( QApplication::activeModalWidget() );
      if ( !dialog )
      {
        answerReasonDialog( reason, answered );
        return;
      }
      *answered = true;
      if ( reason.isEmpty() )
      {
        dialog->reject();
        return;
      }
      dialog->reasonEdit()->setText( reason );
      dialog->accept();
    } );
  }
}

class TestDeskWindow : public QObject
{
    Q_OBJECT

  private slots:
    void init()
    {
      QVERIFY( mFolder.isValid() );
      mPath = mFolder.filePath( QStringLiteral( "desk-%1.gpkg" ).arg( ++mFileNumber ) );
      QString error;
      QVERIFY2( writeDeskDataFile( mPath, &error ), qPrintable( error ) );
      mProject = std::make_unique<GwMapProject>();
      QStringList warnings;
      QVERIFY2( mProject->open( mPath, &error, &warnings ), qPrintable( error ) );
      mWindow = std::make_unique<GwDeskWindow>( mProject.get(), mSla, QStringLiteral( "desk-1" ) );
      mWindow->resize( 1600, 900 );
      mWindow->show();
      QVERIFY( QTest::qWaitForWindowExposed( mWindow.get() ) );
      mIncidentId = mWindow->queueModel()->incident( 0 ).id;
    }

    void cleanup()
    {
      mWindow.reset();
      mProject.reset();
    }

    void opensOnFirstIncident()
    {
      QCOMPARE( mWindow->queueProxy()->rowCount(), 1 );
      QCOMPARE( mWindow->selectedIncidentId(), mIncidentId );
      // Both staff of the incident's grid, and the first of them preselected.
      QCOMPARE( mWindow->candidateModel()->rowCount(), 2 );
      QVERIFY( mWindow->selectedStaffId() != 0 );
      QVERIFY( mWindow->action( GwDeskWindow::Action::Assign )->isEnabled() );
      // A reported incident has no task to take away yet.
      QVERIFY( !mWindow->action( GwDeskWindow::Action::Reassign )->isEnabled() );
      QVERIFY( !mWindow->action( GwDeskWindow::Action::Close )->isEnabled() );
    }

    void assignWritesTaskAndKeepsSelection()
    {
      const qint64 worker = staffIdByName( *mProject->store(), WORKER_NAME );
      QVERIFY( mWindow->selectStaff( worker ) );

      const GwDispatchResult result = mWindow->performAction( GwDeskWindow::Action::Assign, QString() );
      QCOMPARE( static_cast<int>( result.outcome ), static_cast<int>( GwDispatchOutcome::Done ) );

      QString error;
      const QVector<GwFeature> tasks = mProject->store()->features( QStringLiteral( "tasks" ), { { QStringLiteral( "incident_id" ), mIncidentId } }, &error );
      QCOMPARE( tasks.size(), 1 );
      QCOMPARE( tasks.constFirst().attributes.value( QStringLiteral( "staff_id" ) ).toLongLong(), worker );

      // The desk shows its own write at once, on the same selected row.
      QCOMPARE( mWindow->selectedIncidentId(), mIncidentId );
      const int row = mWindow->queueModel()->rowOfId( mIncidentId );
      QCOMPARE( mWindow->queueModel()->incident( row ).state, QStringLiteral( "dispatched" ) );
      QCOMPARE( mWindow->taskBoardModel()->rowCount(), 1 );
      QCOMPARE( mWindow->taskBoardModel()->task( 0 ).staffName, WORKER_NAME );
      QVERIFY( mWindow->historyModel()->rowCount() >= 1 );
      QCOMPARE( mWindow->historyModel()->index( mWindow->historyModel()->rowCount() - 1, GwHistoryModel::ColumnActor ).data().toString(), QStringLiteral( "desk-1" ) );
      QVERIFY( mWindow->action( GwDeskWindow::Action::Reassign )->isEnabled() );
      QVERIFY( !mWindow->action( GwDeskWindow::Action::Assign )->isEnabled() );
    }

    void lostRaceNamesWinner()
    {
      // A second desk on its own connection assigns the worker first. This desk has not
      // read the change yet, so it still has the incident's old version.
      QString error;
      std::unique_ptr<GwStore> otherStore = GwStore::open( mPath, &error );
      QVERIFY2( otherStore, qPrintable( error ) );
      GwDispatcher otherDesk( *otherStore, mSla );
      const qint64 worker = staffIdByName( *otherStore, WORKER_NAME );
      const qint64 head = staffIdByName( *otherStore, HEAD_NAME );
      const int row = mWindow->queueModel()->rowOfId( mIncidentId );
      const qint64 version = mWindow->queueModel()->incident( row ).version;
      const GwDispatchResult winner = otherDesk.assign( mIncidentId, worker, version, QStringLiteral( "desk-2" ), QString(), QDateTime::currentDateTimeUtc() );
      QCOMPARE( static_cast<int>( winner.outcome ), static_cast<int>( GwDispatchOutcome::Done ) );

      QVERIFY( mWindow->selectStaff( head ) );
      const GwDispatchResult loser = mWindow->performAction( GwDeskWindow::Action::Assign, QString() );
      QCOMPARE( static_cast<int>( loser.outcome ), static_cast<int>( GwDispatchOutcome::Conflict ) );

      // The message bar names the winning staff member and desk.
      const QString message = currentMessage( *mWindow );
      QVERIFY2( message.contains( WORKER_NAME ), qPrintable( message ) );
      QVERIFY2( message.contains( QStringLiteral( "desk-2" ) ), qPrintable( message ) );

      // One task only, and the row shows the winner's write with its new version.
      QCOMPARE( mProject->store()->count( QStringLiteral( "tasks" ), { { QStringLiteral( "incident_id" ), mIncidentId } }, &error ), qint64( 1 ) );
      const GwIncidentQueueModel::Incident reloaded = mWindow->queueModel()->incident( mWindow->queueModel()->rowOfId( mIncidentId ) );
      QCOMPARE( reloaded.state, QStringLiteral( "dispatched" ) );
      QCOMPARE( reloaded.version, winner.version );
      QCOMPARE( mWindow->selectedIncidentId(), mIncidentId );
    }

    void rejectAsksReason()
    {
      bool answered = false;
      answerReasonDialog( QStringLiteral( "重复上报，已在12345热线办结" ), &answered );
      mWindow->runAction( GwDeskWindow::Action::Reject );
      QVERIFY( answered );

      const int row = mWindow->queueModel()->rowOfId( mIncidentId );
      QCOMPARE( mWindow->queueModel()->incident( row ).state, QStringLiteral( "rejected" ) );
      QString error;
      const QVector<GwFeature> events = mProject->store()->features( QStringLiteral( "events" ), { { QStringLiteral( "incident_id" ), mIncidentId }, { QStringLiteral( "to_state" ), QStringLiteral( "rejected" ) } }, &error );
      QCOMPARE( events.size(), 1 );
      QCOMPARE( events.constFirst().attributes.value( QStringLiteral( "reason" ) ).toString(), QStringLiteral( "重复上报，已在12345热线办结" ) );
      QCOMPARE( events.constFirst().attributes.value( QStringLiteral( "actor" ) ).toString(), QStringLiteral( "desk-1" ) );
    }

    void cancelledReasonWritesNothing()
    {
      bool answered = false;
      answerReasonDialog( QString(), &answered );
      mWindow->runAction( GwDeskWindow::Action::Reject );
      QVERIFY( answered );

      const int row = mWindow->queueModel()->rowOfId( mIncidentId );
      QCOMPARE( mWindow->queueModel()->incident( row ).state, QStringLiteral( "reported" ) );
      QString error;
      QCOMPARE( mProject->store()->count( QStringLiteral( "events" ), { { QStringLiteral( "incident_id" ), mIncidentId } }, &error ), qint64( 0 ) );
    }

    void keyboardShortcuts()
    {
      QApplication::setActiveWindow( mWindow.get() );
      QVERIFY( QTest::qWaitForWindowActive( mWindow.get() ) );

      QTest::keyClick( mWindow.get(), Qt::Key_F, Qt::ControlModifier );
      QCOMPARE( QApplication::focusWidget(), static_cast<QWidget *>( mWindow->gridFilter() ) );

      QTest::keyClick( mWindow.get(), Qt::Key_2, Qt::ControlModifier );
      QCOMPARE( QApplication::focusWidget(), static_cast<QWidget *>( mWindow->candidateView() ) );

      // F2 assigns the preselected candidate without a dialog.
      QTest::keyClick( mWindow.get(), Qt::Key_F2 );
      QString error;
      QCOMPARE( mProject->store()->count( QStringLiteral( "tasks" ), { { QStringLiteral( "incident_id" ), mIncidentId } }, &error ), qint64( 1 ) );
    }

    void otherWriterAppearsKeepingSelection()
    {
      QString error;
      std::unique_ptr<GwStore> writer = GwStore::open( mPath, &error );
      QVERIFY2( writer, qPrintable( error ) );
      GwFeature incident;
      incident.attributes = { { QStringLiteral( "client_id" ), QStringLiteral( "test-2" ) },
                              { QStringLiteral( "category" ), QStringLiteral( "sanitation" ) },
                              { QStringLiteral( "source" ), QStringLiteral( "resident_group" ) },
                              { QStringLiteral( "state" ), QStringLiteral( "reported" ) },
                              { QStringLiteral( "grid_code" ), QStringLiteral( "430781002004-01" ) },
                              { QStringLiteral( "reported_at" ), QDateTime::currentDateTimeUtc().toString( Qt::ISODateWithMs ) } };
      incident.wkb = GwWkb::point( { 111.874, 29.605 } );
      QVector<GwFeature> rows = { incident };
      QVERIFY2( writer->insertFeatures( QStringLiteral( "incidents" ), rows, &error ), qPrintable( error ) );

      mWindow->pollChanges();
      QCOMPARE( mWindow->queueProxy()->rowCount(), 2 );
      QVERIFY( mWindow->queueModel()->rowOfId( rows.constFirst().id ) >= 0 );
      QCOMPARE( mWindow->selectedIncidentId(), mIncidentId );
    }

  private:
    QTemporaryDir mFolder;
    int mFileNumber = 0;
    QString mPath;
    GwSlaTable mSla = GwSlaTable::defaults();
    std::unique_ptr<GwMapProject> mProject;
    std::unique_ptr<GwDeskWindow> mWindow;
    qint64 mIncidentId = 0;
};

GW_QGIS_GUI_TEST_MAIN( TestDeskWindow )
#include "test_deskwindow.moc"
