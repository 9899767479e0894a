// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdispatcher.h"

#include "gwdomainterms.h"
#include "gwduplicatefinder.h"
#include "gwincidentstatemachine.h"
#include "gwintakeevent.h"
#include "gwstoretransaction.h"
#include "gwtimewindow.h"
#include "gwwkb.h"

#include <algorithm>

namespace
{
  // Duplicate suggestions: the same category within this distance and time of each other.
  constexpr double DuplicateRadiusMetres = 30;
  constexpr int DuplicateWindowSeconds = 300;

  const QString Incidents = QStringLiteral( "incidents" );
  const QString Tasks = QStringLiteral( "tasks" );
  const QString Events = QStringLiteral( "events" );
  const QString Staff = QStringLiteral( "staff" );

  bool isOpenTaskState( const QString &state )
  {
    return state == QLatin1String( "assigned" ) || state == QLatin1String( "accepted" ) || state == QLatin1String( "on_site" );
  }

  QVariant textOrNull( const QString &text )
  {
    return text.isEmpty() ? QVariant() : QVariant( text );
  }

  QVariantMap idEquals( qint64 id )
  {
    return { { QStringLiteral( "fid" ), id } };
  }

  QString stateName( const QString &state )
  {
    return GwDomainTerms::displayName( GwDomainTerms::Vocabulary::IncidentState, state );
  }

  GwDispatchResult failure( GwDispatchOutcome outcome, const QString &message, qint64 version = 0 )
  {
    GwDispatchResult result;
    result.outcome = outcome;
    result.message = message;
    result.version = version;
    return result;
  }

  //! Reads row \a id of \a table. Returns false with a "not found" or store message in \a error.
  bool readRow( const GwStore &store, const QString &table, qint64 id, GwFeature &row, QString *error )
  {
    QString readError;
    const QVector<GwFeature> rows = store.features( table, idEquals( id ), &readError );
    if ( !readError.isEmpty() )
    {
      *error = readError;
      return false;
    }
    if ( rows.isEmpty() )
    {
      if ( table == Incidents )
        *error = GwDispatcher::tr( "Incident %1 not found." ).arg( id );
      else if ( table == Staff )
        *error = GwDispatcher::tr( "Staff member %1 not found." ).arg( id );
      else
        *error = GwDispatcher::tr( "Row %1 of table %2 not found." ).arg( id ).arg( table );
      return false;
    }
    row = rows.first();
    return true;
  }

  //! Returns the tasks of \a incidentId that are still open (assigned, accepted or on site).
  QVector<GwFeature> openTasksOfIncident( const GwStore &store, qint64 incidentId, QString *error )
  {
    QVector<GwFeature> open;
    const QVector<GwFeature> tasks = store.features( Tasks, { { QStringLiteral( "incident_id" ), incidentId } }, error );
    for ( const GwFeature &task : tasks )
    {
      if ( isOpenTaskState( task.attributes.value( QStringLiteral( "state" ) ).toString() ) )
        open << task;
    }
    return open;
  }

  //! Returns the open tasks of \a staffId on incidents other than \a exceptIncidentId.
  QVector<GwFeature> openTasksOfStaff( const GwStore &store, qint64 staffId, qint64 exceptIncidentId, QString *error )
  {
    QVector<GwFeature> open;
    const QVector<GwFeature> tasks = store.features( Tasks, { { QStringLiteral( "staff_id" ), staffId } }, error );
    for ( const GwFeature &task : tasks )
    {
      if ( task.attributes.value( QStringLiteral( "incident_id" ) ).toLongLong() == exceptIncidentId )
        continue;
      if ( isOpenTaskState( task.attributes.value( QStringLiteral( "state" ) ).toString() ) )
        open << task;
    }
    return open;
  }

  QString staffName( const GwStore &store, qint64 staffId )
  {
    QString error;
    GwFeature staff;
    if ( !readRow( store, Staff, staffId, staff, &error ) )
      return GwDispatcher::tr( "staff member %1" ).arg( staffId );
    return staff.attributes.value( QStringLiteral( "name" ) ).toString();
  }

