// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwmapproject.h"

#include "gwlogging.h"
#include "gwresourcepaths.h"
#include "gwwkb.h"

#include <QDir>
#include <QtMath>

#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <cmath>

GwMapProject::GwMapProject()
  : mProject( std::make_unique<QgsProject>() )
{
}

GwMapProject::~GwMapProject()
{
  // The project deletes its layers, which must go before the store they read.
  mProject.reset();
}

bool GwMapProject::open( const QString &path, QString *error, QStringList *warnings )
{
  const QString file = QDir::toNativeSeparators( path );
  auto fail = [error]( const QString &message ) {
    if ( error )
      *error = message;
    return false;
  };

  QString storeError;
  mStore = GwStore::open( path, &storeError );
  if ( !mStore )
    return fail( tr( "Data file %1 could not be opened: %2" ).arg( file, storeError ) );

  QString resourceError;
  const QString layersDir = GwResourcePaths::layersDir( &resourceError );
  const QString stylesDir = GwResourcePaths::stylesDir( &resourceError );
  if ( layersDir.isEmpty() || stylesDir.isEmpty() )
    return fail( resourceError );

  QString catalogError;
  if ( !GwLayerCatalog::load( layersDir, mCatalog, &catalogError ) )
    return fail( catalogError );

  QStringList layerWarnings;
  const QList<QgsVectorLayer *> layers = mCatalog.createLayers( path, stylesDir, &layerWarnings );
  if ( warnings )
    *warnings << layerWarnings;
  if ( layers.isEmpty() )
    return fail( tr( "Data file %1 has no layer that could be drawn." ).arg( file ) );

  // The legend lists layers top first, and the project inserts a batch in list order.
  QList<QgsMapLayer *> topFirst;
  for ( QgsVectorLayer *layer : layers )
  {
    if ( layer->labelsEnabled() )
      mLabelledLayerIds.insert( layer->id() );
    const GwLayerDefinition definition = mCatalog.definition( GwLayerCatalog::definitionId( layer ) );
    // QgsLayerTreeView hides private layers, which is how a definition leaves the legend.
    if ( !definition.showsInLegend() )
      layer->setFlags( layer->flags() | QgsMapLayer::Private );
    topFirst.prepend( layer );
  }
  mProject->addMapLayers( topFirst );

  for ( QgsMapLayer *layer : std::as_const( topFirst ) )
  {
    const GwLayerDefinition definition = mCatalog.definition( GwLayerCatalog::definitionId( layer ) );
    if ( QgsLayerTreeLayer *node = mProject->layerTreeRoot()->findLayer( layer ) )
      node->setItemVisibilityChecked( definition.isVisibleByDefault() );
  }

  mPath = path;
  QgsRectangle lonLat = extentOfTables( { QStringLiteral( "grids" ) } );
  if ( lonLat.isNull() )
    lonLat = extentOfTables( { QStringLiteral( "roads" ), QStringLiteral( "buildings" ) } );
  if ( lonLat.isNull() )
    return fail( tr( "Data file %1 has no grids, roads or buildings to show." ).arg( file ) );

  mDestinationCrs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:%1" ).arg( gaussKrugerEpsg( lonLat.center().x() ) ) );
  if ( !mDestinationCrs.isValid() )
    return fail( tr( "The map CRS EPSG:%1 is not known to PROJ; check the PROJ installation." ).arg( gaussKrugerEpsg( lonLat.center().x() ) ) );
  mProject->setCrs( mDestinationCrs );
  qCDebug( gwApp ) << "opened" << path << "with" << layers.size() << "layers, map CRS" << mDestinationCrs.authid();
  return true;
}

QList<QgsMapLayer *> GwMapProject::renderLayers() const
{
  QList<QgsMapLayer *> layers;
  for ( QgsLayerTreeLayer *node : mProject->layerTreeRoot()->findLayers() )
  {
    if ( node->layer() && node->isVisible() )
      layers << node->layer();
  }
  return layers;
}

