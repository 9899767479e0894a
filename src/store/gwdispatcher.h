// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwslatable.h"
#include "gwstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

struct GwIntakeEvent;

//! Outcome of a dispatch write.
enum class GwDispatchOutcome
{
  Done,           //!< Written.
  AlreadyStored,  //!< The same report was stored before; nothing written.
  Conflict,       //!< The incident changed since the caller read it; nothing written.
  Rejected,       //!< A rule forbids the change; nothing written.
  Warning,        //!< Written, but the message asks for attention (busy staff member).
  Failed,         //!< The store failed or a row is missing; nothing written.
};

//! Result of one GwDispatcher or GwIntakeWriter call.
struct GwDispatchResult
{
  GwDispatchOutcome outcome = GwDispatchOutcome::Failed;
  //! Id of the incident or task written (task for assign, reassign and escalate).
  qint64 id = 0;
  //! Incident version after the write, or the current version on a conflict.
  qint64 version = 0;
  //! Translated message. On a conflict it names the winning staff member, actor and time.
  QString message;
  //! Conflict: name of the staff member of the winning assignment, empty when the winning change was not an assignment.
  QString winnerStaff;
  //! Conflict: actor of the winning change.
  QString winnerActor;
};

//! A staff member of an incident's grid who could take it.
struct GwStaffCandidate
{
  qint64 staffId = 0;
  QString name;
  //! GwDomainTerms StaffRole key.
  QString role;
  bool onDuty = false;
  //! Tasks in state assigned, accepted or on_site.
  int openTasks = 0;
  //! Metres from the staff member's last position to the incident, or -1 when either has no position.
  double distanceMetres = -1;
};

/**
 * Dispatch rules applied to the store: incidents, tasks and their append-only events.
 *
 * Every write runs in one store transaction, which holds the database's write lock, so
 * the version check and the write cannot interleave with another process. A write that
 * fails leaves nothing behind. Times are UTC; they are stored as GwTimeWindow::storeText().
 */
class GwDispatcher
{
    Q_DECLARE_TR_FUNCTIONS( GwDispatcher )

  public:
    //! Keeps a reference to \a store, which must outlive the dispatcher, and a copy of \a sla,
    //! so a temporary table such as GwSlaTable::defaults() is safe to pass.
    GwDispatcher( GwStore &store, const GwSlaTable &sla );

    /**
     * Stores a report as an incident in state reported in grid \a gridCode, with an event
     * "reported" by \a actor, in one transaction. The same client id with the same content
     * hash returns AlreadyStored without writing, and the same id with other content is
     * Rejected. A report without a grid is stored with a Warning.
     * The result's id is the incident id.
     */
    GwDispatchResult report( const GwIntakeEvent &event, const QString &gridCode, const QString &actor, const QDateTime &nowUtc );

    /**
     * Assigns an incident in state reported or dispatched to \a staffId. \a expectedVersion
     * must equal the incident's version, else the result is a Conflict naming the winner.
     * Creates the task with its SLA deadline, copies the deadline to incidents.due_at, sets
     * the state to dispatched, increments the version and appends an event.
     * A staff member with other open tasks gives Warning (written) under busy policy "warn"
     * and Rejected under "block"; their other tasks are never touched.
     */
    GwDispatchResult assign( qint64 incidentId, qint64 staffId, qint64 expectedVersion, const QString &actor, const QString &reason, const QDateTime &nowUtc );

    //! Cancels the open task and assigns \a staffId instead. Requires \a reason.
    GwDispatchResult reassign( qint64 incidentId, qint64 staffId, qint64 expectedVersion, const QString &actor, const QString &reason, const QDateTime &nowUtc );

    /**
     * Reassigns the incident to the grid head (role grid_head) of its grid. Requires
     * \a reason. A grid head with other open work gives Warning even under busy policy
     * "block", because escalation exists for work that the grid's other staff cannot take.
     */
    GwDispatchResult escalate( qint64 incidentId, qint64 expectedVersion, const QString &actor, const QString &reason, const QDateTime &nowUtc );

    /**
     * Moves the incident to \a toState (accepted, on_site, resolved, closed, rejected, or
     * on_site again to reopen a resolved one) as GwIncidentStateMachine allows, and moves
     * its open task along. Reject and close require \a reason.
     */
    GwDispatchResult transition( qint64 incidentId, const QString &toState, qint64 expectedVersion, const QString &actor, const QString &reason, const QDateTime &nowUtc );

    //! Marks \a duplicateId merged into \a intoId (duplicate_of) and cancels its open task.
    //! \a expectedVersion is the duplicate's version. Requires \a reason.
    GwDispatchResult merge( qint64 duplicateId, qint64 intoId, qint64 expectedVersion, const QString &actor, const QString &reason, const QDateTime &nowUtc );

    //! Returns incidents of the same category within 30 m and 300 s of \a incidentId, nearest
    //! first. Merged and rejected incidents are left out.
    QVector<qint64> duplicateCandidates( qint64 incidentId ) const;

    //! Returns the staff of the incident's grid: on duty first, then fewer open tasks, then nearer.
    QVector<GwStaffCandidate> candidates( qint64 incidentId, const QDateTime &nowUtc ) const;

    //! Returns the incident's events, oldest first.
    QVector<GwFeature> history( qint64 incidentId ) const;

  private:
    enum class DispatchMode
    {
      Assign,
      Reassign,
      Escalate,
    };

    //! Carries out assign(), reassign() and escalate(), which differ only in their checks.
    GwDispatchResult dispatch( DispatchMode mode, qint64 incidentId, qint64 staffId, qint64 expectedVersion, const QString &actor,
                               const QString &reason, const QDateTime &nowUtc );

    GwStore &mStore;
    GwSlaTable mSla;
};
