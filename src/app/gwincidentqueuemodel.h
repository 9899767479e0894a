// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QVector>

class GwStore;

/**
 * Incidents of the dispatcher desk's queue, one row per incident, with the queue's
 * filter applied through FilterRole.
 *
 * The model keeps every incident it was given and returns "1" for FilterRole on the
 * rows that pass the filter. A plain QSortFilterProxyModel with filter role FilterRole,
 * fixed string "1" and sort role SortRole therefore filters and sorts it.
 * setIncidents() updates rows in place, inserts new ones and removes vanished ones, so
 * the views keep their selection across reloads. Ages and SLA countdowns are counted
 * from the time set with setNow(); every time is UTC.
 */
class GwIncidentQueueModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
      ColumnId,
      ColumnCategory,
      ColumnState,
      ColumnGrid,
      ColumnAge,
      ColumnPriority,
      ColumnSlaLeft,
      ColumnTitle,
      ColumnCount,
    };

    enum Role
    {
      //! Value to sort by: a number for id, state (life-cycle order), age (seconds), priority and SLA left (seconds), text otherwise.
      SortRole = Qt::UserRole + 1,
      //! "1" when the row passes the filter, else "0".
      FilterRole,
      //! Incident id (qint64) on every column.
      IdRole,
    };

    //! Filter state value for every state that still needs a dispatcher: not closed, rejected or merged.
    static constexpr const char *ACTIVE_STATES = "active";

    //! One incident as the queue shows it.
    struct Incident
    {
      qint64 id = 0;
      QString category;
      QString source;
      QString state;
      QString gridCode;
      QString title;
      int priority = 3;
      //! Incident version, the expected version of the next dispatch write.
      qint64 version = 1;
      QDateTime reportedUtc;
      //! Deadline of the open task; invalid when the incident has none.
      QDateTime dueUtc;
      //! WGS84 longitude and latitude; valid only when hasPoint is set.
      QPointF lonLat;
      bool hasPoint = false;
    };

    //! Queue filter; an empty text or a zero age means "any".
    struct Filter
    {
      QString gridCode;
      QString category;
      //! GwDomainTerms IncidentState key, ACTIVE_STATES, or empty for every state.
      QString state = QString::fromLatin1( ACTIVE_STATES );
      qint64 maxAgeSeconds = 0;
    };

    explicit GwIncidentQueueModel( QObject *parent = nullptr );

    int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
    int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
    QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
    QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

    /**
     * Replaces the incidents by \a incidents, matched by id: changed rows are updated in
     * place, new ones appended and missing ones removed.
     */
    void setIncidents( const QVector<Incident> &incidents );

    /**
     * Reads every incident of \a store, with the task deadline copied to due_at, and calls
     * setIncidents(). Returns false and sets \a error when the store cannot be read;
     * the rows are unchanged then.
     */
    bool reload( const GwStore &store, QString *error );

    //! Sets the time (UTC) that ages and countdowns are counted from, and refreshes those columns.
    void setNow( const QDateTime &nowUtc );
    QDateTime now() const { return mNowUtc; }

    //! Sets the filter and refreshes FilterRole on every row.
    void setFilter( const Filter &filter );
    Filter filter() const { return mFilter; }

    //! Returns whether \a incident passes the filter at the current time.
    bool matchesFilter( const Incident &incident ) const;

    //! Returns the row of incident \a id, or -1.
    int rowOfId( qint64 id ) const;

    //! Returns the incident of \a row; \a row must be valid.
    const Incident &incident( int row ) const { return mIncidents.at( row ); }

    //! Returns whether the incident's deadline has passed while it is still open.
    bool isOverdue( const Incident &incident ) const;

    //! Returns whether the incident is new: reported and not yet dispatched.
    static bool isNew( const Incident &incident );

    /**
     * Returns an age as "42 s", "1:23:45" below a day, or "3 d 04 h".
     */
    static QString ageText( qint64 seconds );

  private:
    QVariant displayData( const Incident &incident, int column ) const;
    QVariant sortData( const Incident &incident, int column ) const;
    qint64 ageSeconds( const Incident &incident ) const;
    void emitColumnsChanged( int firstColumn, int lastColumn );

    QVector<Incident> mIncidents;
    QHash<qint64, int> mRowById;
    QDateTime mNowUtc;
    Filter mFilter;
};
