// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwchinaoffset.h"
#include "gwosmimporter.h"
#include "gwsourcecrs.h"
#include "gwstore.h"
#include "gwtest.h"
#include "gwvectorsource.h"
#include "gwwkb.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qgsfeedback.h>
#include <qgsvectorlayer.h>

namespace
{
  QString testData( const QString &name )
  {
    return QStringLiteral( GW_SOURCE_DIR "/tests/data/" ) + name;
  }

  // OSM stores coordinates to 7 decimals, so boxes are compared with that resolution.
  constexpr double OsmResolution = 1e-7;

  // QRectF treats a box of zero width (a north–south road) as null and contains nothing in it.
  bool contains( const QRectF &outer, const QRectF &inner )
  {
    return inner.left() >= outer.left() - OsmResolution && inner.right() <= outer.right() + OsmResolution
           && inner.top() >= outer.top() - OsmResolution && inner.bottom() <= outer.bottom() + OsmResolution;
  }

  bool intersects( const QRectF &a, const QRectF &b )
  {
    return a.left() <= b.right() + OsmResolution && b.left() <= a.right() + OsmResolution
           && a.top() <= b.bottom() + OsmResolution && b.top() <= a.bottom() + OsmResolution;
  }

  const QString GuixiOsm = QStringLiteral( "jiangxi_guixi_county_city.osm" );
}

class TestOsmImporter : public QObject
{
    Q_OBJECT

  private slots:
    void init();

    void roadKind_data();
    void roadKind();

    void importGuixiOsm();
    void placeNameInMetadata();
    void importRepairsOrSkipsInvalidBuildings();
    void importFeatureArrayAsGcj02();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void existingTargetUntouched();
    void cancelLeavesNoFile();

    void readDataVBoundaryArray();

  private:
    std::unique_ptr<QTemporaryDir> mDir;
};

void TestOsmImporter::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  QVERIFY( mDir->isValid() );
}

void TestOsmImporter::roadKind_data()
{
  QTest::addColumn<QString>( "highway" );
  QTest::addColumn<QString>( "kind" );

  QTest::newRow( "motorway" ) << QStringLiteral( "motorway" ) << QStringLiteral( "main" );
  QTest::newRow( "trunk" ) << QStringLiteral( "trunk" ) << QStringLiteral( "main" );
  QTest::newRow( "primary_link" ) << QStringLiteral( "primary_link" ) << QStringLiteral( "main" );
  QTest::newRow( "secondary" ) << QStringLiteral( "secondary" ) << QStringLiteral( "secondary" );
  QTest::newRow( "tertiary" ) << QStringLiteral( "tertiary" ) << QStringLiteral( "secondary" );
  QTest::newRow( "residential" ) << QStringLiteral( "residential" ) << QStringLiteral( "minor" );
  QTest::newRow( "unclassified" ) << QStringLiteral( "unclassified" ) << QStringLiteral( "minor" );
  QTest::newRow( "living_street" ) << QStringLiteral( "living_street" ) << QStringLiteral( "minor" );
  QTest::newRow( "service" ) << QStringLiteral( "service" ) << QStringLiteral( "minor" );
  QTest::newRow( "footway" ) << QStringLiteral( "footway" ) << QStringLiteral( "path" );
  QTest::newRow( "steps" ) << QStringLiteral( "steps" ) << QStringLiteral( "path" );
  QTest::newRow( "cycleway" ) << QStringLiteral( "cycleway" ) << QStringLiteral( "path" );
  QTest::newRow( "track" ) << QStringLiteral( "track" ) << QStringLiteral( "path" );
  QTest::newRow( "Geofabrik track_grade2" ) << QStringLiteral( "track_grade2" ) << QStringLiteral( "path" );
  QTest::newRow( "pedestrian" ) << QStringLiteral( "pedestrian" ) << QStringLiteral( "lane" );
  QTest::newRow( "unknown value" ) << QStringLiteral( "bus_guideway" ) << QStringLiteral( "lane" );
  QTest::newRow( "proposed is not built" ) << QStringLiteral( "proposed" ) << QString();
  QTest::newRow( "abandoned is not built" ) << QStringLiteral( "abandoned" ) << QString();
}

void TestOsmImporter::roadKind()
{
  QFETCH( QString, highway );
  QFETCH( QString, kind );

  QCOMPARE( GwOsmImporter::roadKind( highway ), kind );
}

