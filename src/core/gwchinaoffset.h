// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointF>

/**
 * Conversions between WGS84 and the two offset coordinate systems of Chinese web maps.
 *
 * GCJ-02 is WGS84 shifted by a nonlinear offset of up to several hundred metres (Gaode,
 * Tencent and Google China basemaps use it). BD-09 is GCJ-02 shifted once more (Baidu).
 * Neither has an EPSG code, so these functions stand in for a PROJ transformation.
 *
 * Every point is longitude/latitude in decimal degrees: x = longitude, y = latitude.
 * CGCS2000 and WGS84 differ by centimetres and are treated as the same here.
 *
 * Outside the rectangle of isOutsideChina() every function returns its input unchanged,
 * because the published offset is not applied there.
 * NOTE: the BD-09 functions follow the same rule. Baidu's own handling of foreign
 * points has not been checked.
 */
namespace GwChinaOffset
{
  //! Converts a WGS84 point to GCJ-02.
  QPointF wgs84ToGcj02( const QPointF &lonLat );

  /**
   * Converts a GCJ-02 point to WGS84.
   * The offset has no closed-form inverse, so this iterates until the forward
   * conversion of the result lies within 1e-9 degrees (about 0.1 mm) of \a lonLat.
   */
  QPointF gcj02ToWgs84( const QPointF &lonLat );

  //! Converts a GCJ-02 point to BD-09, using x_pi = pi * 3000 / 180 as Baidu does.
  QPointF gcj02ToBd09( const QPointF &lonLat );

  /**
   * Converts a BD-09 point to GCJ-02.
   * Iterates like gcj02ToWgs84(), so that a round trip through gcj02ToBd09() returns the
   * start point to within 1e-9 degrees.
   */
  QPointF bd09ToGcj02( const QPointF &lonLat );

  //! Converts a WGS84 point to BD-09 through GCJ-02.
  QPointF wgs84ToBd09( const QPointF &lonLat );

  //! Converts a BD-09 point to WGS84 through GCJ-02.
  QPointF bd09ToWgs84( const QPointF &lonLat );

  /**
   * Returns whether \a lonLat lies outside the rectangle, longitude 72.004 to 137.8347
   * and latitude 0.8293 to 55.8271, where the GCJ-02 offset is applied.
   * The rectangle is coarse: parts of neighbouring countries lie inside it.
   */
  bool isOutsideChina( const QPointF &lonLat );
}
