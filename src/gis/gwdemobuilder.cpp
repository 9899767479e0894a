// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdemobuilder.h"

#include "gwdemogenerator.h"
#include "gwdeviceid.h"
#include "gwidnumber.h"
#include "gwwkb.h"

#include <QLineF>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace
{
  struct Community
  {
    const char *code;
    const char *name;
  };

  // Statistics-bureau division codes of 汪家桥街道 (430781002) and its communities, 2021.
  const Community Communities[] = {
    { "430781002004", "汪家桥社区" },
    { "430781002005", "新村社区" },
    { "430781002007", "油榨坊社区" },
    { "430781002009", "城东社区" },
    { "430781002010", "澹津社区" },
  };

  struct CellPlan
  {
    int column;
    int row;
    int community; //!< index into Communities
    int density;
    int half;      //!< 0 whole cell, 1 west half, 2 east half
  };

  // 5 x 3 blocks between main roads; the two eastern 城东 blocks are split, giving 17 grids.
  // 澹津 is the rural western edge around the sports centre, 汪家桥 and 城东 the town centre.
  const CellPlan Plan[] = {
    { 2, 0, 0, 2, 0 }, { 2, 1, 0, 2, 0 }, { 2, 2, 0, 2, 0 }, { 3, 0, 0, 2, 0 },
    { 3, 1, 1, 1, 0 }, { 3, 2, 1, 1, 0 }, { 4, 2, 1, 1, 0 },
    { 1, 0, 2, 1, 0 }, { 1, 1, 2, 1, 0 }, { 1, 2, 2, 1, 0 },
    { 4, 0, 3, 2, 1 }, { 4, 0, 3, 2, 2 }, { 4, 1, 3, 2, 1 }, { 4, 1, 3, 2, 2 },
    { 0, 0, 4, 0, 0 }, { 0, 1, 4, 0, 0 }, { 0, 2, 4, 0, 0 },
  };

  const double ColumnsX[] = { 0, 720, 1440, 2160, 2880, 3600 };
  const double RowsY[] = { 0, 930, 1870, 2800 };

  const char *const NorthSouthRoads[] = { "澹津路", "油榨坊路", "汪家桥路", "新建路", "城东路", "东环路" };
  const char *const EastWestRoads[] = { "南环路", "人民路", "建设路", "北环路" };

  QString utf8( const char *text )
  {
    return QString::fromUtf8( text );
  }

  QVariantMap row( std::initializer_list<std::pair<const char *, QVariant>> values )
  {
    QVariantMap map;
    for ( const auto &value : values )
      map.insert( QString::fromLatin1( value.first ), value.second );
    return map;
  }
}

GwDemoBuilder::GwDemoBuilder( quint32 seed, const QDateTime &now, const Projector &projector, const Unioner &unioner )
  : mRandom( seed )
  , mNames( mRandom )
  , mNow( now.toUTC() )
  , mProjector( projector )
  , mUnioner( unioner )
{
  mOrder = QStringList {
    QStringLiteral( "communities" ), QStringLiteral( "grids" ), QStringLiteral( "roads" ), QStringLiteral( "compounds" ),
    QStringLiteral( "buildings" ), QStringLiteral( "units" ), QStringLiteral( "plates" ), QStringLiteral( "dwellings" ),
    QStringLiteral( "wechat_groups" ), QStringLiteral( "households" ), QStringLiteral( "residents" ),
    QStringLiteral( "organisations" ), QStringLiteral( "staff" ), QStringLiteral( "cameras" ),
    QStringLiteral( "camera_status_log" ), QStringLiteral( "incidents" ), QStringLiteral( "tasks" ), QStringLiteral( "events" ),
  };
}

QPointF GwDemoBuilder::cellPoint( const Cell &cell, double u, double v ) const
{
  const QPointF &sw = cell.corners[0];
  const QPointF &se = cell.corners[1];
  const QPointF &ne = cell.corners[2];
  const QPointF &nw = cell.corners[3];
  return sw * ( ( 1 - u ) * ( 1 - v ) ) + se * ( u * ( 1 - v ) ) + ne * ( u * v ) + nw * ( ( 1 - u ) * v );
}

QByteArray GwDemoBuilder::pointWkb( const QPointF &local ) const
{
  return GwWkb::point( mProjector( local ) );
}

QByteArray GwDemoBuilder::polygonWkb( const QVector<QPointF> &local ) const
{
  GwWkb::Ring ring;
  for ( const QPointF &p : local )
    ring << mProjector( p );
  return GwWkb::polygon( { ring } );
}

QByteArray GwDemoBuilder::multiPolygonWkb( const QVector<QPointF> &local ) const
{
  GwWkb::Ring ring;
  for ( const QPointF &p : local )
    ring << mProjector( p );
  return GwWkb::multiPolygon( { { ring } } );
}

QVector<QPointF> GwDemoBuilder::cellQuad( const Cell &cell, double u0, double v0, double u1, double v1 ) const
{
  return { cellPoint( cell, u0, v0 ), cellPoint( cell, u1, v0 ), cellPoint( cell, u1, v1 ), cellPoint( cell, u0, v1 ) };
}

qint64 GwDemoBuilder::append( const QString &table, const QVariantMap &attributes, const QByteArray &wkb )
{
  QVector<GwFeature> &rows = mTables[table];
  GwFeature feature;
  feature.id = rows.size() + 1;
  feature.attributes = attributes;
  feature.wkb = wkb;
  rows << feature;
  return feature.id;
}

QString GwDemoBuilder::isoTime( const QDateTime &time ) const
{
  return time.toUTC().toString( Qt::ISODateWithMs );
}

QString GwDemoBuilder::phoneNumber()
{
  static const int prefixes[] = { 135, 136, 138, 139, 150, 151, 158, 173, 177, 180, 186, 189, 199 };
  const int prefix = prefixes[mRandom.bounded( static_cast<quint32>( std::size( prefixes ) ) )];
  return QString::number( prefix ) + QStringLiteral( "%1" ).arg( mRandom.bounded( 100000000u ), 8, 10, QLatin1Char( '0' ) );
}