void TestOsmImporter::placeNameInMetadata()
{
  GwImportOptions options;
  options.sourcePath = testData( QStringLiteral( "osm-building-self-intersecting.osm" ) );
  options.targetPath = mDir->filePath( QStringLiteral( "named.gpkg" ) );
  options.placeName = QStringLiteral( "贵溪市" );

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY2( importer.run( options, nullptr, report, &error ), qPrintable( error ) );

  std::unique_ptr<GwStore> store = GwStore::open( options.targetPath, &error );
  QVERIFY2( store, qPrintable( error ) );
  QCOMPARE( store->metadata( QStringLiteral( "subdistrict_name" ) ), QStringLiteral( "贵溪市" ) );
}

void TestOsmImporter::importGuixiOsm()
{
  GwImportOptions options;
  options.sourcePath = mDir->filePath( GuixiOsm );
  QVERIFY( QFile::copy( testData( GuixiOsm ), options.sourcePath ) );
  options.targetPath = mDir->filePath( QStringLiteral( "guixi.gpkg" ) );

  QgsFeedback feedback;
  double lastProgress = -1;
  connect( &feedback, &QgsFeedback::progressChanged, this, [&lastProgress]( double progress ) { lastProgress = progress; } );

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY2( importer.run( options, &feedback, report, &error ), qPrintable( error ) );

  // The file has 178 highway tags (grep): 176 on ways and 2 highway=crossing on nodes, which
  // are points and not roads. It has 165 ways tagged building and no building relations
  // (counted with Python's ElementTree). Every one of them is a valid geometry.
  QCOMPARE( report.roads, 176 );
  QCOMPARE( report.buildings, 165 );
  QCOMPARE( report.skipped, 0 );
  QCOMPARE( lastProgress, 100.0 );
  QVERIFY( !QFile::exists( options.targetPath + QStringLiteral( ".partial" ) ) );

  std::unique_ptr<GwStore> store = GwStore::open( options.targetPath, &error );
  QVERIFY2( store, qPrintable( error ) );
  QCOMPARE( store->count( QStringLiteral( "roads" ), {}, &error ), qint64( report.roads ) );
  QCOMPARE( store->count( QStringLiteral( "buildings" ), {}, &error ), qint64( report.buildings ) );
  QCOMPARE( store->metadata( QStringLiteral( "subdistrict_name" ) ), QStringLiteral( "jiangxi_guixi_county_city" ) );
  QCOMPARE( store->metadata( QStringLiteral( "source_crs" ) ), QStringLiteral( "wgs84" ) );
  QCOMPARE( store->metadata( QStringLiteral( "attribution" ) ), QStringLiteral( "© OpenStreetMap contributors" ) );

  // 贵溪大道 is the name of 10 highway ways in the file; UTF-8 must come through unchanged.
  const QVariantMap namedRoad = { { QStringLiteral( "name" ), QString::fromUtf8( "贵溪大道" ) } };
  QCOMPARE( store->count( QStringLiteral( "roads" ), namedRoad, &error ), qint64( 10 ) );
  QVERIFY( store->count( QStringLiteral( "roads" ), { { QStringLiteral( "kind" ), QStringLiteral( "main" ) } }, &error ) > 0 );

  // The <bounds> element is lon 117.19116–117.25519, lat 28.28171–28.32252. Whole ways are
  // exported, so 19 of them reach past it; every node of the file lies within
  // lon 117.1186792–117.4081944, lat 28.2330505–28.4296398 (computed from its <node> elements).
  const QRectF exportBox( QPointF( 117.19116, 28.28171 ), QPointF( 117.25519, 28.32252 ) );
  const QRectF nodeBox( QPointF( 117.1186792, 28.2330505 ), QPointF( 117.4081944, 28.4296398 ) );
  for ( const QString &table : { QStringLiteral( "roads" ), QStringLiteral( "buildings" ) } )
  {
    const QVector<GwFeature> features = store->features( table, {}, &error );
    QVERIFY2( !features.isEmpty(), qPrintable( error ) );
    for ( const GwFeature &feature : features )
    {
      QRectF envelope;
      QVERIFY( GwWkb::envelope( feature.wkb, envelope ) );
      const QString where = table + QLatin1Char( ' ' ) + feature.attributes.value( QStringLiteral( "osm_id" ) ).toString();
      QVERIFY2( contains( nodeBox, envelope ), qPrintable( where ) );
      QVERIFY2( intersects( exportBox, envelope ), qPrintable( where ) );
    }
    const GwWkb::Type expected = table == QLatin1String( "roads" ) ? GwWkb::Type::LineString : GwWkb::Type::MultiPolygon;
    QCOMPARE( GwWkb::type( features.first().wkb ), expected );
  }
  store.reset();

  const QString ogrinfo = QStandardPaths::findExecutable( QStringLiteral( "ogrinfo" ) );
  if ( ogrinfo.isEmpty() )
    QSKIP( "ogrinfo (package gdal-bin) is not installed, so the GDAL check of the output is skipped." );
  QProcess process;
  process.start( ogrinfo, { QStringLiteral( "-ro" ), QStringLiteral( "-so" ), options.targetPath, QStringLiteral( "roads" ) } );
  QVERIFY( process.waitForFinished( -1 ) );
  const QString output = QString::fromUtf8( process.readAllStandardOutput() );
  QCOMPARE( process.exitCode(), 0 );
  QVERIFY2( output.contains( QStringLiteral( "Feature Count: %1" ).arg( report.roads ) ), qPrintable( output ) );
}

