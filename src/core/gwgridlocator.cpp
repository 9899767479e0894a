// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwgridlocator.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace
{
  const double MEAN_EARTH_RADIUS_METRES = 6371008.8;

  // A point this close to a boundary counts as on it. Positions from phones and GNSS
  // are good to metres at best, so 1 cm only absorbs floating-point noise.
  const double BOUNDARY_TOLERANCE_METRES = 0.01;

  // Local equirectangular projection around one point. Across a subdistrict (a few km)
  // its distance error stays below 0.1 %, which is far below the gap tolerance.
  class LocalMetres
  {
    public:
      explicit LocalMetres( const QPointF &origin )
        : mOrigin( origin )
        , mMetresPerDegreeY( MEAN_EARTH_RADIUS_METRES * M_PI / 180.0 )
        , mMetresPerDegreeX( mMetresPerDegreeY * std::cos( origin.y() * M_PI / 180.0 ) )
      {}

      QPointF project( const QPointF &lonLat ) const
      {
        return QPointF( ( lonLat.x() - mOrigin.x() ) * mMetresPerDegreeX, ( lonLat.y() - mOrigin.y() ) * mMetresPerDegreeY );
      }

      double degreesForMetres( double metres ) const
      {
        return metres / std::max( 1.0, std::min( mMetresPerDegreeX, mMetresPerDegreeY ) );
      }

    private:
      QPointF mOrigin;
      double mMetresPerDegreeY;
      double mMetresPerDegreeX;
  };

  // Distance from the origin to segment ab, all in local metres.
  double distanceToSegment( const QPointF &a, const QPointF &b )
  {
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct( ab, ab );
    double t = lengthSquared > 0 ? -QPointF::dotProduct( a, ab ) / lengthSquared : 0;
    t = std::clamp( t, 0.0, 1.0 );
    const QPointF nearest = a + t * ab;
    return std::hypot( nearest.x(), nearest.y() );
  }

  struct Relation
  {
    bool inside = false;        // even-odd rule over all rings, so holes are outside
    double boundaryMetres = 0;  // distance to the nearest edge of any ring
  };

  Relation relate( const GwGridPolygon &grid, const LocalMetres &local )
  {
    Relation relation;
    relation.boundaryMetres = std::numeric_limits<double>::infinity();
    for ( const QVector<QPointF> &ring : grid.rings )
    {
      const int count = ring.size();
      for ( int i = 0; i < count; ++i )
      {
        const QPointF a = local.project( ring.at( i ) );
        const QPointF b = local.project( ring.at( ( i + 1 ) % count ) );
        relation.boundaryMetres = std::min( relation.boundaryMetres, distanceToSegment( a, b ) );

        // Ray towards +x from the origin; half-open in y so a vertex is counted once.
        if ( ( a.y() > 0 ) != ( b.y() > 0 ) )
        {
          const double crossingX = a.x() + ( 0 - a.y() ) * ( b.x() - a.x() ) / ( b.y() - a.y() );
          if ( crossingX > 0 )
            relation.inside = !relation.inside;
        }
      }
    }
    return relation;
  }

  // Minimal WKB reader for (multi)polygons: both byte orders, and the ISO Z, M and ZM
  // variants, whose extra ordinates are skipped.
  class WkbReader
  {
    public:
      explicit WkbReader( const QByteArray &wkb )
        : mData( wkb )
      {}

      bool readPolygons( QVector<QVector<QVector<QPointF>>> &polygons )
      {
        int dimensions = 0;
        quint32 type = 0;
        if ( !readHeader( type, dimensions ) )
          return false;
        if ( type == 3 )
        {
          QVector<QVector<QPointF>> rings;
          if ( !readPolygonBody( dimensions, rings ) )
            return false;
          polygons << rings;
          return mOk;
        }
        if ( type != 6 )
          return false;

        const quint32 parts = readUInt();
        for ( quint32 i = 0; mOk && i < parts; ++i )
        {
          quint32 partType = 0;
          int partDimensions = 0;
          if ( !readHeader( partType, partDimensions ) || partType != 3 )
            return false;
          QVector<QVector<QPointF>> rings;
          if ( !readPolygonBody( partDimensions, rings ) )
            return false;
          polygons << rings;
        }
        return mOk;
      }

    private:
      bool readHeader( quint32 &type, int &dimensions )
      {
        if ( mPosition + 5 > mData.size() )
          return false;
        mLittleEndian = mData.at( mPosition ) == 1;
        ++mPosition;
        const quint32 code = readUInt();
        type = code % 1000;
        const quint32 flavour = code / 1000;
        if ( flavour > 3 )
          return false;
        dimensions = flavour == 0 ? 2 : ( flavour == 3 ? 4 : 3 );
        return mOk;
      }

      bool readPolygonBody( int dimensions, QVector<QVector<QPointF>> &rings )
      {
        const quint32 ringCount = readUInt();
        for ( quint32 r = 0; mOk && r < ringCount; ++r )
        {
          const quint32 pointCount = readUInt();
          // Reject counts the remaining bytes cannot hold before allocating anything.
          if ( !mOk || static_cast<qint64>( pointCount ) * dimensions * 8 > mData.size() - mPosition )
            return false;
          QVector<QPointF> ring;
          ring.reserve( static_cast<int>( pointCount ) );
          for ( quint32 p = 0; p < pointCount; ++p )
          {
            const double x = readDouble();
            const double y = readDouble();
            for ( int extra = 2; extra < dimensions; ++extra )
              readDouble();
            ring << QPointF( x, y );
          }
          // The closing point repeats the first; the ring walk closes rings itself.
          if ( ring.size() > 1 && ring.first() == ring.last() )
            ring.removeLast();
          if ( ring.size() >= 3 )
            rings << ring;
        }
        return mOk && !rings.isEmpty();
      }

      quint32 readUInt()
      {
        if ( mPosition + 4 > mData.size() )
        {
          mOk = false;
          return 0;
        }
        const uchar *bytes = reinterpret_cast<const uchar *>( mData.constData() ) + mPosition;
        mPosition += 4;
        return mLittleEndian ? qFromLittleEndian<quint32>( bytes ) : qFromBigEndian<quint32>( bytes );
      }

      double readDouble()
      {
        if ( mPosition + 8 > mData.size() )
        {
          mOk = false;
          return 0;
        }
        const uchar *bytes = reinterpret_cast<const uchar *>( mData.constData() ) + mPosition;
        mPosition += 8;
        const quint64 bits = mLittleEndian ? qFromLittleEndian<quint64>( bytes ) : qFromBigEndian<quint64>( bytes );
        double value = 0;
        memcpy( &value, &bits, sizeof value );
        return value;
      }

      const QByteArray &mData;
      int mPosition = 0;
      bool mLittleEndian = true;
      bool mOk = true;
  };

  QRectF ringBounds( const QVector<QVector<QPointF>> &rings )
  {
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for ( const QVector<QPointF> &ring : rings )
    {
      for ( const QPointF &point : ring )
      {
        minX = std::min( minX, point.x() );
        minY = std::min( minY, point.y() );
        maxX = std::max( maxX, point.x() );
        maxY = std::max( maxY, point.y() );
      }
    }
    if ( minX > maxX )
      return QRectF();
    return QRectF( QPointF( minX, minY ), QPointF( maxX, maxY ) );
  }
}

