// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdomainterms.h"
#include "gwlayercatalog.h"
#include "gwlayerdefinition.h"
#include "gwresourcepaths.h"
#include "gwtest.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatetransform.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#include <memory>

namespace
{
  // The fixture is drawn in local metres and placed at 汪家桥街道 (lon 111.875,
  // lat 29.605). The factors are the length of one degree of longitude and latitude
  // at latitude 29.6° on the WGS84 ellipsoid, rounded to the metre. That is ample
  // for fixture geometry.
  constexpr double ORIGIN_LON = 111.875;
  constexpr double ORIGIN_LAT = 29.605;
  constexpr double METRES_PER_DEGREE_LON = 96860;
  constexpr double METRES_PER_DEGREE_LAT = 110846;

  // Replaces every "x y" pair of local metres in a WKT string by "lon lat".
  QString toLonLatWkt( const char *localWkt )
  {
    static const QRegularExpression pair( QStringLiteral( "(-?\\d+(?:\\.\\d+)?) (-?\\d+(?:\\.\\d+)?)" ) );
    const QString wkt = QString::fromLatin1( localWkt );

    QString result;
    int last = 0;
    QRegularExpressionMatchIterator it = pair.globalMatch( wkt );
    while ( it.hasNext() )
    {
      const QRegularExpressionMatch match = it.next();
      const double lon = ORIGIN_LON + match.captured( 1 ).toDouble() / METRES_PER_DEGREE_LON;
      const double lat = ORIGIN_LAT + match.captured( 2 ).toDouble() / METRES_PER_DEGREE_LAT;
      result += wkt.mid( last, match.capturedStart() - last );
      result += QString::number( lon, 'f', 7 ) + QLatin1Char( ' ' ) + QString::number( lat, 'f', 7 );
      last = match.capturedEnd();
    }
    result += wkt.mid( last );
    return result;
  }

  struct FixtureField
  {
    const char *name;
    OGRFieldType type;
  };

  // One table of the fixture GeoPackage. Each row contains the geometry as WKT in
  // local metres, then one value per field as UTF-8 text. A nullptr is a NULL value.
  struct FixtureTable
  {
    const char *name;
    OGRwkbGeometryType geometryType;
    QVector<FixtureField> fields;
    QVector<QVector<const char *>> rows;
  };