void TestOsmImporter::importRepairsOrSkipsInvalidBuildings()
{
  GwImportOptions options;
  options.sourcePath = testData( QStringLiteral( "osm-building-self-intersecting.osm" ) );
  options.targetPath = mDir->filePath( QStringLiteral( "repaired.gpkg" ) );

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY2( importer.run( options, nullptr, report, &error ), qPrintable( error ) );

  // way 101 is a bowtie that makeValid() splits into two triangles; way 102 has three
  // collinear nodes, which no repair turns into an area; way 202 is highway=proposed.
  QCOMPARE( report.buildings, 2 );
  QCOMPARE( report.roads, 2 );
  QCOMPARE( report.skipped, 2 );
  QVERIFY2( report.warnings.filter( QStringLiteral( "way/102" ) ).size() == 1, qPrintable( report.warnings.join( QLatin1Char( '\n' ) ) ) );
  QVERIFY2( report.warnings.filter( QStringLiteral( "way/202" ) ).size() == 1, qPrintable( report.warnings.join( QLatin1Char( '\n' ) ) ) );

  std::unique_ptr<GwStore> store = GwStore::open( options.targetPath, &error );
  QVERIFY2( store, qPrintable( error ) );
  const QVector<GwFeature> tower = store->features( QStringLiteral( "buildings" ), { { QStringLiteral( "osm_id" ), QStringLiteral( "way/103" ) } }, &error );
  QCOMPARE( tower.size(), 1 );
  QCOMPARE( tower.first().attributes.value( QStringLiteral( "floors" ) ).toInt(), 6 );
  QCOMPARE( tower.first().attributes.value( QStringLiteral( "name" ) ).toString(), QString::fromUtf8( "东湖小区1栋" ) );

  const QVector<GwFeature> bowtie = store->features( QStringLiteral( "buildings" ), { { QStringLiteral( "osm_id" ), QStringLiteral( "way/101" ) } }, &error );
  QCOMPARE( bowtie.size(), 1 );
  QCOMPARE( GwWkb::type( bowtie.first().wkb ), GwWkb::Type::MultiPolygon );

  // highway=construction with construction=secondary takes the class it is being built as.
  const QVector<GwFeature> building = store->features( QStringLiteral( "roads" ), { { QStringLiteral( "osm_id" ), QStringLiteral( "way/201" ) } }, &error );
  QCOMPARE( building.size(), 1 );
  QCOMPARE( building.first().attributes.value( QStringLiteral( "kind" ) ).toString(), QStringLiteral( "secondary" ) );
}

