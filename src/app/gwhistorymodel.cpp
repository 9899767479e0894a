// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwhistorymodel.h"

#include "gwdomainterms.h"
#include "gwtimewindow.h"

GwHistoryModel::GwHistoryModel( QObject *parent )
  : QAbstractTableModel( parent )
{
}

int GwHistoryModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mEvents.size();
}

int GwHistoryModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant GwHistoryModel::data( const QModelIndex &index, int role ) const
{
  if ( !index.isValid() || index.row() >= mEvents.size() )
    return QVariant();
  if ( role != Qt::DisplayRole && role != Qt::ToolTipRole )
    return QVariant();

  const QVariantMap &event = mEvents.at( index.row() ).attributes;
  switch ( index.column() )
  {
    case ColumnWhen:
    {
      const QDateTime at = GwTimeWindow::parse( event.value( QStringLiteral( "at" ) ).toString() );
      return at.isValid() ? GwTimeWindow::localText( at ) : event.value( QStringLiteral( "at" ) ).toString();
    }
    case ColumnActor:
      return event.value( QStringLiteral( "actor" ) ).toString();
    case ColumnChange:
      return changeText( event.value( QStringLiteral( "from_state" ) ).toString(), event.value( QStringLiteral( "to_state" ) ).toString() );
    case ColumnReason:
      return event.value( QStringLiteral( "reason" ) ).toString();
    default:
      return QVariant();
  }
}

QVariant GwHistoryModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
    return QAbstractTableModel::headerData( section, orientation, role );

  switch ( section )
  {
    case ColumnWhen:
      return tr( "When" );
    case ColumnActor:
      return tr( "Who" );
    case ColumnChange:
      return tr( "Change" );
    case ColumnReason:
      return tr( "Reason" );
    default:
      return QVariant();
  }
}

void GwHistoryModel::setEvents( const QVector<GwFeature> &events )
{
  beginResetModel();
  mEvents = events;
  endResetModel();
}

QString GwHistoryModel::changeText( const QString &fromState, const QString &toState )
{
  using V = GwDomainTerms::Vocabulary;
  const QString from = fromState.isEmpty() ? QString() : GwDomainTerms::displayName( V::IncidentState, fromState );
  const QString to = toState.isEmpty() ? QString() : GwDomainTerms::displayName( V::IncidentState, toState );
  if ( from.isEmpty() )
    return to;
  if ( to.isEmpty() )
    return from;
  return from + QStringLiteral( " → " ) + to;
}
