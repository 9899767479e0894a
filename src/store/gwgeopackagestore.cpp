// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwgeopackagestore.h"

#include "gwgeopackagegeometry.h"
#include "gwlogging.h"
#include "gwschema.h"
#include "gwsqlitestatement.h"
#include "gwwkb.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>

namespace
{
  // "GPKG" as the big-endian integer that PRAGMA application_id stores.
  constexpr int GeoPackageApplicationId = 0x47504B47;
  // GeoPackage 1.2.0 as PRAGMA user_version encodes it.
  constexpr int GeoPackageUserVersion = 10200;

  const char *const Wgs84Definition =
    "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
    "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
    "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
    "AUTHORITY[\"EPSG\",\"4326\"]]";

  QString nowUtcText()
  {
    return QDateTime::currentDateTimeUtc().toString( Qt::ISODateWithMs );
  }

  //! Returns whether the first 16 bytes of \a path are SQLite's file header.
  bool hasSqliteHeader( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return false;
    return file.read( 16 ) == QByteArray( "SQLite format 3", 16 );
  }

  /**
   * A write that rolls back unless committed. Outside a caller's transaction it is a
   * transaction of its own. Inside one it is a savepoint, so that a failed write undoes
   * only itself and the caller decides about the rest.
   */
  class Transaction
  {
    public:
      Transaction( sqlite3 *db, bool nested ) : mDb( db ), mNested( nested )
      {
        // IMMEDIATE takes the write lock now, so a second writer waits (busy_timeout)
        // instead of failing halfway through its transaction.
        const char *sql = mNested ? "SAVEPOINT gw_write" : "BEGIN IMMEDIATE";
        mActive = sqlite3_exec( mDb, sql, nullptr, nullptr, nullptr ) == SQLITE_OK;
      }

      ~Transaction()
      {
        if ( !mActive )
          return;
        if ( mNested )
        {
          sqlite3_exec( mDb, "ROLLBACK TO gw_write", nullptr, nullptr, nullptr );
          sqlite3_exec( mDb, "RELEASE gw_write", nullptr, nullptr, nullptr );
        }
        else
        {
          sqlite3_exec( mDb, "ROLLBACK", nullptr, nullptr, nullptr );
        }
      }

      bool isActive() const { return mActive; }

      bool commit()
      {
        if ( !mActive )
          return false;
        mActive = false;
        return sqlite3_exec( mDb, mNested ? "RELEASE gw_write" : "COMMIT", nullptr, nullptr, nullptr ) == SQLITE_OK;
      }

    private:
      sqlite3 *mDb = nullptr;
      bool mNested = false;
      bool mActive = false;
  };

  void setError( QString *error, const QString &message )
  {
    if ( error )
      *error = message;
  }

  QString whereClause( const QVariantMap &equals )
  {
    if ( equals.isEmpty() )
      return QString();
    QStringList terms;
    for ( auto it = equals.constBegin(); it != equals.constEnd(); ++it )
      terms << ( it.value().isNull() ? QStringLiteral( "\"%1\" IS NULL" ) : QStringLiteral( "\"%1\" = ?" ) ).arg( it.key() );
    return QStringLiteral( " WHERE " ) + terms.join( QStringLiteral( " AND " ) );
  }

  void bindEquals( GwSqliteStatement &statement, const QVariantMap &equals )
  {
    int index = 1;
    for ( auto it = equals.constBegin(); it != equals.constEnd(); ++it )
    {
      if ( !it.value().isNull() )
        statement.bind( index++, it.value() );
    }
  }
}

GwGeoPackageStore::GwGeoPackageStore( const QString &path, sqlite3 *db )
  : mPath( path )
  , mDb( db )
{
}

GwGeoPackageStore::~GwGeoPackageStore()
{
  rollbackTransaction();
  sqlite3_close_v2( mDb );
}

