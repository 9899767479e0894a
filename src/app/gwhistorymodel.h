// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwstore.h"

#include <QAbstractTableModel>
#include <QVector>

/**
 * Event history of one incident, oldest first: when (Asia/Shanghai), who, the state
 * change and why, from the rows of the append-only events table.
 */
class GwHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
      ColumnWhen,
      ColumnActor,
      ColumnChange,
      ColumnReason,
      ColumnCount,
    };

    explicit GwHistoryModel( QObject *parent = nullptr );

    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

    //! Replaces the rows by \a events (rows of the events table), keeping their order.
    void setEvents( const QVector<GwFeature> &events );

    //! Returns "Reported → Dispatched" with translated state names; a missing side is left out.
    static QString changeText( const QString &fromState, const QString &toState );

  private:
    QVector<GwFeature> mEvents;
};