QString GwDemoBuilder::idNumber( const QDate &birth, bool male )
{
  // Region 430781 (津市市); the sequence's last digit is odd for men, even for women.
  int sequence = static_cast<int>( mRandom.bounded( 500u ) ) * 2 + ( male ? 1 : 0 );
  if ( sequence == 0 )
    sequence = 2;
  const QString first17 = QStringLiteral( "430781" ) + birth.toString( QStringLiteral( "yyyyMMdd" ) )
                          + QStringLiteral( "%1" ).arg( sequence, 3, 10, QLatin1Char( '0' ) );
  return first17 + GwIdNumber::checkCharacter( first17 );
}

void GwDemoBuilder::build()
{
  mMetadata.insert( QStringLiteral( "subdistrict_name" ), utf8( "汪家桥街道" ) );
  mMetadata.insert( QStringLiteral( "subdistrict_code" ), QStringLiteral( "430781002" ) );
  mMetadata.insert( QStringLiteral( "county_name" ), utf8( "津市市" ) );
  mMetadata.insert( QStringLiteral( "demo_generated_for" ), isoTime( mNow ) );

  buildCommunitiesAndGrids();
  buildMainRoads();
  for ( Cell &cell : mCells )
    buildGridContent( cell );
  buildHouseholds();
  buildStaff();
  buildOrganisations();
  buildCameras();
  buildIncidents();
}

void GwDemoBuilder::buildCommunitiesAndGrids()
{
  // Lattice nodes of the main roads, moved a little so that blocks are not perfect rectangles.
  const int columns = static_cast<int>( std::size( ColumnsX ) );
  const int rows = static_cast<int>( std::size( RowsY ) );
  mLattice.resize( columns );
  for ( int i = 0; i < columns; ++i )
  {
    for ( int j = 0; j < rows; ++j )
    {
      const double jitterX = ( mRandom.generateDouble() - 0.5 ) * 60;
      const double jitterY = ( mRandom.generateDouble() - 0.5 ) * 60;
      mLattice[i] << QPointF( ColumnsX[i] + jitterX, RowsY[j] + jitterY );
    }
  }

  QVector<int> gridsPerCommunity( static_cast<int>( std::size( Communities ) ), 0 );
  QVector<QVector<QByteArray>> communityParts( static_cast<int>( std::size( Communities ) ) );
  int gridIndex = 0;
  for ( const CellPlan &plan : Plan )
  {
    Cell cell;
    const QPointF sw = mLattice[plan.column][plan.row];
    const QPointF se = mLattice[plan.column + 1][plan.row];
    const QPointF ne = mLattice[plan.column + 1][plan.row + 1];
    const QPointF nw = mLattice[plan.column][plan.row + 1];
    const QPointF southMiddle = ( sw + se ) / 2;
    const QPointF northMiddle = ( nw + ne ) / 2;
    if ( plan.half == 0 )
    {
      cell.corners[0] = sw, cell.corners[1] = se, cell.corners[2] = ne, cell.corners[3] = nw;
    }
    else if ( plan.half == 1 )
    {
      cell.corners[0] = sw, cell.corners[1] = southMiddle, cell.corners[2] = northMiddle, cell.corners[3] = nw;
    }
    else
    {
      cell.corners[0] = southMiddle, cell.corners[1] = se, cell.corners[2] = ne, cell.corners[3] = northMiddle;
    }

    const Community &community = Communities[plan.community];
    const int number = ++gridsPerCommunity[plan.community];
    cell.gridIndex = gridIndex++;
    cell.communityCode = QString::fromLatin1( community.code );
    cell.gridCode = cell.communityCode + QStringLiteral( "-%1" ).arg( number, 2, 10, QLatin1Char( '0' ) );
    cell.density = plan.density;
    cell.stem = GwDemoNames::laneStem( cell.gridIndex );

    const QVector<QPointF> outline = { cell.corners[0], cell.corners[1], cell.corners[2], cell.corners[3] };
    const QByteArray wkb = polygonWkb( outline );
    communityParts[plan.community] << wkb;
    append( QStringLiteral( "grids" ), row( {
      { "code", cell.gridCode },
      { "name", QString( utf8( community.name ) + utf8( "第" ) + GwDemoNames::chineseNumber( number ) + utf8( "网格" ) ) },
      { "community_code", cell.communityCode },
    } ), wkb );
    mCells << cell;
  }

  for ( int i = 0; i < static_cast<int>( std::size( Communities ) ); ++i )
  {
    append( QStringLiteral( "communities" ), row( {
      { "code", QString::fromLatin1( Communities[i].code ) },
      { "name", utf8( Communities[i].name ) },
    } ), mUnioner( communityParts[i] ) );
  }
}

void GwDemoBuilder::buildMainRoads()
{
  const int columns = mLattice.size();
  const int rows = mLattice.first().size();
  for ( int i = 0; i < columns; ++i )
  {
    GwWkb::Ring line;
    for ( int j = 0; j < rows; ++j )
      line << mProjector( mLattice[i][j] );
    const bool outer = i == 0 || i == columns - 1;
    append( QStringLiteral( "roads" ), row( {
      { "name", utf8( NorthSouthRoads[i] ) },
      { "kind", outer ? QStringLiteral( "secondary" ) : QStringLiteral( "main" ) },
      { "source", QStringLiteral( "demo" ) },
    } ), GwWkb::lineString( line ) );
  }
  for ( int j = 0; j < rows; ++j )
  {
    GwWkb::Ring line;
    for ( int i = 0; i < columns; ++i )
      line << mProjector( mLattice[i][j] );
    const bool outer = j == 0 || j == rows - 1;
    append( QStringLiteral( "roads" ), row( {
      { "name", utf8( EastWestRoads[j] ) },
      { "kind", outer ? QStringLiteral( "secondary" ) : QStringLiteral( "main" ) },
      { "source", QStringLiteral( "demo" ) },
    } ), GwWkb::lineString( line ) );
  }
}

