// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwstore.h"

#include <QWidget>

#include <qgsrectangle.h>

class GwMapProject;
class GwStatusStrip;
class GwTitleBar;
class QgsLayerTreeModel;
class QgsLayerTreeView;
class QgsMapCanvas;

/**
 * One frameless, dark window of the video wall: title strip with clock, map canvas,
 * legend and status strip.
 *
 * Font sizes follow the window height so that a 2160-pixel-high window on a 4K wall
 * reads from across the room as well as a 1080-pixel one. The map draws the layers
 * of a GwMapProject shared by every window of the wall.
 */
class GwWallWindow : public QWidget
{
    Q_OBJECT

  public:
    /**
     * Creates a window named \a name for a region of \a regionSize pixels, drawing
     * \a project (which must outlive the window) and showing \a extent (map CRS).
     */
    GwWallWindow( const QString &name, const QSize &regionSize, GwMapProject *project, const QgsRectangle &extent, const QString &title, QWidget *parent = nullptr );

    QString name() const { return objectName(); }

    QgsMapCanvas *canvas() const { return mCanvas; }

    /**
     * Sets the map to the window's extent and starts a render. The window also calls
     * it whenever the canvas is resized, because the wall has no panning or zooming.
     */
    void showExtent();

    //! Updates the status strip.
    void setSummary( const GwStatusSummary &summary );

    //! Sets the canvas layers from the project's visible layers.
    void updateLayers();

  protected:
    bool eventFilter( QObject *watched, QEvent *event ) override;

  private:
    GwMapProject *mProject = nullptr;
    QgsRectangle mExtent;
    GwTitleBar *mTitleBar = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
    QgsLayerTreeModel *mLegendModel = nullptr;
    QgsLayerTreeView *mLegend = nullptr;
    GwStatusStrip *mStatusStrip = nullptr;
};
