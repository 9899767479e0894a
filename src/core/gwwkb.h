// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QVector>

/**
 * Well-known binary (ISO/OGC simple features, 2D only) for the few geometry kinds
 * the domain writes without QGIS: points, line strings, polygons and multipolygons.
 *
 * Coordinates are x = longitude, y = latitude in degrees when the geometry is in the
 * store's EPSG:4326; the functions themselves do not care about the CRS.
 * Writers produce little-endian WKB; readers accept both byte orders.
 */
namespace GwWkb
{
  using Ring = QVector<QPointF>;
  using Polygon = QVector<Ring>;

  enum class Type : quint32
  {
    Unknown = 0,
    Point = 1,
    LineString = 2,
    Polygon = 3,
    MultiPoint = 4,
    MultiLineString = 5,
    MultiPolygon = 6,
    GeometryCollection = 7,
  };

  QByteArray point( const QPointF &p );
  QByteArray lineString( const Ring &points );

  //! Writes a polygon; each ring is closed if its last point differs from its first.
  QByteArray polygon( const Polygon &rings );
  QByteArray multiPolygon( const QVector<Polygon> &polygons );

  //! Returns the geometry type of \a wkb, or Type::Unknown when the header is unreadable.
  Type type( const QByteArray &wkb );

  /**
   * Computes the bounding box of every coordinate in \a wkb.
   * Returns false for truncated or unsupported input, and for empty geometries
   * (which have no envelope); \a envelope is untouched then.
   */
  bool envelope( const QByteArray &wkb, QRectF &envelope );

  //! Reads a point; returns false unless \a wkb is a non-empty 2D point.
  bool readPoint( const QByteArray &wkb, QPointF &point );
}