  // A small made-up subdistrict, 1.6 km by 1 km, with the tables and fields that the
  // store writes. It has two communities with two grids each and roads of every kind.
  // It covers the three compound kinds, every building kind and a building without a
  // kind. Plates, cameras online, offline and of unknown status, open and finished
  // incidents, staff (one without a position) and organisations complete it.
  QVector<FixtureTable> fixtureTables()
  {
    return {
      { "communities", wkbMultiPolygon,
        { { "code", OFTString }, { "name", OFTString } },
        {
          { "MULTIPOLYGON(((0 40,800 0,800 1000,60 980,0 40)))", "430781002004", "汪家桥社区" },
          { "MULTIPOLYGON(((800 0,1600 0,1600 1000,800 1000,800 0)))", "430781002009", "城东社区" },
        } },
      { "grids", wkbPolygon,
        { { "code", OFTString }, { "name", OFTString }, { "community_code", OFTString }, { "households", OFTInteger } },
        {
          { "POLYGON((0 40,800 0,800 500,30 500,0 40))", "430781002004-01", "汪家桥社区第1网格", "430781002004", "1180" },
          { "POLYGON((30 500,800 500,800 1000,60 980,30 500))", "430781002004-02", "汪家桥社区第2网格", "430781002004", "1046" },
          { "POLYGON((800 0,1600 0,1600 500,800 500,800 0))", "430781002009-01", "城东社区第1网格", "430781002009", "1312" },
          { "POLYGON((800 500,1600 500,1600 1000,800 1000,800 500))", "430781002009-02", "城东社区第2网格", "430781002009", "987" },
        } },
      { "roads", wkbLineString,
        { { "name", OFTString }, { "kind", OFTString }, { "source", OFTString }, { "osm_id", OFTString } },
        {
          { "LINESTRING(0 500,400 505,800 500,1200 495,1600 500)", "东湖路", "main", "demo", nullptr },
          { "LINESTRING(800 0,800 1000)", "人民路", "main", "demo", nullptr },
          { "LINESTRING(0 250,800 240,1600 260)", "建设街", "secondary", "demo", nullptr },
          { "LINESTRING(1200 0,1210 500,1190 1000)", "油榨坊路", "minor", "demo", nullptr },
          { "LINESTRING(400 505,395 750,410 1000)", "新村巷", "lane", "demo", nullptr },
          { "LINESTRING(0 930,300 950,600 940,800 960)", "澹水河堤小道", "path", "osm", "way/1001" },
        } },
      { "compounds", wkbPolygon,
        { { "name", OFTString }, { "kind", OFTString }, { "grid_code", OFTString } },
        {
          { "POLYGON((450 600,720 600,720 880,450 880,450 600))", "东湖小区", "property_managed", "430781002004-02" },
          { "POLYGON((900 80,1150 80,1150 220,900 220,900 80))", "城东新村", "self_managed", "430781002009-01" },
          { "POLYGON((1280 620,1520 620,1520 820,1280 820,1280 620))", "粮食局宿舍", "work_unit", "430781002009-02" },
        } },
      { "buildings", wkbMultiPolygon,
        { { "name", OFTString }, { "kind", OFTString }, { "compound_id", OFTInteger }, { "grid_code", OFTString },
          { "floors", OFTInteger }, { "source", OFTString }, { "osm_id", OFTString } },
        {
          { "MULTIPOLYGON(((475 630,565 630,565 654,475 654,475 630)))", "1栋", "commercial", "1", "430781002004-02", "11", "demo", nullptr },
          { "MULTIPOLYGON(((600 630,690 630,690 654,600 654,600 630)))", "2栋", "commercial", "1", "430781002004-02", "11", "demo", nullptr },
          { "MULTIPOLYGON(((475 720,565 720,565 744,475 744,475 720)))", "3栋", "commercial", "1", "430781002004-02", "18", "demo", nullptr },
          { "MULTIPOLYGON(((600 720,690 720,690 744,600 744,600 720)))", "4栋", "commercial", "1", "430781002004-02", "18", "demo", nullptr },
          { "MULTIPOLYGON(((475 810,565 810,565 834,475 834,475 810)))", "5栋", "commercial", "1", "430781002004-02", "6", "demo", nullptr },
          { "MULTIPOLYGON(((600 810,690 810,690 834,600 834,600 810)))", "6栋", "commercial", "1", "430781002004-02", "6", "demo", nullptr },
          { "MULTIPOLYGON(((100 515,150 515,150 535,100 535,100 515)))", "东湖路3号门面", "shop_front", nullptr, "430781002004-02", "2", "demo", nullptr },
          { "MULTIPOLYGON(((180 516,230 516,230 536,180 536,180 516)))", "东湖路5号门面", "shop_front", nullptr, "430781002004-02", "2", "demo", nullptr },
          { "MULTIPOLYGON(((260 518,310 518,310 538,260 538,260 518)))", "东湖路7号门面", "shop_front", nullptr, "430781002004-02", "3", "demo", nullptr },
          { "MULTIPOLYGON(((850 465,900 465,900 485,850 485,850 465)))", "人民路2号门面", "shop_front", nullptr, "430781002009-01", "2", "demo", nullptr },
          { "MULTIPOLYGON(((930 464,980 464,980 484,930 484,930 464)))", "人民路4号门面", "shop_front", nullptr, "430781002009-01", "2", "demo", nullptr },
          { "MULTIPOLYGON(((920 100,940 100,940 115,920 115,920 100)))", "城东新村1号", "self_built", "2", "430781002009-01", "3", "demo", nullptr },
          { "MULTIPOLYGON(((960 100,980 100,980 115,960 115,960 100)))", "城东新村2号", "self_built", "2", "430781002009-01", "3", "demo", nullptr },
          { "MULTIPOLYGON(((1000 150,1020 150,1020 165,1000 165,1000 150)))", "城东新村3号", "self_built", "2", "430781002009-01", "4", "demo", nullptr },
          { "MULTIPOLYGON(((120 300,140 300,140 318,120 318,120 300)))", "建设街12号", "self_built", nullptr, "430781002004-01", "3", "osm", "way/2001" },
          { "MULTIPOLYGON(((180 320,200 320,200 338,180 338,180 320)))", "建设街14号", "self_built", nullptr, "430781002004-01", "2", "osm", "way/2002" },
          { "MULTIPOLYGON(((1300 640,1400 640,1400 670,1300 670,1300 640)))", "粮食局办公楼", "other", "3", "430781002009-02", "5", "demo", nullptr },
          { "MULTIPOLYGON(((1300 720,1400 720,1400 745,1300 745,1300 720)))", "粮食局宿舍1栋", "commercial", "3", "430781002009-02", "6", "demo", nullptr },
          { "MULTIPOLYGON(((1420 720,1500 720,1500 745,1420 745,1420 720)))", "粮食局宿舍2栋", nullptr, "3", "430781002009-02", "6", "demo", nullptr },
        } },
      { "plates", wkbPoint,
        { { "kind", OFTString }, { "number", OFTString }, { "label", OFTString }, { "road_name", OFTString },
          { "grid_code", OFTString }, { "sequence", OFTInteger } },
        {
          { "POINT(125 512)", "door", "3", "东湖路3号", "东湖路", "430781002004-02", "1" },
          { "POINT(205 513)", "door", "5", "东湖路5号", "东湖路", "430781002004-02", "2" },
          { "POINT(285 515)", "door", "7", "东湖路7号", "东湖路", "430781002004-02", "3" },
          { "POINT(875 488)", "door", "2", "人民路2号", "人民路", "430781002009-01", "1" },
          { "POINT(955 487)", "door", "4", "人民路4号", "人民路", "430781002009-01", "2" },
          { "POINT(520 627)", "building", "1", "东湖小区1栋", nullptr, "430781002004-02", "4" },
          { "POINT(645 627)", "building", "2", "东湖小区2栋", nullptr, "430781002004-02", "5" },
          { "POINT(500 657)", "unit", "1", "1单元", nullptr, "430781002004-02", "6" },
        } },
      { "cameras", wkbPoint,
        { { "device_id", OFTString }, { "name", OFTString }, { "source", OFTString }, { "kind", OFTString },
          { "direction_deg", OFTReal }, { "fov_deg", OFTReal }, { "range_m", OFTReal }, { "online", OFTInteger },
          { "status_changed_at", OFTString }, { "grid_code", OFTString }, { "compound_id", OFTInteger } },
        {
          { "POINT(805 505)", "43078100001320000001", "人民路东湖路口", "tianwang", "dome", nullptr, "360", "80", "1", "2024-03-01T00:00:00Z", "430781002009-01", nullptr },
          { "POINT(455 700)", "43078100001320000002", "东湖小区西门", "xueliang", "hd", "90", "70", "50", "1", "2024-03-01T00:00:00Z", "430781002004-02", "1" },
          { "POINT(715 605)", "43078100001320000003", "东湖小区东南角", "xueliang", "hd", "315", "60", "50", "0", "2024-03-02T08:15:00Z", "430781002004-02", "1" },
          { "POINT(1195 500)", "43078100001320000004", "东湖路油榨坊路口", "traffic", "legacy", "270", "45", "60", "0", "2024-03-02T09:40:00Z", "430781002009-02", nullptr },
          { "POINT(1210 250)", "43078100001320000005", "油榨坊路建设街口", "traffic", "hd", "0", "60", "60", "1", "2024-03-01T00:00:00Z", "430781002009-01", nullptr },
          { "POINT(800 245)", "43078100001320000006", "人民路建设街口", "tianwang", "hd", "180", "60", "60", "1", "2024-03-01T00:00:00Z", "430781002009-01", nullptr },
          { "POINT(1390 615)", "43078100001320000007", "粮食局宿舍大门", "xueliang", "hd", "200", "90", "40", nullptr, nullptr, "430781002009-02", "3" },
          { "POINT(400 980)", "43078100001320000008", "新村巷北口", "education", "hd", "135", "60", "40", "1", "2024-03-01T00:00:00Z", "430781002004-02", nullptr },
        } },
      { "incidents", wkbPoint,
        { { "client_id", OFTString }, { "category", OFTString }, { "source", OFTString }, { "state", OFTString },
          { "priority", OFTInteger }, { "title", OFTString }, { "grid_code", OFTString }, { "reported_at", OFTString },
          { "updated_at", OFTString }, { "closed_at", OFTString }, { "resolution", OFTString }, { "version", OFTInteger } },
        {
          { "POINT(1340 700)", "c-0001", "fire_smoke", "camera_alarm", "reported", "1", "粮食局宿舍冒烟", "430781002009-02", "2024-03-02T10:00:00Z", "2024-03-02T10:00:00Z", nullptr, nullptr, "1" },
          { "POINT(560 690)", "c-0002", "dispute_neighbour", "grid_worker", "dispatched", "2", "楼上漏水邻里纠纷", "430781002004-02", "2024-03-02T08:30:00Z", "2024-03-02T08:45:00Z", nullptr, nullptr, "2" },
          { "POINT(300 900)", "c-0003", "dumping", "drone", "on_site", "3", "河堤倾倒垃圾", "430781002004-02", "2024-03-02T07:10:00Z", "2024-03-02T09:00:00Z", nullptr, nullptr, "4" },
          { "POINT(1000 300)", "c-0004", "safety_hazard", "hotline", "accepted", "2", "电线私拉乱接", "430781002009-01", "2024-03-02T06:00:00Z", "2024-03-02T06:20:00Z", nullptr, nullptr, "3" },
          { "POINT(820 700)", "c-0005", "traffic_order", "resident_group", "reported", "3", "路口车辆乱停", "430781002009-02", "2024-03-02T09:50:00Z", "2024-03-02T09:50:00Z", nullptr, nullptr, "1" },
          { "POINT(200 200)", "c-0006", "dispute_family", "grid_worker", "closed", "3", "家庭纠纷", "430781002004-01", "2024-02-20T10:00:00Z", "2024-02-21T15:00:00Z", "2024-02-21T15:00:00Z", "grid_mediation", "6" },
          { "POINT(1100 850)", "c-0007", "sanitation", "platform_580", "resolved", "4", "垃圾桶满溢", "430781002009-02", "2024-03-01T08:00:00Z", "2024-03-01T11:00:00Z", nullptr, nullptr, "5" },
          { "POINT(650 300)", "c-0008", "resident_request", "hotline", "closed", "4", "路灯不亮", "430781002004-01", "2024-02-25T19:00:00Z", "2024-02-26T10:00:00Z", "2024-02-26T10:00:00Z", "department", "5" },
          { "POINT(1450 400)", "c-0009", "crowd", "camera_alarm", "rejected", "3", "人员聚集误报", "430781002009-01", "2024-03-01T20:00:00Z", "2024-03-01T20:10:00Z", "2024-03-01T20:10:00Z", nullptr, "2" },
          { "POINT(1195 520)", "c-0010", "camera_offline", "camera_alarm", "merged", "4", "探头离线", "430781002009-02", "2024-03-02T09:40:00Z", "2024-03-02T09:41:00Z", "2024-03-02T09:41:00Z", nullptr, "2" },
        } },
      { "staff", wkbPoint,
        { { "name", OFTString }, { "role", OFTString }, { "grid_code", OFTString }, { "community_code", OFTString },
          { "phone", OFTString }, { "on_duty", OFTInteger } },
        {
          { "POINT(600 560)", "王晓红", "grid_head", "430781002004-02", "430781002004", "13800000001", "1" },
          { "POINT(1000 420)", "李建国", "grid_worker", "430781002009-01", "430781002009", "13800000002", "0" },
          { nullptr, "张敏", "instructor", "430781002009-02", "430781002009", "13800000003", "0" },
          { "POINT(1300 560)", "刘洋", "full_time_worker", "430781002009-02", "430781002009", "13800000004", "1" },
        } },
      { "organisations", wkbPoint,
        { { "name", OFTString }, { "kind", OFTString }, { "address", OFTString }, { "grid_code", OFTString } },
        {
          { "POINT(700 540)", "汪家桥街道办事处", "government", "东湖路8号", "430781002004-02" },
          { "POINT(1050 560)", "城东社区卫生服务站", "clinic", "人民路11号", "430781002009-02" },
          { "POINT(300 650)", "东湖幼儿园", "school", "新村巷6号", "430781002004-02" },
        } },
    };
  }

