// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwincidentqueuemodel.h"

#include "gwdomainterms.h"
#include "gwincidentstatemachine.h"
#include "gwslatable.h"
#include "gwstore.h"
#include "gwtaskboardmodel.h"
#include "gwtimewindow.h"
#include "gwwkb.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

#include <limits>

namespace
{
  // Light tints that keep black text readable on a normal desktop palette.
  const QColor OVERDUE_BACKGROUND( 0xfd, 0xde, 0xde );
  const QColor OVERDUE_TEXT( 0xb0, 0x00, 0x20 );
  const QColor NEW_BACKGROUND( 0xff, 0xf4, 0xce );

  // Sorts incidents without a deadline after every countdown.
  constexpr qint64 NO_DEADLINE_SORT_VALUE = std::numeric_limits<qint64>::max();

  bool sameIncident( const GwIncidentQueueModel::Incident &a, const GwIncidentQueueModel::Incident &b )
  {
    return a.id == b.id && a.category == b.category && a.source == b.source && a.state == b.state
           && a.gridCode == b.gridCode && a.title == b.title && a.priority == b.priority
           && a.version == b.version && a.reportedUtc == b.reportedUtc && a.dueUtc == b.dueUtc
           && a.hasPoint == b.hasPoint && a.lonLat == b.lonLat;
  }
}

GwIncidentQueueModel::GwIncidentQueueModel( QObject *parent )
  : QAbstractTableModel( parent )
  , mNowUtc( QDateTime::currentDateTimeUtc() )
{
}

int GwIncidentQueueModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mIncidents.size();
}

int GwIncidentQueueModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant GwIncidentQueueModel::data( const QModelIndex &index, int role ) const
{
  if ( !index.isValid() || index.row() >= mIncidents.size() )
    return QVariant();

  const Incident &incident = mIncidents.at( index.row() );
  switch ( role )
  {
    case Qt::DisplayRole:
      return displayData( incident, index.column() );

    case SortRole:
      return sortData( incident, index.column() );

    case FilterRole:
      return matchesFilter( incident ) ? QStringLiteral( "1" ) : QStringLiteral( "0" );

    case IdRole:
      return incident.id;

    case Qt::ToolTipRole:
      return incident.title.isEmpty() ? QVariant() : QVariant( incident.title );

    case Qt::TextAlignmentRole:
      if ( index.column() == ColumnId || index.column() == ColumnAge || index.column() == ColumnPriority || index.column() == ColumnSlaLeft )
        return QVariant( Qt::AlignRight | Qt::AlignVCenter );
      return QVariant();

    case Qt::BackgroundRole:
      if ( isOverdue( incident ) )
        return QBrush( OVERDUE_BACKGROUND );
      if ( isNew( incident ) )
        return QBrush( NEW_BACKGROUND );
      return QVariant();

    case Qt::ForegroundRole:
      if ( isOverdue( incident ) )
        return QBrush( OVERDUE_TEXT );
      return QVariant();

    case Qt::FontRole:
      if ( isNew( incident ) || isOverdue( incident ) )
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

QVariant GwIncidentQueueModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
    return QAbstractTableModel::headerData( section, orientation, role );

  switch ( section )
  {
    case ColumnId:
      return tr( "No." );
    case ColumnCategory:
      return tr( "Category" );
    case ColumnState:
      return tr( "State" );
    case ColumnGrid:
      return tr( "Grid" );
    case ColumnAge:
      return tr( "Age" );
    case ColumnPriority:
      return tr( "Priority" );
    case ColumnSlaLeft:
      return tr( "SLA left" );
    case ColumnTitle:
      return tr( "Title" );
    default:
      return QVariant();
  }
}

void GwIncidentQueueModel::setIncidents( const QVector<Incident> &incidents )
{
  QSet<qint64> incoming;
  for ( const Incident &incident : incidents )
    incoming.insert( incident.id );

  // Rows go from the end backwards, so the rows still to visit keep their numbers.
  for ( int row = mIncidents.size() - 1; row >= 0; --row )
  {
    if ( incoming.contains( mIncidents.at( row ).id ) )
      continue;
    beginRemoveRows( QModelIndex(), row, row );
    mIncidents.removeAt( row );
    endRemoveRows();
  }
  mRowById.clear();
  for ( int row = 0; row < mIncidents.size(); ++row )
    mRowById.insert( mIncidents.at( row ).id, row );

  QVector<Incident> added;
  for ( const Incident &incident : incidents )
  {
    const auto existing = mRowById.constFind( incident.id );
    if ( existing == mRowById.constEnd() )
    {
      added << incident;
      continue;
    }
    const int row = existing.value();
    if ( sameIncident( mIncidents.at( row ), incident ) )
      continue;
    mIncidents[row] = incident;
    emit dataChanged( index( row, 0 ), index( row, ColumnCount - 1 ) );
  }

  if ( added.isEmpty() )
    return;
  const int first = mIncidents.size();
  beginInsertRows( QModelIndex(), first, first + added.size() - 1 );
  for ( const Incident &incident : std::as_const( added ) )
  {
    mRowById.insert( incident.id, mIncidents.size() );
    mIncidents << incident;
  }
  endInsertRows();
}

bool GwIncidentQueueModel::reload( const GwStore &store, QString *error )
{
  QString readError;
  const QVector<GwFeature> rows = store.features( QStringLiteral( "incidents" ), QVariantMap(), &readError );
  if ( !readError.isEmpty() )
  {
    if ( error )
      *error = readError;
    return false;
  }

  QVector<Incident> incidents;
  incidents.reserve( rows.size() );
  for ( const GwFeature &row : rows )
  {
    const QVariantMap &a = row.attributes;
    Incident incident;
    incident.id = row.id;
    incident.category = a.value( QStringLiteral( "category" ) ).toString();
    incident.source = a.value( QStringLiteral( "source" ) ).toString();
    incident.state = a.value( QStringLiteral( "state" ) ).toString();
    incident.gridCode = a.value( QStringLiteral( "grid_code" ) ).toString();
    incident.title = a.value( QStringLiteral( "title" ) ).toString();
    incident.priority = a.value( QStringLiteral( "priority" ), 3 ).toInt();
    incident.version = a.value( QStringLiteral( "version" ), 1 ).toLongLong();
    incident.reportedUtc = GwTimeWindow::parse( a.value( QStringLiteral( "reported_at" ) ).toString() );
    incident.dueUtc = GwTimeWindow::parse( a.value( QStringLiteral( "due_at" ) ).toString() );
    incident.hasPoint = GwWkb::readPoint( row.wkb, incident.lonLat );
    incidents << incident;
  }
  setIncidents( incidents );
  return true;
}

void GwIncidentQueueModel::setNow( const QDateTime &nowUtc )
{
  mNowUtc = nowUtc;
  // The filter column changes too, because the maximum age depends on the time.
  emitColumnsChanged( 0, ColumnCount - 1 );
}

void GwIncidentQueueModel::setFilter( const Filter &filter )
{
  mFilter = filter;
  emitColumnsChanged( 0, ColumnCount - 1 );
}

bool GwIncidentQueueModel::matchesFilter( const Incident &incident ) const
{
  if ( !mFilter.gridCode.isEmpty() && incident.gridCode != mFilter.gridCode )
    return false;
  if ( !mFilter.category.isEmpty() && incident.category != mFilter.category )
    return false;
  if ( mFilter.state == QLatin1String( ACTIVE_STATES ) )
  {
    if ( GwIncidentStateMachine::isFinal( incident.state ) )
      return false;
  }
  else if ( !mFilter.state.isEmpty() && incident.state != mFilter.state )
  {
    return false;
  }
  // Half-open like every time window: an incident exactly maxAgeSeconds old is out.
  if ( mFilter.maxAgeSeconds > 0 && ageSeconds( incident ) >= mFilter.maxAgeSeconds )
    return false;
  return true;
}

int GwIncidentQueueModel::rowOfId( qint64 id ) const
{
  return mRowById.value( id, -1 );
}

bool GwIncidentQueueModel::isOverdue( const Incident &incident ) const
{
  return GwSlaTable::isOverdue( incident.dueUtc, mNowUtc, incident.state );
}

bool GwIncidentQueueModel::isNew( const Incident &incident )
{
  return incident.state == QLatin1String( "reported" );
}

QString GwIncidentQueueModel::ageText( qint64 seconds )
{
  seconds = std::max<qint64>( 0, seconds );
  if ( seconds < 60 )
    return tr( "%1 s" ).arg( seconds );
  if ( seconds < 86400 )
    return GwTaskBoardModel::clockText( seconds );
  return tr( "%1 d %2 h" ).arg( seconds / 86400 ).arg( ( seconds % 86400 ) / 3600, 2, 10, QLatin1Char( '0' ) );
}

QVariant GwIncidentQueueModel::displayData( const Incident &incident, int column ) const
{
  switch ( column )
  {
    case ColumnId:
      return incident.id;
    case ColumnCategory:
      return GwDomainTerms::displayName( GwDomainTerms::Vocabulary::IncidentCategory, incident.category );
    case ColumnState:
      return GwDomainTerms::displayName( GwDomainTerms::Vocabulary::IncidentState, incident.state );
    case ColumnGrid:
      return incident.gridCode;
    case ColumnAge:
      return incident.reportedUtc.isValid() ? ageText( ageSeconds( incident ) ) : QString();
    case ColumnPriority:
      return incident.priority;
    case ColumnSlaLeft:
      if ( !incident.dueUtc.isValid() || !GwIncidentStateMachine::isOpen( incident.state ) )
        return QString();
      return GwTaskBoardModel::countdownText( mNowUtc.secsTo( incident.dueUtc ) );
    case ColumnTitle:
      return incident.title;
    default:
      return QVariant();
  }
}

QVariant GwIncidentQueueModel::sortData( const Incident &incident, int column ) const
{
  switch ( column )
  {
    case ColumnId:
      return incident.id;
    case ColumnCategory:
      return displayData( incident, column );
    case ColumnState:
      // Life-cycle order reads better than the alphabet of the translated names.
      return GwDomainTerms::keys( GwDomainTerms::Vocabulary::IncidentState ).indexOf( incident.state );
    case ColumnGrid:
      return incident.gridCode;
    case ColumnAge:
      return ageSeconds( incident );
    case ColumnPriority:
      return incident.priority;
    case ColumnSlaLeft:
      if ( !incident.dueUtc.isValid() || !GwIncidentStateMachine::isOpen( incident.state ) )
        return NO_DEADLINE_SORT_VALUE;
      return mNowUtc.secsTo( incident.dueUtc );
    case ColumnTitle:
      return incident.title;
    default:
      return QVariant();
  }
}

qint64 GwIncidentQueueModel::ageSeconds( const Incident &incident ) const
{
  return incident.reportedUtc.isValid() ? incident.reportedUtc.secsTo( mNowUtc ) : 0;
}

void GwIncidentQueueModel::emitColumnsChanged( int firstColumn, int lastColumn )
{
  if ( mIncidents.isEmpty() )
    return;
  emit dataChanged( index( 0, firstColumn ), index( mIncidents.size() - 1, lastColumn ) );
}
