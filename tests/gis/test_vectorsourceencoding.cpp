// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwosmimporter.h"
#include "gwstore.h"
#include "gwtest.h"
#include "gwvectorsource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>

#include <memory>

namespace
{
  // 幸福小区 in GBK, from the GBK code table (checked with `printf 幸福小区 | iconv -t GBK`).
  const QByteArray XingfuXiaoquGbk = QByteArrayLiteral( "\xD0\xD2\xB8\xA3\xD0\xA1\xC7\xF8" );
  // 名称 in GBK, checked the same way.
  const QByteArray MingchengGbk = QByteArrayLiteral( "\xC3\xFB\xB3\xC6" );
  // The same GBK bytes read as Latin-1 (ISO-8859-1): what a reader that ignores the code page shows.
  const QString XingfuXiaoquMojibake = QString::fromLatin1( XingfuXiaoquGbk );

  // Offset of the language driver id (code page byte) in a dBASE III header.
  constexpr qint64 LdidOffset = 29;
  // LDID of code page 936 (GBK).
  constexpr char LdidGbk = 0x4D;
  // LDID of code page 1252 (Windows Western European).
  constexpr char LdidWindows1252 = 0x57;

  const QString XianChPoint = QStringLiteral( "shp_gbk/XianCh_point.shp" );

  /**
   * Writes the polygon shapefile \a baseName.shp into \a dir with one text field,
   * \a fieldName (raw bytes, character 20), holding the raw bytes \a value. Sets the
   * .dbf code page byte to \a ldid, and writes a .cpg with \a cpg unless it is empty.
   * Returns the .shp path, or an empty string when OGR failed.
   */
  QString writeShapefile( const QTemporaryDir &dir, const QString &baseName, const QByteArray &fieldName, const QByteArray &value, char ldid, const QByteArray &cpg )
  {
    const QString shpPath = dir.filePath( baseName + QStringLiteral( ".shp" ) );
    GDALDriverH driver = GDALGetDriverByName( "ESRI Shapefile" );
    if ( !driver )
      return QString();
    GDALDatasetH dataset = GDALCreate( driver, shpPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr );
    if ( !dataset )
      return QString();

    // An empty ENCODING makes OGR store the bytes as given instead of recoding them.
    char **layerOptions = CSLSetNameValue( nullptr, "ENCODING", "" );
    OGRLayerH layer = GDALDatasetCreateLayer( dataset, baseName.toUtf8().constData(), nullptr, wkbPolygon, layerOptions );
    CSLDestroy( layerOptions );

    bool written = false;
    if ( layer )
    {
      OGRFieldDefnH field = OGR_Fld_Create( fieldName.constData(), OFTString );
      OGR_Fld_SetWidth( field, 20 );
      const bool fieldCreated = OGR_L_CreateField( layer, field, TRUE ) == OGRERR_NONE;
      OGR_Fld_Destroy( field );

      OGRFeatureH feature = OGR_F_Create( OGR_L_GetLayerDefn( layer ) );
      OGR_F_SetFieldString( feature, 0, value.constData() );
      // A 100 m square in 津市市, in WGS 84 like the importer's default source CRS.
      QByteArray wkt = QByteArrayLiteral( "POLYGON((111.880 29.610,111.881 29.610,111.881 29.611,111.880 29.611,111.880 29.610))" );
      char *wktCursor = wkt.data();
      OGRGeometryH geometry = nullptr;
      OGR_G_CreateFromWkt( &wktCursor, nullptr, &geometry );
      OGR_F_SetGeometryDirectly( feature, geometry );
      written = fieldCreated && geometry && OGR_L_CreateFeature( layer, feature ) == OGRERR_NONE;
      OGR_F_Destroy( feature );
    }
    GDALClose( dataset );
    if ( !written )
      return QString();

    // GDAL 3.6 writes an empty .cpg for an empty ENCODING; the variants decide for themselves.
    QFile::remove( dir.filePath( baseName + QStringLiteral( ".cpg" ) ) );
    if ( !cpg.isEmpty() )
    {
      QFile cpgFile( dir.filePath( baseName + QStringLiteral( ".cpg" ) ) );
      if ( !cpgFile.open( QIODevice::WriteOnly ) || cpgFile.write( cpg ) != cpg.size() )
        return QString();
    }

    QFile dbf( dir.filePath( baseName + QStringLiteral( ".dbf" ) ) );
    if ( !dbf.open( QIODevice::ReadWrite ) || !dbf.seek( LdidOffset ) || dbf.write( &ldid, 1 ) != 1 )
      return QString();
    return shpPath;
  }

