// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwvectorsource.h"

#include "gwlogging.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsogrutils.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsprovidersublayerdetails.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <cpl_vsi.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace
{
  const QString OgrProvider = QStringLiteral( "ogr" );
  const QString ShapefileDriver = QStringLiteral( "ESRI Shapefile" );
  const QString Utf8 = QStringLiteral( "UTF-8" );

  //! Whether the first character after an optional UTF-8 BOM and white space is '['.
  bool startsWithJsonArray( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return false;
    QByteArray head = file.read( 4096 );
    if ( head.startsWith( "\xEF\xBB\xBF" ) )
      head.remove( 0, 3 );
    for ( const char c : qAsConst( head ) )
    {
      if ( c == ' ' || c == '\t' || c == '\r' || c == '\n' )
        continue;
      return c == '[';
    }
    return false;
  }

  bool isFeatureArray( const QJsonArray &array )
  {
    if ( array.isEmpty() )
      return false;
    for ( const QJsonValue &value : array )
    {
      if ( !value.isObject() || value.toObject().value( QLatin1String( "type" ) ).toString() != QLatin1String( "Feature" ) )
        return false;
    }
    return true;
  }
}

GwVectorSource::~GwVectorSource()
{
  if ( !mMemoryPath.isEmpty() )
    VSIUnlink( mMemoryPath.toUtf8().constData() );
}

std::unique_ptr<GwVectorSource> GwVectorSource::open( const QString &path, QString *error )
{
  const QFileInfo info( path );
  if ( !info.exists() )
  {
    if ( error )
      *error = tr( "Source file %1 not found." ).arg( path );
    return nullptr;
  }
  if ( !info.isReadable() )
  {
    if ( error )
      *error = tr( "Source file %1 cannot be read: permission denied." ).arg( path );
    return nullptr;
  }

  std::unique_ptr<GwVectorSource> source( new GwVectorSource() );
  source->mPath = path;
  if ( info.isFile() && startsWithJsonArray( path ) && !source->rewrapFeatureArray( error ) )
    return nullptr;

  QgsProviderMetadata *ogr = QgsProviderRegistry::instance()->providerMetadata( OgrProvider );
  if ( !ogr )
  {
    if ( error )
      *error = tr( "Cannot read %1: the QGIS OGR data provider is not available." ).arg( path );
    return nullptr;
  }

  const QString readPath = source->mMemoryPath.isEmpty() ? path : source->mMemoryPath;
  const QList<QgsProviderSublayerDetails> sublayers = ogr->querySublayers( readPath, Qgis::SublayerQueryFlag::ResolveGeometryType );
  for ( const QgsProviderSublayerDetails &sublayer : sublayers )
  {
    if ( sublayer.type() != QgsMapLayerType::VectorLayer )
      continue;
    if ( sublayer.driverName() == QLatin1String( "OSM" ) )
      source->mIsOsm = true;
    source->mLayers << Layer { sublayer.name(), sublayer.uri(), sublayer.wkbType(), sublayer.featureCount(), sublayer.driverName() };
  }

  if ( source->mLayers.isEmpty() )
  {
    if ( error )
      *error = tr( "Source file %1 is invalid: GDAL/OGR finds no vector layer in it." ).arg( path );
    return nullptr;
  }
  qCDebug( gwGis ) << "Opened" << path << "with" << source->mLayers.size() << "layers";
  return source;
}

bool GwVectorSource::rewrapFeatureArray( QString *error )
{
  QFile file( mPath );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    if ( error )
      *error = tr( "Source file %1 cannot be read: %2" ).arg( mPath, file.errorString() );
    return false;
  }

  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( file.readAll(), &parseError );
  if ( document.isNull() || !document.isArray() || !isFeatureArray( document.array() ) )
  {
    // Not the bare feature array: let OGR judge the file as it is.
    return true;
  }

  QJsonObject collection;
  collection.insert( QStringLiteral( "type" ), QStringLiteral( "FeatureCollection" ) );
  collection.insert( QStringLiteral( "features" ), document.array() );
  const QByteArray json = QJsonDocument( collection ).toJson( QJsonDocument::Compact );

  const QString memoryPath = QStringLiteral( "/vsimem/gridwall_%1/%2.geojson" )
                               .arg( QUuid::createUuid().toString( QUuid::WithoutBraces ), QFileInfo( mPath ).completeBaseName() );
  VSILFILE *memoryFile = VSIFOpenL( memoryPath.toUtf8().constData(), "wb" );
  const bool written = memoryFile && VSIFWriteL( json.constData(), 1, static_cast<size_t>( json.size() ), memoryFile ) == static_cast<size_t>( json.size() );
  if ( memoryFile )
    VSIFCloseL( memoryFile );
  if ( !written )
  {
    VSIUnlink( memoryPath.toUtf8().constData() );
    if ( error )
      *error = tr( "Reading %1 failed: the in-memory copy of its feature array could not be written." ).arg( mPath );
    return false;
  }

  mMemoryPath = memoryPath;
  qCDebug( gwGis ) << "Rewrapped the GeoJSON feature array of" << mPath << "as" << memoryPath;
  return true;
}