  bool appendEvent( GwStore &store, qint64 incidentId, qint64 taskId, const QString &actor, const QDateTime &nowUtc,
                    const QString &fromState, const QString &toState, const QString &reason, QString *error )
  {
    GwFeature event;
    event.attributes = {
      { QStringLiteral( "incident_id" ), incidentId },
      { QStringLiteral( "task_id" ), taskId > 0 ? QVariant( taskId ) : QVariant() },
      { QStringLiteral( "actor" ), actor },
      { QStringLiteral( "at" ), GwTimeWindow::storeText( nowUtc ) },
      { QStringLiteral( "from_state" ), textOrNull( fromState ) },
      { QStringLiteral( "to_state" ), textOrNull( toState ) },
      { QStringLiteral( "reason" ), textOrNull( reason ) },
    };
    QVector<GwFeature> rows = { event };
    return store.insertFeatures( Events, rows, error );
  }

  //! Sets the state of \a task. Done and cancelled set done_at, and the open states clear it.
  bool setTaskState( GwStore &store, const GwFeature &task, const QString &state, const QDateTime &nowUtc, QString *error )
  {
    GwFeature update;
    update.id = task.id;
    update.attributes = {
      { QStringLiteral( "state" ), state },
      { QStringLiteral( "version" ), task.attributes.value( QStringLiteral( "version" ) ).toLongLong() + 1 },
    };
    if ( state == QLatin1String( "done" ) || state == QLatin1String( "cancelled" ) )
      update.attributes.insert( QStringLiteral( "done_at" ), GwTimeWindow::storeText( nowUtc ) );
    else
      update.attributes.insert( QStringLiteral( "done_at" ), QVariant() );
    return store.updateFeature( Tasks, update, error );
  }

  /**
   * Builds the Conflict result for an incident whose version moved on since the caller
   * read it. The winner is the actor of the incident's latest event, because every write
   * that raises the version appends exactly one event in the same transaction.
   */
  GwDispatchResult conflict( const GwStore &store, const GwFeature &incident )
  {
    GwDispatchResult result;
    result.outcome = GwDispatchOutcome::Conflict;
    result.id = incident.id;
    result.version = incident.attributes.value( QStringLiteral( "version" ) ).toLongLong();

    QString error;
    const QVector<GwFeature> events = store.features( Events, { { QStringLiteral( "incident_id" ), incident.id } }, &error );
    if ( events.isEmpty() )
    {
      result.message = GwDispatcher::tr( "Incident %1 was changed by someone else (now version %2); reload and try again." )
                       .arg( incident.id ).arg( result.version );
      return result;
    }

    const GwFeature &last = events.last();
    result.winnerActor = last.attributes.value( QStringLiteral( "actor" ) ).toString();
    const QString at = GwTimeWindow::localText( GwTimeWindow::parse( last.attributes.value( QStringLiteral( "at" ) ).toString() ) );
    const QString toState = last.attributes.value( QStringLiteral( "to_state" ) ).toString();
    const qint64 taskId = last.attributes.value( QStringLiteral( "task_id" ) ).toLongLong();

    GwFeature task;
    if ( toState == QLatin1String( "dispatched" ) && taskId > 0 && readRow( store, Tasks, taskId, task, &error ) )
    {
      result.winnerStaff = staffName( store, task.attributes.value( QStringLiteral( "staff_id" ) ).toLongLong() );
      result.message = GwDispatcher::tr( "Incident %1 was assigned to %2 by %3 at %4; reload and try again." )
                       .arg( incident.id ).arg( result.winnerStaff, result.winnerActor, at );
      return result;
    }

    result.message = GwDispatcher::tr( "Incident %1 was changed to %2 by %3 at %4; reload and try again." )
                     .arg( incident.id ).arg( stateName( toState ), result.winnerActor, at );
    return result;
  }

  bool hasVersion( const GwFeature &incident, qint64 expectedVersion )
  {
    return incident.attributes.value( QStringLiteral( "version" ) ).toLongLong() == expectedVersion;
  }

  /**
   * Reads incident \a id inside the caller's open transaction and checks that it still has
   * \a expectedVersion. Returns false with the failure, or the conflict naming who won, in
   * \a rejection. The version check comes before any state rule, because a desk that read
   * an old version must learn who won first.
   */
  bool readExpectedIncident( const GwStore &store, qint64 id, qint64 expectedVersion, GwFeature &incident, GwDispatchResult &rejection )
  {
    QString error;
    if ( !readRow( store, Incidents, id, incident, &error ) )
    {
      rejection = failure( GwDispatchOutcome::Failed, error );
      return false;
    }
    if ( !hasVersion( incident, expectedVersion ) )
    {
      rejection = conflict( store, incident );
      return false;
    }
    return true;
  }
}