std::unique_ptr<GwGeoPackageStore> GwGeoPackageStore::open( const QString &path, QString *error )
{
  const QFileInfo info( path );
  if ( !info.exists() )
  {
    setError( error, tr( "Data file %1 not found." ).arg( path ) );
    return nullptr;
  }
  if ( !info.isFile() || !info.isReadable() )
  {
    setError( error, tr( "Data file %1 is not a readable file." ).arg( path ) );
    return nullptr;
  }

  // Checked before SQLite touches the file, so that a wrong file is never modified.
  if ( !hasSqliteHeader( path ) )
  {
    setError( error, tr( "%1 is not a GeoPackage: it is not an SQLite database, or it is corrupt." ).arg( path ) );
    return nullptr;
  }

  sqlite3 *db = nullptr;
  const int flags = info.isWritable() ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  if ( sqlite3_open_v2( QFile::encodeName( path ).constData(), &db, flags | SQLITE_OPEN_FULLMUTEX, nullptr ) != SQLITE_OK )
  {
    setError( error, tr( "Cannot open %1: %2" ).arg( path, QString::fromUtf8( sqlite3_errmsg( db ) ) ) );
    sqlite3_close_v2( db );
    return nullptr;
  }
  std::unique_ptr<GwGeoPackageStore> store( new GwGeoPackageStore( path, db ) );

  GwSqliteStatement applicationId( db, QStringLiteral( "PRAGMA application_id" ) );
  if ( !applicationId.next() )
  {
    setError( error, tr( "%1 is not a GeoPackage: %2" ).arg( path, applicationId.errorMessage() ) );
    return nullptr;
  }
  if ( applicationId.int64( 0 ) != GeoPackageApplicationId )
  {
    setError( error, tr( "%1 is an SQLite database but not a GeoPackage." ).arg( path ) );
    return nullptr;
  }

  if ( !store->readSchemaVersion( error ) )
    return nullptr;
  if ( store->mVersion > GwSchema::currentVersion() )
  {
    setError( error, tr( "%1 was written by a newer GridWall (schema version %2; this version reads up to %3)." )
              .arg( path ).arg( store->mVersion ).arg( GwSchema::currentVersion() ) );
    return nullptr;
  }
  if ( store->mVersion < GwSchema::currentVersion() && !info.isWritable() )
  {
    setError( error, tr( "%1 has schema version %2 and must be upgraded, but the file is read-only." )
              .arg( path ).arg( store->mVersion ) );
    return nullptr;
  }

  if ( !store->configureConnection( error ) || !store->migrate( GwSchema::currentVersion(), error ) || !store->loadColumns( error ) )
    return nullptr;
  return store;
}

std::unique_ptr<GwGeoPackageStore> GwGeoPackageStore::create( const QString &path, QString *error, int version )
{
  if ( QFileInfo::exists( path ) )
  {
    setError( error, tr( "%1 already exists; choose another file name or remove it first." ).arg( path ) );
    return nullptr;
  }

  sqlite3 *db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
  if ( sqlite3_open_v2( QFile::encodeName( path ).constData(), &db, flags, nullptr ) != SQLITE_OK )
  {
    setError( error, tr( "Cannot create %1: %2" ).arg( path, QString::fromUtf8( sqlite3_errmsg( db ) ) ) );
    sqlite3_close_v2( db );
    return nullptr;
  }
  std::unique_ptr<GwGeoPackageStore> store( new GwGeoPackageStore( path, db ) );

  const int target = version > 0 ? version : GwSchema::currentVersion();
  if ( !store->configureConnection( error ) || !store->migrate( target, error ) || !store->loadColumns( error ) )
  {
    store.reset();
    QFile::remove( path );
    QFile::remove( path + QStringLiteral( "-wal" ) );
    QFile::remove( path + QStringLiteral( "-shm" ) );
    return nullptr;
  }
  return store;
}

bool GwGeoPackageStore::configureConnection( QString *error )
{
  sqlite3_busy_timeout( mDb, 5000 );
  if ( !execute( QStringLiteral( "PRAGMA journal_mode = WAL" ), error ) )
    return false;
  // FULL syncs the WAL on every commit, so a power cut after a commit loses nothing.
  return execute( QStringLiteral( "PRAGMA synchronous = FULL" ), error );
}

bool GwGeoPackageStore::execute( const QString &sql, QString *error )
{
  char *message = nullptr;
  if ( sqlite3_exec( mDb, sql.toUtf8().constData(), nullptr, nullptr, &message ) == SQLITE_OK )
    return true;
  setError( error, tr( "Database error in %1: %2" ).arg( mPath, QString::fromUtf8( message ) ) );
  sqlite3_free( message );
  return false;
}

