// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwdispatcher.h"

#include <QAbstractTableModel>
#include <QVector>

/**
 * Staff who could take the selected incident, in the order GwDispatcher::candidates()
 * returns them: on duty first, then fewer open tasks, then nearer.
 *
 * Staff off duty are greyed, and busy staff (with open tasks) are marked, because
 * assigning them warns or is blocked by the SLA table's busy policy.
 */
class GwStaffCandidateModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
      ColumnName,
      ColumnRole,
      ColumnOnDuty,
      ColumnOpenTasks,
      ColumnDistance,
      ColumnCount,
    };

    enum Role
    {
      //! Staff id (qint64) on every column.
      StaffIdRole = Qt::UserRole + 1,
    };

    explicit GwStaffCandidateModel( QObject *parent = nullptr );

    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

    //! Replaces the rows by \a candidates, keeping their order.
    void setCandidates( const QVector<GwStaffCandidate> &candidates );

    //! Returns the candidate of \a row; \a row must be valid.
    const GwStaffCandidate &candidate( int row ) const { return mCandidates.at( row ); }

    //! Returns the row of staff member \a staffId, or -1.
    int rowOfStaff( qint64 staffId ) const;

    //! Returns \a metres as "85 m" or "1.2 km", or "—" when negative (no known position).
    static QString distanceText( double metres );

  private:
    QVector<GwStaffCandidate> mCandidates;
};
