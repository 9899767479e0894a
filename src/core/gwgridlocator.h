// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

//! A grid's boundary in WGS84 lon/lat; the first ring is the outer ring, the others holes.
struct GwGridPolygon
{
  QString code;
  QVector<QVector<QPointF>> rings;
};

//! Result of GwGridLocator::locate().
struct GwGridLocation
{
  //! Grid code, empty when the point lies in no grid and no grid is within the tolerance.
  QString gridCode;
  //! The point lies outside every grid and was given to the nearest one.
  bool inGap = false;
  //! Distance in metres from the point to the grid it was given to when inGap is set.
  double gapMetres = 0;
};

/**
 * Assigns points to grids so that every point belongs to at most one grid.
 *
 * Rule for a point on a boundary shared by several grids: it goes to the grid whose code
 * sorts first (QString comparison), so the result never depends on the order the grids
 * were loaded in. A point in a sliver between grids goes to the nearest grid within the
 * gap tolerance and is flagged as in a gap, so a data fault is visible instead of silent.
 */
class GwGridLocator
{
  public:
    //! \a gapToleranceMetres is the largest distance at which a point outside every grid is
    //! still given to the nearest one.
    explicit GwGridLocator( const QVector<GwGridPolygon> &grids, double gapToleranceMetres = 50 );

    //! Builds grid polygons from WKB POLYGON or MULTIPOLYGON geometries in lon/lat; a
    //! multipolygon contributes one entry per part under the same code. Geometries that
    //! cannot be decoded are skipped.
    static QVector<GwGridPolygon> fromWkb( const QVector<QPair<QString, QByteArray>> &codeAndWkb );

    //! Strictly inside → that grid. On a shared edge → the grid whose code sorts first (fixed,
    //! documented rule). In a gap → nearest grid within tolerance, inGap = true. Else empty code.
    GwGridLocation locate( const QPointF &lonLat ) const;

    //! Bounding box of all grids in lon/lat; a null rectangle when there are none.
    QRectF extent() const;

  private:
    //! Grids sorted by code, so the first match of a scan is the one the rule picks.
    QVector<GwGridPolygon> mGrids;
    //! Bounding box of each entry of mGrids, in lon/lat.
    QVector<QRectF> mBounds;
    double mGapToleranceMetres = 50;
    QRectF mExtent;
};