void GwDemoBuilder::buildGridContent( Cell &cell )
{
  const double width = QLineF( cell.corners[0], cell.corners[1] ).length();
  const double height = QLineF( cell.corners[0], cell.corners[3] ).length();
  const auto du = [width]( double metres ) { return metres / width; };
  const auto dv = [height]( double metres ) { return metres / height; };

  cell.dwellingsBegin = mTables.value( QStringLiteral( "dwellings" ) ).size();
  int sequence = 0;

  const auto addPlate = [&]( const QString &kind, const QString &number, const QString &label, const QString &road, const QPointF &at, qint64 buildingId ) {
    return append( QStringLiteral( "plates" ), row( {
      { "kind", kind }, { "number", number }, { "label", label }, { "road_name", road },
      { "grid_code", cell.gridCode }, { "sequence", ++sequence }, { "building_id", buildingId },
    } ), pointWkb( at ) );
  };
  const auto addDwelling = [&]( qint64 buildingId, const QVariant &unitId, int floor, const QString &room, qint64 plateId, const QString &address ) {
    append( QStringLiteral( "dwellings" ), row( {
      { "building_id", buildingId }, { "unit_id", unitId }, { "floor", floor }, { "room", room },
      { "plate_id", plateId }, { "address", address }, { "grid_code", cell.gridCode },
    } ) );
  };

  // Shops facing the main road on the block's south side, numbered east to west.
  const QString southRoad = utf8( EastWestRoads[std::min<int>( static_cast<int>( std::size( EastWestRoads ) ) - 1, static_cast<int>( std::lround( cell.corners[0].y() / 930.0 ) ) )] );
  const int shopsOnMainRoad = cell.density == 0 ? 8 : ( cell.density == 1 ? 20 : 34 );
  for ( int i = 0; i < shopsOnMainRoad; ++i )
  {
    const double u1 = 0.97 - i * du( 13 );
    const double u0 = u1 - du( 11 );
    if ( u0 < 0.03 )
      break;
    const QVector<QPointF> footprint = cellQuad( cell, u0, dv( 8 ), u1, dv( 20 ) );
    const qint64 buildingId = append( QStringLiteral( "buildings" ), row( {
      { "kind", QStringLiteral( "shop_front" ) }, { "grid_code", cell.gridCode }, { "floors", 2 }, { "source", QStringLiteral( "demo" ) },
    } ), multiPolygonWkb( footprint ) );
    const int number = 2 * i + 1;
    const QString label = southRoad + QString::number( number ) + utf8( "号" );
    const qint64 plateId = addPlate( QStringLiteral( "door" ), QString::number( number ), label, southRoad, cellPoint( cell, ( u0 + u1 ) / 2, dv( 8 ) ), buildingId );
    mShopFronts << cellPoint( cell, ( u0 + u1 ) / 2, dv( 14 ) );
    if ( i % 2 == 0 )
      addDwelling( buildingId, QVariant(), 2, QString(), plateId, label + utf8( "二楼" ) );
  }

  // Lanes run west-east through the block; compounds sit in the bands between them.
  const int lanes = cell.density == 0 ? 3 : 4;
  QVector<double> laneV;
  for ( int k = 0; k < lanes; ++k )
    laneV << 0.12 + ( 0.85 - 0.12 ) * k / std::max( 1, lanes - 1 );

  for ( int k = 0; k < lanes; ++k )
  {
    Lane lane;
    lane.name = cell.stem + GwDemoNames::chineseNumber( k + 1 ) + utf8( "巷" );
    lane.from = cellPoint( cell, 0.02, laneV[k] );
    lane.to = cellPoint( cell, 0.98, laneV[k] );
    append( QStringLiteral( "roads" ), row( {
      { "name", lane.name }, { "kind", QStringLiteral( "minor" ) }, { "source", QStringLiteral( "demo" ) },
    } ), GwWkb::lineString( { mProjector( lane.from ), mProjector( lane.to ) } ) );
    mLanes << lane;
  }

  // Compounds: property-managed commercial housing in the centre, work-unit and
  // self-managed ones elsewhere.
  const int compoundSlots = cell.density == 0 ? 1 : ( cell.density == 1 ? 2 : 4 );
  int compoundsMade = 0;
  for ( int band = 0; band + 1 < lanes && compoundsMade < compoundSlots; ++band )
  {
    for ( int slot = 0; slot < 3 && compoundsMade < compoundSlots; ++slot )
    {
      if ( ( band + slot + cell.gridIndex ) % 3 == 2 && cell.density < 2 )
        continue;

      const double u0 = 0.06 + slot * 0.31;
      const double u1 = u0 + 0.26;
      const double v0 = laneV[band] + dv( 32 );
      const double v1 = laneV[band + 1] - dv( 32 );
      if ( v1 - v0 < dv( 60 ) )
        continue;

      const bool dongHu = cell.communityCode == QLatin1String( "430781002009" ) && mDongHuId == 0;
      QString kind = QStringLiteral( "property_managed" );
      QString suffix = utf8( "小区" );
      const quint32 draw = mRandom.bounded( 100u );
      if ( !dongHu && draw < 20 )
      {
        kind = QStringLiteral( "work_unit" );
        suffix = utf8( "单位宿舍" );
      }
      else if ( !dongHu && draw < 40 )
      {
        kind = QStringLiteral( "self_managed" );
        suffix = utf8( "小区" );
      }
      const QString name = dongHu ? utf8( "东湖小区" ) : mNames.compoundName( suffix );
      const qint64 compoundId = append( QStringLiteral( "compounds" ), row( {
        { "name", name }, { "kind", kind }, { "grid_code", cell.gridCode },
      } ), polygonWkb( cellQuad( cell, u0, v0, u1, v1 ) ) );
      if ( dongHu )
        mDongHuId = compoundId;
      ++compoundsMade;

      // The gate faces the lane to the south and carries the compound's door plate.
      const Lane &gateLane = mLanes[mLanes.size() - lanes + band];
      const int gateNumber = 2 * ( slot + 1 ) + 40;
      const QPointF gate = cellPoint( cell, ( u0 + u1 ) / 2, v0 );
      addPlate( QStringLiteral( "door" ), QString::number( gateNumber ), gateLane.name + QString::number( gateNumber ) + utf8( "号" ) + name, gateLane.name, gate, 0 );
      mCompoundGates << gate;
      mCompoundGateIds << compoundId;

      const int floors = kind == QLatin1String( "property_managed" ) && cell.density == 2 ? 7 : 6;
      const int unitsPerBuilding = 2;
      const int rowsOfBuildings = std::max( 1, static_cast<int>( ( v1 - v0 ) / dv( 40 ) ) );
      int buildingNumber = 0;
      for ( int r = 0; r < rowsOfBuildings; ++r )
      {
        for ( int c = 0; c < 3; ++c )
        {
          const double bu0 = u0 + du( 8 ) + c * ( u1 - u0 - du( 16 ) ) / 3;
          const double bu1 = bu0 + ( u1 - u0 - du( 16 ) ) / 3 - du( 10 );
          const double bv0 = v0 + dv( 10 ) + r * ( v1 - v0 - dv( 20 ) ) / rowsOfBuildings;
          const double bv1 = bv0 + dv( 13 );
          ++buildingNumber;
          const QString buildingName = name + QString::number( buildingNumber ) + utf8( "栋" );
          const qint64 buildingId = append( QStringLiteral( "buildings" ), row( {
            { "name", buildingName }, { "kind", QStringLiteral( "commercial" ) }, { "compound_id", compoundId },
            { "grid_code", cell.gridCode }, { "floors", floors }, { "source", QStringLiteral( "demo" ) },
          } ), multiPolygonWkb( cellQuad( cell, bu0, bv0, bu1, bv1 ) ) );
          addPlate( QStringLiteral( "building" ), QString::number( buildingNumber ), buildingName, QString(), cellPoint( cell, bu0, ( bv0 + bv1 ) / 2 ), buildingId );

          for ( int unit = 1; unit <= unitsPerBuilding; ++unit )
          {
            const qint64 unitId = append( QStringLiteral( "units" ), row( { { "building_id", buildingId }, { "number", unit } } ) );
            const double entranceU = bu0 + ( bu1 - bu0 ) * ( unit - 0.5 ) / unitsPerBuilding;
            const QPointF entrance = cellPoint( cell, entranceU, bv0 );
            addPlate( QStringLiteral( "unit" ), QString::number( unit ), buildingName + QString::number( unit ) + utf8( "单元" ), QString(), entrance, buildingId );
            for ( int floor = 1; floor <= floors; ++floor )
            {
              for ( int door = 1; door <= 2; ++door )
              {
                const QString room = QString::number( floor * 100 + door );
                const QString address = buildingName + QString::number( unit ) + utf8( "单元" ) + room + utf8( "室" );
                const QPointF at = cellPoint( cell, entranceU + ( door == 1 ? -1 : 1 ) * du( 4 ), bv0 + dv( 2 + floor * 0.9 ) );
                const qint64 plateId = addPlate( QStringLiteral( "room" ), room, room + utf8( "室" ), QString(), at, buildingId );
                addDwelling( buildingId, unitId, floor, room, plateId, address );
              }
            }
          }
        }
      }
    }
  }

  // Self-built houses and shops along the lanes, numbered east to west: odd numbers on
  // the south side (the left when walking west), even numbers on the north side.
  const int houseLots = cell.density == 0 ? 42 : ( cell.density == 1 ? 30 : 16 );
  for ( int k = 0; k < lanes; ++k )
  {
    const Lane &lane = mLanes[mLanes.size() - lanes + k];
    for ( int lot = 0; lot < houseLots; ++lot )
    {
      for ( int side = 0; side < 2; ++side )
      {
        const double u1 = 0.95 - lot * du( 14 );
        const double u0 = u1 - du( 11 );
        if ( u0 < 0.05 )
          continue;
        const double v0 = side == 0 ? laneV[k] - dv( 18 ) : laneV[k] + dv( 6 );
        const double v1 = v0 + dv( 12 );
        const bool shop = mRandom.bounded( 100u ) < static_cast<quint32>( cell.density == 2 ? 35 : 12 );
        const int floors = shop ? 2 : 2 + static_cast<int>( mRandom.bounded( 3u ) );
        const qint64 buildingId = append( QStringLiteral( "buildings" ), row( {
          { "kind", shop ? QStringLiteral( "shop_front" ) : QStringLiteral( "self_built" ) }, { "grid_code", cell.gridCode },
          { "floors", floors }, { "source", QStringLiteral( "demo" ) },
        } ), multiPolygonWkb( cellQuad( cell, u0, v0, u1, v1 ) ) );
        const int number = 2 * lot + ( side == 0 ? 1 : 2 );
        const QString label = lane.name + QString::number( number ) + utf8( "号" );
        const QPointF front = cellPoint( cell, ( u0 + u1 ) / 2, side == 0 ? v1 : v0 );
        const qint64 plateId = addPlate( QStringLiteral( "door" ), QString::number( number ), label, lane.name, front, buildingId );
        if ( shop )
        {
          mShopFronts << front;
          addDwelling( buildingId, QVariant(), 2, QString(), plateId, label );
          continue;
        }
        for ( int floor = 1; floor <= floors; ++floor )
          addDwelling( buildingId, QVariant(), floor, QString(), plateId, floor == 1 ? label : label + GwDemoNames::chineseNumber( floor ) + utf8( "楼" ) );
      }
    }
  }

  cell.dwellingsEnd = mTables.value( QStringLiteral( "dwellings" ) ).size();
}