  struct GdalDatasetCloser
  {
    void operator()( void *dataset ) const { GDALClose( dataset ); }
  };

  struct SpatialReferenceReleaser
  {
    void operator()( void *srs ) const { OSRRelease( srs ); }
  };

  // Writes the fixture GeoPackage to path, leaving out the tables in skippedTables.
  bool writeFixtureGeoPackage( const QString &path, const QStringList &skippedTables, QString &error )
  {
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName( "GPKG" );
    if ( !driver )
    {
      error = QStringLiteral( "GDAL has no GPKG driver" );
      return false;
    }

    std::unique_ptr<void, GdalDatasetCloser> dataset( GDALCreate( driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr ) );
    if ( !dataset )
    {
      error = QStringLiteral( "GDALCreate failed: %1" ).arg( QString::fromUtf8( CPLGetLastErrorMsg() ) );
      return false;
    }

    std::unique_ptr<void, SpatialReferenceReleaser> wgs84( OSRNewSpatialReference( nullptr ) );
    OSRImportFromEPSG( wgs84.get(), 4326 );
    OSRSetAxisMappingStrategy( wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER );

    const QVector<FixtureTable> tables = fixtureTables();
    for ( const FixtureTable &table : tables )
    {
      if ( skippedTables.contains( QLatin1String( table.name ) ) )
        continue;

      char **options = CSLSetNameValue( nullptr, "GEOMETRY_NAME", "geom" );
      options = CSLSetNameValue( options, "FID", "fid" );
      OGRLayerH layer = GDALDatasetCreateLayer( dataset.get(), table.name, wgs84.get(), table.geometryType, options );
      CSLDestroy( options );
      if ( !layer )
      {
        error = QStringLiteral( "creating table %1 failed: %2" ).arg( QLatin1String( table.name ), QString::fromUtf8( CPLGetLastErrorMsg() ) );
        return false;
      }

      for ( const FixtureField &field : table.fields )
      {
        OGRFieldDefnH definition = OGR_Fld_Create( field.name, field.type );
        OGR_L_CreateField( layer, definition, TRUE );
        OGR_Fld_Destroy( definition );
      }

      for ( const QVector<const char *> &row : table.rows )
      {
        OGRFeatureH feature = OGR_F_Create( OGR_L_GetLayerDefn( layer ) );
        if ( row.at( 0 ) )
        {
          const QByteArray wkt = toLonLatWkt( row.at( 0 ) ).toLatin1();
          char *cursor = const_cast<char *>( wkt.constData() );
          OGRGeometryH geometry = nullptr;
          OGR_G_CreateFromWkt( &cursor, wgs84.get(), &geometry );
          OGR_F_SetGeometryDirectly( feature, geometry );
        }
        for ( int i = 1; i < row.size(); ++i )
        {
          if ( row.at( i ) )
            OGR_F_SetFieldString( feature, i - 1, row.at( i ) );
          else
            OGR_F_SetFieldNull( feature, i - 1 );
        }
        const OGRErr result = OGR_L_CreateFeature( layer, feature );
        OGR_F_Destroy( feature );
        if ( result != OGRERR_NONE )
        {
          error = QStringLiteral( "writing a row of %1 failed: %2" ).arg( QLatin1String( table.name ), QString::fromUtf8( CPLGetLastErrorMsg() ) );
          return false;
        }
      }
    }
    return true;
  }

