// SPDX-License-Identifier: GPL-2.0-or-later
#include "gweventsimulator.h"

#include "gwchinaoffset.h"
#include "gwstore.h"
#include "gwtimewindow.h"
#include "gwwkb.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>

#include <cmath>

namespace
{
  // WGS84 mean radius, so that offsets agree with GwDuplicateFinder::distanceMetres().
  constexpr double EARTH_RADIUS_METRES = 6371008.8;
  constexpr double PI = 3.14159265358979323846;

  // Attempts to find a random point inside a grid before its vertex mean is used.
  constexpr int POINT_ATTEMPTS = 100;

  QString utf8( const char *text )
  {
    return QString::fromUtf8( text );
  }

  // Coordinates to 1e-6 degrees (about 0.1 m), which keeps the lines short.
  double rounded( double degrees )
  {
    return std::round( degrees * 1.0e6 ) / 1.0e6;
  }

  bool isAlarmSource( const QString &source )
  {
    return source == QLatin1String( "drone" ) || source == QLatin1String( "camera_alarm" );
  }

  // Same rule as the demo data: fire and smoke are urgent, disputes high, the rest normal.
  int priorityOf( const QString &category )
  {
    if ( category == QLatin1String( "fire_smoke" ) )
      return 1;
    if ( category.startsWith( QLatin1String( "dispute_" ) ) )
      return 2;
    return 3;
  }

  // Report titles as residents and grid workers write them; demo content, not UI text.
  QString titleOf( const QString &category )
  {
    static const QHash<QString, QString> titles = {
      { QStringLiteral( "dispute_family" ), utf8( "家庭矛盾需调解" ) },
      { QStringLiteral( "dispute_neighbour" ), utf8( "邻里噪音纠纷" ) },
      { QStringLiteral( "dispute_property" ), utf8( "小区物业费纠纷" ) },
      { QStringLiteral( "dispute_labour" ), utf8( "工地欠薪纠纷" ) },
      { QStringLiteral( "resident_request" ), utf8( "居民反映路灯不亮" ) },
      { QStringLiteral( "sanitation" ), utf8( "垃圾桶满溢未清运" ) },
      { QStringLiteral( "public_facility" ), utf8( "人行道井盖破损" ) },
      { QStringLiteral( "safety_hazard" ), utf8( "电动车楼道充电" ) },
      { QStringLiteral( "traffic_order" ), utf8( "车辆占道停放" ) },
      { QStringLiteral( "fire_smoke" ), utf8( "发现明火烟雾" ) },
      { QStringLiteral( "straw_burning" ), utf8( "田间焚烧秸秆" ) },
      { QStringLiteral( "dumping" ), utf8( "路边倾倒建筑垃圾" ) },
      { QStringLiteral( "crowd" ), utf8( "人员聚集" ) },
      { QStringLiteral( "intrusion" ), utf8( "闯入封闭区域" ) },
      { QStringLiteral( "camera_offline" ), utf8( "探头画面中断" ) },
    };
    return titles.value( category, utf8( "群众反映问题" ) );
  }

  QString evidenceExtension( const QString &category )
  {
    // Thermal photos for fire and burning, short clips for the rest.
    return category == QLatin1String( "fire_smoke" ) || category == QLatin1String( "straw_burning" ) ? QStringLiteral( "jpg" ) : QStringLiteral( "mp4" );
  }

  QString displayTimeText( const QDateTime &utc )
  {
    return utc.toTimeZone( GwTimeWindow::displayZone() ).toString( Qt::ISODateWithMs );
  }

  QByteArray compactJson( const QJsonObject &object )
  {
    return QJsonDocument( object ).toJson( QJsonDocument::Compact );
  }

  QPointF vertexMean( const QVector<QPointF> &ring )
  {
    QPointF sum;
    for ( const QPointF &point : ring )
      sum += point;
    return ring.isEmpty() ? QPointF() : sum / ring.size();
  }
}

