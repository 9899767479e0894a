// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwstaffcandidatemodel.h"

#include "gwdomainterms.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace
{
  const QColor OFF_DUTY_TEXT( 0x80, 0x80, 0x80 );
  const QColor BUSY_TEXT( 0x9a, 0x5b, 0x00 );
}

GwStaffCandidateModel::GwStaffCandidateModel( QObject *parent )
  : QAbstractTableModel( parent )
{
}

int GwStaffCandidateModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mCandidates.size();
}

int GwStaffCandidateModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant GwStaffCandidateModel::data( const QModelIndex &index, int role ) const
{
  if ( !index.isValid() || index.row() >= mCandidates.size() )
    return QVariant();

  const GwStaffCandidate &candidate = mCandidates.at( index.row() );
  switch ( role )
  {
    case Qt::DisplayRole:
      switch ( index.column() )
      {
        case ColumnName:
          return candidate.name;
        case ColumnRole:
          return GwDomainTerms::displayName( GwDomainTerms::Vocabulary::StaffRole, candidate.role );
        case ColumnOnDuty:
          return candidate.onDuty ? tr( "On duty" ) : tr( "Off duty" );
        case ColumnOpenTasks:
          return candidate.openTasks;
        case ColumnDistance:
          return distanceText( candidate.distanceMetres );
        default:
          return QVariant();
      }

    case StaffIdRole:
      return candidate.staffId;

    case Qt::TextAlignmentRole:
      if ( index.column() == ColumnOpenTasks || index.column() == ColumnDistance )
        return QVariant( Qt::AlignRight | Qt::AlignVCenter );
      return QVariant();

    case Qt::ForegroundRole:
      if ( !candidate.onDuty )
        return QBrush( OFF_DUTY_TEXT );
      if ( candidate.openTasks > 0 && index.column() == ColumnOpenTasks )
        return QBrush( BUSY_TEXT );
      return QVariant();

    default:
      return QVariant();
  }
}

QVariant GwStaffCandidateModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
    return QAbstractTableModel::headerData( section, orientation, role );

  switch ( section )
  {
    case ColumnName:
      return tr( "Name" );
    case ColumnRole:
      return tr( "Role" );
    case ColumnOnDuty:
      return tr( "Availability" );
    case ColumnOpenTasks:
      return tr( "Open tasks" );
    case ColumnDistance:
      return tr( "Distance" );
    default:
      return QVariant();
  }
}

void GwStaffCandidateModel::setCandidates( const QVector<GwStaffCandidate> &candidates )
{
  beginResetModel();
  mCandidates = candidates;
  endResetModel();
}

int GwStaffCandidateModel::rowOfStaff( qint64 staffId ) const
{
  for ( int row = 0; row < mCandidates.size(); ++row )
  {
    if ( mCandidates.at( row ).staffId == staffId )
      return row;
  }
  return -1;
}

QString GwStaffCandidateModel::distanceText( double metres )
{
  if ( metres < 0 )
    return QStringLiteral( "—" );
  if ( metres < 1000 )
    return tr( "%1 m" ).arg( qRound( metres ) );
  return tr( "%1 km" ).arg( QLocale().toString( metres / 1000.0, 'f', 1 ) );
}
