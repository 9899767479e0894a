// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

/**
 * Service-level deadlines for incidents by category and priority, read from a JSON file
 * (data/sla.json contains the shipped values).
 *
 * Priorities run from 1 (urgent) to 4 (low). A category without its own row uses the
 * "default" row. All times are UTC; deadlines are counted in plain minutes, not in
 * working hours.
 */
class GwSlaTable
{
    Q_DECLARE_TR_FUNCTIONS( GwSlaTable )

  public:
    /**
     * Reads the JSON file at \a path into \a table.
     * Returns false and sets \a error to a translated message naming the file and the
     * entry that is missing or invalid; \a table is left unchanged then.
     */
    static bool load( const QString &path, GwSlaTable &table, QString *error );

    //! Returns the compiled-in table, which has the same values as data/sla.json.
    static GwSlaTable defaults();

    //! Minutes allowed from assignment to resolution for this category and priority (1 urgent … 4 low).
    int resolveMinutes( const QString &category, int priority ) const;

    //! Minutes allowed from assignment to acceptance by the staff member.
    int acceptMinutes( const QString &category, int priority ) const;

    //! Returns \a assignedUtc plus resolveMinutes(), in UTC.
    QDateTime resolveDeadline( const QString &category, int priority, const QDateTime &assignedUtc ) const;

    //! "warn" or "block": what assigning staff who already have open work does.
    QString busyPolicy() const;

    //! Sets the busy policy; any value other than "block" means "warn".
    void setBusyPolicy( const QString &policy );

    /**
     * Returns whether work due at \a dueUtc is late at \a nowUtc.
     * Only open work can be late: a task or incident state that is final or done
     * (resolved, closed, rejected, merged, done, cancelled) is never overdue, and neither
     * is work without a valid due time. Due exactly now is not yet overdue.
     */
    static bool isOverdue( const QDateTime &dueUtc, const QDateTime &nowUtc, const QString &taskOrIncidentState );

  private:
    //! Reads the JSON document \a json; \a fileName only names the source in messages.
    static bool parse( const QByteArray &json, const QString &fileName, GwSlaTable &table, QString *error );

    struct Limits
    {
      int acceptMinutes = 0;
      int resolveMinutes = 0;
    };

    //! Returns the limits for \a category and \a priority, falling back to the default row
    //! and clamping the priority into 1…4.
    Limits limits( const QString &category, int priority ) const;

    //! Category key ("default" for the fallback) → limits for priorities 1…4.
    QHash<QString, QVector<Limits>> mRows;
    QString mBusyPolicy = QStringLiteral( "warn" );
};