QVector<GwEventSimulator::IncidentKind> GwEventSimulator::compiledKinds()
{
  // Category and source counts of the demo subdistrict's year: disputes and requests as
  // its centre reported them, the other categories as the demo data invents them.
  return {
    { QStringLiteral( "dispute_family" ), QStringLiteral( "grid_worker" ), 21 },
    { QStringLiteral( "dispute_neighbour" ), QStringLiteral( "grid_worker" ), 34 },
    { QStringLiteral( "dispute_property" ), QStringLiteral( "grid_worker" ), 16 },
    { QStringLiteral( "dispute_labour" ), QStringLiteral( "resident_group" ), 8 },
    { QStringLiteral( "dispute_family" ), QStringLiteral( "hotline" ), 6 },
    { QStringLiteral( "dispute_neighbour" ), QStringLiteral( "platform_580" ), 10 },
    { QStringLiteral( "dispute_property" ), QStringLiteral( "hotline" ), 9 },
    { QStringLiteral( "dispute_labour" ), QStringLiteral( "platform_580" ), 6 },
    { QStringLiteral( "resident_request" ), QStringLiteral( "resident_group" ), 13 },
    { QStringLiteral( "sanitation" ), QStringLiteral( "grid_worker" ), 420 },
    { QStringLiteral( "public_facility" ), QStringLiteral( "platform_580" ), 260 },
    { QStringLiteral( "safety_hazard" ), QStringLiteral( "grid_worker" ), 180 },
    { QStringLiteral( "traffic_order" ), QStringLiteral( "hotline" ), 150 },
    { QStringLiteral( "straw_burning" ), QStringLiteral( "drone" ), 38 },
    { QStringLiteral( "dumping" ), QStringLiteral( "drone" ), 64 },
    { QStringLiteral( "fire_smoke" ), QStringLiteral( "camera_alarm" ), 12 },
    { QStringLiteral( "crowd" ), QStringLiteral( "camera_alarm" ), 22 },
    { QStringLiteral( "intrusion" ), QStringLiteral( "camera_alarm" ), 9 },
    { QStringLiteral( "camera_offline" ), QStringLiteral( "camera_alarm" ), 40 },
  };
}

bool GwEventSimulator::loadScene( const GwStore &store, Scene &scene, QString *error )
{
  QString storeError;
  Scene loaded;

  const QVector<GwFeature> grids = store.features( QStringLiteral( "grids" ), QVariantMap(), &storeError );
  if ( !storeError.isEmpty() )
  {
    if ( error )
      *error = storeError;
    return false;
  }
  QVector<QPair<QString, QByteArray>> codeAndWkb;
  for ( const GwFeature &grid : grids )
  {
    const QString code = grid.attributes.value( QStringLiteral( "code" ) ).toString();
    codeAndWkb << qMakePair( code, grid.wkb );
    loaded.gridNames.insert( code, grid.attributes.value( QStringLiteral( "name" ) ).toString() );
  }
  loaded.grids = GwGridLocator::fromWkb( codeAndWkb );
  if ( loaded.grids.isEmpty() )
  {
    if ( error )
      *error = tr( "Data file %1 has no grid with a readable boundary, so there is nowhere to place simulated events." ).arg( store.location() );
    return false;
  }

  const QVector<GwFeature> incidents = store.features( QStringLiteral( "incidents" ), QVariantMap(), &storeError );
  QHash<QString, int> kindIndex;
  for ( const GwFeature &incident : incidents )
  {
    const QString category = incident.attributes.value( QStringLiteral( "category" ) ).toString();
    const QString source = incident.attributes.value( QStringLiteral( "source" ) ).toString();
    const QString key = category + QLatin1Char( '/' ) + source;
    if ( !kindIndex.contains( key ) )
    {
      kindIndex.insert( key, loaded.kinds.size() );
      loaded.kinds << IncidentKind { category, source, 0 };
    }
    loaded.kinds[kindIndex.value( key )].weight += 1;

    const QString gridCode = incident.attributes.value( QStringLiteral( "grid_code" ) ).toString();
    if ( loaded.gridNames.contains( gridCode ) )
      loaded.categoryGrids[category][gridCode] += 1;
  }
  if ( loaded.kinds.isEmpty() )
    loaded.kinds = compiledKinds();

  const QVector<GwFeature> staff = store.features( QStringLiteral( "staff" ), QVariantMap(), &storeError );
  for ( const GwFeature &member : staff )
  {
    const QString gridCode = member.attributes.value( QStringLiteral( "grid_code" ) ).toString();
    if ( !loaded.gridNames.contains( gridCode ) )
      continue;
    QPointF position;
    GwWkb::readPoint( member.wkb, position );
    loaded.staff << Staff { member.id, gridCode, position };
  }

  const QVector<GwFeature> cameras = store.features( QStringLiteral( "cameras" ), QVariantMap(), &storeError );
  for ( const GwFeature &camera : cameras )
  {
    QPointF position;
    GwWkb::readPoint( camera.wkb, position );
    loaded.cameras << Camera { camera.attributes.value( QStringLiteral( "device_id" ) ).toString(),
                               camera.attributes.value( QStringLiteral( "grid_code" ) ).toString(), position,
                               camera.attributes.value( QStringLiteral( "online" ) ).toInt() != 0 };
  }

  // A failed read of incidents, staff or cameras would silently thin the stream out.
  if ( !storeError.isEmpty() )
  {
    if ( error )
      *error = storeError;
    return false;
  }

  scene = loaded;
  return true;
}