  // Deletes the layers that GwLayerCatalog::createLayers() hands over.
  struct LayerList
  {
    QList<QgsVectorLayer *> layers;
    ~LayerList() { qDeleteAll( layers ); }

    QgsVectorLayer *byId( const QString &id ) const
    {
      for ( QgsVectorLayer *layer : layers )
      {
        if ( GwLayerCatalog::definitionId( layer ) == id )
          return layer;
      }
      return nullptr;
    }
  };

  // Returns the stroke colour of the first simple fill in the layer's single-symbol renderer.
  QColor singleSymbolStrokeColor( const QgsVectorLayer *layer )
  {
    const auto *renderer = dynamic_cast<const QgsSingleSymbolRenderer *>( layer->renderer() );
    if ( !renderer || !renderer->symbol() )
      return QColor();

    for ( const QgsSymbolLayer *symbolLayer : renderer->symbol()->symbolLayers() )
    {
      if ( const auto *fill = dynamic_cast<const QgsSimpleFillSymbolLayer *>( symbolLayer ) )
        return fill->strokeColor();
    }
    return QColor();
  }

  int countPixelsNear( const QImage &image, const QColor &color, int tolerance )
  {
    int count = 0;
    for ( int y = 0; y < image.height(); ++y )
    {
      for ( int x = 0; x < image.width(); ++x )
      {
        const QColor pixel = image.pixelColor( x, y );
        if ( std::abs( pixel.red() - color.red() ) <= tolerance && std::abs( pixel.green() - color.green() ) <= tolerance
             && std::abs( pixel.blue() - color.blue() ) <= tolerance )
          ++count;
      }
    }
    return count;
  }

  // Returns the English source of every domain term: without a translator,
  // displayName() returns the source text.
  QSet<QString> domainTermSources()
  {
    using V = GwDomainTerms::Vocabulary;
    const V vocabularies[] = { V::StaffRole, V::CompoundKind, V::BuildingKind, V::PlateKind, V::CameraSource,
                               V::CameraKind, V::IncidentCategory, V::IncidentSource, V::IncidentState, V::Resolution };
    QSet<QString> sources;
    for ( const V vocabulary : vocabularies )
    {
      for ( const QString &key : GwDomainTerms::keys( vocabulary ) )
        sources.insert( GwDomainTerms::displayName( vocabulary, key ) );
    }
    return sources;
  }

  // Stands in for the zh_CN translation. It prefixes the sources that
  // gwlayertitles.cpp lists with "titles:" and every GwDomainTerms source with
  // "terms:", so a test can tell which context translated a string.
  class PrefixTranslator : public QTranslator
  {
    public:
      bool isEmpty() const override { return false; }

      QString translate( const char *context, const char *sourceText, const char *disambiguation, int n ) const override
      {
        Q_UNUSED( disambiguation )
        Q_UNUSED( n )
        const QString source = QString::fromUtf8( sourceText );
        const QByteArray contextName( context );

        if ( contextName == "GwLayerTitles"
             && ( GwLayerDefinition::translatableTitles().contains( source ) || GwLayerDefinition::translatableLegendLabels().contains( source ) ) )
          return QStringLiteral( "titles:" ) + source;
        if ( contextName == "GwDomainTerms" )
          return QStringLiteral( "terms:" ) + source;
        return QString();
      }
  };

  // Sets an environment variable for one scope and restores the previous value.
  class ScopedEnvironment
  {
    public:
      ScopedEnvironment( const char *name, const QByteArray &value )
        : mName( name )
        , mWasSet( qEnvironmentVariableIsSet( name ) )
        , mPrevious( qgetenv( name ) )
      {
        qputenv( name, value );
      }

      ~ScopedEnvironment()
      {
        if ( mWasSet )
          qputenv( mName, mPrevious );
        else
          qunsetenv( mName );
      }

    private:
      const char *mName;
      bool mWasSet;
      QByteArray mPrevious;
  };
}

class TestLayerCatalog : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();

    void definitionFileParses_data();
    void definitionFileParses();
    void styleLoads_data();
    void styleLoads();
    void legendLabelsAreTranslatable_data();
    void legendLabelsAreTranslatable();

    void catalogSortsByZOrder();
    void definitionLookupById();
    void invalidDefinitionRejected_data();
    void invalidDefinitionRejected();
    void duplicateIdRejected();
    void missingFolderRejected();
    void emptyFolderRejected();

    void createLayersAppliesDefinitions();
    void createLayersTranslatesTitlesAndLegend();
    void missingTableWarns();
    void missingGeoPackageWarns();
    void textFileAsGeoPackageWarns();
    void missingStyleFileWarns();
    void geoPackageDefaultStyleIgnored();

    void resourcePathsPreferEnvironment();
    void resourcePathsReportMissingFolder();

    void renderDrawsGridOutline();
    void renderShowsPlatesOnlyAtLargeScale();

  private:
    QgsMapSettings fixtureMapSettings( const QList<QgsVectorLayer *> &layers, double scale ) const;
    QImage render( const QgsMapSettings &settings, const QString &imageName ) const;

    QTemporaryDir mDir;
    QString mGeoPackage;
    QString mLayersDir;
    QString mStylesDir;
    GwLayerCatalog mCatalog;
};

void TestLayerCatalog::initTestCase()
{
  QVERIFY( mDir.isValid() );

  mGeoPackage = QDir( mDir.path() ).filePath( QStringLiteral( "fixture.gpkg" ) );
  QString error;
  QVERIFY2( writeFixtureGeoPackage( mGeoPackage, {}, error ), qPrintable( error ) );

  mLayersDir = GwTest::sourcePath( QStringLiteral( "layers" ) );
  mStylesDir = GwTest::sourcePath( QStringLiteral( "styles" ) );
  QVERIFY2( GwLayerCatalog::load( mLayersDir, mCatalog, &error ), qPrintable( error ) );
}

