// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwdispatcher.h"
#include "gwslatable.h"

#include <QMap>
#include <QMainWindow>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

class GwChangeWatcher;
class GwHistoryModel;
class GwIncidentQueueModel;
class GwMapProject;
class GwStaffCandidateModel;
class GwTaskBoardModel;
class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QgsMapCanvas;
class QgsMessageBar;

/**
 * The dispatcher desk: a window of its own, usually on a second monitor beside the
 * wall, where a dispatcher turns incidents into tasks for grid staff and follows them
 * to closure.
 *
 * It shows the incident queue with filters, a map that flies to the selected incident,
 * the candidate staff of the incident's grid, the task board with SLA countdowns and
 * the selected incident's event history. Every write goes through GwDispatcher, whose
 * version check makes a dispatcher who lost a race see a conflict naming the winner in
 * the message bar. The desk follows the change log, so writes of other desks and of
 * `gridwall ingest` appear without a reload, and the selection survives the refresh.
 * Everything can be done from the keyboard; the shortcuts are in the menus.
 */
class GwDeskWindow : public QMainWindow
{
    Q_OBJECT

  public:
    //! Milliseconds between two reads of the change log; faster than a dispatcher reads.
    static constexpr int CHANGE_POLL_MS = 200;
    //! Milliseconds between two updates of the ages and countdowns.
    static constexpr int CLOCK_TICK_MS = 1000;
    /**
     * Map scale denominator that the map zooms to around the selected incident. At
     * 1:2,000 an incident between two lanes showed no road or building at all; 1:5,000
     * shows the nearest lanes, buildings and compounds around it.
     */
    static constexpr double INCIDENT_SCALE = 5000;

    //! Dispatch actions of the desk, each with a menu entry and a shortcut.
    enum class Action
    {
      Assign,
      Reassign,
      Escalate,
      Accept,
      OnSite,
      Resolve,
      Close,
      Reject,
      Reopen,
      Merge,
    };

    /**
     * Creates the desk on \a project (which must outlive the window), writing as
     * \a actor with the deadlines and busy policy of \a sla.
     */
    GwDeskWindow( GwMapProject *project, const GwSlaTable &sla, const QString &actor, QWidget *parent = nullptr );
    ~GwDeskWindow() override;

    //! Selects incident \a id in the queue; returns false when no queue row shows it.
    bool selectIncident( qint64 id );

    //! Returns the id of the incident selected in the queue, or 0.
    qint64 selectedIncidentId() const;

    //! Selects staff member \a staffId among the candidates; returns false when not listed.
    bool selectStaff( qint64 staffId );

    //! Returns the id of the selected candidate staff member, or 0.
    qint64 selectedStaffId() const;

    /**
     * Runs \a action on the selected incident as the menu entry does. When the action
     * needs a reason (or a merge target), a GwReasonDialog requests it before the write.
     */
    void runAction( Action action );

    /**
     * Writes \a action on the selected incident with \a reason, without asking, and shows
     * the result in the message bar. \a mergeIntoId is the target of Action::Merge.
     * The models reload at once, so the result shows without waiting for the next poll.
     */
    GwDispatchResult performAction( Action action, const QString &reason, qint64 mergeIntoId = 0 );

    //! Returns whether \a action needs a reason: reassign, escalate, close, reject, reopen and merge.
    static bool reasonRequired( Action action );

    //! Returns whether \a action applies to an incident in \a state.
    static bool isActionAllowed( Action action, const QString &state );

    //! Returns the menu action of \a action.
    QAction *action( Action action ) const { return mActions.value( action ); }

    //! Reads the change log now instead of at the next poll.
    void pollChanges();

    //! Reads every model from the store again, keeping the selection.
    void reloadAll();

    /**
     * Renders the map, waits until it has finished and saves the window as a PNG file at
     * \a path. Returns false and sets \a error when rendering takes longer than
     * \a timeoutMs milliseconds or the file cannot be written.
     */
    bool saveScreenshot( const QString &path, int timeoutMs, QString *error );

    QTableView *queueView() const { return mQueueView; }
    QTableView *candidateView() const { return mCandidateView; }
    QTableView *taskBoardView() const { return mTaskBoardView; }
    QTableView *historyView() const { return mHistoryView; }
    QComboBox *gridFilter() const { return mGridFilter; }
    QgsMessageBar *messageBar() const { return mMessageBar; }
    QgsMapCanvas *canvas() const { return mCanvas; }
    GwIncidentQueueModel *queueModel() const { return mQueueModel; }
    QSortFilterProxyModel *queueProxy() const { return mQueueProxy; }
    GwTaskBoardModel *taskBoardModel() const { return mTaskBoardModel; }
    GwStaffCandidateModel *candidateModel() const { return mCandidateModel; }
    GwHistoryModel *historyModel() const { return mHistoryModel; }

  private:
    QWidget *createQueuePanel();
    QWidget *createMapPanel();
    QWidget *createCandidatePanel();
    void createActions();
    void createMenus();
    void fillFilters();
    void applyFilter();
    void clearFilter();

    void onTablesChanged( const QSet<QString> &tables );
    void onCurrentIncidentChanged();
    void onTaskActivated( const QModelIndex &index );
    void onClockTick();

    void reloadQueue();
    void reloadDetails();
    void updateActions();
    void updateStatus();
    void flyToIncident( qint64 id );
    void showResult( Action action, qint64 incidentId, const GwDispatchResult &result );
    QString actionName( Action action ) const;
    QString mergeChoiceText( qint64 id ) const;

    GwMapProject *mProject = nullptr;
    GwSlaTable mSla;
    QString mActor;
    std::unique_ptr<GwDispatcher> mDispatcher;

    GwIncidentQueueModel *mQueueModel = nullptr;
    QSortFilterProxyModel *mQueueProxy = nullptr;
    GwTaskBoardModel *mTaskBoardModel = nullptr;
    GwStaffCandidateModel *mCandidateModel = nullptr;
    GwHistoryModel *mHistoryModel = nullptr;

    QComboBox *mGridFilter = nullptr;
    QComboBox *mCategoryFilter = nullptr;
    QComboBox *mStateFilter = nullptr;
    QComboBox *mAgeFilter = nullptr;
    QTableView *mQueueView = nullptr;
    QTableView *mCandidateView = nullptr;
    QTableView *mTaskBoardView = nullptr;
    QTableView *mHistoryView = nullptr;
    QLabel *mIncidentLabel = nullptr;
    QLabel *mStatusLabel = nullptr;
    QgsMessageBar *mMessageBar = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
    QWidget *mActionButtons = nullptr;

    QMap<Action, QAction *> mActions;
    GwChangeWatcher *mWatcher = nullptr;
    QTimer mClock;
    //! Incident the map and the detail panels show, so that a reload does not fly the map again.
    qint64 mShownIncidentId = 0;
};
