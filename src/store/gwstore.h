// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantMap>
#include <QVector>

#include <memory>

/**
 * One row of a store table: its attributes by column name and, for feature tables,
 * its geometry as 2D well-known binary in the store's CRS (EPSG:4326, x = longitude).
 */
struct GwFeature
{
  //! Row id (GeoPackage fid); 0 for a row not yet written.
  qint64 id = 0;
  QVariantMap attributes;
  //! Empty for attribute tables and for features without geometry.
  QByteArray wkb;
};

//! One entry of the change log: which row of which table changed, in commit order.
struct GwChange
{
  qint64 sequence = 0;
  QString table;
  qint64 rowId = 0;
  //! "insert", "update" or "delete".
  QString operation;
  QDateTime at;
};

//! Figures for the wall's status strip.
struct GwStatusSummary
{
  int cameras = 0;
  int camerasOnline = 0;
  int openIncidents = 0;
  int overdueTasks = 0;

  //! Returns the share of cameras online in 0..1, or 0 when there are no cameras.
  double cameraOnlineRate() const { return cameras > 0 ? double( camerasOnline ) / cameras : 0.0; }
};

/**
 * Storage of every GridWall table behind one interface, with one backend per database
 * (a GeoPackage file; PostgreSQL/PostGIS for shared deployments).
 *
 * Every write runs in one transaction together with its change-log rows, so a failed
 * write leaves nothing behind and readers following the change log miss nothing.
 * Table and column names are checked against the database schema; values are always
 * bound as statement parameters. Methods return false and set \a error to a translated
 * message on failure.
 */
class GwStore
{
    Q_DECLARE_TR_FUNCTIONS( GwStore )

  public:
    virtual ~GwStore() = default;

    /**
     * Opens an existing data file or database at \a location and upgrades its schema to
     * the current version. Returns nullptr and sets \a error when the location is
     * missing, unreadable, not a GridWall database or from a newer GridWall.
     */
    static std::unique_ptr<GwStore> open( const QString &location, QString *error );

    /**
     * Creates a new, empty data file at \a location with the current schema.
     * Fails when something already exists there, so nothing is ever overwritten.
     */
    static std::unique_ptr<GwStore> create( const QString &location, QString *error );

    //! Returns the path or connection string the store was opened with.
    virtual QString location() const = 0;

    //! Returns the schema version of the open database.
    virtual int schemaVersion() const = 0;

    /**
     * Inserts \a features into \a table in one transaction and sets their ids.
     * Either all rows are written or none.
     */
    virtual bool insertFeatures( const QString &table, QVector<GwFeature> &features, QString *error ) = 0;

    //! Updates the given attributes (and the geometry, when \a feature has one) of row \a feature.id.
    virtual bool updateFeature( const QString &table, const GwFeature &feature, QString *error ) = 0;

    //! Returns the rows of \a table whose columns equal every value in \a equals, by id.
    virtual QVector<GwFeature> features( const QString &table, const QVariantMap &equals, QString *error ) const = 0;

    //! Returns the number of rows of \a table matching \a equals, or -1 on error.
    virtual qint64 count( const QString &table, const QVariantMap &equals, QString *error ) const = 0;

    //! Returns the last change-log sequence number, 0 for an empty log.
    virtual qint64 lastSequence() const = 0;

    //! Returns up to \a limit changes with a sequence greater than \a sequence, oldest first.
    virtual QVector<GwChange> changesSince( qint64 sequence, int limit ) const = 0;

    /**
     * Computes the status-strip figures. A task is overdue when it is still open and its
     * deadline is before \a now.
     */
    virtual GwStatusSummary statusSummary( const QDateTime &now ) const = 0;

    /**
     * Starts a write transaction that holds the database's write lock until
     * commitTransaction() or rollbackTransaction(). A read, check and write inside it
     * cannot interleave with another writer, which is what the version check of an
     * assignment relies on. Writes made inside join the transaction, and their change-log
     * rows commit or roll back with it. Transactions do not nest; a second writer waits
     * for the lock (up to the backend's busy timeout) and then fails.
     */
    virtual bool beginTransaction( QString *error ) = 0;

    //! Commits the open transaction; on failure it is rolled back.
    virtual bool commitTransaction( QString *error ) = 0;

    //! Discards every write of the open transaction; does nothing when none is open.
    virtual void rollbackTransaction() = 0;

    //! Returns whether a transaction started by beginTransaction() is open.
    virtual bool isInTransaction() const = 0;

    //! Stores \a value under \a key in the database's metadata.
    virtual bool setMetadata( const QString &key, const QString &value, QString *error ) = 0;

    //! Returns the metadata value for \a key, or a null string.
    virtual QString metadata( const QString &key ) const = 0;
};
