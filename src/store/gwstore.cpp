// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwstore.h"

#include "gwgeopackagestore.h"

namespace
{
  bool isPostgresLocation( const QString &location )
  {
    return location.startsWith( QLatin1String( "postgresql:" ) ) || location.startsWith( QLatin1String( "postgres:" ) )
           || location.startsWith( QLatin1String( "PG:" ) );
  }
}

std::unique_ptr<GwStore> GwStore::open( const QString &location, QString *error )
{
  if ( isPostgresLocation( location ) )
  {
    if ( error )
      *error = tr( "PostgreSQL data sources are not supported yet: %1. Use a GeoPackage file." ).arg( location );
    return nullptr;
  }
  return GwGeoPackageStore::open( location, error );
}

std::unique_ptr<GwStore> GwStore::create( const QString &location, QString *error )
{
  if ( isPostgresLocation( location ) )
  {
    if ( error )
      *error = tr( "PostgreSQL data sources are not supported yet: %1. Use a GeoPackage file." ).arg( location );
    return nullptr;
  }
  return GwGeoPackageStore::create( location, error );
}