void GwDemoBuilder::buildHouseholds()
{
  // WeChat grid groups: three per grid, and a fourth in each of the first two grids.
  QVector<QVector<qint64>> groupsOfCell( mCells.size() );
  int groups = 0;
  for ( int i = 0; i < mCells.size() && groups < GwDemoGenerator::WeChatGroups; ++i )
  {
    const int count = i < GwDemoGenerator::WeChatGroups - 3 * mCells.size() ? 4 : 3;
    for ( int g = 1; g <= count; ++g, ++groups )
    {
      const QVariantMap attributes = mTables[QStringLiteral( "grids" )][i].attributes;
      groupsOfCell[i] << append( QStringLiteral( "wechat_groups" ), row( {
        { "name", QString( attributes.value( QStringLiteral( "name" ) ).toString() + utf8( "微信群" ) + QString::number( g ) ) },
        { "grid_code", mCells[i].gridCode }, { "community_code", mCells[i].communityCode },
      } ) );
    }
  }

  // Households fill dwellings in proportion to each grid's stock, so the total is exact.
  int totalDwellings = 0;
  for ( const Cell &cell : mCells )
    totalDwellings += cell.dwellingsEnd - cell.dwellingsBegin;

  QVector<int> householdsOfCell;
  int assigned = 0;
  for ( int i = 0; i < mCells.size(); ++i )
  {
    const int stock = mCells[i].dwellingsEnd - mCells[i].dwellingsBegin;
    const int share = i + 1 == mCells.size() ? GwDemoGenerator::Households - assigned
                      : static_cast<int>( std::lround( double( GwDemoGenerator::Households ) * stock / totalDwellings ) );
    householdsOfCell << std::min( share, stock );
    assigned += householdsOfCell.last();
  }

  // Exactly the reported number of households joined a group: one member per household.
  QVector<bool> joins( GwDemoGenerator::Households, false );
  for ( int i = 0; i < GwDemoGenerator::WeChatMembers; ++i )
    joins[i] = true;
  std::shuffle( joins.begin(), joins.end(), mRandom );

  const QStringList relations = { utf8( "户主" ), utf8( "配偶" ), utf8( "子女" ), utf8( "父母" ), utf8( "其他" ) };
  int household = 0;
  for ( int i = 0; i < mCells.size(); ++i )
  {
    const Cell &cell = mCells[i];
    QVector<int> dwellings;
    for ( int d = cell.dwellingsBegin; d < cell.dwellingsEnd; ++d )
      dwellings << d;
    std::shuffle( dwellings.begin(), dwellings.end(), mRandom );
    dwellings.resize( householdsOfCell[i] );
    std::sort( dwellings.begin(), dwellings.end() );

    for ( int d : dwellings )
    {
      const bool joined = household < joins.size() && joins[household];
      ++household;
      const QVariant group = joined ? QVariant( groupsOfCell[i].at( static_cast<int>( mRandom.bounded( static_cast<quint32>( groupsOfCell[i].size() ) ) ) ) ) : QVariant();
      const qint64 householdId = append( QStringLiteral( "households" ), row( {
        { "dwelling_id", d + 1 }, { "grid_code", cell.gridCode }, { "wechat_group_id", group },
      } ) );

      const int members = 1 + static_cast<int>( mRandom.bounded( 4u ) );
      for ( int m = 0; m < members; ++m )
      {
        const int age = m == 2 ? 3 + static_cast<int>( mRandom.bounded( 25u ) ) : 25 + static_cast<int>( mRandom.bounded( 55u ) );
        const QDate birth = mNow.date().addYears( -age ).addDays( -static_cast<int>( mRandom.bounded( 365u ) ) );
        const bool male = mRandom.bounded( 2u ) == 0;
        append( QStringLiteral( "residents" ), row( {
          { "household_id", householdId }, { "name", mNames.personName() }, { "id_number", idNumber( birth, male ) },
          { "phone", age >= 16 ? QVariant( phoneNumber() ) : QVariant() }, { "relation", relations.at( std::min( m, 4 ) ) },
        } ) );
      }
    }
  }
}

