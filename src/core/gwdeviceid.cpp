// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdeviceid.h"

namespace
{
  constexpr int ID_LENGTH = 20;
  constexpr int CIVIL_CODE_LENGTH = 8;

  bool isAsciiDigits( const QString &text )
  {
    for ( const QChar c : text )
    {
      if ( c < QLatin1Char( '0' ) || c > QLatin1Char( '9' ) )
        return false;
    }
    return true;
  }

  QString zeroPadded( int value, int width )
  {
    return QStringLiteral( "%1" ).arg( value, width, 10, QLatin1Char( '0' ) );
  }
}

bool GwDeviceId::isValid( const QString &id )
{
  return id.size() == ID_LENGTH && isAsciiDigits( id );
}

GwDeviceId::Parts GwDeviceId::parse( const QString &id )
{
  Parts parts;
  if ( id.size() != ID_LENGTH )
  {
    parts.error = tr( "The device ID %1 has %n character(s); a GB/T 28181 ID has 20 digits.", nullptr, id.size() ).arg( id );
    return parts;
  }
  if ( !isAsciiDigits( id ) )
  {
    parts.error = tr( "The device ID %1 is invalid: a GB/T 28181 ID has only the digits 0–9." ).arg( id );
    return parts;
  }

  parts.valid = true;
  parts.centreCode = id.left( 8 );
  parts.provinceCode = id.mid( 0, 2 );
  parts.cityCode = id.mid( 2, 2 );
  parts.districtCode = id.mid( 4, 2 );
  parts.grassRootsCode = id.mid( 6, 2 );
  parts.industry = id.mid( 8, 2 ).toInt();
  parts.type = id.mid( 10, 3 ).toInt();
  parts.network = id.mid( 13, 1 ).toInt();
  parts.serial = id.mid( 14, 6 ).toInt();
  return parts;
}

QString GwDeviceId::make( const QString &civilCode8, int industry, int type, int network, int serial )
{
  if ( civilCode8.size() != CIVIL_CODE_LENGTH || !isAsciiDigits( civilCode8 ) )
    return QString();
  if ( industry < 0 || industry > 99 || type < 0 || type > 999 || network < 0 || network > 9 || serial < 0 || serial > 999999 )
    return QString();

  return civilCode8 + zeroPadded( industry, 2 ) + zeroPadded( type, 3 ) + QString::number( network ) + zeroPadded( serial, 6 );
}

QString GwDeviceId::typeName( int type )
{
  switch ( type )
  {
    case Dvr:
      return tr( "Digital video recorder (DVR)" );
    case Nvr:
      return tr( "Network video recorder (NVR)" );
    case Camera:
      return tr( "Camera" );
    case IpCamera:
      return tr( "IP camera" );
    case CentreSignallingServer:
      return tr( "Centre signalling server" );
    case BusinessGroup:
      return tr( "Business group" );
    case VirtualOrganisation:
      return tr( "Virtual organisation" );
    default:
      break;
  }
  return QString();
}