QString GwGeoPackageStore::sqliteError( const QString &what ) const
{
  return tr( "%1 failed in %2: %3" ).arg( what, mPath, QString::fromUtf8( sqlite3_errmsg( mDb ) ) );
}

bool GwGeoPackageStore::readSchemaVersion( QString *error )
{
  GwSqliteStatement hasMeta( mDb, QStringLiteral( "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gw_meta'" ) );
  if ( !hasMeta.next() )
  {
    setError( error, sqliteError( tr( "Reading the schema" ) ) );
    return false;
  }
  if ( hasMeta.int64( 0 ) == 0 )
  {
    setError( error, tr( "%1 is a GeoPackage but not a GridWall data file (it has no gw_meta table)." ).arg( mPath ) );
    return false;
  }

  GwSqliteStatement version( mDb, QStringLiteral( "SELECT value FROM gw_meta WHERE key = 'schema_version'" ) );
  if ( !version.next() )
  {
    setError( error, tr( "%1 has no schema version in its gw_meta table." ).arg( mPath ) );
    return false;
  }
  bool ok = false;
  mVersion = version.text( 0 ).toInt( &ok );
  if ( !ok || mVersion < 1 )
  {
    setError( error, tr( "%1 has an invalid schema version \"%2\"." ).arg( mPath, version.text( 0 ) ) );
    return false;
  }
  return true;
}

bool GwGeoPackageStore::createGeoPackageTables( QString *error )
{
  const QStringList statements = {
    QStringLiteral( "PRAGMA application_id = %1" ).arg( GeoPackageApplicationId ),
    QStringLiteral( "PRAGMA user_version = %1" ).arg( GeoPackageUserVersion ),
    QStringLiteral( "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
                    "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)" ),
    QStringLiteral( "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, "
                    "description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                    "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
                    "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))" ),
    QStringLiteral( "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                    "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
                    "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                    "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))" ),
    QStringLiteral( "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system')" ),
    QStringLiteral( "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')" ),
    QStringLiteral( "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '%1', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')" )
    .arg( QString::fromLatin1( Wgs84Definition ) ),
    QStringLiteral( "CREATE TABLE gw_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)" ),
    QStringLiteral( "CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                    "table_name TEXT NOT NULL, row_id INTEGER NOT NULL, operation TEXT NOT NULL)" ),
  };
  for ( const QString &sql : statements )
  {
    if ( !execute( sql, error ) )
      return false;
  }
  return true;
}

bool GwGeoPackageStore::migrate( int targetVersion, QString *error )
{
  for ( const GwSchema::Migration &migration : GwSchema::migrations() )
  {
    if ( migration.version <= mVersion || migration.version > targetVersion )
      continue;

    Transaction transaction( mDb, mInTransaction );
    if ( !transaction.isActive() )
    {
      setError( error, sqliteError( tr( "Starting the upgrade" ) ) );
      return false;
    }

    if ( mVersion == 0 && !createGeoPackageTables( error ) )
      return false;

    for ( const GwSchema::Table &table : migration.tables )
    {
      const bool spatial = table.kind == GwSchema::TableKind::Features;
      QStringList columns = { GwSchema::idColumn() + QStringLiteral( " INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL" ) };
      if ( spatial )
        columns << GwSchema::geometryColumn() + QLatin1Char( ' ' ) + table.geometryType;
      columns << table.columns;
      if ( !execute( QStringLiteral( "CREATE TABLE \"%1\" (%2)" ).arg( table.name, columns.join( QStringLiteral( ", " ) ) ), error ) )
        return false;

      if ( table.kind == GwSchema::TableKind::Internal )
        continue;

      GwSqliteStatement contents( mDb, QStringLiteral( "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, ?, ?, ?)" ) );
      contents.bind( 1, table.name );
      contents.bind( 2, spatial ? QStringLiteral( "features" ) : QStringLiteral( "attributes" ) );
      contents.bind( 3, table.name );
      contents.bind( 4, spatial ? QVariant( GwSchema::StoreSrsId ) : QVariant() );
      if ( !contents.execute() )
      {
        setError( error, sqliteError( tr( "Registering table %1" ).arg( table.name ) ) );
        return false;
      }

      if ( spatial )
      {
        GwSqliteStatement geometry( mDb, QStringLiteral( "INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)" ) );
        geometry.bind( 1, table.name );
        geometry.bind( 2, GwSchema::geometryColumn() );
        geometry.bind( 3, table.geometryType );
        geometry.bind( 4, GwSchema::StoreSrsId );
        if ( !geometry.execute() )
        {
          setError( error, sqliteError( tr( "Registering the geometry of table %1" ).arg( table.name ) ) );
          return false;
        }
      }
    }

    for ( const QString &sql : migration.statements )
    {
      if ( !execute( sql, error ) )
        return false;
    }

    GwSqliteStatement version( mDb, QStringLiteral( "INSERT OR REPLACE INTO gw_meta (key, value) VALUES ('schema_version', ?)" ) );
    version.bind( 1, QString::number( migration.version ) );
    if ( !version.execute() || !transaction.commit() )
    {
      setError( error, sqliteError( tr( "Upgrading to schema version %1" ).arg( migration.version ) ) );
      return false;
    }
    qCDebug( gwStore ) << "migrated" << mPath << "to schema version" << migration.version;
    mVersion = migration.version;
  }
  return true;
}