void TestLayerCatalog::definitionFileParses_data()
{
  QTest::addColumn<QString>( "path" );

  const QDir dir( GwTest::sourcePath( QStringLiteral( "layers" ) ) );
  const QStringList fileNames = dir.entryList( { QStringLiteral( "*.json" ) }, QDir::Files, QDir::Name );
  QVERIFY( !fileNames.isEmpty() );
  for ( const QString &fileName : fileNames )
    QTest::newRow( qPrintable( fileName ) ) << dir.filePath( fileName );
}

void TestLayerCatalog::definitionFileParses()
{
  QFETCH( QString, path );

  QFile file( path );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( file.readAll(), &parseError );
  QCOMPARE( parseError.error, QJsonParseError::NoError );

  QString error;
  const GwLayerDefinition definition = GwLayerDefinition::fromJson( document.object(), &error );
  QVERIFY2( definition.isValid(), qPrintable( error ) );

  // Repository convention, so that the file of a layer is easy to find.
  QCOMPARE( definition.id(), QFileInfo( path ).completeBaseName() );
  QVERIFY2( QFileInfo::exists( QDir( mStylesDir ).filePath( definition.styleFile() ) ), qPrintable( definition.styleFile() ) );
  QVERIFY2( GwLayerDefinition::translatableTitles().contains( definition.title() ),
            qPrintable( QStringLiteral( "add \"%1\" to gwlayertitles.cpp" ).arg( definition.title() ) ) );
}

void TestLayerCatalog::styleLoads_data()
{
  QTest::addColumn<QString>( "id" );

  for ( const GwLayerDefinition &definition : mCatalog.definitions() )
    QTest::newRow( qPrintable( definition.styleFile() ) ) << definition.id();
}

void TestLayerCatalog::styleLoads()
{
  QFETCH( QString, id );
  const GwLayerDefinition definition = mCatalog.definition( id );

  QgsVectorLayer layer( mGeoPackage + QStringLiteral( "|layername=" ) + definition.table(), definition.id(), QStringLiteral( "ogr" ) );
  QVERIFY( layer.isValid() );

  bool ok = false;
  const QString message = layer.loadNamedStyle( QDir( mStylesDir ).filePath( definition.styleFile() ), ok );
  QVERIFY2( ok, qPrintable( message ) );
  QVERIFY( layer.renderer() );

  // The style contains the same scales as the definition, so that QGIS desktop shows
  // the layer as the wall does. The definition wins when they differ.
  QCOMPARE( layer.hasScaleBasedVisibility(), definition.hasScaleBasedVisibility() );
  QCOMPARE( layer.minimumScale(), definition.minimumScale() );
  QCOMPARE( layer.maximumScale(), definition.maximumScale() );

  const auto *labeling = dynamic_cast<const QgsVectorLayerSimpleLabeling *>( layer.labeling() );
  QCOMPARE( labeling != nullptr, definition.hasLabelScaleVisibility() );
  if ( labeling )
  {
    QVERIFY( layer.labelsEnabled() );
    QCOMPARE( labeling->settings().scaleVisibility, true );
    QCOMPARE( labeling->settings().minimumScale, definition.labelsMinimumScale() );
    QCOMPARE( labeling->settings().maximumScale, definition.labelsMaximumScale() );
  }
}

void TestLayerCatalog::legendLabelsAreTranslatable_data()
{
  QTest::addColumn<QString>( "styleFile" );
  QTest::addColumn<QString>( "label" );

  for ( const GwLayerDefinition &definition : mCatalog.definitions() )
  {
    QgsVectorLayer layer( mGeoPackage + QStringLiteral( "|layername=" ) + definition.table(), definition.id(), QStringLiteral( "ogr" ) );
    bool ok = false;
    layer.loadNamedStyle( QDir( mStylesDir ).filePath( definition.styleFile() ), ok );

    QStringList labels;
    if ( const auto *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>( layer.renderer() ) )
    {
      for ( const QgsRendererCategory &category : categorized->categories() )
        labels << category.label();
    }
    else if ( auto *ruleBased = dynamic_cast<QgsRuleBasedRenderer *>( layer.renderer() ) )
    {
      for ( const QgsRuleBasedRenderer::Rule *rule : ruleBased->rootRule()->descendants() )
        labels << rule->label();
    }

    for ( const QString &label : std::as_const( labels ) )
    {
      const QString rowName = definition.styleFile() + QLatin1Char( ' ' ) + label;
      QTest::newRow( rowName.toUtf8().constData() ) << definition.styleFile() << label;
    }
  }
}

void TestLayerCatalog::legendLabelsAreTranslatable()
{
  QFETCH( QString, styleFile );
  QFETCH( QString, label );

  QVERIFY2( GwLayerDefinition::translatableLegendLabels().contains( label ) || domainTermSources().contains( label ),
            qPrintable( QStringLiteral( "legend label \"%1\" in %2 is neither a domain term nor listed in gwlayertitles.cpp" ).arg( label, styleFile ) ) );
}

void TestLayerCatalog::catalogSortsByZOrder()
{
  const QList<GwLayerDefinition> definitions = mCatalog.definitions();
  QCOMPARE( definitions.size(), QDir( mLayersDir ).entryList( { QStringLiteral( "*.json" ) }, QDir::Files ).size() );

  for ( int i = 1; i < definitions.size(); ++i )
    QVERIFY2( definitions.at( i - 1 ).zOrder() <= definitions.at( i ).zOrder(), qPrintable( definitions.at( i ).id() ) );
}

void TestLayerCatalog::definitionLookupById()
{
  const GwLayerDefinition grids = mCatalog.definition( QStringLiteral( "grids" ) );
  QVERIFY( grids.isValid() );
  QCOMPARE( grids.table(), QStringLiteral( "grids" ) );
  QCOMPARE( grids.title(), QStringLiteral( "Grids" ) );

  const GwLayerDefinition plates = mCatalog.definition( QStringLiteral( "plates" ) );
  QCOMPARE( plates.minimumScale(), 3000.0 );

  QCOMPARE( mCatalog.definition( QStringLiteral( "cameras" ) ).isLive(), true );
  QCOMPARE( mCatalog.definition( QStringLiteral( "incidents" ) ).isLive(), true );
  QCOMPARE( mCatalog.definition( QStringLiteral( "grids" ) ).isLive(), false );
  QCOMPARE( mCatalog.definition( QStringLiteral( "staff" ) ).isVisibleByDefault(), false );

  QVERIFY( !mCatalog.definition( QStringLiteral( "no_such_layer" ) ).isValid() );
}

