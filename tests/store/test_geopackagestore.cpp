// SPDX-License-Identifier: GPL-2.0-or-later
// What only the GeoPackage backend promises: a file GDAL reads, upgrades of older
// files, and wrong files rejected without being touched.

#include "gwgeopackagestore.h"
#include "gwschema.h"
#include "gwwkb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace
{
  QByteArray fileHash( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return QByteArray();
    return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
  }

  bool writeFile( const QString &path, const QByteArray &bytes )
  {
    QFile file( path );
    return file.open( QIODevice::WriteOnly ) && file.write( bytes ) == bytes.size();
  }
}

class TestGeoPackageStore : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
    }

    void gdalReadsTheFile()
    {
      const QString ogrinfo = QStandardPaths::findExecutable( QStringLiteral( "ogrinfo" ) );
      if ( ogrinfo.isEmpty() )
        QFAIL( "ogrinfo not found; install gdal-bin (./build.sh installs it)" );

      const QString path = mFolder.filePath( QStringLiteral( "gdal.gpkg" ) );
      QString error;
      {
        auto store = GwGeoPackageStore::create( path, &error );
        QVERIFY2( store, qPrintable( error ) );
        GwFeature grid;
        grid.attributes = { { QStringLiteral( "code" ), QStringLiteral( "430781002004-01" ) }, { QStringLiteral( "name" ), QStringLiteral( "汪家桥社区第1网格" ) } };
        grid.wkb = GwWkb::polygon( { { { 111.87, 29.60 }, { 111.88, 29.60 }, { 111.88, 29.61 }, { 111.87, 29.61 } } } );
        QVector<GwFeature> rows = { grid };
        QVERIFY2( store->insertFeatures( QStringLiteral( "grids" ), rows, &error ), qPrintable( error ) );
      }

      QProcess process;
      process.start( ogrinfo, { QStringLiteral( "-ro" ), QStringLiteral( "-al" ), QStringLiteral( "-where" ), QStringLiteral( "1=1" ), path, QStringLiteral( "grids" ) } );
      QVERIFY( process.waitForFinished( -1 ) );
      const QString output = QString::fromUtf8( process.readAllStandardOutput() );
      const QString errors = QString::fromUtf8( process.readAllStandardError() );
      QCOMPARE( process.exitCode(), 0 );
      QVERIFY2( !errors.contains( QStringLiteral( "ERROR" ) ), qPrintable( errors ) );
      QVERIFY2( output.contains( QStringLiteral( "Geometry: Polygon" ) ), qPrintable( output ) );
      QVERIFY2( output.contains( QStringLiteral( "Feature Count: 1" ) ), qPrintable( output ) );
      QVERIFY2( output.contains( QStringLiteral( "汪家桥社区第1网格" ) ), qPrintable( output ) );
      QVERIFY2( output.contains( QStringLiteral( "EPSG\",4326" ) ) || output.contains( QStringLiteral( "WGS 84" ) ), qPrintable( output ) );
      QVERIFY2( output.contains( QStringLiteral( "Extent: (111.870000, 29.600000) - (111.880000, 29.610000)" ) ), qPrintable( output ) );
    }

    void pointExtentCoversEveryPoint()
    {
      const QString path = mFolder.filePath( QStringLiteral( "point-extent.gpkg" ) );
      QString error;
      auto store = GwGeoPackageStore::create( path, &error );
      QVERIFY2( store, qPrintable( error ) );
      QVector<GwFeature> cameras( 3 );
      const QVector<QPointF> points = { { 111.87, 29.60 }, { 111.89, 29.62 }, { 111.88, 29.59 } };
      for ( int i = 0; i < cameras.size(); ++i )
      {
        cameras[i].attributes = { { QStringLiteral( "device_id" ), QString::number( i ) }, { QStringLiteral( "source" ), QStringLiteral( "tianwang" ) }, { QStringLiteral( "kind" ), QStringLiteral( "hd" ) } };
        cameras[i].wkb = GwWkb::point( points[i] );
      }
      QVERIFY2( store->insertFeatures( QStringLiteral( "cameras" ), cameras, &error ), qPrintable( error ) );

      sqlite3 *db = nullptr;
      QCOMPARE( sqlite3_open_v2( QFile::encodeName( path ).constData(), &db, SQLITE_OPEN_READONLY, nullptr ), SQLITE_OK );
      sqlite3_stmt *statement = nullptr;
      sqlite3_prepare_v2( db, "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'cameras'", -1, &statement, nullptr );
      QCOMPARE( sqlite3_step( statement ), SQLITE_ROW );
      QCOMPARE( sqlite3_column_double( statement, 0 ), 111.87 );
      QCOMPARE( sqlite3_column_double( statement, 1 ), 29.59 );
      QCOMPARE( sqlite3_column_double( statement, 2 ), 111.89 );
      QCOMPARE( sqlite3_column_double( statement, 3 ), 29.62 );
      sqlite3_finalize( statement );
      sqlite3_close( db );
    }

    void olderFileIsUpgraded()
    {
      const QString path = mFolder.filePath( QStringLiteral( "schema-version-1.gpkg" ) );
      QString error;
      {
        auto store = GwGeoPackageStore::create( path, &error, 1 );
        QVERIFY2( store, qPrintable( error ) );
        QCOMPARE( store->schemaVersion(), 1 );
        GwFeature community;
        community.attributes = { { QStringLiteral( "code" ), QStringLiteral( "430781002009" ) }, { QStringLiteral( "name" ), QStringLiteral( "城东社区" ) } };
        QVector<GwFeature> rows = { community };
        QVERIFY2( store->insertFeatures( QStringLiteral( "communities" ), rows, &error ), qPrintable( error ) );
      }

      auto upgraded = GwGeoPackageStore::open( path, &error );
      QVERIFY2( upgraded, qPrintable( error ) );
      QCOMPARE( upgraded->schemaVersion(), GwSchema::currentVersion() );
      QCOMPARE( upgraded->count( QStringLiteral( "communities" ), {}, &error ), qint64( 1 ) );
      QCOMPARE( upgraded->lastSequence(), qint64( 1 ) );

      // Migration 2 adds indexes; their presence shows it ran.
      sqlite3 *db = nullptr;
      QCOMPARE( sqlite3_open_v2( QFile::encodeName( path ).constData(), &db, SQLITE_OPEN_READONLY, nullptr ), SQLITE_OK );
      sqlite3_stmt *statement = nullptr;
      sqlite3_prepare_v2( db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'idx_incidents_state'", -1, &statement, nullptr );
      QCOMPARE( sqlite3_step( statement ), SQLITE_ROW );
      QCOMPARE( sqlite3_column_int( statement, 0 ), 1 );
      sqlite3_finalize( statement );
      sqlite3_close( db );
    }

    void wrongFileIsRejectedUntouched_data()
    {
      QTest::addColumn<QString>( "fileName" );
      QTest::addColumn<QByteArray>( "content" );
      QTest::addColumn<QString>( "expected" );
      QTest::newRow( "text file" ) << QStringLiteral( "notes.gpkg" ) << QByteArray( "grid,name\n1,a\n" ) << QStringLiteral( "not a GeoPackage" );
      QTest::newRow( "empty file" ) << QStringLiteral( "empty.gpkg" ) << QByteArray() << QStringLiteral( "not a GeoPackage" );
      QByteArray truncated( "SQLite format 3", 16 );
      truncated.append( QByteArray( 200, '\xff' ) );
      QTest::newRow( "corrupt database" ) << QStringLiteral( "corrupt-header.gpkg" ) << truncated << QStringLiteral( "corrupt-header.gpkg" );
    }

    void wrongFileIsRejectedUntouched()
    {
      QFETCH( QString, fileName );
      QFETCH( QByteArray, content );
      QFETCH( QString, expected );
      const QString path = mFolder.filePath( fileName );
      QVERIFY( writeFile( path, content ) );
      const QByteArray before = fileHash( path );

      QString error;
      QVERIFY( !GwGeoPackageStore::open( path, &error ) );
      QVERIFY2( error.contains( expected ), qPrintable( error ) );
      QVERIFY2( error.contains( fileName ), qPrintable( error ) );
      QCOMPARE( fileHash( path ), before );
      QVERIFY( !QFile::exists( path + QStringLiteral( "-wal" ) ) );
    }

    void plainSqliteDatabaseIsRejected()
    {
      const QString path = mFolder.filePath( QStringLiteral( "plain-sqlite.db" ) );
      sqlite3 *db = nullptr;
      QCOMPARE( sqlite3_open( QFile::encodeName( path ).constData(), &db ), SQLITE_OK );
      QCOMPARE( sqlite3_exec( db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr ), SQLITE_OK );
      sqlite3_close( db );

      QString error;
      QVERIFY( !GwGeoPackageStore::open( path, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "not a GeoPackage" ) ), qPrintable( error ) );
    }

    void missingFileIsReported()
    {
      const QString path = mFolder.filePath( QStringLiteral( "absent.gpkg" ) );
      QString error;
      QVERIFY( !GwGeoPackageStore::open( path, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "not found" ) ), qPrintable( error ) );
      QVERIFY( !QFile::exists( path ) );
    }

    void createNeverOverwrites()
    {
      const QString path = mFolder.filePath( QStringLiteral( "existing.gpkg" ) );
      QVERIFY( writeFile( path, QByteArray( "keep me" ) ) );
      QString error;
      QVERIFY( !GwGeoPackageStore::create( path, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "already exists" ) ), qPrintable( error ) );
      QFile file( path );
      QVERIFY( file.open( QIODevice::ReadOnly ) );
      QCOMPARE( file.readAll(), QByteArray( "keep me" ) );
    }

    void newerSchemaIsRejected()
    {
      const QString path = mFolder.filePath( QStringLiteral( "from-newer-gridwall.gpkg" ) );
      QString error;
      {
        auto store = GwGeoPackageStore::create( path, &error );
        QVERIFY2( store, qPrintable( error ) );
        QVERIFY( store->setMetadata( QStringLiteral( "schema_version" ), QString::number( GwSchema::currentVersion() + 1 ), &error ) );
      }
      QVERIFY( !GwGeoPackageStore::open( path, &error ) );
      QVERIFY2( error.contains( QStringLiteral( "newer" ) ), qPrintable( error ) );
    }

    void fileUsesWriteAheadLog()
    {
      const QString path = mFolder.filePath( QStringLiteral( "wal.gpkg" ) );
      QString error;
      auto store = GwGeoPackageStore::create( path, &error );
      QVERIFY2( store, qPrintable( error ) );
      sqlite3 *db = nullptr;
      QCOMPARE( sqlite3_open_v2( QFile::encodeName( path ).constData(), &db, SQLITE_OPEN_READONLY, nullptr ), SQLITE_OK );
      sqlite3_stmt *statement = nullptr;
      sqlite3_prepare_v2( db, "PRAGMA journal_mode", -1, &statement, nullptr );
      QCOMPARE( sqlite3_step( statement ), SQLITE_ROW );
      QCOMPARE( QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( statement, 0 ) ) ), QStringLiteral( "wal" ) );
      sqlite3_finalize( statement );
      sqlite3_close( db );
    }

  private:
    QTemporaryDir mFolder;
};

QTEST_GUILESS_MAIN( TestGeoPackageStore )
#include "test_geopackagestore.moc"