GwEventSimulator::GwEventSimulator( const Scene &scene, quint32 seed )
  : mScene( scene )
  , mSeed( seed )
  , mRandom( seed )
  , mLocator( std::make_unique<GwGridLocator>( scene.grids ) )
{
  if ( mScene.kinds.isEmpty() )
    mScene.kinds = compiledKinds();
  for ( const IncidentKind &kind : std::as_const( mScene.kinds ) )
    mKindWeightTotal += kind.weight;
  for ( const Camera &camera : std::as_const( mScene.cameras ) )
    mStartOffline += camera.online ? 0 : 1;
  mStartOffline = std::max( 1, mStartOffline );
  for ( int i = 0; i < mScene.grids.size(); ++i )
  {
    if ( !mGridIndex.contains( mScene.grids.at( i ).code ) )
      mGridIndex.insert( mScene.grids.at( i ).code, i );
  }
}

GwEventSimulator::~GwEventSimulator() = default;

QByteArray GwEventSimulator::next( const QDateTime &nowUtc )
{
  ++mCount;
  mLastWasIncident = false;

  const double draw = mRandom.generateDouble();
  if ( draw >= incidentShare() && draw < incidentShare() + cameraStatusShare() && !mScene.cameras.isEmpty() )
    return nextCameraStatus( nowUtc );
  if ( draw >= incidentShare() + cameraStatusShare() && !mScene.staff.isEmpty() )
    return nextStaffPosition( nowUtc );

  mLastWasIncident = true;
  return nextIncident( nowUtc );
}