void TestLayerCatalog::invalidDefinitionRejected_data()
{
  QTest::addColumn<QString>( "fileName" );
  QTest::addColumn<QString>( "expectedInError" );

  QTest::newRow( "truncated JSON" ) << QStringLiteral( "truncated_json.json" ) << QStringLiteral( "not valid JSON" );
  QTest::newRow( "array instead of object" ) << QStringLiteral( "array_instead_of_object.json" ) << QStringLiteral( "one JSON object" );
  QTest::newRow( "missing table key" ) << QStringLiteral( "missing_table_key.json" ) << QStringLiteral( "\"table\" is missing" );
  QTest::newRow( "z order not integer" ) << QStringLiteral( "z_order_not_integer.json" ) << QStringLiteral( "\"z\"" );
  QTest::newRow( "minScale below maxScale" ) << QStringLiteral( "min_scale_below_max_scale.json" ) << QStringLiteral( "\"minScale\" (1000)" );
  QTest::newRow( "misspelt minscale" ) << QStringLiteral( "misspelt_key_minscale.json" ) << QStringLiteral( "Unknown key \"minscale\"" );
  QTest::newRow( "style with folder path" ) << QStringLiteral( "style_with_folder_path.json" ) << QStringLiteral( "\"style\"" );
  QTest::newRow( "table with data source syntax" ) << QStringLiteral( "table_with_data_source_syntax.json" ) << QStringLiteral( "\"table\"" );
  QTest::newRow( "labels scale not object" ) << QStringLiteral( "labels_scale_not_object.json" ) << QStringLiteral( "\"labels\"" );
  QTest::newRow( "negative label scale" ) << QStringLiteral( "negative_label_scale.json" ) << QStringLiteral( "\"labels.minScale\"" );
  QTest::newRow( "live as string" ) << QStringLiteral( "live_as_string.json" ) << QStringLiteral( "\"live\"" );
}

void TestLayerCatalog::invalidDefinitionRejected()
{
  QFETCH( QString, fileName );
  QFETCH( QString, expectedInError );

  // A valid file beside the broken one shows that one fault fails the whole load.
  const QTemporaryDir dir;
  QVERIFY( !GwTest::copyToDir( GwTest::testDataPath( QStringLiteral( "layer_definitions_invalid/" ) + fileName ), dir ).isEmpty() );
  QVERIFY( !GwTest::copyToDir( QDir( mLayersDir ).filePath( QStringLiteral( "roads.json" ) ), dir, QStringLiteral( "aaa_roads.json" ) ).isEmpty() );

  GwLayerCatalog catalog = mCatalog;
  QString error;
  QVERIFY( !GwLayerCatalog::load( dir.path(), catalog, &error ) );
  QVERIFY2( error.contains( fileName ), qPrintable( error ) );
  QVERIFY2( error.contains( expectedInError ), qPrintable( error ) );
  QVERIFY2( !error.contains( QStringLiteral( "aaa_roads.json" ) ), qPrintable( error ) );

  // A failed load leaves the catalog as it was.
  QCOMPARE( catalog.definitions().size(), mCatalog.definitions().size() );
}

void TestLayerCatalog::duplicateIdRejected()
{
  const QTemporaryDir dir;
  const QString grids = QDir( mLayersDir ).filePath( QStringLiteral( "grids.json" ) );
  QVERIFY( !GwTest::copyToDir( grids, dir ).isEmpty() );
  QVERIFY( !GwTest::copyToDir( grids, dir, QStringLiteral( "grids_copy.json" ) ).isEmpty() );

  GwLayerCatalog catalog;
  QString error;
  QVERIFY( !GwLayerCatalog::load( dir.path(), catalog, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "grids_copy.json" ) ), qPrintable( error ) );
  QVERIFY2( error.contains( QStringLiteral( "\"grids\"" ) ), qPrintable( error ) );
  QVERIFY( catalog.definitions().isEmpty() );
}

void TestLayerCatalog::missingFolderRejected()
{
  const QString missing = QDir( mDir.path() ).filePath( QStringLiteral( "no_such_folder" ) );
  GwLayerCatalog catalog;
  QString error;
  QVERIFY( !GwLayerCatalog::load( missing, catalog, &error ) );
  QVERIFY2( error.contains( QStringLiteral( "no_such_folder" ) ), qPrintable( error ) );
  QVERIFY2( error.contains( QStringLiteral( "not found" ) ), qPrintable( error ) );
}

void TestLayerCatalog::emptyFolderRejected()
{
  const QTemporaryDir dir;
  GwLayerCatalog catalog;
  QString error;
  QVERIFY( !GwLayerCatalog::load( dir.path(), catalog, &error ) );
  QVERIFY2( error.contains( QDir::toNativeSeparators( dir.path() ) ), qPrintable( error ) );
}

void TestLayerCatalog::createLayersAppliesDefinitions()
{
  QStringList warnings;
  const LayerList created { mCatalog.createLayers( mGeoPackage, mStylesDir, &warnings ) };
  QVERIFY2( warnings.isEmpty(), qPrintable( warnings.join( QLatin1Char( '\n' ) ) ) );

  const QList<GwLayerDefinition> definitions = mCatalog.definitions();
  QCOMPARE( created.layers.size(), definitions.size() );

  for ( int i = 0; i < definitions.size(); ++i )
  {
    const GwLayerDefinition &definition = definitions.at( i );
    const QgsVectorLayer *layer = created.layers.at( i );
    QVERIFY2( layer->isValid(), qPrintable( definition.id() ) );
    QCOMPARE( GwLayerCatalog::definitionId( layer ), definition.id() );
    QCOMPARE( layer->name(), definition.displayTitle() );
    QCOMPARE( layer->providerType(), QStringLiteral( "ogr" ) );
    QVERIFY2( layer->featureCount() > 0, qPrintable( definition.id() ) );
    QCOMPARE( layer->hasScaleBasedVisibility(), definition.hasScaleBasedVisibility() );
    QCOMPARE( layer->minimumScale(), definition.minimumScale() );
    QCOMPARE( layer->maximumScale(), definition.maximumScale() );
  }
}