bool GwGeoPackageStore::loadColumns( QString *error )
{
  mColumns.clear();
  mFeatureTables.clear();
  for ( const QString &table : GwSchema::writableTables() )
  {
    GwSqliteStatement info( mDb, QStringLiteral( "PRAGMA table_info(\"%1\")" ).arg( table ) );
    QStringList columns;
    while ( info.next() )
      columns << info.text( 1 );
    if ( info.hasError() || columns.isEmpty() )
    {
      setError( error, tr( "%1 lacks table %2; the file is damaged." ).arg( mPath, table ) );
      return false;
    }
    mColumns.insert( table, columns );
  }

  GwSqliteStatement spatial( mDb, QStringLiteral( "SELECT table_name FROM gpkg_geometry_columns" ) );
  while ( spatial.next() )
    mFeatureTables << spatial.text( 0 );
  return !spatial.hasError();
}

bool GwGeoPackageStore::checkColumns( const QString &table, const QStringList &columns, QString *error ) const
{
  const auto known = mColumns.constFind( table );
  if ( known == mColumns.constEnd() )
  {
    setError( error, tr( "Unknown table \"%1\" in %2." ).arg( table, mPath ) );
    return false;
  }
  for ( const QString &column : columns )
  {
    if ( column == GwSchema::geometryColumn() || !known->contains( column ) )
    {
      setError( error, tr( "Table %1 has no column \"%2\"." ).arg( table, column ) );
      return false;
    }
  }
  return true;
}

bool GwGeoPackageStore::appendChange( const QString &table, qint64 rowId, const QString &operation, QString *error )
{
  GwSqliteStatement change( mDb, QStringLiteral( "INSERT INTO change_log (at, table_name, row_id, operation) VALUES (?, ?, ?, ?)" ) );
  change.bind( 1, nowUtcText() );
  change.bind( 2, table );
  change.bind( 3, rowId );
  change.bind( 4, operation );
  if ( change.execute() )
    return true;
  setError( error, sqliteError( tr( "Writing the change log" ) ) );
  return false;
}

bool GwGeoPackageStore::widenExtent( const QString &table, const QRectF &extent, QString *error )
{
  GwSqliteStatement update( mDb, QStringLiteral(
                              "UPDATE gpkg_contents SET last_change = ?6, "
                              "min_x = min(coalesce(min_x, ?1), ?1), max_x = max(coalesce(max_x, ?2), ?2), "
                              "min_y = min(coalesce(min_y, ?3), ?3), max_y = max(coalesce(max_y, ?4), ?4) "
                              "WHERE table_name = ?5" ) );
  update.bind( 1, extent.left() );
  update.bind( 2, extent.right() );
  update.bind( 3, extent.top() );
  update.bind( 4, extent.bottom() );
  update.bind( 5, table );
  update.bind( 6, nowUtcText() );
  if ( update.execute() )
    return true;
  setError( error, sqliteError( tr( "Updating the extent of %1" ).arg( table ) ) );
  return false;
}