GwDispatcher::GwDispatcher( GwStore &store, const GwSlaTable &sla )
  : mStore( store )
  , mSla( sla )
{
}

GwDispatchResult GwDispatcher::report( const GwIntakeEvent &event, const QString &gridCode, const QString &actor, const QDateTime &nowUtc )
{
  if ( event.clientId.isEmpty() )
    return failure( GwDispatchOutcome::Rejected, tr( "The report has no id. Every report needs a client-generated id so that a repeated submission is stored once." ) );

  // GwIntakeParser checks these too, but other callers reach the store without it.
  if ( !GwDomainTerms::contains( GwDomainTerms::Vocabulary::IncidentCategory, event.category ) )
    return failure( GwDispatchOutcome::Rejected, tr( "Report %1 has an unknown category \"%2\"." ).arg( event.clientId, event.category ) );
  if ( !GwDomainTerms::contains( GwDomainTerms::Vocabulary::IncidentSource, event.source ) )
    return failure( GwDispatchOutcome::Rejected, tr( "Report %1 has an unknown source \"%2\"." ).arg( event.clientId, event.source ) );
  if ( !event.atUtc.isValid() )
    return failure( GwDispatchOutcome::Rejected, tr( "Report %1 has no valid time." ).arg( event.clientId ) );

  // A report dated in the future would sort before every real one on the desk and never
  // count as new. Ten minutes leave room for phones whose clocks run a little fast.
  constexpr qint64 MaxClockAheadSeconds = 600;
  if ( event.atUtc > nowUtc.addSecs( MaxClockAheadSeconds ) )
  {
    return failure( GwDispatchOutcome::Rejected, tr( "Report %1 is dated %2, more than %3 minutes after the current time %4; check the sender's clock." )
                    .arg( event.clientId, GwTimeWindow::localText( event.atUtc ) ).arg( MaxClockAheadSeconds / 60 ).arg( GwTimeWindow::localText( nowUtc ) ) );
  }

  QString error;
  GwStoreTransaction transaction( mStore, &error );
  if ( !transaction.isActive() )
    return failure( GwDispatchOutcome::Failed, error );

  // Looked up inside the write transaction, so two processes sending the same id cannot both insert.
  const QVector<GwFeature> existing = mStore.features( Incidents, { { QStringLiteral( "client_id" ), event.clientId } }, &error );
  if ( !error.isEmpty() )
    return failure( GwDispatchOutcome::Failed, error );
  if ( !existing.isEmpty() )
  {
    const GwFeature &stored = existing.first();
    GwDispatchResult result;
    result.id = stored.id;
    result.version = stored.attributes.value( QStringLiteral( "version" ) ).toLongLong();
    if ( stored.attributes.value( QStringLiteral( "content_hash" ) ).toString() == event.contentHash )
    {
      result.outcome = GwDispatchOutcome::AlreadyStored;
      result.message = tr( "Report %1 is already stored as incident %2; nothing written." ).arg( event.clientId ).arg( stored.id );
      return result;
    }
    result.outcome = GwDispatchOutcome::Rejected;
    result.message = tr( "Id %1 was already used for incident %2 with different content; send a new id for a new report." )
                     .arg( event.clientId ).arg( stored.id );
    return result;
  }

  GwFeature incident;
  incident.attributes = {
    { QStringLiteral( "client_id" ), event.clientId },
    { QStringLiteral( "category" ), event.category },
    { QStringLiteral( "source" ), event.source },
    { QStringLiteral( "state" ), QStringLiteral( "reported" ) },
    { QStringLiteral( "priority" ), event.priority },
    { QStringLiteral( "title" ), textOrNull( event.title ) },
    { QStringLiteral( "description" ), textOrNull( event.description ) },
    { QStringLiteral( "grid_code" ), textOrNull( gridCode ) },
    { QStringLiteral( "reported_at" ), GwTimeWindow::storeText( event.atUtc ) },
    { QStringLiteral( "updated_at" ), GwTimeWindow::storeText( nowUtc ) },
    { QStringLiteral( "version" ), 1 },
    { QStringLiteral( "content_hash" ), textOrNull( event.contentHash ) },
    { QStringLiteral( "evidence" ), textOrNull( event.evidence ) },
  };
  incident.wkb = GwWkb::point( event.lonLat );
  QVector<GwFeature> rows = { incident };
  if ( !mStore.insertFeatures( Incidents, rows, &error ) )
    return failure( GwDispatchOutcome::Failed, error );
  const qint64 incidentId = rows.first().id;

  if ( !appendEvent( mStore, incidentId, 0, actor, nowUtc, QString(), QStringLiteral( "reported" ), QString(), &error ) )
    return failure( GwDispatchOutcome::Failed, error );
  if ( !transaction.commit( &error ) )
    return failure( GwDispatchOutcome::Failed, error );

  GwDispatchResult result;
  result.outcome = GwDispatchOutcome::Done;
  result.id = incidentId;
  result.version = 1;
  if ( gridCode.isEmpty() )
  {
    // Stored all the same, because the report is real even where the grid boundaries have a hole.
    result.outcome = GwDispatchOutcome::Warning;
    result.message = tr( "Incident %1 at lon %2, lat %3 lies in no grid; assign it by hand." )
                     .arg( incidentId ).arg( event.lonLat.x(), 0, 'f', 6 ).arg( event.lonLat.y(), 0, 'f', 6 );
  }
  return result;
}

