// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>
#include <QVector>

class GwStore;

/**
 * Open tasks (assigned, accepted or on site) of the dispatcher desk's task board, with
 * their SLA countdowns.
 *
 * Rows are ordered by deadline, earliest first, so overdue tasks are at the top (the
 * longest overdue first) and tasks without a deadline at the bottom. Overdue rows are
 * red. Countdowns are counted from the time set with setNow(); every time is UTC.
 */
class GwTaskBoardModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
      ColumnIncident,
      ColumnCountdown,
      ColumnStaff,
      ColumnState,
      ColumnCategory,
      ColumnDue,
      ColumnCount,
    };

    enum Role
    {
      //! Incident id (qint64) on every column.
      IncidentIdRole = Qt::UserRole + 1,
      //! Task id (qint64) on every column.
      TaskIdRole,
      //! Whether the task is overdue (bool) on every column.
      OverdueRole,
    };

    //! One open task as the board shows it.
    struct Task
    {
      qint64 taskId = 0;
      qint64 incidentId = 0;
      qint64 staffId = 0;
      QString staffName;
      //! Task state: assigned, accepted or on_site.
      QString state;
      //! GwDomainTerms IncidentCategory key of the incident.
      QString category;
      QString gridCode;
      QDateTime assignedUtc;
      //! Resolution deadline; invalid when the task has none.
      QDateTime dueUtc;
    };

    explicit GwTaskBoardModel( QObject *parent = nullptr );

    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

    //! Replaces the rows by \a tasks, ordered by deadline.
    void setTasks( const QVector<Task> &tasks );

    /**
     * Reads the open tasks of \a store with their incidents and staff names and calls
     * setTasks(). Returns false and sets \a error when the store cannot be read; the
     * rows are unchanged then.
     */
    bool reload( const GwStore &store, QString *error );

    //! Sets the time (UTC) that countdowns are counted from, and refreshes them.
    void setNow( const QDateTime &nowUtc );

    //! Returns the task of \a row; \a row must be valid.
    const Task &task( int row ) const { return mTasks.at( row ); }

    //! Returns whether \a task is past its deadline at the current time.
    bool isOverdue( const Task &task ) const;

    //! Returns the number of overdue tasks at the current time.
    int overdueCount() const;

    //! Returns \a seconds as "h:mm:ss" (hours not limited to 24); negative values count as their magnitude.
    static QString clockText( qint64 seconds );

    /**
     * Returns a countdown to a deadline \a secondsLeft ahead: "1:23:45 left", or
     * "0:12:00 overdue" when \a secondsLeft is negative (剩余 / 超时 in Chinese).
     */
    static QString countdownText( qint64 secondsLeft );

  private:
    QVector<Task> mTasks;
    QDateTime mNowUtc;
};