bool GwGeoPackageStore::insertFeatures( const QString &table, QVector<GwFeature> &features, QString *error )
{
  if ( features.isEmpty() )
    return true;

  Transaction transaction( mDb, mInTransaction );
  if ( !transaction.isActive() )
  {
    setError( error, sqliteError( tr( "Starting a write" ) ) );
    return false;
  }

  const bool spatial = isFeatureTable( table );
  QRectF extent;
  bool hasExtent = false;

  // Rows of one batch may name different columns, so statements are cached per column set.
  QHash<QString, std::shared_ptr<GwSqliteStatement>> statements;
  for ( int row = 0; row < features.size(); ++row )
  {
    GwFeature &feature = features[row];
    const QStringList columns = feature.attributes.keys();
    if ( !checkColumns( table, columns, error ) )
      return false;
    if ( !spatial && !feature.wkb.isEmpty() )
    {
      setError( error, tr( "Table %1 has no geometry, but row %2 has one." ).arg( table ).arg( row + 1 ) );
      return false;
    }

    QByteArray blob;
    if ( !feature.wkb.isEmpty() )
    {
      blob = GwGeoPackageGeometry::fromWkb( feature.wkb, GwSchema::StoreSrsId );
      if ( blob.isEmpty() )
      {
        setError( error, tr( "Row %1 for table %2 has an invalid geometry." ).arg( row + 1 ).arg( table ) );
        return false;
      }
      // Not QRectF::united(), which skips the zero-size boxes of points.
      QRectF box;
      if ( GwWkb::envelope( feature.wkb, box ) )
      {
        if ( !hasExtent )
          extent = box;
        extent.setLeft( std::min( extent.left(), box.left() ) );
        extent.setRight( std::max( extent.right(), box.right() ) );
        extent.setTop( std::min( extent.top(), box.top() ) );
        extent.setBottom( std::max( extent.bottom(), box.bottom() ) );
        hasExtent = true;
      }
    }

    const QString key = columns.join( QLatin1Char( ',' ) );
    std::shared_ptr<GwSqliteStatement> &statement = statements[key];
    if ( !statement )
    {
      QStringList names;
      QStringList placeholders;
      if ( spatial )
      {
        names << GwSchema::geometryColumn();
        placeholders << QStringLiteral( "?" );
      }
      for ( const QString &column : columns )
      {
        names << QLatin1Char( '"' ) + column + QLatin1Char( '"' );
        placeholders << QStringLiteral( "?" );
      }
      const QString sql = names.isEmpty()
                          ? QStringLiteral( "INSERT INTO \"%1\" DEFAULT VALUES" ).arg( table )
                          : QStringLiteral( "INSERT INTO \"%1\" (%2) VALUES (%3)" ).arg( table, names.join( QLatin1Char( ',' ) ), placeholders.join( QLatin1Char( ',' ) ) );
      statement = std::make_shared<GwSqliteStatement>( mDb, sql );
      if ( !statement->isValid() )
      {
        setError( error, sqliteError( tr( "Preparing a write to %1" ).arg( table ) ) );
        return false;
      }
    }

    statement->reset();
    int index = 1;
    if ( spatial )
      statement->bind( index++, blob.isEmpty() ? QVariant() : QVariant( blob ) );
    for ( const QString &column : columns )
      statement->bind( index++, feature.attributes.value( column ) );
    if ( !statement->execute() )
    {
      setError( error, tr( "Row %1 for table %2 was not written: %3" ).arg( row + 1 ).arg( table, statement->errorMessage() ) );
      return false;
    }

    feature.id = sqlite3_last_insert_rowid( mDb );
    if ( !appendChange( table, feature.id, QStringLiteral( "insert" ), error ) )
      return false;
  }

  if ( hasExtent && !widenExtent( table, extent, error ) )
    return false;

  if ( !transaction.commit() )
  {
    setError( error, sqliteError( tr( "Committing a write to %1" ).arg( table ) ) );
    for ( GwFeature &feature : features )
      feature.id = 0;
    return false;
  }
  return true;
}