GwDispatchResult GwDispatcher::assign( qint64 incidentId, qint64 staffId, qint64 expectedVersion, const QString &actor, const QString &reason, const QDateTime &nowUtc )
{
  return dispatch( DispatchMode::Assign, incidentId, staffId, expectedVersion, actor, reason, nowUtc );
}

GwDispatchResult GwDispatcher::reassign( qint64 incidentId, qint64 staffId, qint64 expectedVersion, const QString &actor, const QString &reason, const QDateTime &nowUtc )
{
  return dispatch( DispatchMode::Reassign, incidentId, staffId, expectedVersion, actor, reason, nowUtc );
}

GwDispatchResult GwDispatcher::escalate( qint64 incidentId, qint64 expectedVersion, const QString &actor, const QString &reason, const QDateTime &nowUtc )
{
  return dispatch( DispatchMode::Escalate, incidentId, 0, expectedVersion, actor, reason, nowUtc );
}

GwDispatchResult GwDispatcher::dispatch( DispatchMode mode, qint64 incidentId, qint64 staffId, qint64 expectedVersion, const QString &actor,
                                         const QString &reason, const QDateTime &nowUtc )
{
  if ( mode != DispatchMode::Assign && reason.trimmed().isEmpty() )
  {
    return failure( GwDispatchOutcome::Rejected, mode == DispatchMode::Escalate
                    ? tr( "Escalating incident %1 needs a reason." ).arg( incidentId )
                    : tr( "Reassigning incident %1 needs a reason." ).arg( incidentId ) );
  }

  QString error;
  GwStoreTransaction transaction( mStore, &error );
  if ( !transaction.isActive() )
    return failure( GwDispatchOutcome::Failed, error );

  GwFeature incident;
  GwDispatchResult rejection;
  if ( !readExpectedIncident( mStore, incidentId, expectedVersion, incident, rejection ) )
    return rejection;
  const qint64 version = expectedVersion;
  const QString state = incident.attributes.value( QStringLiteral( "state" ) ).toString();
  const QString gridCode = incident.attributes.value( QStringLiteral( "grid_code" ) ).toString();

  const QVector<GwFeature> openTasks = openTasksOfIncident( mStore, incidentId, &error );
  if ( !error.isEmpty() )
    return failure( GwDispatchOutcome::Failed, error, version );

  if ( mode == DispatchMode::Assign )
  {
    if ( state != QLatin1String( "reported" ) && state != QLatin1String( "dispatched" ) )
    {
      return failure( GwDispatchOutcome::Rejected, tr( "Incident %1 is %2; only reported or dispatched incidents can be assigned." )
                      .arg( incidentId ).arg( stateName( state ) ), version );
    }
    if ( !openTasks.isEmpty() )
    {
      const QString current = staffName( mStore, openTasks.first().attributes.value( QStringLiteral( "staff_id" ) ).toLongLong() );
      return failure( GwDispatchOutcome::Rejected, tr( "Incident %1 is already assigned to %2; reassign it instead." )
                      .arg( incidentId ).arg( current ), version );
    }
  }
  else if ( !GwIncidentStateMachine::canTransition( state, QStringLiteral( "dispatched" ) ) )
  {
    return failure( GwDispatchOutcome::Rejected, GwIncidentStateMachine::rejectionMessage( state, QStringLiteral( "dispatched" ) ), version );
  }

  if ( mode == DispatchMode::Escalate )
  {
    const QVector<GwFeature> heads = mStore.features( Staff, { { QStringLiteral( "grid_code" ), gridCode }, { QStringLiteral( "role" ), QStringLiteral( "grid_head" ) } }, &error );
    if ( !error.isEmpty() )
      return failure( GwDispatchOutcome::Failed, error, version );
    if ( gridCode.isEmpty() || heads.isEmpty() )
    {
      return failure( GwDispatchOutcome::Rejected, gridCode.isEmpty()
                      ? tr( "Incident %1 lies in no grid, so there is no grid head to escalate to; reassign it instead." ).arg( incidentId )
                      : tr( "Grid %1 has no grid head to escalate incident %2 to; reassign it instead." ).arg( gridCode ).arg( incidentId ), version );
    }
    staffId = heads.first().id;
  }

  GwFeature staff;
  if ( !readRow( mStore, Staff, staffId, staff, &error ) )
    return failure( GwDispatchOutcome::Rejected, error, version );
  const QString name = staff.attributes.value( QStringLiteral( "name" ) ).toString();
  for ( const GwFeature &task : openTasks )
  {
    if ( task.attributes.value( QStringLiteral( "staff_id" ) ).toLongLong() == staffId )
    {
      return failure( GwDispatchOutcome::Rejected, tr( "Incident %1 is already assigned to %2." ).arg( incidentId ).arg( name ), version );
    }
  }

  const QVector<GwFeature> busyWith = openTasksOfStaff( mStore, staffId, incidentId, &error );
  if ( !error.isEmpty() )
    return failure( GwDispatchOutcome::Failed, error, version );
  QString busyMessage;
  if ( !busyWith.isEmpty() )
  {
    QStringList incidents;
    for ( const GwFeature &task : busyWith )
      incidents << QString::number( task.attributes.value( QStringLiteral( "incident_id" ) ).toLongLong() );
    busyMessage = tr( "%1 already has %n open task(s) (incidents %2).", nullptr, busyWith.size() ).arg( name, incidents.join( QStringLiteral( ", " ) ) );

    // Escalation ignores the block policy, because it exists for work that the grid's
    // other staff cannot take.
    if ( mSla.busyPolicy() == QLatin1String( "block" ) && mode != DispatchMode::Escalate )
    {
      return failure( GwDispatchOutcome::Rejected, busyMessage + QLatin1Char( ' ' )
                      + tr( "The busy policy blocks assigning more work; choose someone else." ), version );
    }
  }

  // Only this incident's own open task is cancelled. The staff member's other work stays as it is.
  for ( const GwFeature &task : openTasks )
  {
    if ( !setTaskState( mStore, task, QStringLiteral( "cancelled" ), nowUtc, &error ) )
      return failure( GwDispatchOutcome::Failed, error, version );
  }

  const QString category = incident.attributes.value( QStringLiteral( "category" ) ).toString();
  const int priority = incident.attributes.value( QStringLiteral( "priority" ) ).toInt();
  const QString dueText = GwTimeWindow::storeText( mSla.resolveDeadline( category, priority, nowUtc ) );

  GwFeature task;
  task.attributes = {
    { QStringLiteral( "incident_id" ), incidentId },
    { QStringLiteral( "staff_id" ), staffId },
    { QStringLiteral( "state" ), QStringLiteral( "assigned" ) },
    { QStringLiteral( "assigned_at" ), GwTimeWindow::storeText( nowUtc ) },
    { QStringLiteral( "due_at" ), dueText },
    { QStringLiteral( "version" ), 1 },
  };
  QVector<GwFeature> taskRows = { task };
  if ( !mStore.insertFeatures( Tasks, taskRows, &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );
  const qint64 taskId = taskRows.first().id;

  GwFeature update;
  update.id = incidentId;
  update.attributes = {
    { QStringLiteral( "state" ), QStringLiteral( "dispatched" ) },
    { QStringLiteral( "version" ), version + 1 },
    { QStringLiteral( "updated_at" ), GwTimeWindow::storeText( nowUtc ) },
    { QStringLiteral( "due_at" ), dueText },
  };
  if ( !mStore.updateFeature( Incidents, update, &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );

  if ( !appendEvent( mStore, incidentId, taskId, actor, nowUtc, state, QStringLiteral( "dispatched" ), reason, &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );
  if ( !transaction.commit( &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );

  GwDispatchResult result;
  result.outcome = busyMessage.isEmpty() ? GwDispatchOutcome::Done : GwDispatchOutcome::Warning;
  result.id = taskId;
  result.version = version + 1;
  result.message = busyMessage;
  return result;
}

GwDispatchResult GwDispatcher::transition( qint64 incidentId, const QString &toState, qint64 expectedVersion, const QString &actor,
                                           const QString &reason, const QDateTime &nowUtc )
{
  if ( toState == QLatin1String( "dispatched" ) )
    return failure( GwDispatchOutcome::Rejected, tr( "Use assign, reassign or escalate to dispatch incident %1." ).arg( incidentId ) );
  if ( toState == QLatin1String( "merged" ) )
    return failure( GwDispatchOutcome::Rejected, tr( "Use merge to mark incident %1 as a duplicate." ).arg( incidentId ) );
  if ( !GwDomainTerms::contains( GwDomainTerms::Vocabulary::IncidentState, toState ) )
    return failure( GwDispatchOutcome::Rejected, tr( "Unknown incident state \"%1\"." ).arg( toState ) );
  const bool needsReason = toState == QLatin1String( "rejected" ) || toState == QLatin1String( "closed" );
  if ( needsReason && reason.trimmed().isEmpty() )
    return failure( GwDispatchOutcome::Rejected, tr( "Changing incident %1 to %2 needs a reason." ).arg( incidentId ).arg( stateName( toState ) ) );

  QString error;
  GwStoreTransaction transaction( mStore, &error );
  if ( !transaction.isActive() )
    return failure( GwDispatchOutcome::Failed, error );

  GwFeature incident;
  GwDispatchResult rejection;
  if ( !readExpectedIncident( mStore, incidentId, expectedVersion, incident, rejection ) )
    return rejection;
  const qint64 version = expectedVersion;
  const QString state = incident.attributes.value( QStringLiteral( "state" ) ).toString();
  if ( !GwIncidentStateMachine::canTransition( state, toState ) )
    return failure( GwDispatchOutcome::Rejected, GwIncidentStateMachine::rejectionMessage( state, toState ), version );

  const QVector<GwFeature> openTasks = openTasksOfIncident( mStore, incidentId, &error );
  if ( !error.isEmpty() )
    return failure( GwDispatchOutcome::Failed, error, version );

  // The task follows the incident: the staff member accepts, arrives and finishes it.
  QString taskState;
  QVector<GwFeature> tasksToMove = openTasks;
  if ( toState == QLatin1String( "accepted" ) || toState == QLatin1String( "on_site" ) )
    taskState = toState;
  else if ( toState == QLatin1String( "resolved" ) || toState == QLatin1String( "closed" ) )
    taskState = QStringLiteral( "done" );
  else if ( toState == QLatin1String( "rejected" ) )
    taskState = QStringLiteral( "cancelled" );

  const bool reopening = state == QLatin1String( "resolved" ) && toState == QLatin1String( "on_site" );
  if ( reopening )
  {
    // A reopened incident returns to the staff member of its latest done task.
    const QVector<GwFeature> tasks = mStore.features( Tasks, { { QStringLiteral( "incident_id" ), incidentId }, { QStringLiteral( "state" ), QStringLiteral( "done" ) } }, &error );
    if ( !error.isEmpty() )
      return failure( GwDispatchOutcome::Failed, error, version );
    tasksToMove.clear();
    if ( !tasks.isEmpty() )
      tasksToMove << tasks.last();
  }
  if ( ( toState == QLatin1String( "accepted" ) || toState == QLatin1String( "on_site" ) ) && tasksToMove.isEmpty() )
    return failure( GwDispatchOutcome::Failed, tr( "Incident %1 is %2 but has no task; reassign it." ).arg( incidentId ).arg( stateName( state ) ), version );

  qint64 taskId = 0;
  QVariant dueAt;
  for ( const GwFeature &task : tasksToMove )
  {
    if ( !setTaskState( mStore, task, taskState, nowUtc, &error ) )
      return failure( GwDispatchOutcome::Failed, error, version );
    taskId = task.id;
    if ( isOpenTaskState( taskState ) )
      dueAt = task.attributes.value( QStringLiteral( "due_at" ) );
  }

  GwFeature update;
  update.id = incidentId;
  update.attributes = {
    { QStringLiteral( "state" ), toState },
    { QStringLiteral( "version" ), version + 1 },
    { QStringLiteral( "updated_at" ), GwTimeWindow::storeText( nowUtc ) },
    // Only open work has a deadline that the wall may show as overdue.
    { QStringLiteral( "due_at" ), dueAt },
    { QStringLiteral( "closed_at" ), GwIncidentStateMachine::isFinal( toState ) ? QVariant( GwTimeWindow::storeText( nowUtc ) ) : QVariant() },
  };
  if ( !mStore.updateFeature( Incidents, update, &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );

  if ( !appendEvent( mStore, incidentId, taskId, actor, nowUtc, state, toState, reason, &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );
  if ( !transaction.commit( &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );

  GwDispatchResult result;
  result.outcome = GwDispatchOutcome::Done;
  result.id = incidentId;
  result.version = version + 1;
  return result;
}

GwDispatchResult GwDispatcher::merge( qint64 duplicateId, qint64 intoId, qint64 expectedVersion, const QString &actor, const QString &reason,
                                      const QDateTime &nowUtc )
{
  if ( duplicateId == intoId )
    return failure( GwDispatchOutcome::Rejected, tr( "Incident %1 cannot be merged into itself." ).arg( duplicateId ) );
  if ( reason.trimmed().isEmpty() )
    return failure( GwDispatchOutcome::Rejected, tr( "Merging incident %1 into incident %2 needs a reason." ).arg( duplicateId ).arg( intoId ) );

  QString error;
  GwStoreTransaction transaction( mStore, &error );
  if ( !transaction.isActive() )
    return failure( GwDispatchOutcome::Failed, error );

  GwFeature duplicate;
  GwDispatchResult rejection;
  if ( !readExpectedIncident( mStore, duplicateId, expectedVersion, duplicate, rejection ) )
    return rejection;
  const qint64 version = expectedVersion;
  const QString state = duplicate.attributes.value( QStringLiteral( "state" ) ).toString();
  if ( !GwIncidentStateMachine::canTransition( state, QStringLiteral( "merged" ) ) )
    return failure( GwDispatchOutcome::Rejected, GwIncidentStateMachine::rejectionMessage( state, QStringLiteral( "merged" ) ), version );

  GwFeature into;
  if ( !readRow( mStore, Incidents, intoId, into, &error ) )
    return failure( GwDispatchOutcome::Rejected, error, version );
  const QString intoState = into.attributes.value( QStringLiteral( "state" ) ).toString();
  if ( intoState == QLatin1String( "merged" ) )
  {
    const qint64 root = into.attributes.value( QStringLiteral( "duplicate_of" ) ).toLongLong();
    return failure( GwDispatchOutcome::Rejected, tr( "Incident %1 is itself merged into incident %2; merge into incident %2 instead." )
                    .arg( intoId ).arg( root ), version );
  }
  if ( intoState == QLatin1String( "rejected" ) )
    return failure( GwDispatchOutcome::Rejected, tr( "Incident %1 was rejected; a report cannot be merged into it." ).arg( intoId ), version );

  const QVector<GwFeature> openTasks = openTasksOfIncident( mStore, duplicateId, &error );
  if ( !error.isEmpty() )
    return failure( GwDispatchOutcome::Failed, error, version );
  qint64 taskId = 0;
  for ( const GwFeature &task : openTasks )
  {
    if ( !setTaskState( mStore, task, QStringLiteral( "cancelled" ), nowUtc, &error ) )
      return failure( GwDispatchOutcome::Failed, error, version );
    taskId = task.id;
  }

  GwFeature update;
  update.id = duplicateId;
  update.attributes = {
    { QStringLiteral( "state" ), QStringLiteral( "merged" ) },
    { QStringLiteral( "duplicate_of" ), intoId },
    { QStringLiteral( "version" ), version + 1 },
    { QStringLiteral( "updated_at" ), GwTimeWindow::storeText( nowUtc ) },
    { QStringLiteral( "closed_at" ), GwTimeWindow::storeText( nowUtc ) },
    { QStringLiteral( "due_at" ), QVariant() },
  };
  if ( !mStore.updateFeature( Incidents, update, &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );

  if ( !appendEvent( mStore, duplicateId, taskId, actor, nowUtc, state, QStringLiteral( "merged" ), reason, &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );
  if ( !transaction.commit( &error ) )
    return failure( GwDispatchOutcome::Failed, error, version );

  GwDispatchResult result;
  result.outcome = GwDispatchOutcome::Done;
  result.id = duplicateId;
  result.version = version + 1;
  return result;
}

QVector<qint64> GwDispatcher::duplicateCandidates( qint64 incidentId ) const
{
  QString error;
  GwFeature incident;
  if ( !readRow( mStore, Incidents, incidentId, incident, &error ) )
    return {};

  const auto reportPoint = []( const GwFeature &row, GwReportPoint &point ) {
    point.id = row.id;
    point.category = row.attributes.value( QStringLiteral( "category" ) ).toString();
    point.atUtc = GwTimeWindow::parse( row.attributes.value( QStringLiteral( "reported_at" ) ).toString() );
    return GwWkb::readPoint( row.wkb, point.lonLat ) && point.atUtc.isValid();
  };

  GwReportPoint report;
  if ( !reportPoint( incident, report ) )
    return {};

  // Merged and rejected reports are settled, so offering them again would only add noise.
  QVector<GwReportPoint> recent;
  const QVector<GwFeature> sameCategory = mStore.features( Incidents, { { QStringLiteral( "category" ), report.category } }, &error );
  for ( const GwFeature &row : sameCategory )
  {
    const QString state = row.attributes.value( QStringLiteral( "state" ) ).toString();
    if ( state == QLatin1String( "merged" ) || state == QLatin1String( "rejected" ) )
      continue;
    GwReportPoint point;
    if ( reportPoint( row, point ) )
      recent << point;
  }
  return GwDuplicateFinder::candidates( report, recent, DuplicateRadiusMetres, DuplicateWindowSeconds );
}

QVector<GwStaffCandidate> GwDispatcher::candidates( qint64 incidentId, const QDateTime &nowUtc ) const
{
  // NOTE: nowUtc is not used yet. Distances come from the last stored position however
  // old it is, because demo and imported staff have a fixed position without position_at.
  Q_UNUSED( nowUtc )

  QString error;
  GwFeature incident;
  if ( !readRow( mStore, Incidents, incidentId, incident, &error ) )
    return {};
  const QString gridCode = incident.attributes.value( QStringLiteral( "grid_code" ) ).toString();
  if ( gridCode.isEmpty() )
    return {};
  QPointF incidentPoint;
  const bool incidentHasPoint = GwWkb::readPoint( incident.wkb, incidentPoint );

  QVector<GwStaffCandidate> result;
  const QVector<GwFeature> staff = mStore.features( Staff, { { QStringLiteral( "grid_code" ), gridCode } }, &error );
  for ( const GwFeature &member : staff )
  {
    GwStaffCandidate candidate;
    candidate.staffId = member.id;
    candidate.name = member.attributes.value( QStringLiteral( "name" ) ).toString();
    candidate.role = member.attributes.value( QStringLiteral( "role" ) ).toString();
    candidate.onDuty = member.attributes.value( QStringLiteral( "on_duty" ) ).toInt() != 0;
    candidate.openTasks = openTasksOfStaff( mStore, member.id, 0, &error ).size();
    QPointF position;
    if ( incidentHasPoint && GwWkb::readPoint( member.wkb, position ) )
      candidate.distanceMetres = GwDuplicateFinder::distanceMetres( position, incidentPoint );
    result << candidate;
  }

  std::stable_sort( result.begin(), result.end(), []( const GwStaffCandidate &a, const GwStaffCandidate &b ) {
    if ( a.onDuty != b.onDuty )
      return a.onDuty;
    if ( a.openTasks != b.openTasks )
      return a.openTasks < b.openTasks;
    const bool aKnown = a.distanceMetres >= 0;
    const bool bKnown = b.distanceMetres >= 0;
    if ( aKnown != bKnown )
      return aKnown;
    if ( aKnown && a.distanceMetres != b.distanceMetres )
      return a.distanceMetres < b.distanceMetres;
    return a.staffId < b.staffId;
  } );
  return result;
}

QVector<GwFeature> GwDispatcher::history( qint64 incidentId ) const
{
  // Events are append-only, so row order is the order they happened in.
  QString error;
  return mStore.features( Events, { { QStringLiteral( "incident_id" ), incidentId } }, &error );
}
