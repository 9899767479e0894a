// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRect>
#include <QRectF>
#include <QString>
#include <QVector>

//! A screen to check layouts against: its QScreen::name() and its geometry in virtual-desktop pixels.
struct GwScreenInfo
{
  QString name;
  QRect geometry;
};

//! One wall window of a layout, checked against the screens it was loaded for.
struct GwWallWindowSpec
{
  //! Window name, also the screenshot file name (letters, digits, '-' and '_').
  QString name;
  int screenIndex = 0;
  //! Window region in virtual-desktop pixels (screen offset already added).
  QRect geometry;
  //! Whether the region is the whole screen, so that the window may go full screen.
  bool coversScreen = true;
  //! Id of the layer whose extent to show; empty for the default or for extentLonLat.
  QString extentLayerId;
  //! Extent in EPSG:4326 (x = longitude, y = latitude); null when not given.
  QRectF extentLonLat;
};

/**
 * The wall windows to open, each with its screen, region and extent, as read from a
 * layout file:
 *
 * \code{.json}
 * {"windows": [{"name": "left", "screen": 0, "geometry": [0, 0, 1280, 2160], "extent": "grids"}]}
 * \endcode
 *
 * - `name` (required): unique; letters, digits, '-' and '_'.
 * - `screen` (required): index into the screen list or a QScreen::name().
 * - `geometry` (optional): [x, y, width, height] in the screen's own pixels, inside the
 *   screen; the whole screen when absent.
 * - `extent` (optional): a layer id, or [minLon, minLat, maxLon, maxLat] in degrees.
 *
 * Layer ids are only checked for their form here, because the catalog is loaded later.
 */
class GwWallLayout
{
    Q_DECLARE_TR_FUNCTIONS( GwWallLayout )

  public:
    /**
     * Parses the layout \a json read from \a fileName and checks it against \a screens.
     * Returns false and sets \a error to a translated message naming the file and the
     * window on invalid JSON, a missing, unknown or mistyped key, a screen that does
     * not exist or a region outside its screen. \a layout is unchanged then.
     */
    static bool parse( const QByteArray &json, const QString &fileName, const QVector<GwScreenInfo> &screens, GwWallLayout &layout, QString *error );

    //! Reads the file \a path and parses it, see parse().
    static bool load( const QString &path, const QVector<GwScreenInfo> &screens, GwWallLayout &layout, QString *error );

    //! Returns the default layout: one window named "wall" covering screen \a screenIndex.
    static GwWallLayout singleWindow( const QVector<GwScreenInfo> &screens, int screenIndex );

    QVector<GwWallWindowSpec> windows() const { return mWindows; }

  private:
    QVector<GwWallWindowSpec> mWindows;
};