  //! Returns the first of \a values that contains U+FFFD, or an empty string, so that a failure shows the text.
  QString firstUndecodable( const QStringList &values )
  {
    for ( const QString &value : values )
    {
      if ( GwVectorSource::hasUndecodableText( value ) )
        return value;
    }
    return QString();
  }
}

/**
 * Reading and importing shapefiles whose text is GBK, the code page of Chinese shapefiles:
 * declared by the .dbf code page byte, by a .cpg file, chosen by the user, or not at all.
 */
class TestVectorSourceEncoding : public QObject
{
    Q_OBJECT

  private slots:
    void init();

    void readGbkNames_data();
    void readGbkNames();
    void importGbkNames_data();
    void importGbkNames();
    void readXianChNames_data();
    void readXianChNames();

    void undeclaredGbkIsUndecodable_data();
    void undeclaredGbkIsUndecodable();
    void importWarnsUndeclaredGbk();
    void importRejectsUnknownEncoding();
    void encodingIgnoredForUtf8Formats_data();
    void encodingIgnoredForUtf8Formats();

  private:
    //! Rows shared by the read and the import tests: one GBK shapefile variant each.
    void addGbkVariantRows();

    //! Writes the shapefile of the current row; returns its path, or an empty string when OGR failed.
    QString writeCurrentShapefile();

    std::unique_ptr<QTemporaryDir> mDir;
};

void TestVectorSourceEncoding::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  QVERIFY( mDir->isValid() );
}