QString GwVectorSource::declaredEncoding( const Layer &layer ) const
{
  if ( layer.driverName != ShapefileDriver )
    return QString();

  const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri( OgrProvider, layer.uri );
  return QgsOgrUtils::readShapefileEncoding( parts.value( QStringLiteral( "path" ) ).toString() );
}

std::unique_ptr<QgsVectorLayer> GwVectorSource::openLayer( const Layer &layer, QString *error, QString *encodingProblem ) const
{
  QgsVectorLayer::LayerOptions layerOptions;
  layerOptions.loadDefaultStyle = false;
  auto vectorLayer = std::make_unique<QgsVectorLayer>( layer.uri, layer.name, OgrProvider, layerOptions );
  if ( !vectorLayer->isValid() )
  {
    if ( error )
      *error = tr( "Layer %1 of %2 cannot be read." ).arg( layer.name, mPath );
    return nullptr;
  }

  if ( mEncoding.isEmpty() )
    return vectorLayer;

  // OSM text is UTF-8 by definition. QGIS 3.22's ogr provider still accepts another encoding
  // for it and would then decode every name wrongly, so the choice is not applied.
  if ( mIsOsm )
  {
    if ( encodingProblem )
      *encodingProblem = tr( "%1 is OpenStreetMap data, which is always UTF-8, so text encoding %2 is not applied." ).arg( mPath, mEncoding );
    return vectorLayer;
  }

  // setProviderEncoding() also reloads the field names, which a shapefile stores in the same code page.
  vectorLayer->setProviderEncoding( mEncoding );

  // The ogr provider keeps UTF-8 for drivers that convert text to UTF-8 themselves, such as GeoJSON and GPKG in QGIS 3.22.
  if ( mEncoding.compare( Utf8, Qt::CaseInsensitive ) != 0 && vectorLayer->dataProvider()->encoding().compare( Utf8, Qt::CaseInsensitive ) == 0 )
  {
    if ( encodingProblem )
      *encodingProblem = tr( "%1 (%2) is always read as UTF-8, so text encoding %3 is not applied." ).arg( mPath, layer.driverName, mEncoding );
  }
  qCDebug( gwGis ) << "Layer" << layer.name << "of" << mPath << "read with encoding" << vectorLayer->dataProvider()->encoding();
  return vectorLayer;
}

QStringList GwVectorSource::readTextValues( const Layer &layer, const QString &fieldName, QString *error ) const
{
  const std::unique_ptr<QgsVectorLayer> vectorLayer = openLayer( layer, error );
  if ( !vectorLayer )
    return QStringList();

  const int fieldIndex = vectorLayer->fields().lookupField( fieldName );
  if ( fieldIndex < 0 )
  {
    if ( error )
      *error = tr( "Layer %1 of %2 has no field %3." ).arg( layer.name, mPath, fieldName );
    return QStringList();
  }

  QgsFeatureRequest request;
  request.setFlags( QgsFeatureRequest::NoGeometry );
  request.setSubsetOfAttributes( QgsAttributeList { fieldIndex } );

  QStringList values;
  QgsFeatureIterator iterator = vectorLayer->getFeatures( request );
  QgsFeature feature;
  while ( iterator.nextFeature( feature ) )
  {
    const QVariant value = feature.attribute( fieldIndex );
    if ( !value.isNull() )
      values << value.toString();
  }
  return values;
}

bool GwVectorSource::isSupportedEncoding( const QString &name )
{
  return !name.isEmpty() && QgsVectorDataProvider::availableEncodings().contains( name, Qt::CaseInsensitive );
}

bool GwVectorSource::hasUndecodableText( const QString &text )
{
  return text.contains( QChar::ReplacementCharacter );
}
