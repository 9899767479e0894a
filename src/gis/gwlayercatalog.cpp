// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwlayercatalog.h"

#include "gwlogging.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <cpl_error.h>
#include <gdal.h>

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <memory>
#include <utility>

const char *const GwLayerCatalog::LAYER_ID_PROPERTY = "gridwall/layerId";

namespace
{
  struct GdalDatasetCloser
  {
    void operator()( void *dataset ) const { GDALClose( dataset ); }
  };
  using GdalDatasetPointer = std::unique_ptr<void, GdalDatasetCloser>;

  QString nativePath( const QString &path )
  {
    return QDir::toNativeSeparators( path );
  }

  // QJsonParseError reports a byte offset, but people editing the file look for a line.
  int lineAtOffset( const QByteArray &data, int offset )
  {
    return static_cast<int>( data.left( offset ).count( '\n' ) ) + 1;
  }

  void translateLegendLabels( QgsFeatureRenderer *renderer )
  {
    if ( auto *categorized = dynamic_cast<QgsCategorizedSymbolRenderer *>( renderer ) )
    {
      const QgsCategoryList categories = categorized->categories();
      for ( int i = 0; i < categories.size(); ++i )
        categorized->updateCategoryLabel( i, GwLayerDefinition::translatedLegendLabel( categories.at( i ).label() ) );
    }
    else if ( auto *graduated = dynamic_cast<QgsGraduatedSymbolRenderer *>( renderer ) )
    {
      const QgsRangeList ranges = graduated->ranges();
      for ( int i = 0; i < ranges.size(); ++i )
        graduated->updateRangeLabel( i, GwLayerDefinition::translatedLegendLabel( ranges.at( i ).label() ) );
    }
    else if ( auto *ruleBased = dynamic_cast<QgsRuleBasedRenderer *>( renderer ) )
    {
      const QgsRuleBasedRenderer::RuleList rules = ruleBased->rootRule()->descendants();
      for ( QgsRuleBasedRenderer::Rule *rule : rules )
        rule->setLabel( GwLayerDefinition::translatedLegendLabel( rule->label() ) );
    }
  }
}

bool GwLayerCatalog::load( const QString &layersDir, GwLayerCatalog &catalog, QString *error )
{
  const QDir dir( layersDir );
  if ( layersDir.isEmpty() || !dir.exists() )
  {
    if ( error )
      *error = tr( "Layer definition folder \"%1\" not found." ).arg( nativePath( layersDir ) );
    return false;
  }

  const QStringList fileNames = dir.entryList( { QStringLiteral( "*.json" ) }, QDir::Files, QDir::Name );
  if ( fileNames.isEmpty() )
  {
    if ( error )
      *error = tr( "No layer definition (*.json) found in \"%1\"." ).arg( nativePath( dir.absolutePath() ) );
    return false;
  }

  QStringList faults;
  QList<GwLayerDefinition> definitions;
  QHash<QString, QString> fileById;

  for ( const QString &fileName : fileNames )
  {
    const QString path = nativePath( dir.absoluteFilePath( fileName ) );

    QFile file( dir.absoluteFilePath( fileName ) );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      faults << tr( "Failed to read layer definition %1: %2" ).arg( path, file.errorString() );
      continue;
    }

    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson( data, &parseError );
    if ( parseError.error != QJsonParseError::NoError )
    {
      faults << tr( "Layer definition %1 is not valid JSON: %2 at line %3." )
                  .arg( path, parseError.errorString() )
                  .arg( lineAtOffset( data, parseError.offset ) );
      continue;
    }
    if ( !document.isObject() )
    {
      faults << tr( "Layer definition %1 is invalid: the file must contain one JSON object." ).arg( path );
      continue;
    }

    QString message;
    const GwLayerDefinition definition = GwLayerDefinition::fromJson( document.object(), &message );
    if ( !definition.isValid() )
    {
      faults << tr( "Layer definition %1 is invalid: %2" ).arg( path, message );
      continue;
    }

    const QString previousFile = fileById.value( definition.id() );
    if ( !previousFile.isEmpty() )
    {
      faults << tr( "Layer definition %1 is invalid: the id \"%2\" is already used by %3." ).arg( path, definition.id(), previousFile );
      continue;
    }

    fileById.insert( definition.id(), path );
    definitions << definition;
  }

  if ( !faults.isEmpty() )
  {
    if ( error )
      *error = faults.join( QLatin1Char( '\n' ) );
    return false;
  }

  std::stable_sort( definitions.begin(), definitions.end(), []( const GwLayerDefinition &a, const GwLayerDefinition &b ) {
    if ( a.zOrder() != b.zOrder() )
      return a.zOrder() < b.zOrder();
    return a.id() < b.id();
  } );

  catalog.mDefinitions = definitions;
  return true;
}