QByteArray GwEventSimulator::nextIncident( const QDateTime &nowUtc )
{
  // Reports older than the window can no longer be repeated as duplicates.
  while ( !mRecent.isEmpty() && mRecent.constFirst().atUtc.secsTo( nowUtc ) > DUPLICATE_WINDOW_SECONDS )
    mRecent.removeFirst();

  QString category;
  QString source;
  QPointF lonLat;
  if ( !mRecent.isEmpty() && mRandom.generateDouble() < duplicateShare() )
  {
    // A second person reports what was reported a moment ago, as residents often do by phone.
    const RecentReport &original = mRecent.at( static_cast<int>( mRandom.bounded( static_cast<quint32>( mRecent.size() ) ) ) );
    category = original.category;
    source = mRandom.bounded( 2u ) ? QStringLiteral( "hotline" ) : QStringLiteral( "resident_group" );
    // The second reporter is a few metres away, but inside the subdistrict's grids.
    lonLat = original.lonLat;
    for ( int attempt = 0; attempt < 5; ++attempt )
    {
      const double angle = 2 * PI * mRandom.generateDouble();
      const double distance = DUPLICATE_MAX_METRES * mRandom.generateDouble();
      const QPointF moved = offsetMetres( original.lonLat, distance * std::cos( angle ), distance * std::sin( angle ) );
      if ( isInsideGrid( moved, QString() ) )
      {
        lonLat = moved;
        break;
      }
    }
  }
  else
  {
    const IncidentKind &kind = drawKind();
    category = kind.category;
    source = kind.source;
    lonLat = drawPointInGrid( drawGrid( category ) );
  }

  const QString gridCode = mLocator->locate( lonLat ).gridCode;
  QJsonObject object;
  object.insert( QStringLiteral( "id" ), eventId() );
  object.insert( QStringLiteral( "source" ), source );
  object.insert( QStringLiteral( "time" ), displayTimeText( nowUtc ) );

  if ( isAlarmSource( source ) )
  {
    object.insert( QStringLiteral( "type" ), QStringLiteral( "alarm" ) );
    object.insert( QStringLiteral( "kind" ), category );

    // A camera alarm comes from a camera of its grid and lies in front of it.
    QString deviceId = QStringLiteral( "UAV-%1" ).arg( mSeed % 100, 2, 10, QLatin1Char( '0' ) );
    if ( source == QLatin1String( "camera_alarm" ) )
    {
      QVector<int> gridCameras;
      for ( int i = 0; i < mScene.cameras.size(); ++i )
      {
        if ( mScene.cameras.at( i ).gridCode == gridCode && !mScene.cameras.at( i ).lonLat.isNull() )
          gridCameras << i;
      }
      if ( !gridCameras.isEmpty() )
      {
        const Camera &camera = mScene.cameras.at( gridCameras.at( static_cast<int>( mRandom.bounded( static_cast<quint32>( gridCameras.size() ) ) ) ) );
        deviceId = camera.deviceId;
        const QPointF nearCamera = offsetMetres( camera.lonLat, 20 * mRandom.generateDouble() - 10, 20 * mRandom.generateDouble() - 10 );
        if ( isInsideGrid( nearCamera, gridCode ) )
          lonLat = nearCamera;
      }
    }
    static const char *const sides[] = { "北侧", "南侧", "东侧", "西侧", "中部" };
    object.insert( QStringLiteral( "zone" ), QString( mScene.gridNames.value( gridCode ) + utf8( sides[mRandom.bounded( 5u )] ) ) );
    object.insert( QStringLiteral( "device_id" ), deviceId );
    object.insert( QStringLiteral( "evidence" ), QStringLiteral( "media/%1/%2.%3" )
                   .arg( nowUtc.toTimeZone( GwTimeWindow::displayZone() ).toString( QStringLiteral( "yyyy/MM/dd" ) ), eventId(), evidenceExtension( category ) ) );
    object.insert( QStringLiteral( "lon" ), rounded( lonLat.x() ) );
    object.insert( QStringLiteral( "lat" ), rounded( lonLat.y() ) );
  }
  else
  {
    object.insert( QStringLiteral( "type" ), QStringLiteral( "incident" ) );
    object.insert( QStringLiteral( "category" ), category );
    object.insert( QStringLiteral( "priority" ), priorityOf( category ) );
    object.insert( QStringLiteral( "title" ), titleOf( category ) );
    object.insert( QStringLiteral( "description" ), QString( mScene.gridNames.value( gridCode ) + utf8( "，" ) + titleOf( category ) + utf8( "，请尽快处理。" ) ) );
    if ( source == QLatin1String( "resident_group" ) )
    {
      const QPointF gcj02 = GwChinaOffset::wgs84ToGcj02( lonLat );
      object.insert( QStringLiteral( "crs" ), QStringLiteral( "gcj02" ) );
      object.insert( QStringLiteral( "lon" ), rounded( gcj02.x() ) );
      object.insert( QStringLiteral( "lat" ), rounded( gcj02.y() ) );
    }
    else
    {
      object.insert( QStringLiteral( "lon" ), rounded( lonLat.x() ) );
      object.insert( QStringLiteral( "lat" ), rounded( lonLat.y() ) );
    }
  }

  mRecent << RecentReport { category, lonLat, nowUtc };
  return compactJson( object );
}

QByteArray GwEventSimulator::nextCameraStatus( const QDateTime &nowUtc )
{
  QVector<int> online;
  QVector<int> offline;
  for ( int i = 0; i < mScene.cameras.size(); ++i )
    ( mScene.cameras.at( i ).online ? online : offline ) << i;

  // Bringing a camera back is likelier the more are offline, which keeps their number
  // near where it started instead of drifting.
  const double backChance = double( offline.size() ) / ( offline.size() + mStartOffline );
  const bool bringBack = online.isEmpty() || ( !offline.isEmpty() && mRandom.generateDouble() < backChance );

  const QVector<int> &pool = bringBack ? offline : online;
  Camera &camera = mScene.cameras[pool.at( static_cast<int>( mRandom.bounded( static_cast<quint32>( pool.size() ) ) ) )];
  camera.online = bringBack;

  QJsonObject object;
  object.insert( QStringLiteral( "type" ), QStringLiteral( "camera_status" ) );
  object.insert( QStringLiteral( "device_id" ), camera.deviceId );
  object.insert( QStringLiteral( "online" ), camera.online );
  object.insert( QStringLiteral( "time" ), displayTimeText( nowUtc ) );
  return compactJson( object );
}