void TestLayerCatalog::createLayersTranslatesTitlesAndLegend()
{
  PrefixTranslator translator;
  QVERIFY( QCoreApplication::installTranslator( &translator ) );
  QStringList warnings;
  const LayerList created { mCatalog.createLayers( mGeoPackage, mStylesDir, &warnings ) };
  QCoreApplication::removeTranslator( &translator );
  QVERIFY2( warnings.isEmpty(), qPrintable( warnings.join( QLatin1Char( '\n' ) ) ) );

  const QgsVectorLayer *grids = created.byId( QStringLiteral( "grids" ) );
  QVERIFY( grids );
  QCOMPARE( grids->name(), QStringLiteral( "titles:Grids" ) );

  // "Main road" is a legend label of gwlayertitles.cpp, "Shop front" a domain term.
  auto *roads = dynamic_cast<QgsCategorizedSymbolRenderer *>( created.byId( QStringLiteral( "roads" ) )->renderer() );
  QVERIFY( roads );
  const int main = roads->categoryIndexForValue( QStringLiteral( "main" ) );
  QVERIFY( main >= 0 );
  QCOMPARE( roads->categories().at( main ).label(), QStringLiteral( "titles:Main road" ) );

  auto *buildings = dynamic_cast<QgsCategorizedSymbolRenderer *>( created.byId( QStringLiteral( "buildings" ) )->renderer() );
  QVERIFY( buildings );
  const int shopFront = buildings->categoryIndexForValue( QStringLiteral( "shop_front" ) );
  QVERIFY( shopFront >= 0 );
  QCOMPARE( buildings->categories().at( shopFront ).label(), QStringLiteral( "terms:Shop front" ) );
}

void TestLayerCatalog::missingTableWarns()
{
  const QString path = QDir( mDir.path() ).filePath( QStringLiteral( "without_organisations.gpkg" ) );
  QString error;
  QVERIFY2( writeFixtureGeoPackage( path, { QStringLiteral( "organisations" ) }, error ), qPrintable( error ) );

  QStringList warnings;
  const LayerList created { mCatalog.createLayers( path, mStylesDir, &warnings ) };

  QCOMPARE( warnings.size(), 1 );
  QVERIFY2( warnings.at( 0 ).contains( QStringLiteral( "\"organisations\"" ) ), qPrintable( warnings.at( 0 ) ) );
  QVERIFY2( warnings.at( 0 ).contains( QStringLiteral( "without_organisations.gpkg" ) ), qPrintable( warnings.at( 0 ) ) );
  QCOMPARE( created.layers.size(), mCatalog.definitions().size() - 1 );
  QVERIFY( !created.byId( QStringLiteral( "organisations" ) ) );
  QVERIFY( created.byId( QStringLiteral( "grids" ) ) );
}

void TestLayerCatalog::missingGeoPackageWarns()
{
  const QString path = QDir( mDir.path() ).filePath( QStringLiteral( "no_such_file.gpkg" ) );

  QStringList warnings;
  const LayerList created { mCatalog.createLayers( path, mStylesDir, &warnings ) };

  QVERIFY( created.layers.isEmpty() );
  QCOMPARE( warnings.size(), 1 );
  QVERIFY2( warnings.at( 0 ).contains( QStringLiteral( "no_such_file.gpkg" ) ), qPrintable( warnings.at( 0 ) ) );
}

void TestLayerCatalog::textFileAsGeoPackageWarns()
{
  const QString path = QDir( mDir.path() ).filePath( QStringLiteral( "text_file_named_gpkg.gpkg" ) );
  QFile file( path );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "code,name\n430781002004-01,grid\n" );
  file.close();

  QStringList warnings;
  const LayerList created { mCatalog.createLayers( path, mStylesDir, &warnings ) };

  QVERIFY( created.layers.isEmpty() );
  QCOMPARE( warnings.size(), 1 );
  QVERIFY2( warnings.at( 0 ).contains( QStringLiteral( "text_file_named_gpkg.gpkg" ) ), qPrintable( warnings.at( 0 ) ) );
  QVERIFY2( warnings.at( 0 ).contains( QStringLiteral( "Failed to open" ) ), qPrintable( warnings.at( 0 ) ) );
  QVERIFY2( warnings.at( 0 ).contains( QStringLiteral( "not in GeoPackage format" ) ), qPrintable( warnings.at( 0 ) ) );
}

void TestLayerCatalog::missingStyleFileWarns()
{
  const QTemporaryDir emptyStyles;

  QStringList warnings;
  const LayerList created { mCatalog.createLayers( mGeoPackage, emptyStyles.path(), &warnings ) };

  // Every layer is still created, with the QGIS default style, and gets one warning
  // that names its style file.
  QCOMPARE( created.layers.size(), mCatalog.definitions().size() );
  QCOMPARE( warnings.size(), mCatalog.definitions().size() );
  for ( int i = 0; i < warnings.size(); ++i )
    QVERIFY2( warnings.at( i ).contains( mCatalog.definitions().at( i ).styleFile() ), qPrintable( warnings.at( i ) ) );
}

void TestLayerCatalog::geoPackageDefaultStyleIgnored()
{
  // Reference: the grid outline colour of styles/grids.qml.
  QgsVectorLayer reference( mGeoPackage + QStringLiteral( "|layername=grids" ), QStringLiteral( "grids" ), QStringLiteral( "ogr" ) );
  bool ok = false;
  reference.loadNamedStyle( QDir( mStylesDir ).filePath( QStringLiteral( "grids.qml" ) ), ok );
  QVERIFY( ok );
  const QColor styleOutline = singleSymbolStrokeColor( &reference );
  QVERIFY( styleOutline.isValid() );

  // An analyst saved a magenta default style into the file's layer_styles table.
  const QTemporaryDir dir;
  const QString path = GwTest::copyToDir( mGeoPackage, dir );
  QVERIFY( !path.isEmpty() );
  {
    QgsVectorLayer layer( path + QStringLiteral( "|layername=grids" ), QStringLiteral( "grids" ), QStringLiteral( "ogr" ) );
    QVERIFY( layer.isValid() );
    QgsFillSymbol *magenta = QgsFillSymbol::createSimple( { { QStringLiteral( "color" ), QStringLiteral( "255,0,255,255" ) },
                                                            { QStringLiteral( "outline_color" ), QStringLiteral( "255,0,255,255" ) } } );
    layer.setRenderer( new QgsSingleSymbolRenderer( magenta ) );
    QString message;
    layer.saveStyleToDatabase( QStringLiteral( "analyst" ), QString(), true, QString(), message );
    QVERIFY2( message.isEmpty(), qPrintable( message ) );
  }

  QStringList warnings;
  const LayerList created { mCatalog.createLayers( path, mStylesDir, &warnings ) };
  QVERIFY2( warnings.isEmpty(), qPrintable( warnings.join( QLatin1Char( '\n' ) ) ) );
  const QgsVectorLayer *grids = created.byId( QStringLiteral( "grids" ) );
  QVERIFY( grids );
  QCOMPARE( singleSymbolStrokeColor( grids ), styleOutline );
}

