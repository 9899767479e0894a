// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwsourcecrs.h"

#include "gwchinaoffset.h"

#include <qgscoordinatetransformcontext.h>
#include <qgsexception.h>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

namespace
{
  // Codes of one Gauss–Krüger family lie within a few dozen of each other: with and without
  // the zone prefix are 21 apart in EPSG:4513–4554 (CGCS2000), 2349–2390 (Xian 1980) and
  // 2401–2442 (Beijing 1954), and 11 apart in the 6-degree families.
  constexpr int SuggestionSearchRadius = 64;

  constexpr double FalseEastingWithoutPrefix = 500000.0;
  constexpr double ZoneWidth = 1000000.0;

  QgsCoordinateReferenceSystem wgs84()
  {
    return QgsCoordinateReferenceSystem::fromEpsgId( 4326 );
  }

  //! Returns the parameters of a PROJ string such as "+proj=tmerc +lon_0=117 +x_0=500000" by name.
  QHash<QString, QString> projParameters( const QgsCoordinateReferenceSystem &crs )
  {
    QHash<QString, QString> parameters;
    const QStringList tokens = crs.toProj().split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
    for ( const QString &token : tokens )
    {
      if ( !token.startsWith( QLatin1Char( '+' ) ) )
        continue;
      const int equals = token.indexOf( QLatin1Char( '=' ) );
      if ( equals < 0 )
        parameters.insert( token.mid( 1 ), QString() );
      else
        parameters.insert( token.mid( 1, equals - 1 ), token.mid( equals + 1 ) );
    }
    return parameters;
  }

  //! Zone prefix of a transverse Mercator false easting, 0 for none, -1 when it is neither form.
  int zoneOfFalseEasting( double falseEasting )
  {
    if ( falseEasting == FalseEastingWithoutPrefix )
      return 0;
    const double zone = ( falseEasting - FalseEastingWithoutPrefix ) / ZoneWidth;
    if ( zone >= 1 && zone <= 60 && zone == std::floor( zone ) )
      return static_cast<int>( zone );
    return -1;
  }

  /**
   * Returns the part of a CRS name before its zone or central meridian, e.g.
   * "CGCS2000 / 3-degree Gauss-Kruger" for "CGCS2000 / 3-degree Gauss-Kruger zone 39".
   */
  QString familyName( const QgsCoordinateReferenceSystem &crs )
  {
    const QString name = crs.description();
    const int cut = std::max( name.lastIndexOf( QLatin1String( " zone " ) ), name.lastIndexOf( QLatin1String( " CM " ) ) );
    return cut > 0 ? name.left( cut ) : name;
  }

  /**
   * Searches EPSG codes near \a code for a transverse Mercator CRS that equals \a crs in
   * every PROJ parameter except the false easting, which must be \a falseEasting.
   * When \a sameMeridian is false, the central meridian may differ as well.
   * A CRS of the same family (3-degree or 6-degree zones) wins, because a 6-degree
   * CRS can share its projection with a 3-degree one, e.g. EPSG:4509 and EPSG:4548.
   * Returns 0 when none is found.
   */
  long findSiblingCode( long code, const QgsCoordinateReferenceSystem &crs, double falseEasting, bool sameMeridian )
  {
    QHash<QString, QString> expectedParameters = projParameters( crs );
    expectedParameters.remove( QStringLiteral( "x_0" ) );
    if ( !sameMeridian )
      expectedParameters.remove( QStringLiteral( "lon_0" ) );
    const QString family = familyName( crs );

    long found = 0;
    for ( long candidate = code - SuggestionSearchRadius; candidate <= code + SuggestionSearchRadius; ++candidate )
    {
      if ( candidate == code || candidate <= 0 )
        continue;
      const QgsCoordinateReferenceSystem other = QgsCoordinateReferenceSystem::fromEpsgId( candidate );
      if ( !other.isValid() )
        continue;
      QHash<QString, QString> parameters = projParameters( other );
      if ( parameters.value( QStringLiteral( "x_0" ) ).toDouble() != falseEasting )
        continue;
      parameters.remove( QStringLiteral( "x_0" ) );
      if ( !sameMeridian )
        parameters.remove( QStringLiteral( "lon_0" ) );
      if ( parameters != expectedParameters )
        continue;
      if ( familyName( other ) == family )
        return candidate;
      if ( found == 0 )
        found = candidate;
    }
    return found;
  }

  bool isUsableLonLat( double lon, double lat )
  {
    return std::isfinite( lon ) && std::isfinite( lat ) && std::fabs( lon ) <= 180.0 && std::fabs( lat ) <= 90.0;
  }

  QString formatEasting( double easting )
  {
    return QString::number( easting, 'f', 2 );
  }
}

GwSourceCrs::GwSourceCrs( Kind kind, const QString &choice, const QgsCoordinateReferenceSystem &crs )
  : mKind( kind )
  , mChoice( choice )
  , mCrs( crs )
  , mTransform( crs, wgs84(), QgsCoordinateTransformContext() )
{
}