QByteArray GwEventSimulator::nextStaffPosition( const QDateTime &nowUtc )
{
  Staff &member = mScene.staff[static_cast<int>( mRandom.bounded( static_cast<quint32>( mScene.staff.size() ) ) )];
  if ( member.lonLat.isNull() )
  {
    member.lonLat = drawPointInGrid( member.gridCode );
  }
  else
  {
    // A step that leaves the grid is tried again; grid staff walk their own grid.
    for ( int attempt = 0; attempt < 5; ++attempt )
    {
      const double angle = 2 * PI * mRandom.generateDouble();
      const double distance = STAFF_STEP_METRES * mRandom.generateDouble();
      const QPointF step = offsetMetres( member.lonLat, distance * std::cos( angle ), distance * std::sin( angle ) );
      if ( isInsideGrid( step, member.gridCode ) )
      {
        member.lonLat = step;
        break;
      }
    }
  }

  QJsonObject object;
  object.insert( QStringLiteral( "type" ), QStringLiteral( "staff_position" ) );
  object.insert( QStringLiteral( "staff_id" ), member.id );
  object.insert( QStringLiteral( "lon" ), rounded( member.lonLat.x() ) );
  object.insert( QStringLiteral( "lat" ), rounded( member.lonLat.y() ) );
  object.insert( QStringLiteral( "time" ), displayTimeText( nowUtc ) );
  return compactJson( object );
}

const GwEventSimulator::IncidentKind &GwEventSimulator::drawKind()
{
  double draw = mRandom.generateDouble() * mKindWeightTotal;
  for ( const IncidentKind &kind : std::as_const( mScene.kinds ) )
  {
    draw -= kind.weight;
    if ( draw < 0 )
      return kind;
  }
  return mScene.kinds.constLast();
}

QString GwEventSimulator::drawGrid( const QString &category )
{
  const QHash<QString, double> weights = mScene.categoryGrids.value( category );
  double total = 0;
  for ( auto it = weights.constBegin(); it != weights.constEnd(); ++it )
  {
    if ( mGridIndex.contains( it.key() ) )
      total += it.value();
  }
  if ( mScene.grids.isEmpty() )
    return QString();
  if ( total <= 0 )
    return mScene.grids.at( static_cast<int>( mRandom.bounded( static_cast<quint32>( mScene.grids.size() ) ) ) ).code;

  // QHash order differs between runs, so the codes are sorted to keep a seed's stream fixed.
  QStringList codes = weights.keys();
  codes.sort();
  double draw = mRandom.generateDouble() * total;
  for ( const QString &code : std::as_const( codes ) )
  {
    if ( !mGridIndex.contains( code ) )
      continue;
    draw -= weights.value( code );
    if ( draw < 0 )
      return code;
  }
  return codes.constLast();
}

QPointF GwEventSimulator::drawPointInGrid( const QString &gridCode )
{
  if ( !mGridIndex.contains( gridCode ) )
    return QPointF();
  const GwGridPolygon &grid = mScene.grids.at( mGridIndex.value( gridCode ) );
  if ( grid.rings.isEmpty() )
    return QPointF();

  const QRectF box = QPolygonF( grid.rings.constFirst() ).boundingRect();

  for ( int attempt = 0; attempt < POINT_ATTEMPTS; ++attempt )
  {
    const QPointF candidate( box.left() + box.width() * mRandom.generateDouble(), box.top() + box.height() * mRandom.generateDouble() );
    if ( isInsideGrid( candidate, grid.code ) )
      return candidate;
  }
  // NOTE: a sliver-shaped grid may miss every attempt; its vertex mean can then lie outside it.
  return vertexMean( grid.rings.constFirst() );
}

bool GwEventSimulator::isInsideGrid( const QPointF &lonLat, const QString &gridCode ) const
{
  // A point in a gap between grids is given to the nearest grid by the locator, but
  // simulated points should lie properly inside.
  const GwGridLocation location = mLocator->locate( lonLat );
  if ( location.gridCode.isEmpty() || location.inGap )
    return false;
  return gridCode.isEmpty() || location.gridCode == gridCode;
}

QPointF GwEventSimulator::offsetMetres( const QPointF &lonLat, double eastMetres, double northMetres ) const
{
  const double metresPerDegree = EARTH_RADIUS_METRES * PI / 180.0;
  const double latitude = lonLat.y() + northMetres / metresPerDegree;
  const double longitude = lonLat.x() + eastMetres / ( metresPerDegree * std::cos( lonLat.y() * PI / 180.0 ) );
  return QPointF( longitude, latitude );
}

QString GwEventSimulator::eventId() const
{
  return QStringLiteral( "sim-%1-%2" ).arg( mSeed ).arg( mCount );
}