void GwDemoBuilder::buildStaff()
{
  // 175 grid force: 17 heads, 17 full-time workers, 107 full/part-time workers and 34
  // instructors; then 80 cadres, 18 group leaders and 55 building leaders.
  const auto addStaff = [this]( const QString &role, const Cell &cell, bool onDuty ) {
    const QPointF at = cellPoint( cell, 0.1 + 0.8 * mRandom.generateDouble(), 0.1 + 0.8 * mRandom.generateDouble() );
    return append( QStringLiteral( "staff" ), row( {
      { "name", mNames.personName() }, { "role", role }, { "grid_code", cell.gridCode },
      { "community_code", cell.communityCode }, { "phone", phoneNumber() }, { "on_duty", onDuty ? 1 : 0 },
    } ), pointWkb( at ) );
  };

  for ( Cell &cell : mCells )
  {
    cell.staffIds << static_cast<int>( addStaff( QStringLiteral( "grid_head" ), cell, true ) );
    cell.staffIds << static_cast<int>( addStaff( QStringLiteral( "full_time_worker" ), cell, true ) );
    addStaff( QStringLiteral( "instructor" ), cell, false );
    addStaff( QStringLiteral( "instructor" ), cell, false );
  }
  for ( int i = 0; i < 107; ++i )
  {
    Cell &cell = mCells[i % mCells.size()];
    cell.staffIds << static_cast<int>( addStaff( QStringLiteral( "grid_worker" ), cell, i % 3 != 2 ) );
  }

  const auto addCollector = [&]( const QString &role, int count ) {
    for ( int i = 0; i < count; ++i )
    {
      const Cell &cell = mCells[( i * 7 ) % mCells.size()];
      const bool perCommunity = role == QLatin1String( "cadre" );
      append( QStringLiteral( "staff" ), row( {
        { "name", mNames.personName() }, { "role", role }, { "grid_code", perCommunity ? QVariant() : QVariant( cell.gridCode ) },
        { "community_code", cell.communityCode }, { "phone", phoneNumber() }, { "on_duty", 0 },
      } ) );
    }
  };
  addCollector( QStringLiteral( "cadre" ), 80 );
  addCollector( QStringLiteral( "group_leader" ), 18 );
  addCollector( QStringLiteral( "building_leader" ), 55 );
}

