// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwwkb.h"

#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>

namespace
{
  void appendUInt32( QByteArray &out, quint32 value )
  {
    const quint32 le = qToLittleEndian( value );
    out.append( reinterpret_cast<const char *>( &le ), sizeof( le ) );
  }

  void appendDouble( QByteArray &out, double value )
  {
    quint64 bits;
    std::memcpy( &bits, &value, sizeof( bits ) );
    bits = qToLittleEndian( bits );
    out.append( reinterpret_cast<const char *>( &bits ), sizeof( bits ) );
  }

  void appendHeader( QByteArray &out, GwWkb::Type type )
  {
    out.append( char( 1 ) ); // little endian
    appendUInt32( out, static_cast<quint32>( type ) );
  }

  void appendPoints( QByteArray &out, const GwWkb::Ring &points, bool close )
  {
    const bool addClosing = close && !points.isEmpty() && points.first() != points.last();
    appendUInt32( out, static_cast<quint32>( points.size() + ( addClosing ? 1 : 0 ) ) );
    for ( const QPointF &p : points )
    {
      appendDouble( out, p.x() );
      appendDouble( out, p.y() );
    }
    if ( addClosing )
    {
      appendDouble( out, points.first().x() );
      appendDouble( out, points.first().y() );
    }
  }

  void appendPolygonBody( QByteArray &out, const GwWkb::Polygon &rings )
  {
    appendUInt32( out, static_cast<quint32>( rings.size() ) );
    for ( const GwWkb::Ring &ring : rings )
      appendPoints( out, ring, true );
  }

  //! Sequential reader over one WKB buffer that tracks the byte order of each nested geometry.
  class Reader
  {
    public:
      explicit Reader( const QByteArray &wkb ) : mData( wkb ) {}

      bool readGeometry( QRectF &box, bool &any, int depth = 0 )
      {
        if ( depth > 8 )
          return false;

        bool littleEndian = false;
        quint32 rawType = 0;
        if ( !readHeader( littleEndian, rawType ) )
          return false;

        // ISO Z/M/ZM variants add 1000/2000/3000; EWKB flags are not expected here.
        const quint32 dimensionCode = rawType / 1000;
        const quint32 baseType = rawType % 1000;
        const int coordinateSize = dimensionCode == 0 ? 2 : ( dimensionCode == 3 ? 4 : 3 );

        switch ( baseType )
        {
          case 1:
            return readCoordinates( 1, coordinateSize, littleEndian, box, any );
          case 2:
            return readCoordinateList( coordinateSize, littleEndian, box, any );
          case 3:
          {
            quint32 rings = 0;
            if ( !readUInt32( littleEndian, rings ) )
              return false;
            for ( quint32 i = 0; i < rings; ++i )
            {
              if ( !readCoordinateList( coordinateSize, littleEndian, box, any ) )
                return false;
            }
            return true;
          }
          case 4:
          case 5:
          case 6:
          case 7:
          {
            quint32 parts = 0;
            if ( !readUInt32( littleEndian, parts ) )
              return false;
            for ( quint32 i = 0; i < parts; ++i )
            {
              if ( !readGeometry( box, any, depth + 1 ) )
                return false;
            }
            return true;
          }
          default:
            return false;
        }
      }

      bool readHeader( bool &littleEndian, quint32 &rawType )
      {
        if ( mPos + 5 > mData.size() )
          return false;
        littleEndian = mData.at( mPos ) == 1;
        ++mPos;
        return readUInt32( littleEndian, rawType );
      }

      bool readUInt32( bool littleEndian, quint32 &value )
      {
        if ( mPos + 4 > mData.size() )
          return false;
        quint32 raw;
        std::memcpy( &raw, mData.constData() + mPos, 4 );
        value = littleEndian ? qFromLittleEndian( raw ) : qFromBigEndian( raw );
        mPos += 4;
        return true;
      }