GwLayerDefinition GwLayerCatalog::definition( const QString &id ) const
{
  for ( const GwLayerDefinition &definition : mDefinitions )
  {
    if ( definition.id() == id )
      return definition;
  }
  return GwLayerDefinition();
}

QList<QgsVectorLayer *> GwLayerCatalog::createLayers( const QString &gpkgPath, const QString &stylesDir, QStringList *warnings ) const
{
  QStringList messages;
  const auto finish = [&]( const QList<QgsVectorLayer *> &layers ) {
    for ( const QString &message : std::as_const( messages ) )
      qCWarning( gwGis ).noquote() << message;
    if ( warnings )
      *warnings << messages;
    return layers;
  };

  if ( !QFileInfo( gpkgPath ).isFile() )
  {
    messages << tr( "GeoPackage file %1 not found, so no map layer is shown." ).arg( nativePath( gpkgPath ) );
    return finish( {} );
  }

  // OGR distinguishes a missing table from one that fails to open, and an invalid
  // QgsVectorLayer does not. An open failure is reported below with GDAL's message,
  // so GDAL need not print it too.
  GDALAllRegister();
  CPLErrorReset();
  CPLPushErrorHandler( CPLQuietErrorHandler );
  const char *const drivers[] = { "GPKG", nullptr };
  const GdalDatasetPointer dataset( GDALOpenEx( gpkgPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr ) );
  CPLPopErrorHandler();
  if ( !dataset )
  {
    // GDAL sets no error message when no allowed driver recognises the file.
    QString reason = QString::fromUtf8( CPLGetLastErrorMsg() );
    if ( reason.isEmpty() )
      reason = tr( "the file is not in GeoPackage format" );
    messages << tr( "Failed to open %1 as a GeoPackage, so no map layer is shown: %2" ).arg( nativePath( gpkgPath ), reason );
    return finish( {} );
  }

  QList<QgsVectorLayer *> layers;
  for ( const GwLayerDefinition &definition : mDefinitions )
  {
    if ( !GDALDatasetGetLayerByName( dataset.get(), definition.table().toUtf8().constData() ) )
    {
      messages << tr( "Table \"%1\" not found in %2, so the layer \"%3\" is not shown." )
                    .arg( definition.table(), nativePath( gpkgPath ), definition.displayTitle() );
      continue;
    }

    std::unique_ptr<QgsVectorLayer> layer = openLayer( definition, gpkgPath, messages );
    if ( !layer )
      continue;

    const bool styled = applyStyle( definition, stylesDir, *layer, messages );
    applyScales( definition, styled, *layer, messages );
    layer->setCustomProperty( QString::fromLatin1( LAYER_ID_PROPERTY ), definition.id() );
    layers << layer.release();
  }

  return finish( layers );
}

std::unique_ptr<QgsVectorLayer> GwLayerCatalog::openLayer( const GwLayerDefinition &definition, const QString &gpkgPath, QStringList &messages )
{
  // The GeoPackage may contain default styles in its layer_styles table, saved there
  // by an analyst in QGIS desktop. The wall ignores them and uses the style files.
  QgsVectorLayer::LayerOptions options( QgsCoordinateTransformContext(), false );

  const QString source = gpkgPath + QStringLiteral( "|layername=" ) + definition.table();
  auto layer = std::make_unique<QgsVectorLayer>( source, definition.displayTitle(), QStringLiteral( "ogr" ), options );
  if ( !layer->isValid() )
  {
    messages << tr( "Failed to open table \"%1\" in %2, so the layer \"%3\" is not shown: %4" )
                  .arg( definition.table(), nativePath( gpkgPath ), definition.displayTitle(), layer->error().summary() );
    return nullptr;
  }
  return layer;
}

