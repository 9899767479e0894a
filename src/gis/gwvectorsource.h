// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <qgswkbtypes.h>

#include <memory>

class QgsVectorLayer;

/**
 * A vector file opened through OGR, listed as the layers QGIS's "ogr" provider can read.
 *
 * A GeoJSON file that contains a top-level array of features, without the FeatureCollection
 * around them (the DataV.GeoAtlas layout), is rewrapped into a FeatureCollection in GDAL's
 * in-memory file system, because GDAL's GeoJSON driver does not recognise the bare array.
 * The in-memory copy lives as long as this object, so read the layers before destroying it.
 *
 * Text encoding: GDAL converts a shapefile's text to UTF-8 from the code page that its .cpg
 * file or, without one, the code-page byte (LDID) of its .dbf header declares. A shapefile
 * that declares neither is read as UTF-8, unless setEncoding() names the encoding, which
 * then overrides any declaration. Chinese shapefiles are usually GBK (code page 936).
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
      //! GDAL driver short name, such as "ESRI Shapefile" or "GeoJSON".
      QString driverName;
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

    /**
     * Sets the text encoding of the source's attribute values, such as "GBK", for layers
     * opened with openLayer() afterwards. An empty \a encoding, the default, means the
     * encoding that the file declares, else UTF-8. Check the name with isSupportedEncoding().
     */
    void setEncoding( const QString &encoding ) { mEncoding = encoding; }

    //! Text encoding chosen with setEncoding(); empty when the file's declaration applies.
    QString encoding() const { return mEncoding; }

    /**
     * Returns the text encoding that the file of \a layer declares: for a shapefile, the
     * code page of its .cpg file or, without one, of its .dbf header's LDID byte, as QGIS
     * names it (such as "CP936" for LDID 0x4D). Returns an empty string when the layer is not
     * a shapefile or its shapefile declares no code page.
     */
    QString declaredEncoding( const Layer &layer ) const;

    /**
     * Opens \a layer with QGIS's "ogr" provider and applies the encoding() chosen with
     * setEncoding(). Returns nullptr and sets \a error when the layer cannot be read.
     * Sets \a encodingProblem, when given, if the chosen encoding was not applied, because
     * the format stores UTF-8 by definition (OSM, GeoJSON, GeoPackage). The message names
     * the file, not the layer, because it applies to every layer of the source.
     */
    std::unique_ptr<QgsVectorLayer> openLayer( const Layer &layer, QString *error, QString *encodingProblem = nullptr ) const;

    /**
     * Reads the values of the field \a fieldName of every feature of \a layer, decoded
     * as openLayer() decodes them; NULL values are left out. Returns an empty list and
     * sets \a error when the layer cannot be read or has no such field.
     */
    QStringList readTextValues( const Layer &layer, const QString &fieldName, QString *error ) const;

    /**
     * Returns whether QGIS can decode text in the encoding \a name, ignoring case,
     * such as "GBK", "GB18030", "CP936" or "UTF-8".
     */
    static bool isSupportedEncoding( const QString &name );

    /**
     * Returns whether \a text contains U+FFFD, the replacement character that QGIS
     * puts in place of each byte sequence that is invalid in the encoding it decodes with.
     * Undeclared GBK text read as UTF-8 shows up this way.
     */
    static bool hasUndecodableText( const QString &text );

  private:
    GwVectorSource() = default;

    bool rewrapFeatureArray( QString *error );

    QString mPath;
    //! /vsimem/ path of the rewrapped FeatureCollection; empty when the file is read as it is.
    QString mMemoryPath;
    QString mEncoding;
    bool mIsOsm = false;
    QList<Layer> mLayers;
};