void GwDemoBuilder::buildOrganisations()
{
  const QStringList trades = { utf8( "便利店" ), utf8( "餐馆" ), utf8( "五金店" ), utf8( "药店" ), utf8( "理发店" ), utf8( "服装店" ), utf8( "手机店" ), utf8( "早餐店" ) };
  for ( int i = 0; i < mShopFronts.size(); i += 2 )
  {
    const QString trade = trades.at( static_cast<int>( mRandom.bounded( static_cast<quint32>( trades.size() ) ) ) );
    append( QStringLiteral( "organisations" ), row( {
      { "name", QString( mNames.personName().left( 1 ) + utf8( "记" ) + trade ) }, { "kind", QStringLiteral( "shop" ) },
    } ), pointWkb( mShopFronts[i] ) );
  }

  struct Institution
  {
    const char *name;
    const char *kind;
    int cell;
    double u;
    double v;
  };
  const Institution institutions[] = {
    { "汪家桥街道办事处", "government", 1, 0.5, 0.5 },
    { "汪家桥社区服务中心", "community_centre", 0, 0.4, 0.5 },
    { "新村社区服务中心", "community_centre", 4, 0.5, 0.5 },
    { "油榨坊社区服务中心", "community_centre", 8, 0.5, 0.5 },
    { "城东社区服务中心", "community_centre", 12, 0.5, 0.5 },
    { "澹津社区服务中心", "community_centre", 15, 0.5, 0.5 },
    { "澹津体育中心", "sports_centre", 14, 0.5, 0.35 },
    { "汪家桥派出所", "police", 2, 0.3, 0.3 },
    { "汪家桥小学", "school", 1, 0.8, 0.2 },
    { "城东中学", "school", 13, 0.5, 0.75 },
    { "新村幼儿园", "school", 5, 0.3, 0.7 },
    { "油榨坊小学", "school", 9, 0.6, 0.4 },
    { "澹津小学", "school", 16, 0.4, 0.6 },
    { "津市市第二人民医院", "hospital", 3, 0.6, 0.6 },
  };
  for ( const Institution &institution : institutions )
  {
    const Cell &cell = mCells[institution.cell];
    append( QStringLiteral( "organisations" ), row( {
      { "name", utf8( institution.name ) }, { "kind", QString::fromLatin1( institution.kind ) }, { "grid_code", cell.gridCode },
    } ), pointWkb( cellPoint( cell, institution.u, institution.v ) ) );
  }
}