      bool readDouble( bool littleEndian, double &value )
      {
        if ( mPos + 8 > mData.size() )
          return false;
        quint64 raw;
        std::memcpy( &raw, mData.constData() + mPos, 8 );
        raw = littleEndian ? qFromLittleEndian( raw ) : qFromBigEndian( raw );
        std::memcpy( &value, &raw, 8 );
        mPos += 8;
        return true;
      }

    private:
      bool readCoordinateList( int coordinateSize, bool littleEndian, QRectF &box, bool &any )
      {
        quint32 count = 0;
        if ( !readUInt32( littleEndian, count ) )
          return false;
        if ( static_cast<qint64>( count ) * coordinateSize * 8 > mData.size() - mPos )
          return false;
        return readCoordinates( count, coordinateSize, littleEndian, box, any );
      }

      bool readCoordinates( quint32 count, int coordinateSize, bool littleEndian, QRectF &box, bool &any )
      {
        for ( quint32 i = 0; i < count; ++i )
        {
          double x = 0;
          double y = 0;
          if ( !readDouble( littleEndian, x ) || !readDouble( littleEndian, y ) )
            return false;
          for ( int extra = 2; extra < coordinateSize; ++extra )
          {
            double ignored;
            if ( !readDouble( littleEndian, ignored ) )
              return false;
          }

          // An empty point is written as NaN coordinates.
          if ( std::isnan( x ) || std::isnan( y ) )
            continue;
          if ( !any )
          {
            box = QRectF( QPointF( x, y ), QPointF( x, y ) );
            any = true;
          }
          else
          {
            box.setLeft( std::min( box.left(), x ) );
            box.setRight( std::max( box.right(), x ) );
            box.setTop( std::min( box.top(), y ) );
            box.setBottom( std::max( box.bottom(), y ) );
          }
        }
        return true;
      }

      const QByteArray &mData;
      int mPos = 0;
  };
}

QByteArray GwWkb::point( const QPointF &p )
{
  QByteArray out;
  appendHeader( out, Type::Point );
  appendDouble( out, p.x() );
  appendDouble( out, p.y() );
  return out;
}

QByteArray GwWkb::lineString( const Ring &points )
{
  QByteArray out;
  appendHeader( out, Type::LineString );
  appendPoints( out, points, false );
  return out;
}

QByteArray GwWkb::polygon( const Polygon &rings )
{
  QByteArray out;
  appendHeader( out, Type::Polygon );
  appendPolygonBody( out, rings );
  return out;
}

QByteArray GwWkb::multiPolygon( const QVector<Polygon> &polygons )
{
  QByteArray out;
  appendHeader( out, Type::MultiPolygon );
  appendUInt32( out, static_cast<quint32>( polygons.size() ) );
  for ( const Polygon &polygon : polygons )
  {
    appendHeader( out, Type::Polygon );
    appendPolygonBody( out, polygon );
  }
  return out;
}

GwWkb::Type GwWkb::type( const QByteArray &wkb )
{
  Reader reader( wkb );
  bool littleEndian = false;
  quint32 rawType = 0;
  if ( !reader.readHeader( littleEndian, rawType ) )
    return Type::Unknown;
  const quint32 baseType = rawType % 1000;
  if ( baseType < 1 || baseType > 7 )
    return Type::Unknown;
  return static_cast<Type>( baseType );
}

bool GwWkb::envelope( const QByteArray &wkb, QRectF &envelope )
{
  Reader reader( wkb );
  QRectF box;
  bool any = false;
  if ( !reader.readGeometry( box, any ) || !any )
    return false;
  envelope = box;
  return true;
}

bool GwWkb::readPoint( const QByteArray &wkb, QPointF &point )
{
  if ( type( wkb ) != Type::Point )
    return false;
  QRectF box;
  if ( !envelope( wkb, box ) )
    return false;
  point = box.topLeft();
  return true;
}