void TestLayerCatalog::resourcePathsPreferEnvironment()
{
  const QTemporaryDir root;
  QVERIFY( QDir( root.path() ).mkdir( QStringLiteral( "layers" ) ) );
  const QString expected = QFileInfo( QDir( root.path() ).filePath( QStringLiteral( "layers" ) ) ).canonicalFilePath();

  {
    const ScopedEnvironment environment( GwResourcePaths::ENVIRONMENT_VARIABLE, root.path().toUtf8() );
    QCOMPARE( GwResourcePaths::searchRoots().value( 0 ), QDir( root.path() ).absolutePath() );
    QCOMPARE( GwResourcePaths::layersDir(), expected );

    // The variable's root has no styles/, so the search goes on to the source tree.
    QCOMPARE( GwResourcePaths::stylesDir(), QFileInfo( mStylesDir ).canonicalFilePath() );
  }

  {
    const ScopedEnvironment environment( GwResourcePaths::ENVIRONMENT_VARIABLE, QByteArray() );
    const QStringList roots = GwResourcePaths::searchRoots();
    QCOMPARE( roots.size(), 2 );
    QCOMPARE( roots.at( 0 ), QDir( QCoreApplication::applicationDirPath() + QStringLiteral( "/../share/gridwall" ) ).absolutePath() );
    QCOMPARE( GwResourcePaths::layersDir(), QFileInfo( mLayersDir ).canonicalFilePath() );
  }
}

void TestLayerCatalog::resourcePathsReportMissingFolder()
{
  QString error;
  QVERIFY( GwResourcePaths::findFolder( QStringLiteral( "no_such_folder" ), &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "\"no_such_folder\"" ) ), qPrintable( error ) );
  QVERIFY2( error.contains( QLatin1String( GwResourcePaths::ENVIRONMENT_VARIABLE ) ), qPrintable( error ) );
}

QgsMapSettings TestLayerCatalog::fixtureMapSettings( const QList<QgsVectorLayer *> &layers, double scale ) const
{
  QgsMapSettings settings = GwTest::mapSettings( QSize( 1920, 1080 ) );
  settings.setBackgroundColor( QColor( QStringLiteral( "#0b1a2e" ) ) );
  settings.setDestinationCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3857" ) ) );

  // QgsMapSettings draws the first layer on top.
  QList<QgsMapLayer *> topFirst;
  for ( QgsVectorLayer *layer : layers )
    topFirst.prepend( layer );
  settings.setLayers( topFirst );

  // Centre on the fixture and size the extent so that the map comes out at 1:scale:
  // 1920 px at 96 DPI are 0.508 m of screen, and EPSG:3857 units are metres.
  const QgsPointXY centre = QgsCoordinateTransform( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), settings.destinationCrs(), QgsProject::instance() )
                              .transform( QgsPointXY( ORIGIN_LON + 800 / METRES_PER_DEGREE_LON, ORIGIN_LAT + 500 / METRES_PER_DEGREE_LAT ) );
  const double width = scale * 1920.0 / GwTest::DPI * 0.0254;
  const double height = width * 1080.0 / 1920.0;
  settings.setExtent( QgsRectangle( centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2 ) );
  GwTest::updateExpressionContext( settings );
  return settings;
}

QImage TestLayerCatalog::render( const QgsMapSettings &settings, const QString &imageName ) const
{
  QgsMapRendererSequentialJob job( settings );
  job.start();
  job.waitForFinished();
  const QImage image = job.renderedImage();

  // Set GW_TEST_IMAGE_DIR to keep the images for a look at the styles.
  const QString imageDir = qEnvironmentVariable( "GW_TEST_IMAGE_DIR" );
  if ( !imageDir.isEmpty() )
    image.save( QDir( imageDir ).filePath( imageName ) );
  return image;
}

void TestLayerCatalog::renderDrawsGridOutline()
{
  QStringList warnings;
  const LayerList created { mCatalog.createLayers( mGeoPackage, mStylesDir, &warnings ) };
  QVERIFY2( warnings.isEmpty(), qPrintable( warnings.join( QLatin1Char( '\n' ) ) ) );

  const QColor outline = singleSymbolStrokeColor( created.byId( QStringLiteral( "grids" ) ) );
  QVERIFY( outline.isValid() );

  const QgsMapSettings settings = fixtureMapSettings( created.layers, 5000 );
  const QImage image = render( settings, QStringLiteral( "overview.png" ) );
  QCOMPARE( image.size(), QSize( 1920, 1080 ) );

  // The community boundaries draw over most grid boundaries, which leaves the 1.57 km
  // line between the two grids of each community. At 1:5,000 in EPSG:3857 and this
  // latitude that is about 1,365 px long (0.87 px per ground metre) and 2.3 px wide
  // (0.6 mm), so about 3,100 pixels, less what labels cover. 2,349 were counted when
  // the styles were made, and 1,000 is a safe lower bound. The tolerance of 8 per
  // channel lets pixels count whose colour antialiasing has shifted slightly.
  const int outlinePixels = countPixelsNear( image, outline, 8 );
  QVERIFY2( outlinePixels > 1000, qPrintable( QStringLiteral( "%1 pixels of %2" ).arg( outlinePixels ).arg( outline.name() ) ) );
}

void TestLayerCatalog::renderShowsPlatesOnlyAtLargeScale()
{
  QStringList warnings;
  const LayerList created { mCatalog.createLayers( mGeoPackage, mStylesDir, &warnings ) };
  QVERIFY2( warnings.isEmpty(), qPrintable( warnings.join( QLatin1Char( '\n' ) ) ) );

  // The plate marker and label background are the blue of Chinese door plates, a
  // colour that no other style of the fixture produces.
  const QColor plateBlue( QStringLiteral( "#1f5fbf" ) );

  const QImage overview = render( fixtureMapSettings( created.layers, 5000 ), QStringLiteral( "overview.png" ) );
  QCOMPARE( countPixelsNear( overview, plateBlue, 4 ), 0 );

  const QImage detail = render( fixtureMapSettings( created.layers, 1500 ), QStringLiteral( "detail.png" ) );
  QVERIFY( countPixelsNear( detail, plateBlue, 4 ) > 100 );
}

GW_QGIS_TEST_MAIN( TestLayerCatalog )
#include "test_layercatalog.moc"