void GwDemoBuilder::buildCameras()
{
  int serial = 0;
  const auto addCamera = [&]( const QPointF &at, const QString &name, const QString &source, const QString &kind, const Cell &cell, const QVariant &compoundId ) {
    // GB/T 28181: centre code 43078100 (津市市), industry 00, type 132 (IP camera), network 0.
    const QString deviceId = GwDeviceId::make( QStringLiteral( "43078100" ), 0, 132, 0, ++serial );
    return append( QStringLiteral( "cameras" ), row( {
      { "device_id", deviceId }, { "name", name }, { "source", source }, { "kind", kind },
      { "direction_deg", static_cast<double>( mRandom.bounded( 360u ) ) }, { "fov_deg", kind == QLatin1String( "dome" ) ? 360.0 : 70.0 },
      { "range_m", kind == QLatin1String( "legacy" ) ? 40.0 : 80.0 }, { "online", 1 },
      { "status_changed_at", isoTime( mNow.addDays( -static_cast<int>( mRandom.bounded( 60u ) ) ) ) },
      { "grid_code", cell.gridCode }, { "compound_id", compoundId },
    } ), pointWkb( at ) );
  };
  const auto cellOf = [this]( const QString &gridCode ) -> const Cell & {
    for ( const Cell &cell : mCells )
    {
      if ( cell.gridCode == gridCode )
        return cell;
    }
    return mCells.first();
  };

  // 东湖小区: 12 HD cameras on its internal roads and entrances, and one dome camera.
  const GwFeature &dongHu = mTables[QStringLiteral( "compounds" )][static_cast<int>( mDongHuId - 1 )];
  const Cell &dongHuCell = cellOf( dongHu.attributes.value( QStringLiteral( "grid_code" ) ).toString() );
  const int dongHuGate = static_cast<int>( mCompoundGateIds.indexOf( mDongHuId ) );
  const QPointF gate = mCompoundGates.value( dongHuGate );
  for ( int i = 0; i < 12; ++i )
  {
    const QPointF at = gate + QPointF( -60 + ( i % 6 ) * 24, 10 + ( i / 6 ) * 60 );
    addCamera( at, utf8( "东湖小区高清探头" ) + QString::number( i + 1 ), QStringLiteral( "xueliang" ), QStringLiteral( "hd" ), dongHuCell, mDongHuId );
  }
  addCamera( gate + QPointF( 0, 40 ), utf8( "东湖小区球机" ), QStringLiteral( "xueliang" ), QStringLiteral( "dome" ), dongHuCell, mDongHuId );

  // 城东社区 group 5: five old cameras on the main street, ten new HD ones in blind spots.
  const Cell &group5 = mCells[10];
  for ( int i = 0; i < 15; ++i )
  {
    const bool legacy = i < 5;
    const QPointF at = legacy ? cellPoint( group5, 0.1 + i * 0.2, 0.03 ) : cellPoint( group5, 0.1 + ( i - 5 ) * 0.09, 0.5 + ( i % 2 ) * 0.2 );
    addCamera( at, utf8( "城东社区五组" ) + ( legacy ? utf8( "老旧探头" ) : utf8( "新增高清探头" ) ) + QString::number( i + 1 ),
               QStringLiteral( "xueliang" ), legacy ? QStringLiteral( "legacy" ) : QStringLiteral( "hd" ), group5, QVariant() );
  }

  // Traffic cameras at the main road crossings, education cameras at schools,
  // one camera at every other compound gate, then 雪亮 and 天网 cameras along the lanes.
  for ( int i = 0; i < mLattice.size(); ++i )
  {
    for ( int j = 0; j < mLattice[i].size(); ++j )
    {
      const Cell &cell = mCells[std::min<int>( mCells.size() - 1, ( i * 3 + j ) % mCells.size() )];
      addCamera( mLattice[i][j] + QPointF( 6, 6 ), utf8( "路口探头" ), QStringLiteral( "traffic" ), QStringLiteral( "hd" ), cell, QVariant() );
      addCamera( mLattice[i][j] - QPointF( 6, 6 ), utf8( "路口探头" ), QStringLiteral( "traffic" ), QStringLiteral( "hd" ), cell, QVariant() );
    }
  }
  for ( const GwFeature &organisation : mTables[QStringLiteral( "organisations" )] )
  {
    if ( organisation.attributes.value( QStringLiteral( "kind" ) ) != QLatin1String( "school" ) )
      continue;
    const Cell &cell = cellOf( organisation.attributes.value( QStringLiteral( "grid_code" ) ).toString() );
    for ( int i = 0; i < 6; ++i )
      addCamera( cellPoint( cell, 0.2 + 0.1 * i, 0.45 ), organisation.attributes.value( QStringLiteral( "name" ) ).toString() + utf8( "校园探头" ),
                 QStringLiteral( "education" ), QStringLiteral( "hd" ), cell, QVariant() );
  }
  for ( int i = 0; i < mCompoundGates.size(); i += 2 )
  {
    if ( mCompoundGateIds[i] == mDongHuId )
      continue;
    const GwFeature &compound = mTables[QStringLiteral( "compounds" )][static_cast<int>( mCompoundGateIds[i] - 1 )];
    const Cell &cell = cellOf( compound.attributes.value( QStringLiteral( "grid_code" ) ).toString() );
    addCamera( mCompoundGates[i], compound.attributes.value( QStringLiteral( "name" ) ).toString() + utf8( "门岗探头" ), QStringLiteral( "xueliang" ), QStringLiteral( "hd" ), cell, mCompoundGateIds[i] );
  }

  int laneIndex = 0;
  while ( mTables[QStringLiteral( "cameras" )].size() < GwDemoGenerator::Cameras )
  {
    const Lane &lane = mLanes[laneIndex % mLanes.size()];
    const double t = 0.15 + 0.7 * ( ( laneIndex / mLanes.size() ) % 4 ) / 3.0;
    const Cell &cell = mCells[std::min<int>( mCells.size() - 1, ( laneIndex % mLanes.size() ) / 4 )];
    const bool skynet = laneIndex % 3 == 0;
    addCamera( lane.from + ( lane.to - lane.from ) * t, lane.name + ( skynet ? utf8( "天网探头" ) : utf8( "雪亮探头" ) ),
               skynet ? QStringLiteral( "tianwang" ) : QStringLiteral( "xueliang" ), QStringLiteral( "hd" ), cell, QVariant() );
    ++laneIndex;
  }

  // 22 of 582 offline (96.2 % online): only cameras outside the two named examples.
  QVector<GwFeature> &cameras = mTables[QStringLiteral( "cameras" )];
  int offline = 0;
  while ( offline < 22 )
  {
    const int index = 28 + static_cast<int>( mRandom.bounded( static_cast<quint32>( cameras.size() - 28 ) ) );
    if ( cameras[index].attributes.value( QStringLiteral( "online" ) ).toInt() == 0 )
      continue;
    cameras[index].attributes.insert( QStringLiteral( "online" ), 0 );
    const QDateTime at = mNow.addSecs( -static_cast<int>( mRandom.bounded( 72u * 3600u ) ) );
    cameras[index].attributes.insert( QStringLiteral( "status_changed_at" ), isoTime( at ) );
    append( QStringLiteral( "camera_status_log" ), row( { { "camera_id", cameras[index].id }, { "online", 0 }, { "at", isoTime( at ) } } ) );
    ++offline;
  }
}