GwGridLocator::GwGridLocator( const QVector<GwGridPolygon> &grids, double gapToleranceMetres )
  : mGrids( grids )
  , mGapToleranceMetres( gapToleranceMetres )
{
  // A stable sort keeps the parts of one multipolygon together in their input order.
  std::stable_sort( mGrids.begin(), mGrids.end(), []( const GwGridPolygon &a, const GwGridPolygon &b ) {
    return a.code < b.code;
  } );

  double minX = std::numeric_limits<double>::infinity();
  double minY = minX;
  double maxX = -minX;
  double maxY = -minX;
  for ( const GwGridPolygon &grid : std::as_const( mGrids ) )
  {
    const QRectF bounds = ringBounds( grid.rings );
    mBounds << bounds;
    // A grid without points has no bounds to add.
    if ( grid.rings.isEmpty() || grid.rings.first().isEmpty() )
      continue;
    minX = std::min( minX, bounds.left() );
    minY = std::min( minY, bounds.top() );
    maxX = std::max( maxX, bounds.right() );
    maxY = std::max( maxY, bounds.bottom() );
  }
  if ( minX <= maxX )
    mExtent = QRectF( QPointF( minX, minY ), QPointF( maxX, maxY ) );
}

QVector<GwGridPolygon> GwGridLocator::fromWkb( const QVector<QPair<QString, QByteArray>> &codeAndWkb )
{
  QVector<GwGridPolygon> grids;
  for ( const auto &entry : codeAndWkb )
  {
    QVector<QVector<QVector<QPointF>>> polygons;
    WkbReader reader( entry.second );
    if ( !reader.readPolygons( polygons ) )
      continue;
    for ( const auto &rings : std::as_const( polygons ) )
      grids.append( GwGridPolygon { entry.first, rings } );
  }
  return grids;
}

GwGridLocation GwGridLocator::locate( const QPointF &lonLat ) const
{
  GwGridLocation location;
  if ( mGrids.isEmpty() || !std::isfinite( lonLat.x() ) || !std::isfinite( lonLat.y() ) )
    return location;

  const LocalMetres local( lonLat );
  const double margin = local.degreesForMetres( std::max( mGapToleranceMetres, BOUNDARY_TOLERANCE_METRES ) * 1.01 );

  // mGrids is sorted by code, so the first grid found at each level is the one the
  // documented rule picks: strictly inside beats on a boundary beats nearest in a gap.
  QString onBoundaryCode;
  QString nearestCode;
  double nearestMetres = std::numeric_limits<double>::infinity();
  for ( int i = 0; i < mGrids.size(); ++i )
  {
    if ( !mBounds.at( i ).adjusted( -margin, -margin, margin, margin ).contains( lonLat ) )
      continue;

    const Relation relation = relate( mGrids.at( i ), local );
    if ( relation.boundaryMetres <= BOUNDARY_TOLERANCE_METRES )
    {
      if ( onBoundaryCode.isEmpty() )
        onBoundaryCode = mGrids.at( i ).code;
    }
    else if ( relation.inside )
    {
      location.gridCode = mGrids.at( i ).code;
      return location;
    }
    else if ( relation.boundaryMetres < nearestMetres )
    {
      nearestMetres = relation.boundaryMetres;
      nearestCode = mGrids.at( i ).code;
    }
  }

  if ( !onBoundaryCode.isEmpty() )
  {
    location.gridCode = onBoundaryCode;
    return location;
  }
  if ( !nearestCode.isEmpty() && nearestMetres <= mGapToleranceMetres )
  {
    location.gridCode = nearestCode;
    location.inGap = true;
    location.gapMetres = nearestMetres;
  }
  return location;
}

QRectF GwGridLocator::extent() const
{
  return mExtent;
}