GwSourceCrs GwSourceCrs::fromChoice( const QString &choice, QString *error )
{
  const QString key = choice.trimmed().toLower();
  if ( key == QLatin1String( "wgs84" ) )
    return GwSourceCrs( Kind::Wgs84, key, wgs84() );
  if ( key == QLatin1String( "cgcs2000" ) )
    return GwSourceCrs( Kind::Cgcs2000, key, QgsCoordinateReferenceSystem::fromEpsgId( 4490 ) );
  if ( key == QLatin1String( "gcj02" ) )
    return GwSourceCrs( Kind::Gcj02, key, wgs84() );
  if ( key == QLatin1String( "bd09" ) )
    return GwSourceCrs( Kind::Bd09, key, wgs84() );

  static const QRegularExpression epsgPattern( QStringLiteral( "^epsg:(\\d{4,6})$" ) );
  const QRegularExpressionMatch match = epsgPattern.match( key );
  if ( !match.hasMatch() )
  {
    if ( error )
      *error = tr( "Invalid source coordinate system \"%1\". Use one of: %2." )
                 .arg( choice, supportedChoices().join( QStringLiteral( ", " ) ) );
    return GwSourceCrs();
  }

  const long code = match.captured( 1 ).toLong();
  const QgsCoordinateReferenceSystem crs = QgsCoordinateReferenceSystem::fromEpsgId( code );
  if ( !crs.isValid() )
  {
    if ( error )
      *error = tr( "Source coordinate system EPSG:%1 not found in the PROJ database." ).arg( code );
    return GwSourceCrs();
  }
  return GwSourceCrs( Kind::Epsg, QStringLiteral( "EPSG:%1" ).arg( code ), crs );
}

QStringList GwSourceCrs::supportedChoices()
{
  return { QStringLiteral( "wgs84" ), QStringLiteral( "cgcs2000" ), QStringLiteral( "gcj02" ), QStringLiteral( "bd09" ),
           QStringLiteral( "EPSG:<code>" ) };
}

bool GwSourceCrs::checkExtent( const QgsRectangle &sourceExtent, QString *error ) const
{
  if ( !isValid() )
  {
    if ( error )
      *error = tr( "No valid source coordinate system chosen." );
    return false;
  }
  if ( sourceExtent.isNull() )
    return true;

  if ( mKind == Kind::Epsg && !checkZonePrefix( sourceExtent, error ) )
    return false;

  // Corners only: enough to catch data that land far from where the CRS is used.
  const QVector<QgsPointXY> corners = { QgsPointXY( sourceExtent.xMinimum(), sourceExtent.yMinimum() ),
                                        QgsPointXY( sourceExtent.xMaximum(), sourceExtent.yMaximum() ) };
  QgsRectangle lonLatExtent;
  lonLatExtent.setMinimal();
  for ( const QgsPointXY &corner : corners )
  {
    bool ok = false;
    const QgsPointXY lonLat = transformToWgs84( corner, &ok );
    if ( !ok )
    {
      if ( error )
        *error = tr( "Coordinates %1, %2 are invalid in %3: they do not transform to a longitude and latitude. "
                     "Check the source coordinate system." )
                   .arg( corner.x(), 0, 'f', 2 )
                   .arg( corner.y(), 0, 'f', 2 )
                   .arg( mChoice );
      return false;
    }
    lonLatExtent.combineExtentWith( lonLat );
  }

  // NOTE: bounds() is the area of use from the PROJ database; for EPSG:4326 it is the world.
  const QgsRectangle areaOfUse = mCrs.bounds();
  if ( !areaOfUse.isNull() && !areaOfUse.intersects( lonLatExtent ) )
  {
    if ( error )
      *error = tr( "The data lie at longitude %1 to %2, latitude %3 to %4, outside the area where %5 is used. "
                   "Check the source coordinate system." )
                 .arg( lonLatExtent.xMinimum(), 0, 'f', 4 )
                 .arg( lonLatExtent.xMaximum(), 0, 'f', 4 )
                 .arg( lonLatExtent.yMinimum(), 0, 'f', 4 )
                 .arg( lonLatExtent.yMaximum(), 0, 'f', 4 )
                 .arg( mChoice );
    return false;
  }
  return true;
}

