// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwduplicatefinder.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace
{
  const double MEAN_EARTH_RADIUS_METRES = 6371008.8;

  // Same category, both times known and within the window, and within the radius.
  bool matches( const GwReportPoint &a, const GwReportPoint &b, double radiusMetres, int windowSeconds, double *distance )
  {
    if ( a.category != b.category || !a.atUtc.isValid() || !b.atUtc.isValid() )
      return false;
    if ( std::llabs( a.atUtc.secsTo( b.atUtc ) ) > windowSeconds )
      return false;
    const double metres = GwDuplicateFinder::distanceMetres( a.lonLat, b.lonLat );
    if ( metres > radiusMetres )
      return false;
    if ( distance )
      *distance = metres;
    return true;
  }

  int findRoot( QVector<int> &parent, int i )
  {
    while ( parent[i] != i )
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  // Earlier first; the id breaks ties so that the order never depends on the input order.
  bool reportedEarlier( const GwReportPoint &a, const GwReportPoint &b )
  {
    if ( a.atUtc != b.atUtc )
      return a.atUtc < b.atUtc;
    return a.id < b.id;
  }
}

double GwDuplicateFinder::distanceMetres( const QPointF &a, const QPointF &b )
{
  const double degree = M_PI / 180.0;
  const double lat1 = a.y() * degree;
  const double lat2 = b.y() * degree;
  const double sinHalfDLat = std::sin( ( lat2 - lat1 ) / 2.0 );
  const double sinHalfDLon = std::sin( ( b.x() - a.x() ) * degree / 2.0 );
  const double h = sinHalfDLat * sinHalfDLat + std::cos( lat1 ) * std::cos( lat2 ) * sinHalfDLon * sinHalfDLon;
  return 2.0 * MEAN_EARTH_RADIUS_METRES * std::asin( std::min( 1.0, std::sqrt( h ) ) );
}

QVector<qint64> GwDuplicateFinder::candidates( const GwReportPoint &report, const QVector<GwReportPoint> &recent,
                                               double radiusMetres, int windowSeconds )
{
  QVector<QPair<double, qint64>> found;
  for ( const GwReportPoint &other : recent )
  {
    if ( other.id == report.id )
      continue;
    double metres = 0;
    if ( matches( report, other, radiusMetres, windowSeconds, &metres ) )
      found.append( qMakePair( metres, other.id ) );
  }

  std::sort( found.begin(), found.end() );
  QVector<qint64> ids;
  ids.reserve( found.size() );
  for ( const auto &entry : found )
    ids << entry.second;
  return ids;
}

QVector<QVector<qint64>> GwDuplicateFinder::groups( const QVector<GwReportPoint> &reports,
                                                    double radiusMetres, int windowSeconds )
{
  QVector<GwReportPoint> sorted = reports;
  std::sort( sorted.begin(), sorted.end(), reportedEarlier );

  // Union-find over all matching pairs. Quadratic, which is fine for the few hundred
  // open reports of a subdistrict.
  QVector<int> parent( sorted.size() );
  std::iota( parent.begin(), parent.end(), 0 );
  for ( int i = 0; i < sorted.size(); ++i )
  {
    for ( int j = i + 1; j < sorted.size(); ++j )
    {
      if ( matches( sorted.at( i ), sorted.at( j ), radiusMetres, windowSeconds, nullptr ) )
      {
        const int rootI = findRoot( parent, i );
        const int rootJ = findRoot( parent, j );
        // The earlier report stays the root, so it heads its group.
        parent[std::max( rootI, rootJ )] = std::min( rootI, rootJ );
      }
    }
  }

  // Visiting in time order keeps each group's members in time order and orders the
  // groups by their earliest report.
  QVector<QVector<qint64>> result;
  QHash<int, int> groupOfRoot;
  for ( int i = 0; i < sorted.size(); ++i )
  {
    const int root = findRoot( parent, i );
    auto it = groupOfRoot.constFind( root );
    if ( it == groupOfRoot.constEnd() )
    {
      groupOfRoot.insert( root, result.size() );
      result.append( QVector<qint64> { sorted.at( i ).id } );
    }
    else
    {
      result[it.value()].append( sorted.at( i ).id );
    }
  }
  return result;
}
