// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QgsFeedback;

//! Source, target, source CRS, place name and text encoding of one import.
struct GwImportOptions
{
  //! Vector file read through OGR: .osm or .pbf, Shapefile, GeoJSON, GeoPackage, …
  QString sourcePath;
  //! New GridWall data file; the import fails when something exists at this path.
  QString targetPath;
  //! Coordinate system of the source coordinates, one of GwOsmImporter::supportedSourceCrs().
  QString sourceCrs = QStringLiteral( "wgs84" );
  //! Place name shown in the wall's title, such as 贵溪市; empty means the source file's base name.
  QString placeName;
  /**
   * Text encoding of the source's attribute values, such as GBK for most Chinese shapefiles.
   * Empty means the encoding the file declares (a shapefile's .cpg or .dbf code page), else UTF-8.
   * Formats that are UTF-8 by definition (OSM, GeoJSON, GeoPackage) ignore it with a warning.
   */
  QString encoding;
};

//! Outcome of an import.
struct GwImportReport
{
  int roads = 0;
  int buildings = 0;
  //! Features left out because their geometry was empty, invalid or could not be transformed.
  int skipped = 0;
  //! Translated messages, one per skipped feature or ignored layer (capped, with a final count).
  QStringList warnings;
};

/**
 * Imports real roads and buildings into a new GridWall data file.
 *
 * The source is read with QGIS's "ogr" provider. From an OSM file (.osm, .pbf) the
 * importer takes the "lines" layer features tagged highway=* as roads and the
 * "multipolygons" layer features tagged building=* as buildings. From any other vector file
 * it takes line features as roads and polygon features as buildings.
 *
 * Geometries are transformed from the chosen source CRS to EPSG:4326 (see GwSourceCrs).
 * An invalid geometry is repaired with makeValid(). When still invalid or empty it is
 * skipped with a warning naming the feature id, and the import goes on.
 *
 * The data file is written as targetPath + ".partial" and renamed when complete, so a
 * failed or cancelled import leaves nothing at the target path.
 *
 * Text that is invalid in the encoding it is read with (see GwImportOptions::encoding) is
 * imported with U+FFFD replacement characters and a warning per layer that counts the
 * features affected and names the file. The usual cause is a GBK shapefile that declares no code page.
 */
class GwOsmImporter
{
    Q_DECLARE_TR_FUNCTIONS( GwOsmImporter )

  public:
    /**
     * Imports roads and buildings into a NEW GridWall data file at options.targetPath.
     *
     * Reports progress in 0–100 through \a feedback (which may be nullptr) and stops
     * without writing anything when it is cancelled. Sets the store metadata
     * "subdistrict_name" to options.placeName (or, when that is empty, the source file's base name) and "source_crs" to the chosen CRS.
     * Returns false and sets \a error when the source is missing or unreadable, or the CRS
     * choice is invalid or does not fit the data. It also fails when the text encoding is
     * not supported (see GwVectorSource::isSupportedEncoding()), the target exists,
     * nothing was found to import, or writing failed.
     */
    bool run( const GwImportOptions &options, QgsFeedback *feedback, GwImportReport &report, QString *error );

    //! Source CRS choices: wgs84, cgcs2000, gcj02, bd09 and EPSG:<code>.
    static QStringList supportedSourceCrs();

    /**
     * Maps an OSM highway=* value (or a Geofabrik "fclass") to a road kind key:
     * main, secondary, minor, lane or path. Returns an empty string for values
     * that are not built roads (proposed, abandoned, razed, …).
     */
    static QString roadKind( const QString &highway );
};
