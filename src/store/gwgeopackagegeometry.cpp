// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwgeopackagegeometry.h"

#include "gwwkb.h"

#include <QtEndian>

#include <cstring>

namespace
{
  void appendLittleEndian( QByteArray &out, double value )
  {
    quint64 bits;
    std::memcpy( &bits, &value, sizeof( bits ) );
    bits = qToLittleEndian( bits );
    out.append( reinterpret_cast<const char *>( &bits ), sizeof( bits ) );
  }

  int envelopeSize( int indicator )
  {
    switch ( indicator )
    {
      case 0:
        return 0;
      case 1:
        return 32;
      case 2:
      case 3:
        return 48;
      case 4:
        return 64;
      default:
        return -1;
    }
  }
}

QByteArray GwGeoPackageGeometry::fromWkb( const QByteArray &wkb, int srsId )
{
  if ( GwWkb::type( wkb ) == GwWkb::Type::Unknown )
    return QByteArray();

  QRectF box;
  const bool hasEnvelope = GwWkb::envelope( wkb, box );

  // Flags: bit 0 little-endian header values, bits 1-3 envelope kind (1 = XY), bit 4 empty.
  quint8 flags = 0x01;
  if ( hasEnvelope )
    flags |= 0x02;
  else
    flags |= 0x10;

  QByteArray out;
  out.reserve( 8 + ( hasEnvelope ? 32 : 0 ) + wkb.size() );
  out.append( 'G' );
  out.append( 'P' );
  out.append( char( 0 ) ); // version 1.0 of the blob format
  out.append( static_cast<char>( flags ) );
  const qint32 srs = qToLittleEndian( static_cast<qint32>( srsId ) );
  out.append( reinterpret_cast<const char *>( &srs ), sizeof( srs ) );
  if ( hasEnvelope )
  {
    appendLittleEndian( out, box.left() );
    appendLittleEndian( out, box.right() );
    appendLittleEndian( out, box.top() );
    appendLittleEndian( out, box.bottom() );
  }
  out.append( wkb );
  return out;
}

QByteArray GwGeoPackageGeometry::toWkb( const QByteArray &blob )
{
  if ( blob.size() < 8 || blob.at( 0 ) != 'G' || blob.at( 1 ) != 'P' )
    return QByteArray();

  const int indicator = ( static_cast<quint8>( blob.at( 3 ) ) >> 1 ) & 0x07;
  const int size = envelopeSize( indicator );
  if ( size < 0 || blob.size() < 8 + size )
    return QByteArray();
  return blob.mid( 8 + size );
}
