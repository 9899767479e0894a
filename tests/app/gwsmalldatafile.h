// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A data file small enough to write in every test that needs one, placed in Jinshi
// (lon 111.87 to 111.89, lat 29.60 to 29.612) like the demo subdistrict.

#include "gwstore.h"
#include "gwwkb.h"

#include <memory>

namespace GwTestData
{
  //! Writes a small data file: two grids, a road, three cameras and an incident, with Chinese names.
  inline bool writeSmallDataFile( const QString &path, QString *error )
  {
    std::unique_ptr<GwStore> store = GwStore::create( path, error );
    if ( !store )
      return false;

    QVector<GwFeature> grids;
    for ( int i = 0; i < 2; ++i )
    {
      GwFeature grid;
      const double west = 111.870 + i * 0.010;
      grid.attributes = { { QStringLiteral( "code" ), QStringLiteral( "430781002004-0%1" ).arg( i + 1 ) },
                          { QStringLiteral( "name" ), QStringLiteral( "汪家桥社区第%1网格" ).arg( i + 1 ) },
                          { QStringLiteral( "community_code" ), QStringLiteral( "430781002004" ) },
                          { QStringLiteral( "households" ), 1200 } };
      grid.wkb = GwWkb::polygon( { { { west, 29.600 }, { west + 0.010, 29.600 }, { west + 0.010, 29.612 }, { west, 29.612 } } } );
      grids << grid;
    }

    GwFeature road;
    road.attributes = { { QStringLiteral( "name" ), QStringLiteral( "东湖路" ) }, { QStringLiteral( "kind" ), QStringLiteral( "main" ) }, { QStringLiteral( "source" ), QStringLiteral( "demo" ) } };
    road.wkb = GwWkb::lineString( { { 111.870, 29.606 }, { 111.890, 29.606 } } );
    QVector<GwFeature> roads = { road };

    QVector<GwFeature> cameras;
    for ( int i = 0; i < 3; ++i )
    {
      GwFeature camera;
      camera.attributes = { { QStringLiteral( "device_id" ), QStringLiteral( "4307810020013200000%1" ).arg( i ) },
                            { QStringLiteral( "name" ), QStringLiteral( "东湖小区%1号探头" ).arg( i + 1 ) },
                            { QStringLiteral( "source" ), QStringLiteral( "xueliang" ) },
                            { QStringLiteral( "kind" ), QStringLiteral( "hd" ) },
                            { QStringLiteral( "direction_deg" ), 90.0 * i },
                            { QStringLiteral( "fov_deg" ), 60.0 },
                            { QStringLiteral( "range_m" ), 50.0 },
                            { QStringLiteral( "online" ), i == 2 ? 0 : 1 },
                            { QStringLiteral( "grid_code" ), QStringLiteral( "430781002004-01" ) } };
      camera.wkb = GwWkb::point( { 111.873 + i * 0.002, 29.604 } );
      cameras << camera;
    }

    GwFeature incident;
    incident.attributes = { { QStringLiteral( "client_id" ), QStringLiteral( "test-1" ) },
                            { QStringLiteral( "category" ), QStringLiteral( "dispute_neighbour" ) },
                            { QStringLiteral( "source" ), QStringLiteral( "grid_worker" ) },
                            { QStringLiteral( "state" ), QStringLiteral( "reported" ) },
                            { QStringLiteral( "priority" ), 2 },
                            { QStringLiteral( "title" ), QStringLiteral( "邻里噪音纠纷" ) },
                            { QStringLiteral( "grid_code" ), QStringLiteral( "430781002004-02" ) },
                            { QStringLiteral( "reported_at" ), QStringLiteral( "2026-12-01T08:00:00Z" ) },
                            { QStringLiteral( "version" ), 1 } };
    incident.wkb = GwWkb::point( { 111.884, 29.608 } );
    QVector<GwFeature> incidents = { incident };

    return store->insertFeatures( QStringLiteral( "grids" ), grids, error )
           && store->insertFeatures( QStringLiteral( "roads" ), roads, error )
           && store->insertFeatures( QStringLiteral( "cameras" ), cameras, error )
           && store->insertFeatures( QStringLiteral( "incidents" ), incidents, error )
           && store->setMetadata( QStringLiteral( "subdistrict_name" ), QStringLiteral( "汪家桥街道" ), error );
  }
}