void GwDemoBuilder::buildIncidents()
{
  struct Batch
  {
    const char *category;
    int count;
    const char *resolution;
    const char *source;
  };

  // Disputes of the year: 79 found and mediated by grid work (21 marriage/family),
  // 31 more handled with social forces; 13 resident requests resolved.
  const Batch batches[] = {
    { "dispute_family", 21, "grid_mediation", "grid_worker" },
    { "dispute_neighbour", 34, "grid_mediation", "grid_worker" },
    { "dispute_property", 16, "grid_mediation", "grid_worker" },
    { "dispute_labour", 8, "grid_mediation", "resident_group" },
    { "dispute_family", 6, "social_forces", "hotline" },
    { "dispute_neighbour", 10, "social_forces", "platform_580" },
    { "dispute_property", 9, "social_forces", "hotline" },
    { "dispute_labour", 6, "social_forces", "platform_580" },
    { "resident_request", 13, "department", "resident_group" },
    { "sanitation", 420, "department", "grid_worker" },
    { "public_facility", 260, "department", "platform_580" },
    { "safety_hazard", 180, "department", "grid_worker" },
    { "traffic_order", 150, "department", "hotline" },
    { "straw_burning", 38, "department", "drone" },
    { "dumping", 64, "department", "drone" },
    { "fire_smoke", 12, "department", "camera_alarm" },
    { "crowd", 22, "department", "camera_alarm" },
    { "intrusion", 9, "department", "camera_alarm" },
    { "camera_offline", 40, "department", "camera_alarm" },
  };

  const QStringList lifecycle = { QStringLiteral( "reported" ), QStringLiteral( "dispatched" ), QStringLiteral( "accepted" ),
                                  QStringLiteral( "on_site" ), QStringLiteral( "resolved" ), QStringLiteral( "closed" ) };
  const QDateTime yearStart = mNow.addDays( -365 );

  const auto placeIncident = [this]( const QString &category, const Cell *&cellOut ) {
    // Straw burning and dumping happen on the rural edge (澹津), the rest where people live.
    int index = static_cast<int>( mRandom.bounded( static_cast<quint32>( mCells.size() ) ) );
    if ( category == QLatin1String( "straw_burning" ) || category == QLatin1String( "dumping" ) )
      index = 14 + static_cast<int>( mRandom.bounded( 3u ) );
    cellOut = &mCells[index];
    return cellPoint( mCells[index], 0.05 + 0.9 * mRandom.generateDouble(), 0.05 + 0.9 * mRandom.generateDouble() );
  };

  const auto addIncident = [&]( const QString &category, const QString &source, const QDateTime &reported, int finalStage,
                                const QString &resolution ) {
    const Cell *cell = nullptr;
    const QPointF at = placeIncident( category, cell );
    const QString state = lifecycle.at( finalStage );
    const int priority = category == QLatin1String( "fire_smoke" ) ? 1 : ( category.startsWith( QLatin1String( "dispute" ) ) ? 2 : 3 );
    const QDateTime updated = reported.addSecs( 1800 * finalStage );
    const qint64 incidentId = append( QStringLiteral( "incidents" ), row( {
      { "client_id", QStringLiteral( "demo-%1" ).arg( mTables[QStringLiteral( "incidents" )].size() + 1 ) },
      { "category", category }, { "source", source }, { "state", state }, { "priority", priority },
      { "title", QString( GwDemoNames::laneStem( cell->gridIndex ) + utf8( "片区" ) ) },
      { "grid_code", cell->gridCode }, { "reported_at", isoTime( reported ) }, { "updated_at", isoTime( updated ) },
      { "closed_at", finalStage == 5 ? QVariant( isoTime( updated ) ) : QVariant() },
      { "resolution", finalStage >= 4 ? QVariant( resolution ) : QVariant() }, { "version", finalStage + 1 },
    } ), pointWkb( at ) );

    // Tasks exist from dispatch on; their deadline is 24 hours, 2 hours for fire and smoke.
    qint64 taskId = 0;
    if ( finalStage >= 1 )
    {
      const int staffId = cell->staffIds.at( static_cast<int>( mRandom.bounded( static_cast<quint32>( cell->staffIds.size() ) ) ) );
      const QDateTime assigned = reported.addSecs( 1800 );
      const QDateTime due = assigned.addSecs( priority == 1 ? 2 * 3600 : 24 * 3600 );
      const QString taskState = finalStage >= 4 ? QStringLiteral( "done" ) : ( finalStage == 1 ? QStringLiteral( "assigned" ) : lifecycle.at( finalStage ) );
      taskId = append( QStringLiteral( "tasks" ), row( {
        { "incident_id", incidentId }, { "staff_id", staffId }, { "state", taskState }, { "assigned_at", isoTime( assigned ) },
        { "due_at", isoTime( due ) }, { "done_at", finalStage >= 4 ? QVariant( isoTime( updated ) ) : QVariant() },
      } ) );
      if ( finalStage < 4 )
        mTables[QStringLiteral( "incidents" )].last().attributes.insert( QStringLiteral( "due_at" ), isoTime( due ) );
    }
    for ( int stage = 0; stage <= finalStage; ++stage )
    {
      append( QStringLiteral( "events" ), row( {
        { "incident_id", incidentId }, { "task_id", stage >= 1 && taskId ? QVariant( taskId ) : QVariant() },
        { "actor", stage == 0 ? source : ( stage == 1 || stage == 5 ? QStringLiteral( "dispatcher" ) : QStringLiteral( "grid_staff" ) ) },
        { "at", isoTime( reported.addSecs( 1800 * stage ) ) },
        { "from_state", stage == 0 ? QVariant() : QVariant( lifecycle.at( stage - 1 ) ) }, { "to_state", lifecycle.at( stage ) },
      } ) );
    }
  };

  for ( const Batch &batch : batches )
  {
    for ( int i = 0; i < batch.count; ++i )
    {
      // Closed work of the past year, at least two days old.
      const qint64 span = yearStart.secsTo( mNow ) - 2 * 86400;
      const QDateTime reported = yearStart.addSecs( static_cast<qint64>( mRandom.generateDouble() * span ) );
      addIncident( QString::fromLatin1( batch.category ), QString::fromLatin1( batch.source ), reported, 5, QString::fromLatin1( batch.resolution ) );
    }
  }

  // Today's open work: every open state, a few tasks past their deadline.
  const char *const openCategories[] = { "sanitation", "public_facility", "safety_hazard", "traffic_order", "dispute_neighbour",
                                         "resident_request", "dumping", "crowd", "fire_smoke", "resident_request" };
  for ( int i = 0; i < 30; ++i )
  {
    const QString category = QString::fromLatin1( openCategories[i % std::size( openCategories )] );
    const int stage = i % 4;
    const QDateTime reported = mNow.addSecs( -static_cast<qint64>( 600 + ( i * 4271 ) % ( 30 * 3600 ) ) );
    const QString source = category == QLatin1String( "fire_smoke" ) || category == QLatin1String( "crowd" ) ? QStringLiteral( "camera_alarm" )
                           : ( category == QLatin1String( "dumping" ) ? QStringLiteral( "drone" ) : QStringLiteral( "grid_worker" ) );
    addIncident( category, source, reported, stage, QString() );
  }
}