void TestVectorSourceEncoding::addGbkVariantRows()
{
  QTest::addColumn<QString>( "baseName" );
  QTest::addColumn<QByteArray>( "fieldBytes" );
  QTest::addColumn<QString>( "fieldName" );
  QTest::addColumn<char>( "ldid" );
  QTest::addColumn<QByteArray>( "cpg" );
  QTest::addColumn<QString>( "encoding" );
  QTest::addColumn<QString>( "declaredEncoding" );

  const QByteArray nameBytes = QByteArrayLiteral( "NAME" );
  const QString name = QStringLiteral( "NAME" );
  // QGIS 3.22 names a numeric code page "CP<number>" and returns any other .cpg text as it is.
  QTest::newRow( "LDID 0x4D, no .cpg" ) << QStringLiteral( "shp-gbk-ldid-0x4d-no-cpg" ) << nameBytes << name << LdidGbk << QByteArray() << QString() << QStringLiteral( "CP936" );
  QTest::newRow( "LDID 0, .cpg GBK" ) << QStringLiteral( "shp-gbk-ldid-0-cpg-gbk" ) << nameBytes << name << char( 0 ) << QByteArrayLiteral( "GBK" ) << QString() << QStringLiteral( "GBK" );
  QTest::newRow( "LDID 0, .cpg 936" ) << QStringLiteral( "shp-gbk-ldid-0-cpg-936" ) << nameBytes << name << char( 0 ) << QByteArrayLiteral( "936" ) << QString() << QStringLiteral( "CP936" );
  QTest::newRow( "LDID 0, .cpg CP936" ) << QStringLiteral( "shp-gbk-ldid-0-cpg-cp936" ) << nameBytes << name << char( 0 ) << QByteArrayLiteral( "CP936" ) << QString() << QStringLiteral( "CP936" );
  QTest::newRow( "LDID 0, .cpg GB2312" ) << QStringLiteral( "shp-gbk-ldid-0-cpg-gb2312" ) << nameBytes << name << char( 0 ) << QByteArrayLiteral( "GB2312" ) << QString() << QStringLiteral( "GB2312" );
  QTest::newRow( "LDID 0, .cpg GB18030" ) << QStringLiteral( "shp-gbk-ldid-0-cpg-gb18030" ) << nameBytes << name << char( 0 ) << QByteArrayLiteral( "GB18030" ) << QString() << QStringLiteral( "GB18030" );
  QTest::newRow( "LDID 0, no .cpg, chosen GBK" ) << QStringLiteral( "shp-gbk-ldid-0-no-cpg" ) << nameBytes << name << char( 0 ) << QByteArray() << QStringLiteral( "GBK" ) << QString();
  QTest::newRow( "LDID 0, no .cpg, chosen gbk" ) << QStringLiteral( "shp-gbk-ldid-0-no-cpg-lower-case-choice" ) << nameBytes << name << char( 0 ) << QByteArray() << QStringLiteral( "gbk" ) << QString();
  QTest::newRow( "LDID 0, no .cpg, chosen GB18030" ) << QStringLiteral( "shp-gbk-ldid-0-no-cpg-gb18030-choice" ) << nameBytes << name << char( 0 ) << QByteArray() << QStringLiteral( "GB18030" ) << QString();
  // QGIS reads LDID 0x57 as ISO-8859-1, which turns the name into ÐÒ¸£Ð¡Çø; the user's choice overrides it.
  QTest::newRow( "LDID 0x57, chosen GBK" ) << QStringLiteral( "shp-gbk-ldid-0x57-wrong-code-page" ) << nameBytes << name << LdidWindows1252 << QByteArray() << QStringLiteral( "GBK" ) << QStringLiteral( "ISO-8859-1" );
  QTest::newRow( "GBK field name 名称, chosen GBK" ) << QStringLiteral( "shp-gbk-field-name-no-cpg" ) << MingchengGbk << QString::fromUtf8( "名称" ) << char( 0 ) << QByteArray() << QStringLiteral( "GBK" ) << QString();
}

QString TestVectorSourceEncoding::writeCurrentShapefile()
{
  QFETCH( QString, baseName );
  QFETCH( QByteArray, fieldBytes );
  QFETCH( char, ldid );
  QFETCH( QByteArray, cpg );

  return writeShapefile( *mDir, baseName, fieldBytes, XingfuXiaoquGbk, ldid, cpg );
}

void TestVectorSourceEncoding::readGbkNames_data()
{
  addGbkVariantRows();
}