void TestOsmImporter::importFeatureArrayAsGcj02()
{
  const QString path = testData( QStringLiteral( "geojson-feature-array-without-featurecollection.json" ) );
  QString error;
  const std::unique_ptr<GwVectorSource> source = GwVectorSource::open( path, &error );
  QVERIFY2( source, qPrintable( error ) );
  QVERIFY( source->isRewrappedFeatureArray() );

  GwImportOptions options;
  options.sourcePath = path;
  options.targetPath = mDir->filePath( QStringLiteral( "array.gpkg" ) );
  options.sourceCrs = QStringLiteral( "gcj02" );
  GwOsmImporter importer;
  GwImportReport report;
  QVERIFY2( importer.run( options, nullptr, report, &error ), qPrintable( error ) );
  QCOMPARE( report.roads, 1 );
  QCOMPARE( report.buildings, 1 );

  std::unique_ptr<GwStore> store = GwStore::open( options.targetPath, &error );
  QCOMPARE( store->metadata( QStringLiteral( "source_crs" ) ), QStringLiteral( "gcj02" ) );
  const QVector<GwFeature> buildings = store->features( QStringLiteral( "buildings" ), {}, &error );
  QCOMPARE( buildings.size(), 1 );
  QCOMPARE( buildings.first().attributes.value( QStringLiteral( "floors" ) ).toInt(), 11 );

  // The south-west corner is GCJ-02 (111.8860, 29.6140) in the file; stored is its WGS84 position.
  const QPointF expected = GwChinaOffset::gcj02ToWgs84( QPointF( 111.8860, 29.6140 ) );
  QgsGeometry stored;
  stored.fromWkb( buildings.first().wkb );
  const QgsPointXY first = stored.vertexAt( 0 );
  QVERIFY2( std::fabs( first.x() - expected.x() ) < 1e-9, qPrintable( stored.asWkt( 9 ) ) );
  QVERIFY2( std::fabs( first.y() - expected.y() ) < 1e-9, qPrintable( stored.asWkt( 9 ) ) );
  QVERIFY( std::fabs( expected.x() - 111.8860 ) > 0.001 );
}

void TestOsmImporter::rejectsBadInput_data()
{
  QTest::addColumn<QString>( "sourceName" );
  QTest::addColumn<QByteArray>( "sourceContent" );
  QTest::addColumn<QString>( "sourceCrs" );
  QTest::addColumn<QString>( "expectedInError" );

  QTest::newRow( "missing file" ) << QStringLiteral( "missing.osm" ) << QByteArray() << QStringLiteral( "wgs84" ) << QStringLiteral( "not found" );
  QTest::newRow( "text file named .osm" ) << QStringLiteral( "plain-text-named.osm" ) << QByteArray( "just a note, not OSM XML\n" )
                                          << QStringLiteral( "wgs84" ) << QStringLiteral( "invalid" );
  QTest::newRow( "unknown source CRS" ) << GuixiOsm << QByteArray() << QStringLiteral( "mercator" ) << QStringLiteral( "mercator" );
  // The Guixi data are WGS84 degrees; read as EPSG:4548 metres they lie on the equator.
  QTest::newRow( "degrees read as Gauss-Kruger" ) << GuixiOsm << QByteArray() << QStringLiteral( "EPSG:4548" ) << QStringLiteral( "EPSG:4548" );
}

void TestOsmImporter::rejectsBadInput()
{
  QFETCH( QString, sourceName );
  QFETCH( QByteArray, sourceContent );
  QFETCH( QString, sourceCrs );
  QFETCH( QString, expectedInError );

  GwImportOptions options;
  options.sourcePath = mDir->filePath( sourceName );
  if ( !sourceContent.isEmpty() )
  {
    QFile file( options.sourcePath );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( sourceContent );
  }
  else if ( sourceName == GuixiOsm )
  {
    QVERIFY( QFile::copy( testData( GuixiOsm ), options.sourcePath ) );
  }
  options.targetPath = mDir->filePath( QStringLiteral( "out.gpkg" ) );
  options.sourceCrs = sourceCrs;

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY( !importer.run( options, nullptr, report, &error ) );
  QVERIFY2( error.contains( expectedInError ), qPrintable( error ) );
  QVERIFY( !QFile::exists( options.targetPath ) );
  QVERIFY( !QFile::exists( options.targetPath + QStringLiteral( ".partial" ) ) );
}

void TestOsmImporter::existingTargetUntouched()
{
  GwImportOptions options;
  options.sourcePath = testData( GuixiOsm );
  options.targetPath = mDir->filePath( QStringLiteral( "existing.gpkg" ) );
  const QByteArray content( "an existing file that the import must not touch" );
  {
    QFile file( options.targetPath );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( content );
  }

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY( !importer.run( options, nullptr, report, &error ) );
  QVERIFY2( error.contains( QLatin1String( "already exists" ) ), qPrintable( error ) );

  QFile file( options.targetPath );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  QCOMPARE( file.readAll(), content );
}

