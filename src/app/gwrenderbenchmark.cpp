// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwrenderbenchmark.h"

#include "gwmapproject.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <algorithm>

namespace
{
  double elapsedMs( const QElapsedTimer &timer )
  {
    return static_cast<double>( timer.nsecsElapsed() ) / 1.0e6;
  }

  void renderParallel( const QgsMapSettings &settings, QgsMapRendererCache *cache )
  {
    QgsMapRendererParallelJob job( settings );
    job.setCache( cache );
    job.start();
    job.waitForFinished();
  }
}

GwRenderBenchmark::GwRenderBenchmark( GwMapProject *project, const QSize &size )
  : mProject( project )
{
  mSettings.setDestinationCrs( project->destinationCrs() );
  mSettings.setTransformContext( project->project()->transformContext() );
  mSettings.setOutputSize( size );
  // 96 DPI as on the wall's screens, so symbol sizes in millimetres match the wall.
  mSettings.setOutputDpi( 96 );
  mSettings.setExtent( project->defaultExtent() );
  // The scale is known once size and extent are set; the wall picks its layers the same way.
  mSettings.setLayers( project->renderLayers( mSettings.scale() ) );
  mSettings.setBackgroundColor( QColor( 0x0b, 0x1a, 0x2e ) );
  mSettings.setFlag( Qgis::MapSettingsFlag::Antialiasing, true );
  mSettings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
}

QVector<double> GwRenderBenchmark::fullRedrawSequential( int repeat ) const
{
  QVector<double> times;
  for ( int i = 0; i < repeat; ++i )
  {
    QElapsedTimer timer;
    timer.start();
    QgsMapRendererSequentialJob job( mSettings );
    job.start();
    job.waitForFinished();
    times << elapsedMs( timer );
  }
  return times;
}

QVector<double> GwRenderBenchmark::fullRedrawCached( int repeat ) const
{
  QgsMapRendererCache cache;
  QVector<double> times;
  for ( int i = 0; i < repeat; ++i )
  {
    cache.clear();
    QElapsedTimer timer;
    timer.start();
    renderParallel( mSettings, &cache );
    times << elapsedMs( timer );
  }
  return times;
}

QVector<double> GwRenderBenchmark::incidentChangeRedraw( int repeat, QString *error ) const
{
  GwStore *store = mProject->store();
  // Every live layer drawn from the incidents table, as the wall reloads them all.
  QList<QgsVectorLayer *> liveLayers;
  for ( const GwLayerDefinition &definition : mProject->catalog().definitions() )
  {
    if ( definition.isLive() && definition.table() == QLatin1String( "incidents" ) )
    {
      if ( QgsVectorLayer *liveLayer = mProject->layerForDefinition( definition.id() ) )
        liveLayers << liveLayer;
    }
  }
  QgsVectorLayer *layer = liveLayers.value( 0 );
  QString storeError;
  const QVector<GwFeature> incidents = store->features( QStringLiteral( "incidents" ), QVariantMap(), &storeError );
  if ( !layer || incidents.isEmpty() )
  {
    if ( error )
      *error = storeError.isEmpty() ? tr( "The data file has no incidents layer or no incident to change." ) : storeError;
    return {};
  }

  // Fill the cache once, as the wall's canvas has done before any change arrives.
  QgsMapRendererCache cache;
  renderParallel( mSettings, &cache );

  GwFeature incident = incidents.constFirst();
  QVector<double> times;
  for ( int i = 0; i < repeat; ++i )
  {
    // Alternate between two states so that every run is a real change.
    const QString state = incident.attributes.value( QStringLiteral( "state" ) ).toString() == QLatin1String( "dispatched" )
                          ? QStringLiteral( "reported" )
                          : QStringLiteral( "dispatched" );
    GwFeature change;
    change.id = incident.id;
    change.attributes = {
      { QStringLiteral( "state" ), state },
      { QStringLiteral( "updated_at" ), QDateTime::currentDateTimeUtc().toString( Qt::ISODate ) },
      { QStringLiteral( "version" ), incident.attributes.value( QStringLiteral( "version" ) ).toLongLong() + 1 },
    };
    if ( !store->updateFeature( QStringLiteral( "incidents" ), change, &storeError ) )
    {
      if ( error )
        *error = storeError;
      return {};
    }
    incident.attributes.insert( change.attributes );

    QElapsedTimer timer;
    timer.start();
    for ( QgsVectorLayer *liveLayer : std::as_const( liveLayers ) )
    {
      liveLayer->reload();
      cache.invalidateCacheForLayer( liveLayer );
    }
    renderParallel( mSettings, &cache );
    times << elapsedMs( timer );
  }
  return times;
}

double GwRenderBenchmark::median( QVector<double> values )
{
  if ( values.isEmpty() )
    return 0;
  std::sort( values.begin(), values.end() );
  const int middle = values.size() / 2;
  return values.size() % 2 ? values.at( middle ) : ( values.at( middle - 1 ) + values.at( middle ) ) / 2.0;
}
