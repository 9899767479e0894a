// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgspointxy.h>
#include <qgsrectangle.h>

/**
 * The coordinate system a user states for an imported file, and the transformation from it
 * to the store's EPSG:4326 (x = longitude, y = latitude, degrees).
 *
 * The system is always the user's explicit choice and never read from the data, because
 * Chinese data often declare WGS84 while holding GCJ-02 coordinates.
 *
 * - "wgs84" and "cgcs2000" (EPSG:4490) go through PROJ.
 * - "gcj02" and "bd09" have no EPSG code. They are converted with GwChinaOffset and the
 *   result is taken as WGS84.
 * - "EPSG:<code>" goes through PROJ. For a Gauss–Krüger (transverse Mercator) CRS,
 *   checkExtent() rejects eastings whose zone prefix does not match the CRS.
 */
class GwSourceCrs
{
    Q_DECLARE_TR_FUNCTIONS( GwSourceCrs )

  public:
    enum class Kind
    {
      Invalid,
      Wgs84,
      Cgcs2000,
      Gcj02,
      Bd09,
      Epsg,
    };

    //! Constructs an invalid source CRS.
    GwSourceCrs() = default;

    /**
     * Parses the user's choice: "wgs84", "cgcs2000", "gcj02", "bd09" (any letter case) or
     * "EPSG:<code>". Returns an invalid object and sets \a error for anything else,
     * including an EPSG code unknown to PROJ.
     */
    static GwSourceCrs fromChoice( const QString &choice, QString *error );

    //! Returns the spellings fromChoice() accepts, with "EPSG:<code>" as a pattern.
    static QStringList supportedChoices();

    bool isValid() const { return mKind != Kind::Invalid; }
    Kind kind() const { return mKind; }

    //! Canonical spelling of the choice, e.g. "gcj02" or "EPSG:4527", as stored in the data file.
    QString choice() const { return mChoice; }

    /**
     * CRS that PROJ uses for the source coordinates. EPSG:4326 for GCJ-02 and BD-09, whose
     * offset is removed before PROJ is involved.
     */
    QgsCoordinateReferenceSystem crs() const { return mCrs; }

    /**
     * Checks that data with extent \a sourceExtent (in source coordinates) fit this CRS.
     *
     * For a transverse Mercator CRS whose false easting carries a zone prefix
     * (x_0 = zone × 1,000,000 + 500,000, e.g. EPSG:4527) the eastings must carry the same prefix.
     * For one without (x_0 = 500,000, e.g. EPSG:4548) they must be below 1,000,000.
     * On a mismatch \a error names an offending easting and, when one is found near the
     * chosen EPSG code, the matching code. Every CRS also needs the transformed extent
     * to be finite and to overlap the CRS's area of use.
     */
    bool checkExtent( const QgsRectangle &sourceExtent, QString *error ) const;

    /**
     * Transforms \a geometry in place from this CRS to EPSG:4326.
     * Returns false and sets \a error when PROJ fails or a coordinate comes out
     * non-finite or outside longitude ±180°, latitude ±90°.
     */
    bool transformToWgs84( QgsGeometry &geometry, QString *error ) const;

    //! Transforms one point to EPSG:4326; \a ok is false on the same failures as above.
    QgsPointXY transformToWgs84( const QgsPointXY &point, bool *ok ) const;

  private:
    GwSourceCrs( Kind kind, const QString &choice, const QgsCoordinateReferenceSystem &crs );

    bool checkZonePrefix( const QgsRectangle &sourceExtent, QString *error ) const;

    Kind mKind = Kind::Invalid;
    QString mChoice;
    QgsCoordinateReferenceSystem mCrs;
    QgsCoordinateTransform mTransform;
};