void TestOsmImporter::cancelLeavesNoFile()
{
  GwImportOptions options;
  options.sourcePath = testData( GuixiOsm );
  options.targetPath = mDir->filePath( QStringLiteral( "cancelled.gpkg" ) );

  // Cancel once reading is under way, as a user pressing Cancel would.
  QgsFeedback feedback;
  connect( &feedback, &QgsFeedback::progressChanged, this, [&feedback]( double progress ) {
    if ( progress > 10 )
      feedback.cancel();
  } );

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY( !importer.run( options, &feedback, report, &error ) );
  QVERIFY( feedback.isCanceled() );
  QVERIFY2( error.contains( QLatin1String( "cancelled" ) ), qPrintable( error ) );
  QVERIFY( !QFile::exists( options.targetPath ) );
  QVERIFY( !QFile::exists( options.targetPath + QStringLiteral( ".partial" ) ) );
}

void TestOsmImporter::readDataVBoundaryArray()
{
  // This file has no stated licence, so it is read from the shared data folder, not copied.
  const QString path = QStringLiteral( GW_SOURCE_DIR "/../shared/data/boundaries/datav_430781.json" );
  if ( !QFile::exists( path ) )
    QSKIP( "The shared data folder with datav_430781.json (津市市 outline, no licence stated) is absent." );

  QString error;
  const std::unique_ptr<GwVectorSource> source = GwVectorSource::open( path, &error );
  QVERIFY2( source, qPrintable( error ) );
  QVERIFY( source->isRewrappedFeatureArray() );
  QCOMPARE( source->layers().size(), 1 );

  const GwVectorSource::Layer layer = source->layers().first();
  QgsVectorLayer vectorLayer( layer.uri, layer.name, QStringLiteral( "ogr" ) );
  QVERIFY( vectorLayer.isValid() );
  QCOMPARE( vectorLayer.featureCount(), 1LL );
  QgsFeature feature;
  QVERIFY( vectorLayer.getFeatures().nextFeature( feature ) );
  QCOMPARE( feature.attribute( QStringLiteral( "name" ) ).toString(), QString::fromUtf8( "津市市" ) );

  const GwSourceCrs gcj02 = GwSourceCrs::fromChoice( QStringLiteral( "gcj02" ), &error );
  QgsGeometry outline = feature.geometry();
  const QgsPointXY firstVertex = outline.vertexAt( 0 );
  const QgsPointXY centroid = outline.centroid().asPoint();
  QVERIFY2( gcj02.transformToWgs84( outline, &error ), qPrintable( error ) );

  // Every vertex moves to the point that GwChinaOffset::gcj02ToWgs84() computes for it.
  const QPointF expectedFirst = GwChinaOffset::gcj02ToWgs84( firstVertex.toQPointF() );
  QVERIFY( std::fabs( outline.vertexAt( 0 ).x() - expectedFirst.x() ) < 1e-9 );
  QVERIFY( std::fabs( outline.vertexAt( 0 ).y() - expectedFirst.y() ) < 1e-9 );

  // Near lon 111.88, lat 29.5 the GCJ-02 offset is a few hundred metres, 0.004–0.006° in
  // longitude. The outline's centroid moves west by that much, towards its WGS84 position.
  const QgsPointXY movedCentroid = outline.centroid().asPoint();
  const QPointF expectedCentroid = GwChinaOffset::gcj02ToWgs84( centroid.toQPointF() );
  const double shift = centroid.x() - movedCentroid.x();
  QVERIFY2( shift > 0.004 && shift < 0.006, qPrintable( QString::number( shift, 'f', 6 ) ) );
  // The offset varies across the 60 km outline, so the moved outline's centroid is not exactly
  // the moved centroid: measured 1.6e-4° in longitude and 2.3e-5° in latitude, hence 5e-4°,
  // still less than a tenth of the shift.
  QVERIFY2( std::fabs( movedCentroid.x() - expectedCentroid.x() ) < 5e-4, qPrintable( QString::number( movedCentroid.x(), 'f', 6 ) ) );
  QVERIFY2( std::fabs( movedCentroid.y() - expectedCentroid.y() ) < 5e-4, qPrintable( QString::number( movedCentroid.y(), 'f', 6 ) ) );
}

GW_QGIS_TEST_MAIN( TestOsmImporter )
#include "test_osmimporter.moc"
