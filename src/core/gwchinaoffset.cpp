// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwchinaoffset.h"

#include <cmath>
#include <functional>

namespace
{
  constexpr double PI = 3.14159265358979323846;

  // GCJ-02 measures its offset on the Krasovsky 1940 ellipsoid.
  constexpr double SEMI_MAJOR_AXIS = 6378245.0;
  constexpr double ECCENTRICITY_SQUARED = 0.00669342162296594323;

  // Baidu scales by pi * 3000 / 180 rather than pi; with plain pi, points land about
  // 30 m away from Baidu's.
  constexpr double BAIDU_X_PI = PI * 3000.0 / 180.0;
  constexpr double BAIDU_SHIFT_LON = 0.0065;
  constexpr double BAIDU_SHIFT_LAT = 0.006;

  // Inverse conversions stop once the forward conversion of their result is this close
  // to the input (degrees; 1e-9 degrees is about 0.1 mm).
  constexpr double INVERSE_TOLERANCE_DEGREES = 1e-9;
  constexpr int INVERSE_MAX_ITERATIONS = 30;

  // Both shifts are in metres and depend on the distance in degrees from (105°E, 35°N):
  // a low-order polynomial plus sine waves of several wavelengths.
  double shortWaves( double dx )
  {
    return ( 20.0 * std::sin( 6.0 * PI * dx ) + 20.0 * std::sin( 2.0 * PI * dx ) ) * 2.0 / 3.0;
  }

  double mediumWaves( double t )
  {
    return ( 20.0 * std::sin( PI * t ) + 40.0 * std::sin( PI * t / 3.0 ) ) * 2.0 / 3.0;
  }

  double northShiftMetres( double dx, double dy )
  {
    const double polynomial = -100.0 + 2.0 * dx + 3.0 * dy + 0.2 * dy * dy + 0.1 * dx * dy
                              + 0.2 * std::sqrt( std::fabs( dx ) );
    const double longWaves = ( 160.0 * std::sin( PI * dy / 12.0 ) + 320.0 * std::sin( PI * dy / 30.0 ) ) * 2.0 / 3.0;
    return polynomial + shortWaves( dx ) + mediumWaves( dy ) + longWaves;
  }

  double eastShiftMetres( double dx, double dy )
  {
    const double polynomial = 300.0 + dx + 2.0 * dy + 0.1 * dx * dx + 0.1 * dx * dy
                              + 0.1 * std::sqrt( std::fabs( dx ) );
    const double longWaves = ( 150.0 * std::sin( PI * dx / 12.0 ) + 300.0 * std::sin( PI * dx / 30.0 ) ) * 2.0 / 3.0;
    return polynomial + shortWaves( dx ) + mediumWaves( dx ) + longWaves;
  }

  // Turns the metre shifts into degrees with the meridian and prime-vertical radii of
  // curvature at the point's latitude.
  QPointF gcj02Offset( const QPointF &lonLat )
  {
    const double dx = lonLat.x() - 105.0;
    const double dy = lonLat.y() - 35.0;

    const double latitude = lonLat.y() * PI / 180.0;
    const double sinLatitude = std::sin( latitude );
    const double w = 1.0 - ECCENTRICITY_SQUARED * sinLatitude * sinLatitude;
    const double meridianRadius = SEMI_MAJOR_AXIS * ( 1.0 - ECCENTRICITY_SQUARED ) / ( w * std::sqrt( w ) );
    const double primeVerticalRadius = SEMI_MAJOR_AXIS / std::sqrt( w );

    const double dLat = northShiftMetres( dx, dy ) * 180.0 / ( PI * meridianRadius );
    const double dLon = eastShiftMetres( dx, dy ) * 180.0 / ( PI * primeVerticalRadius * std::cos( latitude ) );
    return QPointF( dLon, dLat );
  }

  QPointF gcj02ToBd09Unchecked( const QPointF &gcj )
  {
    const double x = gcj.x();
    const double y = gcj.y();
    const double radius = std::sqrt( x * x + y * y ) + 0.00002 * std::sin( y * BAIDU_X_PI );
    const double angle = std::atan2( y, x ) + 0.000003 * std::cos( x * BAIDU_X_PI );
    return QPointF( radius * std::cos( angle ) + BAIDU_SHIFT_LON, radius * std::sin( angle ) + BAIDU_SHIFT_LAT );
  }

  // Inverts a forward conversion that moves points by a small, smooth offset. The
  // offset at the estimate is close to the offset at the solution, so subtracting it
  // repeatedly converges in a few steps.
  QPointF invertIteratively( const QPointF &target, const std::function<QPointF( const QPointF & )> &forward )
  {
    QPointF estimate = target;
    for ( int i = 0; i < INVERSE_MAX_ITERATIONS; ++i )
    {
      const QPointF error = forward( estimate ) - target;
      if ( std::fabs( error.x() ) < INVERSE_TOLERANCE_DEGREES && std::fabs( error.y() ) < INVERSE_TOLERANCE_DEGREES )
        break;
      estimate -= error;
    }
    return estimate;
  }
}

bool GwChinaOffset::isOutsideChina( const QPointF &lonLat )
{
  return lonLat.x() < 72.004 || lonLat.x() > 137.8347 || lonLat.y() < 0.8293 || lonLat.y() > 55.8271;
}

QPointF GwChinaOffset::wgs84ToGcj02( const QPointF &lonLat )
{
  if ( isOutsideChina( lonLat ) )
    return lonLat;

  return lonLat + gcj02Offset( lonLat );
}

QPointF GwChinaOffset::gcj02ToWgs84( const QPointF &lonLat )
{
  if ( isOutsideChina( lonLat ) )
    return lonLat;

  return invertIteratively( lonLat, []( const QPointF &wgs ) { return wgs + gcj02Offset( wgs ); } );
}

QPointF GwChinaOffset::gcj02ToBd09( const QPointF &lonLat )
{
  if ( isOutsideChina( lonLat ) )
    return lonLat;

  return gcj02ToBd09Unchecked( lonLat );
}

QPointF GwChinaOffset::bd09ToGcj02( const QPointF &lonLat )
{
  if ( isOutsideChina( lonLat ) )
    return lonLat;

  return invertIteratively( lonLat, gcj02ToBd09Unchecked );
}

QPointF GwChinaOffset::wgs84ToBd09( const QPointF &lonLat )
{
  return gcj02ToBd09( wgs84ToGcj02( lonLat ) );
}

QPointF GwChinaOffset::bd09ToWgs84( const QPointF &lonLat )
{
  return gcj02ToWgs84( bd09ToGcj02( lonLat ) );
}