bool GwLayerCatalog::applyStyle( const GwLayerDefinition &definition, const QString &stylesDir, QgsVectorLayer &layer, QStringList &messages )
{
  const QString stylePath = QDir( stylesDir ).absoluteFilePath( definition.styleFile() );

  // QGIS 3.22 loadNamedStyle() loads the default style from the GeoPackage's
  // layer_styles table, when there is one, in place of the given file and still
  // reports success. So the file is read and imported here.
  QFile file( stylePath );
  if ( !file.exists() )
  {
    messages << tr( "Style file %1 for the layer \"%2\" not found, so the layer uses the default style." )
                  .arg( nativePath( stylePath ), definition.displayTitle() );
    return false;
  }
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    messages << tr( "Failed to read style file %1 for the layer \"%2\", so the layer uses the default style: %3" )
                  .arg( nativePath( stylePath ), definition.displayTitle(), file.errorString() );
    return false;
  }

  QDomDocument document;
  QString parseError;
  int line = 0;
  if ( !document.setContent( &file, &parseError, &line ) )
  {
    messages << tr( "Style file %1 is not valid XML at line %2 (%3), so the layer \"%4\" uses the default style." )
                  .arg( nativePath( stylePath ) )
                  .arg( line )
                  .arg( parseError, definition.displayTitle() );
    return false;
  }

  QString importError;
  if ( !layer.importNamedStyle( document, importError ) )
  {
    messages << tr( "Failed to load style file %1 for the layer \"%2\", so the layer uses the default style: %3" )
                  .arg( nativePath( stylePath ), definition.displayTitle(), importError );
    return false;
  }

  translateLegendLabels( layer.renderer() );
  return true;
}

void GwLayerCatalog::applyScales( const GwLayerDefinition &definition, bool styled, QgsVectorLayer &layer, QStringList &messages )
{
  // A repaint, not a reload: the canvas redraws this layer alone and keeps the others cached.
  layer.setAutoRefreshInterval( definition.refreshSeconds() * 1000 );
  layer.setAutoRefreshEnabled( definition.refreshSeconds() > 0 );

  layer.setScaleBasedVisibility( definition.hasScaleBasedVisibility() );
  layer.setMinimumScale( definition.minimumScale() );
  layer.setMaximumScale( definition.maximumScale() );

  const QgsAbstractVectorLayerLabeling *labeling = layer.labeling();
  if ( const auto *simple = dynamic_cast<const QgsVectorLayerSimpleLabeling *>( labeling ) )
  {
    QgsPalLayerSettings settings = simple->settings();
    settings.scaleVisibility = definition.hasLabelScaleVisibility();
    settings.minimumScale = definition.labelsMinimumScale();
    settings.maximumScale = definition.labelsMaximumScale();
    layer.setLabeling( new QgsVectorLayerSimpleLabeling( settings ) );
    return;
  }

  // Without its style the layer has no labels, and that fault is reported already.
  if ( !definition.hasLabelScaleVisibility() || !styled )
    return;

  // Rule-based labeling keeps a scale range per rule, and overwriting those would
  // discard the style author's choices, so the definition's range is not applied.
  if ( labeling )
    messages << tr( "The layer \"%1\" sets a label scale range, but its style uses rule-based labels, which keep their own ranges." )
                  .arg( definition.displayTitle() );
  else
    messages << tr( "The layer \"%1\" sets a label scale range, but its style has no labels." ).arg( definition.displayTitle() );
}

QString GwLayerCatalog::definitionId( const QgsMapLayer *layer )
{
  if ( !layer )
    return QString();
  return layer->customProperty( QString::fromLatin1( LAYER_ID_PROPERTY ) ).toString();
}
