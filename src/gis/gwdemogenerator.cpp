// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdemogenerator.h"

#include "gwdemobuilder.h"
#include "gwlogging.h"
#include "gwstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <qgscoordinatetransform.h>
#include <qgsfeedback.h>
#include <qgsgeometry.h>

namespace
{
  // South-west corner of the demo layout, near 汪家桥街道 of 津市市.
  const QgsPointXY SouthWestCorner( 111.862, 29.596 );

  void removeDatabaseFiles( const QString &path )
  {
    QFile::remove( path );
    QFile::remove( path + QStringLiteral( "-wal" ) );
    QFile::remove( path + QStringLiteral( "-shm" ) );
  }
}

GwDemoGenerator::GwDemoGenerator( const GwDemoOptions &options )
  : mOptions( options )
{
  if ( !mOptions.now.isValid() )
  {
    const QDateTime current = QDateTime::currentDateTimeUtc();
    mOptions.now = QDateTime( current.date(), QTime( current.time().hour(), 0 ), Qt::UTC );
  }
}

bool GwDemoGenerator::generate( const QString &path, QgsFeedback *feedback, QString *error )
{
  if ( QFileInfo::exists( path ) )
  {
    *error = tr( "%1 already exists; choose another file name or remove it first." ).arg( path );
    return false;
  }
  const QFileInfo target( path );
  if ( !target.absoluteDir().exists() )
  {
    *error = tr( "Folder %1 not found." ).arg( target.absolutePath() );
    return false;
  }

  // The layout is drawn in metres of the local Gauss-Kruger zone; PROJ takes it to lon/lat.
  const QgsCoordinateReferenceSystem local( QStringLiteral( "EPSG:4546" ) );
  const QgsCoordinateReferenceSystem wgs84( QStringLiteral( "EPSG:4326" ) );
  const QgsCoordinateTransform toWgs84( local, wgs84, QgsCoordinateTransformContext() );
  const QgsCoordinateTransform toLocal( wgs84, local, QgsCoordinateTransformContext() );
  if ( !local.isValid() || !toWgs84.isValid() )
  {
    *error = tr( "The coordinate reference system EPSG:4546 is not available; check the PROJ installation." );
    return false;
  }
  QgsPointXY origin;
  try
  {
    origin = toLocal.transform( SouthWestCorner );
  }
  catch ( const QgsCsException &exception )
  {
    *error = tr( "Coordinate transformation failed: %1" ).arg( exception.what() );
    return false;
  }

  const auto projector = [&]( const QPointF &metres ) {
    const QgsPointXY point = toWgs84.transform( QgsPointXY( origin.x() + metres.x(), origin.y() + metres.y() ) );
    return QPointF( point.x(), point.y() );
  };
  const auto unioner = []( const QVector<QByteArray> &parts ) {
    QVector<QgsGeometry> geometries;
    for ( const QByteArray &wkb : parts )
    {
      QgsGeometry geometry;
      geometry.fromWkb( wkb );
      geometries << geometry;
    }
    QgsGeometry merged = QgsGeometry::unaryUnion( geometries );
    merged.convertToMultiType();
    return merged.asWkb();
  };

  if ( feedback )
    feedback->setProgress( 1 );
  GwDemoBuilder builder( mOptions.seed, mOptions.now, projector, unioner );
  try
  {
    builder.build();
  }
  catch ( const QgsCsException &exception )
  {
    *error = tr( "Coordinate transformation failed: %1" ).arg( exception.what() );
    return false;
  }
  if ( feedback )
    feedback->setProgress( 20 );

  // Written under a temporary name and renamed when complete, so that a failure or a
  // cancel never leaves a half-written file at the requested path.
  const QString partial = path + QStringLiteral( ".partial" );
  removeDatabaseFiles( partial );
  bool ok = true;
  {
    std::unique_ptr<GwStore> store = GwStore::create( partial, error );
    if ( !store )
      return false;

    const QVariantMap metadata = builder.metadata();
    for ( auto it = metadata.constBegin(); ok && it != metadata.constEnd(); ++it )
      ok = store->setMetadata( it.key(), it.value().toString(), error );

    const QStringList tables = builder.tableOrder();
    for ( int i = 0; ok && i < tables.size(); ++i )
    {
      if ( feedback && feedback->isCanceled() )
      {
        *error = tr( "Demo data generation was canceled; nothing was written to %1." ).arg( path );
        ok = false;
        break;
      }

      QVector<GwFeature> &rows = builder.rows( tables[i] );
      QVector<qint64> plannedIds;
      plannedIds.reserve( rows.size() );
      for ( const GwFeature &row : rows )
        plannedIds << row.id;

      ok = store->insertFeatures( tables[i], rows, error );
      for ( int r = 0; ok && r < rows.size(); ++r )
      {
        if ( rows[r].id != plannedIds[r] )
        {
          *error = tr( "Table %1 received row id %2 where %3 was planned." ).arg( tables[i] ).arg( rows[r].id ).arg( plannedIds[r] );
          ok = false;
        }
      }
      qCDebug( gwGis ) << "demo table" << tables[i] << rows.size() << "rows";
      if ( feedback )
        feedback->setProgress( 20 + 80.0 * ( i + 1 ) / tables.size() );
    }
  }

  if ( !ok )
  {
    removeDatabaseFiles( partial );
    return false;
  }
  // The store is closed, so its WAL has been checkpointed into the main file.
  QFile::remove( partial + QStringLiteral( "-wal" ) );
  QFile::remove( partial + QStringLiteral( "-shm" ) );
  if ( !QFile::rename( partial, path ) )
  {
    removeDatabaseFiles( partial );
    *error = tr( "Could not rename %1 to %2." ).arg( partial, path );
    return false;
  }
  return true;
}