bool GwGeoPackageStore::updateFeature( const QString &table, const GwFeature &feature, QString *error )
{
  const QStringList columns = feature.attributes.keys();
  if ( !checkColumns( table, columns, error ) )
    return false;
  if ( feature.id <= 0 )
  {
    setError( error, tr( "Cannot update a row of %1 without an id." ).arg( table ) );
    return false;
  }

  const bool spatial = isFeatureTable( table ) && !feature.wkb.isEmpty();
  QByteArray blob;
  if ( spatial )
  {
    blob = GwGeoPackageGeometry::fromWkb( feature.wkb, GwSchema::StoreSrsId );
    if ( blob.isEmpty() )
    {
      setError( error, tr( "Row %1 of table %2 has an invalid geometry." ).arg( feature.id ).arg( table ) );
      return false;
    }
  }
  if ( columns.isEmpty() && !spatial )
    return true;

  QStringList assignments;
  if ( spatial )
    assignments << GwSchema::geometryColumn() + QStringLiteral( " = ?" );
  for ( const QString &column : columns )
    assignments << QLatin1Char( '"' ) + column + QStringLiteral( "\" = ?" );

  Transaction transaction( mDb, mInTransaction );
  if ( !transaction.isActive() )
  {
    setError( error, sqliteError( tr( "Starting a write" ) ) );
    return false;
  }

  GwSqliteStatement update( mDb, QStringLiteral( "UPDATE \"%1\" SET %2 WHERE fid = ?" ).arg( table, assignments.join( QStringLiteral( ", " ) ) ) );
  int index = 1;
  if ( spatial )
    update.bind( index++, blob );
  for ( const QString &column : columns )
    update.bind( index++, feature.attributes.value( column ) );
  update.bind( index, feature.id );
  if ( !update.execute() )
  {
    setError( error, tr( "Row %1 of table %2 was not updated: %3" ).arg( feature.id ).arg( table, update.errorMessage() ) );
    return false;
  }
  if ( sqlite3_changes( mDb ) == 0 )
  {
    setError( error, tr( "Row %1 of table %2 not found." ).arg( feature.id ).arg( table ) );
    return false;
  }

  if ( !appendChange( table, feature.id, QStringLiteral( "update" ), error ) )
    return false;
  QRectF box;
  if ( spatial && GwWkb::envelope( feature.wkb, box ) && !widenExtent( table, box, error ) )
    return false;

  if ( !transaction.commit() )
  {
    setError( error, sqliteError( tr( "Committing a write to %1" ).arg( table ) ) );
    return false;
  }
  return true;
}

QVector<GwFeature> GwGeoPackageStore::features( const QString &table, const QVariantMap &equals, QString *error ) const
{
  QVector<GwFeature> result;
  if ( !checkColumns( table, equals.keys(), error ) )
    return result;

  const bool spatial = isFeatureTable( table );
  GwSqliteStatement select( mDb, QStringLiteral( "SELECT * FROM \"%1\"%2 ORDER BY fid" ).arg( table, whereClause( equals ) ) );
  bindEquals( select, equals );

  while ( select.next() )
  {
    GwFeature feature;
    for ( int column = 0; column < select.columnCount(); ++column )
    {
      const QString name = select.columnName( column );
      if ( name == GwSchema::idColumn() )
        feature.id = select.int64( column );
      else if ( spatial && name == GwSchema::geometryColumn() )
        feature.wkb = select.isNull( column ) ? QByteArray() : GwGeoPackageGeometry::toWkb( select.blob( column ) );
      else
        feature.attributes.insert( name, select.value( column ) );
    }
    result << feature;
  }
  if ( select.hasError() )
    setError( error, sqliteError( tr( "Reading table %1" ).arg( table ) ) );
  return result;
}

qint64 GwGeoPackageStore::count( const QString &table, const QVariantMap &equals, QString *error ) const
{
  if ( !checkColumns( table, equals.keys(), error ) )
    return -1;

  GwSqliteStatement select( mDb, QStringLiteral( "SELECT count(*) FROM \"%1\"%2" ).arg( table, whereClause( equals ) ) );
  bindEquals( select, equals );
  if ( !select.next() )
  {
    setError( error, sqliteError( tr( "Counting rows of %1" ).arg( table ) ) );
    return -1;
  }
  return select.int64( 0 );
}