bool GwSourceCrs::checkZonePrefix( const QgsRectangle &sourceExtent, QString *error ) const
{
  const QHash<QString, QString> parameters = projParameters( mCrs );
  if ( parameters.value( QStringLiteral( "proj" ) ) != QLatin1String( "tmerc" ) )
    return true;
  const int crsZone = zoneOfFalseEasting( parameters.value( QStringLiteral( "x_0" ) ).toDouble() );
  if ( crsZone < 0 )
    return true;

  const long code = mChoice.mid( 5 ).toLong();
  for ( const double easting : { sourceExtent.xMinimum(), sourceExtent.xMaximum() } )
  {
    // Inside a zone the easting without prefix stays between 0 and 1,000,000 m.
    const int dataZone = easting >= ZoneWidth ? static_cast<int>( std::floor( easting / ZoneWidth ) ) : 0;
    if ( easting < 0 || dataZone == crsZone )
      continue;

    QString message;
    if ( crsZone == 0 )
    {
      const long sibling = findSiblingCode( code, mCrs, dataZone * ZoneWidth + FalseEastingWithoutPrefix, false );
      message = sibling > 0 ? tr( "Eastings like %1 carry zone prefix %2; use EPSG:%3 instead of %4." )
                                .arg( formatEasting( easting ) )
                                .arg( dataZone )
                                .arg( sibling )
                                .arg( mChoice )
                            : tr( "Eastings like %1 carry zone prefix %2, but %3 expects eastings without a zone prefix; "
                                  "choose the coordinate system of zone %2." )
                                .arg( formatEasting( easting ) )
                                .arg( dataZone )
                                .arg( mChoice );
    }
    else if ( dataZone == 0 )
    {
      const long sibling = findSiblingCode( code, mCrs, FalseEastingWithoutPrefix, true );
      message = sibling > 0 ? tr( "Eastings like %1 have no zone prefix, but %2 expects prefix %3; use EPSG:%4 instead of %2." )
                                .arg( formatEasting( easting ), mChoice )
                                .arg( crsZone )
                                .arg( sibling )
                            : tr( "Eastings like %1 have no zone prefix, but %2 expects prefix %3; "
                                  "choose the coordinate system without zone prefix for this central meridian." )
                                .arg( formatEasting( easting ), mChoice )
                                .arg( crsZone );
    }
    else
    {
      const long sibling = findSiblingCode( code, mCrs, dataZone * ZoneWidth + FalseEastingWithoutPrefix, false );
      message = sibling > 0 ? tr( "Eastings like %1 carry zone prefix %2, but %3 is zone %4; use EPSG:%5 instead of %3." )
                                .arg( formatEasting( easting ) )
                                .arg( dataZone )
                                .arg( mChoice )
                                .arg( crsZone )
                                .arg( sibling )
                            : tr( "Eastings like %1 carry zone prefix %2, but %3 is zone %4; "
                                  "choose the coordinate system of zone %2." )
                                .arg( formatEasting( easting ) )
                                .arg( dataZone )
                                .arg( mChoice )
                                .arg( crsZone );
    }
    if ( error )
      *error = message;
    return false;
  }
  return true;
}

QgsPointXY GwSourceCrs::transformToWgs84( const QgsPointXY &point, bool *ok ) const
{
  QgsPointXY result;
  bool success = false;
  switch ( mKind )
  {
    case Kind::Invalid:
      break;
    case Kind::Gcj02:
      result = QgsPointXY( GwChinaOffset::gcj02ToWgs84( QPointF( point.x(), point.y() ) ) );
      success = true;
      break;
    case Kind::Bd09:
      result = QgsPointXY( GwChinaOffset::bd09ToWgs84( QPointF( point.x(), point.y() ) ) );
      success = true;
      break;
    case Kind::Wgs84:
    case Kind::Cgcs2000:
    case Kind::Epsg:
      try
      {
        result = mTransform.transform( point );
        success = true;
      }
      catch ( const QgsCsException & )
      {
        success = false;
      }
      break;
  }

  success = success && isUsableLonLat( result.x(), result.y() );
  if ( ok )
    *ok = success;
  return result;
}

bool GwSourceCrs::transformToWgs84( QgsGeometry &geometry, QString *error ) const
{
  switch ( mKind )
  {
    case Kind::Invalid:
      if ( error )
        *error = tr( "No valid source coordinate system chosen." );
      return false;
    case Kind::Gcj02:
      geometry.transformVertices( []( const QgsPoint &point ) {
        const QPointF lonLat = GwChinaOffset::gcj02ToWgs84( QPointF( point.x(), point.y() ) );
        return QgsPoint( lonLat.x(), lonLat.y() );
      } );
      break;
    case Kind::Bd09:
      geometry.transformVertices( []( const QgsPoint &point ) {
        const QPointF lonLat = GwChinaOffset::bd09ToWgs84( QPointF( point.x(), point.y() ) );
        return QgsPoint( lonLat.x(), lonLat.y() );
      } );
      break;
    case Kind::Wgs84:
    case Kind::Cgcs2000:
    case Kind::Epsg:
      try
      {
        if ( geometry.transform( mTransform ) != Qgis::GeometryOperationResult::Success )
        {
          if ( error )
            *error = tr( "Transforming from %1 to WGS84 failed." ).arg( mChoice );
          return false;
        }
      }
      catch ( const QgsCsException &exception )
      {
        if ( error )
          *error = tr( "Transforming from %1 to WGS84 failed: %2" ).arg( mChoice, exception.what() );
        return false;
      }
      break;
  }

  QgsVertexIterator vertices = geometry.vertices();
  while ( vertices.hasNext() )
  {
    const QgsPoint vertex = vertices.next();
    if ( !isUsableLonLat( vertex.x(), vertex.y() ) )
    {
      if ( error )
        *error = tr( "Transforming from %1 gave an invalid longitude/latitude %2, %3." )
                   .arg( mChoice )
                   .arg( vertex.x() )
                   .arg( vertex.y() );
      return false;
    }
  }
  return true;
}
