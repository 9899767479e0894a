// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwlayercatalog.h"
#include "gwstore.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <memory>

class QgsMapLayer;
class QgsProject;
class QgsVectorLayer;

/**
 * One data file opened for drawing: its store, and the catalog's styled layers in
 * a QgsProject that this object owns together with the layers.
 *
 * The map CRS is the CGCS2000 3-degree Gauss–Krüger zone without zone prefix whose
 * central meridian is nearest the data's centre (see gaussKrugerEpsg()), so that
 * distances and shapes on the wall are true to scale.
 */
class GwMapProject
{
    Q_DECLARE_TR_FUNCTIONS( GwMapProject )

  public:
    GwMapProject();
    ~GwMapProject();

    /**
     * Opens the data file \a path and creates the catalog's layers on it.
     *
     * Returns false and sets \a error to a translated message naming the file when it
     * cannot be opened as a GridWall data file, the catalog or styles are not found,
     * no layer could be created or the file contains nothing to draw. Layer problems
     * that leave the others usable are appended to \a warnings.
     */
    bool open( const QString &path, QString *error, QStringList *warnings );

    //! Returns the open store, or nullptr before a successful open().
    GwStore *store() const { return mStore.get(); }

    QgsProject *project() const { return mProject.get(); }

    const GwLayerCatalog &catalog() const { return mCatalog; }

    //! Returns the map CRS, a CGCS2000 Gauss–Krüger zone (see gaussKrugerEpsg()).
    QgsCoordinateReferenceSystem destinationCrs() const { return mDestinationCrs; }

    //! Returns the visible layers, top layer first as QgsMapSettings::setLayers() expects.
    QList<QgsMapLayer *> renderLayers() const;

    /**
     * Returns the visible layers that draw at map scale \a scale (a scale denominator),
     * top layer first, and switches each layer's labels on only where its label scale
     * range contains \a scale.
     *
     * QGIS 3.22 reuses its label cache only while the layers with labels enabled are
     * exactly those that placed labels in the cached render. A layer out of its scale
     * range, or with labels enabled but out of their range, places none, so every
     * render would drop the cache and redraw all labelled layers. With this list, a
     * change to a live layer without labels at the current scale redraws that layer alone.
     *
     * NOTE: labels are switched on the shared layers, so windows of one wall that show
     * different scales work against each other's label cache.
     */
    QList<QgsMapLayer *> renderLayers( double scale );

    //! Returns the layer drawn from \a table, or nullptr when the catalog has none.
    QgsVectorLayer *layerForTable( const QString &table ) const;

    //! Returns the layer created for the catalog definition \a id, or nullptr.
    QgsVectorLayer *layerForDefinition( const QString &id ) const;

    /**
     * Returns the extent to show by default, in the map CRS: the grids, or for a file
     * without grids (such as an OSM import) the roads and buildings.
     */
    QgsRectangle defaultExtent() const;

    //! Returns the extent of the layer with definition \a id in the map CRS; null when unknown or empty.
    QgsRectangle layerExtent( const QString &id ) const;

    //! Returns \a lonLat (EPSG:4326, x = longitude) transformed to the map CRS.
    QgsRectangle extentFromLonLat( const QRectF &lonLat ) const;

    /**
     * Returns the EPSG code of the CGCS2000 3-degree Gauss–Krüger CRS without zone
     * prefix whose central meridian is nearest \a longitude (degrees east):
     * 4534 + (CM − 75) / 3 with CM = 3 · round(longitude / 3), for example 4546 for
     * 111.88° (CM 111°E). Longitudes outside the EPSG range of these CRSs (CM 75°E to
     * 135°E, EPSG:4534 to EPSG:4554) return the nearest end of the range.
     */
    static int gaussKrugerEpsg( double longitude );

  private:
    QgsRectangle extentOfTables( const QStringList &tables ) const;

    std::unique_ptr<GwStore> mStore;
    std::unique_ptr<QgsProject> mProject;
    GwLayerCatalog mCatalog;
    QgsCoordinateReferenceSystem mDestinationCrs;
    QString mPath;
    //! Ids of the layers whose style file enables labels.
    QSet<QString> mLabelledLayerIds;
};