qint64 GwGeoPackageStore::lastSequence() const
{
  GwSqliteStatement select( mDb, QStringLiteral( "SELECT coalesce(max(seq), 0) FROM change_log" ) );
  return select.next() ? select.int64( 0 ) : 0;
}

QVector<GwChange> GwGeoPackageStore::changesSince( qint64 sequence, int limit ) const
{
  QVector<GwChange> changes;
  GwSqliteStatement select( mDb, QStringLiteral( "SELECT seq, at, table_name, row_id, operation FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?" ) );
  select.bind( 1, sequence );
  select.bind( 2, limit );
  while ( select.next() )
  {
    GwChange change;
    change.sequence = select.int64( 0 );
    change.at = QDateTime::fromString( select.text( 1 ), Qt::ISODateWithMs );
    change.table = select.text( 2 );
    change.rowId = select.int64( 3 );
    change.operation = select.text( 4 );
    changes << change;
  }
  return changes;
}

GwStatusSummary GwGeoPackageStore::statusSummary( const QDateTime &now ) const
{
  GwStatusSummary summary;

  GwSqliteStatement cameras( mDb, QStringLiteral( "SELECT count(*), coalesce(sum(online = 1), 0) FROM cameras" ) );
  if ( cameras.next() )
  {
    summary.cameras = static_cast<int>( cameras.int64( 0 ) );
    summary.camerasOnline = static_cast<int>( cameras.int64( 1 ) );
  }

  GwSqliteStatement incidents( mDb, QStringLiteral( "SELECT count(*) FROM incidents WHERE state IN ('reported', 'dispatched', 'accepted', 'on_site')" ) );
  if ( incidents.next() )
    summary.openIncidents = static_cast<int>( incidents.int64( 0 ) );

  GwSqliteStatement overdue( mDb, QStringLiteral( "SELECT count(*) FROM tasks WHERE state IN ('assigned', 'accepted', 'on_site') AND due_at < ?" ) );
  overdue.bind( 1, now );
  if ( overdue.next() )
    summary.overdueTasks = static_cast<int>( overdue.int64( 0 ) );

  return summary;
}

bool GwGeoPackageStore::beginTransaction( QString *error )
{
  if ( mInTransaction )
  {
    setError( error, tr( "A transaction is already open on %1." ).arg( mPath ) );
    return false;
  }
  if ( sqlite3_exec( mDb, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr ) != SQLITE_OK )
  {
    setError( error, sqliteError( tr( "Starting a transaction" ) ) );
    return false;
  }
  mInTransaction = true;
  return true;
}

bool GwGeoPackageStore::commitTransaction( QString *error )
{
  if ( !mInTransaction )
  {
    setError( error, tr( "No transaction is open on %1." ).arg( mPath ) );
    return false;
  }
  if ( sqlite3_exec( mDb, "COMMIT", nullptr, nullptr, nullptr ) != SQLITE_OK )
  {
    setError( error, sqliteError( tr( "Committing a transaction" ) ) );
    rollbackTransaction();
    return false;
  }
  mInTransaction = false;
  return true;
}

void GwGeoPackageStore::rollbackTransaction()
{
  if ( !mInTransaction )
    return;
  sqlite3_exec( mDb, "ROLLBACK", nullptr, nullptr, nullptr );
  mInTransaction = false;
}

bool GwGeoPackageStore::setMetadata( const QString &key, const QString &value, QString *error )
{
  GwSqliteStatement upsert( mDb, QStringLiteral( "INSERT OR REPLACE INTO gw_meta (key, value) VALUES (?, ?)" ) );
  upsert.bind( 1, key );
  upsert.bind( 2, value );
  if ( upsert.execute() )
    return true;
  setError( error, sqliteError( tr( "Writing metadata %1" ).arg( key ) ) );
  return false;
}

QString GwGeoPackageStore::metadata( const QString &key ) const
{
  GwSqliteStatement select( mDb, QStringLiteral( "SELECT value FROM gw_meta WHERE key = ?" ) );
  select.bind( 1, key );
  return select.next() ? select.text( 0 ) : QString();
}