void TestVectorSourceEncoding::readGbkNames()
{
  QFETCH( QString, fieldName );
  QFETCH( QString, encoding );
  QFETCH( QString, declaredEncoding );

  const QString path = writeCurrentShapefile();
  QVERIFY2( !path.isEmpty(), "Writing the test shapefile with OGR failed." );

  QString error;
  const std::unique_ptr<GwVectorSource> source = GwVectorSource::open( path, &error );
  QVERIFY2( source, qPrintable( error ) );
  QCOMPARE( source->layers().size(), 1 );
  const GwVectorSource::Layer layer = source->layers().first();
  QCOMPARE( layer.driverName, QStringLiteral( "ESRI Shapefile" ) );
  QCOMPARE( source->declaredEncoding( layer ), declaredEncoding );

  source->setEncoding( encoding );
  const QStringList names = source->readTextValues( layer, fieldName, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( names, QStringList { QString::fromUtf8( "幸福小区" ) } );
  QVERIFY( !names.contains( XingfuXiaoquMojibake ) );
}

void TestVectorSourceEncoding::importGbkNames_data()
{
  addGbkVariantRows();
}

void TestVectorSourceEncoding::importGbkNames()
{
  QFETCH( QString, baseName );
  QFETCH( QString, encoding );

  GwImportOptions options;
  options.sourcePath = writeCurrentShapefile();
  QVERIFY2( !options.sourcePath.isEmpty(), "Writing the test shapefile with OGR failed." );
  options.targetPath = mDir->filePath( baseName + QStringLiteral( ".gpkg" ) );
  options.encoding = encoding;

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY2( importer.run( options, nullptr, report, &error ), qPrintable( error ) );
  QCOMPARE( report.buildings, 1 );
  QVERIFY2( report.warnings.filter( QStringLiteral( "U+FFFD" ) ).isEmpty(), qPrintable( report.warnings.join( QLatin1Char( '\n' ) ) ) );

  std::unique_ptr<GwStore> store = GwStore::open( options.targetPath, &error );
  QVERIFY2( store, qPrintable( error ) );
  const QVector<GwFeature> buildings = store->features( QStringLiteral( "buildings" ), {}, &error );
  QCOMPARE( buildings.size(), 1 );
  QCOMPARE( buildings.first().attributes.value( QStringLiteral( "name" ) ).toString(), QString::fromUtf8( "幸福小区" ) );
}

void TestVectorSourceEncoding::readXianChNames_data()
{
  QTest::addColumn<QString>( "encoding" );

  // GB18030 is a superset of GBK, so both read the file's two-byte names alike.
  QTest::newRow( "chosen GBK" ) << QStringLiteral( "GBK" );
  QTest::newRow( "chosen GB18030" ) << QStringLiteral( "GB18030" );
}

void TestVectorSourceEncoding::readXianChNames()
{
  QFETCH( QString, encoding );
  GW_SKIP_WITHOUT_SHARED_DATA( XianChPoint );

  QString error;
  const std::unique_ptr<GwVectorSource> source = GwVectorSource::open( GwTest::sharedDataPath( XianChPoint ), &error );
  QVERIFY2( source, qPrintable( error ) );
  QCOMPARE( source->layers().size(), 1 );
  const GwVectorSource::Layer layer = source->layers().first();

  // The file's .dbf is GBK with LDID 0 and no .cpg. Its NAME field contains 津市市 once, as bytes BD F2 CA D0 CA D0.
  source->setEncoding( encoding );
  const QStringList names = source->readTextValues( layer, QStringLiteral( "NAME" ), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QVERIFY( names.contains( QString::fromUtf8( "津市市" ) ) );
  QCOMPARE( names.count( QString::fromUtf8( "津市市" ) ), 1 );
  QCOMPARE( firstUndecodable( names ), QString() );
}

void TestVectorSourceEncoding::undeclaredGbkIsUndecodable_data()
{
  QTest::addColumn<QString>( "sharedPath" );
  QTest::addColumn<QString>( "fieldName" );

  QTest::newRow( "written GBK, LDID 0, no .cpg" ) << QString() << QStringLiteral( "NAME" );
  QTest::newRow( "XianCh_point, LDID 0, no .cpg" ) << XianChPoint << QStringLiteral( "NAME" );
}

void TestVectorSourceEncoding::undeclaredGbkIsUndecodable()
{
  QFETCH( QString, sharedPath );
  QFETCH( QString, fieldName );

  QString path;
  if ( sharedPath.isEmpty() )
  {
    path = writeShapefile( *mDir, QStringLiteral( "shp-gbk-ldid-0-no-cpg" ), fieldName.toLatin1(), XingfuXiaoquGbk, 0, QByteArray() );
    QVERIFY( !path.isEmpty() );
  }
  else
  {
    GW_SKIP_WITHOUT_SHARED_DATA( sharedPath );
    path = GwTest::sharedDataPath( sharedPath );
  }

  QString error;
  const std::unique_ptr<GwVectorSource> source = GwVectorSource::open( path, &error );
  QVERIFY2( source, qPrintable( error ) );
  const GwVectorSource::Layer layer = source->layers().first();
  QCOMPARE( source->declaredEncoding( layer ), QString() );

  // QGIS 3.22 reads undeclared shapefile text as UTF-8 and puts U+FFFD for each invalid sequence.
  const QStringList names = source->readTextValues( layer, fieldName, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QVERIFY( !names.isEmpty() );
  QVERIFY( !firstUndecodable( names ).isEmpty() );
}

void TestVectorSourceEncoding::importWarnsUndeclaredGbk()
{
  GwImportOptions options;
  options.sourcePath = writeShapefile( *mDir, QStringLiteral( "shp-gbk-ldid-0-no-cpg" ), QByteArrayLiteral( "NAME" ), XingfuXiaoquGbk, 0, QByteArray() );
  QVERIFY( !options.sourcePath.isEmpty() );
  options.targetPath = mDir->filePath( QStringLiteral( "undeclared.gpkg" ) );

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY2( importer.run( options, nullptr, report, &error ), qPrintable( error ) );
  QCOMPARE( report.buildings, 1 );

  const QStringList warnings = report.warnings.filter( QStringLiteral( "--encoding GB18030" ) );
  QVERIFY2( warnings.size() == 1, qPrintable( report.warnings.join( QLatin1Char( '\n' ) ) ) );
  QVERIFY2( warnings.first().contains( options.sourcePath ), qPrintable( warnings.first() ) );
  QVERIFY2( warnings.first().contains( QStringLiteral( "1 feature" ) ), qPrintable( warnings.first() ) );
}

void TestVectorSourceEncoding::importRejectsUnknownEncoding()
{
  GwImportOptions options;
  options.sourcePath = writeShapefile( *mDir, QStringLiteral( "shp-gbk-ldid-0-no-cpg" ), QByteArrayLiteral( "NAME" ), XingfuXiaoquGbk, 0, QByteArray() );
  QVERIFY( !options.sourcePath.isEmpty() );
  options.targetPath = mDir->filePath( QStringLiteral( "unknown-encoding.gpkg" ) );
  options.encoding = QStringLiteral( "GBK-2000" );

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY( !importer.run( options, nullptr, report, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "GBK-2000" ) ), qPrintable( error ) );
  QVERIFY( !QFile::exists( options.targetPath ) );
}

void TestVectorSourceEncoding::encodingIgnoredForUtf8Formats_data()
{
  QTest::addColumn<QString>( "dataFile" );
  QTest::addColumn<QString>( "sourceCrs" );

  QTest::newRow( "GeoJSON" ) << QStringLiteral( "geojson-feature-array-without-featurecollection.json" ) << QStringLiteral( "gcj02" );
  QTest::newRow( "OSM XML" ) << QStringLiteral( "osm-building-self-intersecting.osm" ) << QStringLiteral( "wgs84" );
}

void TestVectorSourceEncoding::encodingIgnoredForUtf8Formats()
{
  QFETCH( QString, dataFile );
  QFETCH( QString, sourceCrs );

  GwImportOptions options;
  options.sourcePath = GwTest::testDataPath( dataFile );
  options.targetPath = mDir->filePath( QStringLiteral( "utf8.gpkg" ) );
  options.sourceCrs = sourceCrs;
  options.encoding = QStringLiteral( "GBK" );

  GwOsmImporter importer;
  GwImportReport report;
  QString error;
  QVERIFY2( importer.run( options, nullptr, report, &error ), qPrintable( error ) );
  // The OSM file is read as two layers (lines, multipolygons) but the warning concerns the file, so it is listed once.
  const QStringList notApplied = report.warnings.filter( QStringLiteral( "GBK is not applied" ) );
  QVERIFY2( notApplied.size() == 1, qPrintable( report.warnings.join( QLatin1Char( '\n' ) ) ) );
  QVERIFY2( notApplied.first().contains( options.sourcePath ), qPrintable( notApplied.first() ) );
  QVERIFY2( report.warnings.filter( QStringLiteral( "U+FFFD" ) ).isEmpty(), qPrintable( report.warnings.join( QLatin1Char( '\n' ) ) ) );
}

GW_QGIS_TEST_MAIN( TestVectorSourceEncoding )
#include "test_vectorsourceencoding.moc"
