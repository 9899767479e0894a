// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QVector>

//! Input of the duplicate search for one report: id, category key, WGS84 lon/lat, time in UTC.
struct GwReportPoint
{
  qint64 id = 0;
  QString category;
  QPointF lonLat;
  QDateTime atUtc;
};

/**
 * Finds reports that are probably the same event seen by several people: the same
 * category, within a radius and within a time window of each other.
 * The finder only suggests; a dispatcher decides whether to merge.
 */
class GwDuplicateFinder
{
  public:
    //! Metres between two lon/lat points (haversine, WGS84 mean radius 6371008.8 m).
    static double distanceMetres( const QPointF &a, const QPointF &b );

    //! Ids in recent of the same category within radius and |Δt| ≤ window, nearest first.
    //! The report's own id is never returned.
    static QVector<qint64> candidates( const GwReportPoint &report, const QVector<GwReportPoint> &recent,
                                       double radiusMetres = 30, int windowSeconds = 300 );

    //! Groups reports: each group's first id is the earliest report, the rest its duplicates.
    //! Reports are linked when they match under candidates(), and links are transitive, so a
    //! chain of reports each close to the next forms one group. Groups are ordered by their
    //! first report's time; a report without any match forms a group of its own.
    static QVector<QVector<qint64>> groups( const QVector<GwReportPoint> &reports,
                                            double radiusMetres = 30, int windowSeconds = 300 );
};