QList<QgsMapLayer *> GwMapProject::renderLayers( double scale )
{
  QList<QgsMapLayer *> layers;
  for ( QgsMapLayer *layer : renderLayers() )
  {
    if ( !layer->isInScaleRange( scale ) )
      continue;
    layers << layer;

    QgsVectorLayer *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
    if ( !vectorLayer || !mLabelledLayerIds.contains( layer->id() ) )
      continue;

    // Scale denominators: minimum = most zoomed out, maximum = most zoomed in, 0 = no limit.
    const GwLayerDefinition definition = mCatalog.definition( GwLayerCatalog::definitionId( layer ) );
    const bool belowMinimum = definition.labelsMinimumScale() <= 0 || scale <= definition.labelsMinimumScale();
    const bool aboveMaximum = definition.labelsMaximumScale() <= 0 || scale >= definition.labelsMaximumScale();
    vectorLayer->setLabelsEnabled( belowMinimum && aboveMaximum );
  }
  return layers;
}

QgsVectorLayer *GwMapProject::layerForTable( const QString &table ) const
{
  const QList<QgsMapLayer *> layers = mProject->mapLayers().values();
  for ( QgsMapLayer *layer : layers )
  {
    if ( mCatalog.definition( GwLayerCatalog::definitionId( layer ) ).table() == table )
      return qobject_cast<QgsVectorLayer *>( layer );
  }
  return nullptr;
}

QgsVectorLayer *GwMapProject::layerForDefinition( const QString &id ) const
{
  const QList<QgsMapLayer *> layers = mProject->mapLayers().values();
  for ( QgsMapLayer *layer : layers )
  {
    if ( GwLayerCatalog::definitionId( layer ) == id )
      return qobject_cast<QgsVectorLayer *>( layer );
  }
  return nullptr;
}

QgsRectangle GwMapProject::extentOfTables( const QStringList &tables ) const
{
  // The extent comes from the rows, not from QgsVectorLayer::extent(): GDAL reports the
  // bounding box stored in gpkg_contents, which writers that bypass GDAL leave stale.
  QgsRectangle extent;
  for ( const QString &table : tables )
  {
    QString error;
    const QVector<GwFeature> rows = mStore->features( table, QVariantMap(), &error );
    if ( !error.isEmpty() )
      qCDebug( gwApp ) << "extent of" << table << "not read:" << error;
    for ( const GwFeature &row : rows )
    {
      QRectF envelope;
      if ( !GwWkb::envelope( row.wkb, envelope ) )
        continue;
      const QgsRectangle rowExtent( envelope.left(), envelope.top(), envelope.right(), envelope.bottom() );
      if ( extent.isNull() )
        extent = rowExtent;
      else
        extent.combineExtentWith( rowExtent );
    }
  }
  return extent;
}

QgsRectangle GwMapProject::defaultExtent() const
{
  QgsRectangle lonLat = extentOfTables( { QStringLiteral( "grids" ) } );
  if ( lonLat.isNull() )
    lonLat = extentOfTables( { QStringLiteral( "roads" ), QStringLiteral( "buildings" ) } );
  if ( lonLat.isNull() )
    return QgsRectangle();
  return extentFromLonLat( lonLat.toRectF() );
}

QgsRectangle GwMapProject::layerExtent( const QString &id ) const
{
  const GwLayerDefinition definition = mCatalog.definition( id );
  if ( !definition.isValid() )
    return QgsRectangle();

  const QgsRectangle lonLat = extentOfTables( { definition.table() } );
  if ( lonLat.isNull() )
    return QgsRectangle();
  return extentFromLonLat( lonLat.toRectF() );
}

QgsRectangle GwMapProject::extentFromLonLat( const QRectF &lonLat ) const
{
  const QgsCoordinateTransform transform( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), mDestinationCrs, mProject->transformContext() );
  try
  {
    return transform.transformBoundingBox( QgsRectangle( lonLat ) );
  }
  catch ( const QgsCsException & )
  {
    return QgsRectangle();
  }
}

int GwMapProject::gaussKrugerEpsg( double longitude )
{
  const int centralMeridian = 3 * static_cast<int>( std::lround( longitude / 3.0 ) );
  const int clamped = std::clamp( centralMeridian, 75, 135 );
  return 4534 + ( clamped - 75 ) / 3;
}
