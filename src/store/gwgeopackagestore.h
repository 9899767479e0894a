// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwstore.h"

#include <QHash>
#include <QRectF>
#include <QStringList>

struct sqlite3;

/**
 * GwStore backend on one GeoPackage file (SQLite), which QGIS and GDAL open as it is.
 *
 * The file runs in WAL mode: one writer and many readers at a time, and a crash loses
 * no committed transaction. Geometry columns are registered in gpkg_geometry_columns in
 * EPSG:4326 and each write widens the table's extent in gpkg_contents.
 *
 * NOTE: no R-tree spatial index is created yet, because the GeoPackage R-tree triggers
 * call ST_* SQL functions that plain SQLite lacks; GIS clients scan the tables instead.
 */
class GwGeoPackageStore : public GwStore
{
    Q_DECLARE_TR_FUNCTIONS( GwGeoPackageStore )

  public:
    //! Opens the existing file at \a path and upgrades it to the current schema.
    static std::unique_ptr<GwGeoPackageStore> open( const QString &path, QString *error );

    /**
     * Creates a new file at \a path with the schema at \a version, the current one by
     * default. Tests pass an older version to exercise upgrades.
     */
    static std::unique_ptr<GwGeoPackageStore> create( const QString &path, QString *error, int version = 0 );

    ~GwGeoPackageStore() override;

    QString location() const override { return mPath; }
    int schemaVersion() const override { return mVersion; }

    bool insertFeatures( const QString &table, QVector<GwFeature> &features, QString *error ) override;
    bool updateFeature( const QString &table, const GwFeature &feature, QString *error ) override;
    QVector<GwFeature> features( const QString &table, const QVariantMap &equals, QString *error ) const override;
    qint64 count( const QString &table, const QVariantMap &equals, QString *error ) const override;
    qint64 lastSequence() const override;
    QVector<GwChange> changesSince( qint64 sequence, int limit ) const override;
    GwStatusSummary statusSummary( const QDateTime &now ) const override;
    bool beginTransaction( QString *error ) override;
    bool commitTransaction( QString *error ) override;
    void rollbackTransaction() override;
    bool isInTransaction() const override { return mInTransaction; }
    bool setMetadata( const QString &key, const QString &value, QString *error ) override;
    QString metadata( const QString &key ) const override;

  private:
    GwGeoPackageStore( const QString &path, sqlite3 *db );

    bool configureConnection( QString *error );
    bool execute( const QString &sql, QString *error );
    bool readSchemaVersion( QString *error );
    bool migrate( int targetVersion, QString *error );
    bool createGeoPackageTables( QString *error );
    bool loadColumns( QString *error );
    bool checkColumns( const QString &table, const QStringList &columns, QString *error ) const;
    bool appendChange( const QString &table, qint64 rowId, const QString &operation, QString *error );
    bool widenExtent( const QString &table, const QRectF &extent, QString *error );
    bool isFeatureTable( const QString &table ) const { return mFeatureTables.contains( table ); }
    QString sqliteError( const QString &what ) const;

    QString mPath;
    sqlite3 *mDb = nullptr;
    int mVersion = 0;
    QHash<QString, QStringList> mColumns;
    QStringList mFeatureTables;
    bool mInTransaction = false;
};
