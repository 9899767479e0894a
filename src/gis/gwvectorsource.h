// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <qgswkbtypes.h>

#include <memory>

/**
 * A vector file opened through OGR, listed as the layers QGIS's "ogr" provider can read.
 *
 * A GeoJSON file that contains a top-level array of features, without the FeatureCollection
 * around them (the DataV.GeoAtlas layout), is rewrapped into a FeatureCollection in GDAL's
 * in-memory file system, because GDAL's GeoJSON driver does not recognise the bare array.
 * The in-memory copy lives as long as this object, so read the layers before destroying it.
 */
class GwVectorSource
{
    Q_DECLARE_TR_FUNCTIONS( GwVectorSource )

  public:
    //! One readable layer: open it with QgsVectorLayer( uri, name, "ogr" ).
    struct Layer
    {
      QString name;
      QString uri;
      QgsWkbTypes::Type wkbType = QgsWkbTypes::Unknown;
      //! Number of features, or a negative number when the driver cannot tell without reading.
      long long featureCount = -1;
    };

    ~GwVectorSource();

    /**
     * Opens the vector file at \a path and lists its layers.
     * Returns nullptr and sets \a error when the file is missing, unreadable, or has no vector layer.
     */
    static std::unique_ptr<GwVectorSource> open( const QString &path, QString *error );

    //! Path the source was opened with.
    QString path() const { return mPath; }

    //! Whether GDAL's OSM driver reads the file (.osm XML or .pbf).
    bool isOsm() const { return mIsOsm; }

    //! Whether the file was a bare GeoJSON feature array, read through a rewrapped in-memory copy.
    bool isRewrappedFeatureArray() const { return !mMemoryPath.isEmpty(); }

    QList<Layer> layers() const { return mLayers; }

  private:
    GwVectorSource() = default;

    bool rewrapFeatureArray( QString *error );

    QString mPath;
    //! /vsimem/ path of the rewrapped FeatureCollection; empty when the file is read as it is.
    QString mMemoryPath;
    bool mIsOsm = false;
    QList<Layer> mLayers;
};
