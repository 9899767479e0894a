// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwtaskboardmodel.h"

#include "gwdomainterms.h"
#include "gwslatable.h"
#include "gwstore.h"
#include "gwtimewindow.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

#include <algorithm>

namespace
{
  const QColor OVERDUE_BACKGROUND( 0xfd, 0xde, 0xde );
  const QColor OVERDUE_TEXT( 0xb0, 0x00, 0x20 );

  // Task states that still count against the SLA; done and cancelled tasks leave the board.
  const char *const OPEN_TASK_STATES[] = { "assigned", "accepted", "on_site" };

  bool earlierDeadline( const GwTaskBoardModel::Task &a, const GwTaskBoardModel::Task &b )
  {
    if ( a.dueUtc.isValid() != b.dueUtc.isValid() )
      return a.dueUtc.isValid();
    if ( a.dueUtc != b.dueUtc )
      return a.dueUtc < b.dueUtc;
    return a.taskId < b.taskId;
  }
}

GwTaskBoardModel::GwTaskBoardModel( QObject *parent )
  : QAbstractTableModel( parent )
  , mNowUtc( QDateTime::currentDateTimeUtc() )
{
}

int GwTaskBoardModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mTasks.size();
}

int GwTaskBoardModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant GwTaskBoardModel::data( const QModelIndex &index, int role ) const
{
  if ( !index.isValid() || index.row() >= mTasks.size() )
    return QVariant();

  const Task &task = mTasks.at( index.row() );
  const bool overdue = isOverdue( task );
  switch ( role )
  {
    case Qt::DisplayRole:
      switch ( index.column() )
      {
        case ColumnIncident:
          return task.incidentId;
        case ColumnCategory:
          return GwDomainTerms::displayName( GwDomainTerms::Vocabulary::IncidentCategory, task.category );
        case ColumnStaff:
          return task.staffName;
        case ColumnState:
          if ( task.state == QLatin1String( "assigned" ) )
            return tr( "Assigned" );
          return GwDomainTerms::displayName( GwDomainTerms::Vocabulary::IncidentState, task.state );
        case ColumnDue:
          return task.dueUtc.isValid() ? GwTimeWindow::localText( task.dueUtc ) : QString();
        case ColumnCountdown:
          return task.dueUtc.isValid() ? countdownText( mNowUtc.secsTo( task.dueUtc ) ) : QString();
        default:
          return QVariant();
      }

    case IncidentIdRole:
      return task.incidentId;

    case TaskIdRole:
      return task.taskId;

    case OverdueRole:
      return overdue;

    case Qt::TextAlignmentRole:
      if ( index.column() == ColumnIncident || index.column() == ColumnCountdown )
        return QVariant( Qt::AlignRight | Qt::AlignVCenter );
      return QVariant();

    case Qt::BackgroundRole:
      return overdue ? QVariant( QBrush( OVERDUE_BACKGROUND ) ) : QVariant();

    case Qt::ForegroundRole:
      return overdue ? QVariant( QBrush( OVERDUE_TEXT ) ) : QVariant();

    case Qt::FontRole:
      if ( overdue )
      {
        QFont font;
        font.setBold( true );
        return font;
      }
      return QVariant();

    default:
      return QVariant();
  }
}

QVariant GwTaskBoardModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
    return QAbstractTableModel::headerData( section, orientation, role );

  switch ( section )
  {
    case ColumnIncident:
      return tr( "Incident" );
    case ColumnCategory:
      return tr( "Category" );
    case ColumnStaff:
      return tr( "Staff" );
    case ColumnState:
      return tr( "State" );
    case ColumnDue:
      return tr( "Due" );
    case ColumnCountdown:
      return tr( "SLA" );
    default:
      return QVariant();
  }
}

void GwTaskBoardModel::setTasks( const QVector<Task> &tasks )
{
  beginResetModel();
  mTasks = tasks;
  std::stable_sort( mTasks.begin(), mTasks.end(), earlierDeadline );
  endResetModel();
}

bool GwTaskBoardModel::reload( const GwStore &store, QString *error )
{
  QString readError;
  QVector<GwFeature> taskRows;
  for ( const char *state : OPEN_TASK_STATES )
  {
    taskRows << store.features( QStringLiteral( "tasks" ), { { QStringLiteral( "state" ), QString::fromLatin1( state ) } }, &readError );
    if ( !readError.isEmpty() )
      break;
  }

  // Staff and incidents are read whole, because the board shows most open work.
  QHash<qint64, QString> staffNames;
  QHash<qint64, GwFeature> incidents;
  if ( readError.isEmpty() )
  {
    const QVector<GwFeature> staff = store.features( QStringLiteral( "staff" ), QVariantMap(), &readError );
    for ( const GwFeature &member : staff )
      staffNames.insert( member.id, member.attributes.value( QStringLiteral( "name" ) ).toString() );
  }
  if ( readError.isEmpty() && !taskRows.isEmpty() )
  {
    const QVector<GwFeature> rows = store.features( QStringLiteral( "incidents" ), QVariantMap(), &readError );
    for ( const GwFeature &row : rows )
      incidents.insert( row.id, row );
  }
  if ( !readError.isEmpty() )
  {
    if ( error )
      *error = readError;
    return false;
  }

  QVector<Task> tasks;
  tasks.reserve( taskRows.size() );
  for ( const GwFeature &row : std::as_const( taskRows ) )
  {
    const QVariantMap &a = row.attributes;
    Task task;
    task.taskId = row.id;
    task.incidentId = a.value( QStringLiteral( "incident_id" ) ).toLongLong();
    task.staffId = a.value( QStringLiteral( "staff_id" ) ).toLongLong();
    task.staffName = staffNames.value( task.staffId );
    task.state = a.value( QStringLiteral( "state" ) ).toString();
    task.assignedUtc = GwTimeWindow::parse( a.value( QStringLiteral( "assigned_at" ) ).toString() );
    task.dueUtc = GwTimeWindow::parse( a.value( QStringLiteral( "due_at" ) ).toString() );
    const GwFeature incident = incidents.value( task.incidentId );
    task.category = incident.attributes.value( QStringLiteral( "category" ) ).toString();
    task.gridCode = incident.attributes.value( QStringLiteral( "grid_code" ) ).toString();
    tasks << task;
  }
  setTasks( tasks );
  return true;
}

void GwTaskBoardModel::setNow( const QDateTime &nowUtc )
{
  mNowUtc = nowUtc;
  if ( !mTasks.isEmpty() )
    emit dataChanged( index( 0, 0 ), index( mTasks.size() - 1, ColumnCount - 1 ) );
}

bool GwTaskBoardModel::isOverdue( const Task &task ) const
{
  return GwSlaTable::isOverdue( task.dueUtc, mNowUtc, task.state );
}

int GwTaskBoardModel::overdueCount() const
{
  return static_cast<int>( std::count_if( mTasks.cbegin(), mTasks.cend(), [this]( const Task &task ) { return isOverdue( task ); } ) );
}

QString GwTaskBoardModel::clockText( qint64 seconds )
{
  seconds = std::abs( seconds );
  return QStringLiteral( "%1:%2:%3" )
         .arg( seconds / 3600 )
         .arg( ( seconds % 3600 ) / 60, 2, 10, QLatin1Char( '0' ) )
         .arg( seconds % 60, 2, 10, QLatin1Char( '0' ) );
}

QString GwTaskBoardModel::countdownText( qint64 secondsLeft )
{
  if ( secondsLeft < 0 )
    return tr( "%1 overdue" ).arg( clockText( secondsLeft ) );
  return tr( "%1 left" ).arg( clockText( secondsLeft ) );
}
