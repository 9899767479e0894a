// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwosmimporter.h"

#include "gwlogging.h"
#include "gwsourcecrs.h"
#include "gwstore.h"
#include "gwvectorsource.h"

#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeedback.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <memory>

namespace
{
  const QString RoadsTable = QStringLiteral( "roads" );
  const QString BuildingsTable = QStringLiteral( "buildings" );

  // Reading takes most of the time; the rest goes to writing the data file.
  constexpr double ReadingShare = 80.0;

  // More warnings than this are counted but not listed, so a broken file cannot flood the report.
  constexpr int MaxListedWarnings = 100;

  /**
   * Parses GDAL's OSM "other_tags" field, an hstore text such as
   * "building:levels"=>"6","name:en"=>"East Road", into a map. Backslash escapes
   * \" and \\ inside values are decoded.
   */
  QHash<QString, QString> parseOtherTags( const QString &hstore )
  {
    QHash<QString, QString> tags;
    QStringList strings;
    QString current;
    bool inString = false;
    for ( int i = 0; i < hstore.size(); ++i )
    {
      const QChar c = hstore.at( i );
      if ( !inString )
      {
        if ( c == QLatin1Char( '"' ) )
        {
          inString = true;
          current.clear();
        }
        continue;
      }
      if ( c == QLatin1Char( '\\' ) && i + 1 < hstore.size() )
      {
        current += hstore.at( ++i );
        continue;
      }
      if ( c == QLatin1Char( '"' ) )
      {
        inString = false;
        strings << current;
        continue;
      }
      current += c;
    }
    for ( int i = 0; i + 1 < strings.size(); i += 2 )
      tags.insert( strings.at( i ), strings.at( i + 1 ) );
    return tags;
  }

  //! Returns a whole number of floors from text such as "6", or a null QVariant.
  QVariant parseFloors( const QString &text )
  {
    bool ok = false;
    const int floors = text.trimmed().toInt( &ok );
    // The tallest buildings have about 160 floors; larger numbers are typing errors.
    if ( !ok || floors < 1 || floors > 200 )
      return QVariant();
    return floors;
  }

  //! Index of the first field named like one of \a names (exact first, then ignoring case), or -1.
  int findField( const QgsFields &fields, const QStringList &names )
  {
    for ( const QString &name : names )
    {
      const int index = fields.indexFromName( name );
      if ( index >= 0 )
        return index;
    }
    for ( const QString &name : names )
    {
      for ( int index = 0; index < fields.count(); ++index )
      {
        if ( fields.at( index ).name().compare( name, Qt::CaseInsensitive ) == 0 )
          return index;
      }
    }
    return -1;
  }

  QString textAttribute( const QgsFeature &feature, int index )
  {
    if ( index < 0 )
      return QString();
    const QVariant value = feature.attribute( index );
    return value.isNull() ? QString() : value.toString().trimmed();
  }

  /**
   * Whether a text attribute of \a feature contains bytes that its layer's encoding could not decode.
   * NOTE: GBK read with a single-byte code page, such as a shapefile whose LDID 0x57 declares
   * Windows-1252, decodes without error into text like ÐÒ¸£Ð¡Çø, which this check does not catch.
   */
  bool hasUndecodableAttribute( const QgsFeature &feature )
  {
    const QgsAttributes attributes = feature.attributes();
    for ( const QVariant &value : attributes )
    {
      if ( value.userType() == QMetaType::QString && GwVectorSource::hasUndecodableText( value.toString() ) )
        return true;
    }
    return false;
  }

  //! Stores \a value under \a key unless it is empty, so that the column stays NULL.
  void insertIfSet( QVariantMap &attributes, const QString &key, const QVariant &value )
  {
    if ( value.isNull() || ( value.type() == QVariant::String && value.toString().isEmpty() ) )
      return;
    attributes.insert( key, value );
  }

  //! Fields of one source layer that the importer reads, by index (-1 when absent).
  struct SourceFields
  {
    int name = -1;
    int highway = -1;
    int building = -1;
    int floors = -1;
    int osmId = -1;
    int osmWayId = -1;
    int otherTags = -1;
  };

  SourceFields findSourceFields( const QgsFields &fields, bool osm )
  {
    SourceFields found;
    found.name = findField( fields, { QStringLiteral( "name" ), QStringLiteral( "NAME" ), QString::fromUtf8( "名称" ) } );
    found.osmId = findField( fields, { QStringLiteral( "osm_id" ) } );
    if ( osm )
    {
      found.highway = fields.indexFromName( QStringLiteral( "highway" ) );
      found.building = fields.indexFromName( QStringLiteral( "building" ) );
      found.osmWayId = fields.indexFromName( QStringLiteral( "osm_way_id" ) );
      found.otherTags = fields.indexFromName( QStringLiteral( "other_tags" ) );
    }
    else
    {
      // "fclass" is the road class column of Geofabrik's shapefile extracts.
      found.highway = findField( fields, { QStringLiteral( "highway" ), QStringLiteral( "fclass" ) } );
      found.floors = findField( fields, { QStringLiteral( "floors" ), QStringLiteral( "building:levels" ), QStringLiteral( "levels" ), QStringLiteral( "floor" ) } );
    }
    return found;
  }

  //! State of one import run: the chosen CRS, progress, and the rows collected for each table.
  class ImportRun
  {
      Q_DECLARE_TR_FUNCTIONS( GwOsmImporter )

    public:
      ImportRun( const GwSourceCrs &sourceCrs, QgsFeedback *feedback, GwImportReport &report )
        : mSourceCrs( sourceCrs )
        , mFeedback( feedback )
        , mReport( report )
      {
      }

      bool isCanceled() const { return mFeedback && mFeedback->isCanceled(); }

      void setProgress( double percent )
      {
        if ( mFeedback )
          mFeedback->setProgress( percent );
      }

      //! Reads one source layer; returns false only when the layer cannot be opened or checked.
      bool readLayer( const GwVectorSource &source, const GwVectorSource::Layer &layer, double progressStart, double progressSpan, QString *error );

      //! Warns when \a undecodedFeatures features of \a layer hold text invalid in the encoding used.
      void warnUndecodedText( const GwVectorSource &source, const GwVectorSource::Layer &layer, int undecodedFeatures );

      //! Appends a warning, or counts it once MaxListedWarnings are listed.
      void warn( const QString &message )
      {
        if ( mReport.warnings.size() < MaxListedWarnings )
          mReport.warnings << message;
        else
          ++mUnlistedWarnings;
      }

      void finishWarnings()
      {
        if ( mUnlistedWarnings > 0 )
          mReport.warnings << tr( "%n more warning(s) not listed.", nullptr, mUnlistedWarnings );
      }

      QVector<GwFeature> roads;
      QVector<GwFeature> buildings;

    private:
      void readOsmFeature( const QgsFeature &feature, const QString &layerName, const SourceFields &fields );
      void readGenericFeature( const QgsFeature &feature, const QString &layerName, const SourceFields &fields, const QString &defaultRoadKind );
      void addRoad( const QgsGeometry &geometry, const QVariantMap &attributes, const QString &featureName );
      void addBuilding( const QgsGeometry &geometry, const QVariantMap &attributes, const QString &featureName );

      //! Transforms, flattens to 2D and repairs \a geometry; on failure counts and reports it as skipped.
      bool prepareGeometry( QgsGeometry &geometry, QgsWkbTypes::GeometryType expected, const QString &featureName );

      GwSourceCrs mSourceCrs;
      QgsFeedback *mFeedback = nullptr;
      GwImportReport &mReport;
      int mUnlistedWarnings = 0;
      int mIgnoredPoints = 0;
  };

  bool ImportRun::readLayer( const GwVectorSource &source, const GwVectorSource::Layer &layer, double progressStart, double progressSpan, QString *error )
  {
    QString encodingProblem;
    const std::unique_ptr<QgsVectorLayer> openedLayer = source.openLayer( layer, error, &encodingProblem );
    if ( !openedLayer )
      return false;
    QgsVectorLayer &vectorLayer = *openedLayer;
    // The problem concerns the whole source, so a file with many layers lists it once.
    if ( !encodingProblem.isEmpty() && !mReport.warnings.contains( encodingProblem ) )
      warn( encodingProblem );

    // The extent is in source coordinates: a wrong CRS choice shows here before any feature is written.
    QString crsProblem;
    if ( !mSourceCrs.checkExtent( vectorLayer.extent(), &crsProblem ) )
    {
      if ( error )
        *error = tr( "Layer %1 of %2 does not fit source coordinate system %3: %4" )
                   .arg( layer.name, source.path(), mSourceCrs.choice(), crsProblem );
      return false;
    }
    const QgsCoordinateReferenceSystem declared = vectorLayer.crs();
    if ( declared.isValid() && declared.isGeographic() != mSourceCrs.crs().isGeographic() )
    {
      warn( tr( "Layer %1 declares coordinate system %2, but the import uses %3 as chosen." )
              .arg( layer.name, declared.authid(), mSourceCrs.choice() ) );
    }

    const SourceFields fields = findSourceFields( vectorLayer.fields(), source.isOsm() );
    QString defaultRoadKind;
    if ( !source.isOsm() && fields.highway < 0 && QgsWkbTypes::geometryType( layer.wkbType ) == QgsWkbTypes::LineGeometry )
    {
      defaultRoadKind = QStringLiteral( "minor" );
      warn( tr( "Layer %1 has no highway or fclass field, so its roads are stored with kind \"minor\"." ).arg( layer.name ) );
    }
    else if ( !source.isOsm() )
    {
      defaultRoadKind = QStringLiteral( "minor" );
    }

    const long long total = vectorLayer.featureCount();
    long long done = 0;
    int undecodedFeatures = 0;
    mIgnoredPoints = 0;
    QgsFeatureIterator iterator = vectorLayer.getFeatures();
    QgsFeature feature;
    while ( iterator.nextFeature( feature ) )
    {
      if ( isCanceled() )
        return true;

      if ( hasUndecodableAttribute( feature ) )
        ++undecodedFeatures;

      if ( source.isOsm() )
        readOsmFeature( feature, layer.name, fields );
      else
        readGenericFeature( feature, layer.name, fields, defaultRoadKind );

      ++done;
      if ( total > 0 && done % 100 == 0 )
        setProgress( progressStart + progressSpan * std::min( 1.0, double( done ) / double( total ) ) );
    }

    if ( mIgnoredPoints > 0 )
      warn( tr( "Layer %1: %n point feature(s) not imported, because only roads and buildings are.", nullptr, mIgnoredPoints ).arg( layer.name ) );
    warnUndecodedText( source, layer, undecodedFeatures );
    setProgress( progressStart + progressSpan );
    return true;
  }

  void ImportRun::warnUndecodedText( const GwVectorSource &source, const GwVectorSource::Layer &layer, int undecodedFeatures )
  {
    if ( undecodedFeatures == 0 )
      return;

    const QString declared = source.declaredEncoding( layer );
    if ( source.encoding().isEmpty() && declared.isEmpty() )
    {
      warn( tr( "Layer %1 of %2 declares no text encoding and %n feature(s) have text that is not valid UTF-8, so it is stored with replacement characters (U+FFFD). "
                "If the file is in Chinese, import it again with --encoding GB18030, which also reads GBK.",
                nullptr, undecodedFeatures )
              .arg( layer.name, source.path() ) );
      return;
    }

    const QString used = source.encoding().isEmpty() ? declared : source.encoding();
    warn( tr( "Layer %1 of %2: %n feature(s) have text that is not valid %3, so it is stored with replacement characters (U+FFFD). "
              "Import it again with the file's encoding, such as --encoding GB18030 for Chinese text.",
              nullptr, undecodedFeatures )
            .arg( layer.name, source.path(), used ) );
  }

  void ImportRun::readOsmFeature( const QgsFeature &feature, const QString &layerName, const SourceFields &fields )
  {
    const QHash<QString, QString> otherTags = parseOtherTags( textAttribute( feature, fields.otherTags ) );

    if ( layerName == QLatin1String( "lines" ) )
    {
      const QString highway = textAttribute( feature, fields.highway );
      if ( highway.isEmpty() )
        return;
      const QString osmId = QStringLiteral( "way/" ) + textAttribute( feature, fields.osmId );

      // A road under construction carries its future class in construction=*.
      QString kind = GwOsmImporter::roadKind( highway );
      if ( highway == QLatin1String( "construction" ) && otherTags.contains( QStringLiteral( "construction" ) ) )
        kind = GwOsmImporter::roadKind( otherTags.value( QStringLiteral( "construction" ) ) );
      if ( kind.isEmpty() )
      {
        ++mReport.skipped;
        warn( tr( "OSM %1 skipped: highway=%2 is not a built road." ).arg( osmId, highway ) );
        return;
      }

      QVariantMap attributes;
      insertIfSet( attributes, QStringLiteral( "name" ), textAttribute( feature, fields.name ) );
      attributes.insert( QStringLiteral( "kind" ), kind );
      attributes.insert( QStringLiteral( "source" ), QStringLiteral( "osm" ) );
      attributes.insert( QStringLiteral( "osm_id" ), osmId );
      addRoad( feature.geometry(), attributes, tr( "OSM %1" ).arg( osmId ) );
      return;
    }

    if ( layerName == QLatin1String( "multipolygons" ) )
    {
      if ( textAttribute( feature, fields.building ).isEmpty() )
        return;
      // GDAL sets osm_id for multipolygon relations and osm_way_id for closed ways.
      const QString relationId = textAttribute( feature, fields.osmId );
      const QString osmId = relationId.isEmpty() ? QStringLiteral( "way/" ) + textAttribute( feature, fields.osmWayId )
                                                 : QStringLiteral( "relation/" ) + relationId;

      QVariantMap attributes;
      insertIfSet( attributes, QStringLiteral( "name" ), textAttribute( feature, fields.name ) );
      attributes.insert( QStringLiteral( "kind" ), QStringLiteral( "other" ) );
      insertIfSet( attributes, QStringLiteral( "floors" ), parseFloors( otherTags.value( QStringLiteral( "building:levels" ) ) ) );
      attributes.insert( QStringLiteral( "source" ), QStringLiteral( "osm" ) );
      attributes.insert( QStringLiteral( "osm_id" ), osmId );
      addBuilding( feature.geometry(), attributes, tr( "OSM %1" ).arg( osmId ) );
    }
  }

  void ImportRun::readGenericFeature( const QgsFeature &feature, const QString &layerName, const SourceFields &fields, const QString &defaultRoadKind )
  {
    const QString featureName = tr( "Feature %1 of layer %2" ).arg( feature.id() ).arg( layerName );
    const QgsGeometry geometry = feature.geometry();
    const QString osmId = textAttribute( feature, fields.osmId );

    QVariantMap attributes;
    insertIfSet( attributes, QStringLiteral( "name" ), textAttribute( feature, fields.name ) );
    // Without an OSM id the origin is only known as an imported file.
    attributes.insert( QStringLiteral( "source" ), osmId.isEmpty() ? QStringLiteral( "import" ) : QStringLiteral( "osm" ) );
    insertIfSet( attributes, QStringLiteral( "osm_id" ), osmId );

    switch ( geometry.type() )
    {
      case QgsWkbTypes::LineGeometry:
      {
        const QString highway = textAttribute( feature, fields.highway );
        const QString kind = highway.isEmpty() ? defaultRoadKind : GwOsmImporter::roadKind( highway );
        if ( kind.isEmpty() )
        {
          ++mReport.skipped;
          warn( tr( "%1 skipped: road class %2 is not a built road." ).arg( featureName, highway ) );
          return;
        }
        attributes.insert( QStringLiteral( "kind" ), kind );
        addRoad( geometry, attributes, featureName );
        return;
      }
      case QgsWkbTypes::PolygonGeometry:
        attributes.insert( QStringLiteral( "kind" ), QStringLiteral( "other" ) );
        insertIfSet( attributes, QStringLiteral( "floors" ), parseFloors( textAttribute( feature, fields.floors ) ) );
        addBuilding( geometry, attributes, featureName );
        return;
      case QgsWkbTypes::PointGeometry:
        ++mIgnoredPoints;
        return;
      case QgsWkbTypes::UnknownGeometry:
      case QgsWkbTypes::NullGeometry:
        ++mReport.skipped;
        warn( tr( "%1 skipped: it has no geometry." ).arg( featureName ) );
        return;
    }
  }

  void ImportRun::addRoad( const QgsGeometry &sourceGeometry, const QVariantMap &attributes, const QString &featureName )
  {
    QgsGeometry geometry = sourceGeometry;
    if ( !prepareGeometry( geometry, QgsWkbTypes::LineGeometry, featureName ) )
      return;

    // The roads table stores single line strings, so each part of a multi-line becomes a road.
    const QVector<QgsGeometry> parts = geometry.isMultipart() ? geometry.asGeometryCollection() : QVector<QgsGeometry> { geometry };
    for ( const QgsGeometry &part : parts )
    {
      if ( part.isEmpty() || part.type() != QgsWkbTypes::LineGeometry )
        continue;
      GwFeature road;
      road.attributes = attributes;
      road.wkb = part.asWkb();
      roads << road;
    }
  }

  void ImportRun::addBuilding( const QgsGeometry &sourceGeometry, const QVariantMap &attributes, const QString &featureName )
  {
    QgsGeometry geometry = sourceGeometry;
    if ( !prepareGeometry( geometry, QgsWkbTypes::PolygonGeometry, featureName ) )
      return;

    geometry.convertToMultiType();
    GwFeature building;
    building.attributes = attributes;
    building.wkb = geometry.asWkb();
    buildings << building;
  }

  bool ImportRun::prepareGeometry( QgsGeometry &geometry, QgsWkbTypes::GeometryType expected, const QString &featureName )
  {
    if ( geometry.isNull() || geometry.isEmpty() )
    {
      ++mReport.skipped;
      warn( tr( "%1 skipped: its geometry is empty." ).arg( featureName ) );
      return false;
    }

    // The store accepts 2D linear geometries only.
    if ( QgsWkbTypes::isCurvedType( geometry.wkbType() ) )
      geometry = QgsGeometry( geometry.constGet()->segmentize() );
    geometry.get()->dropZValue();
    geometry.get()->dropMValue();

    QString transformProblem;
    if ( !mSourceCrs.transformToWgs84( geometry, &transformProblem ) )
    {
      ++mReport.skipped;
      warn( tr( "%1 skipped: %2" ).arg( featureName, transformProblem ) );
      return false;
    }

    if ( !geometry.isGeosValid() )
    {
      QgsGeometry repaired = geometry.makeValid();
      // makeValid() may return a collection mixing the repaired polygons with stray lines or points.
      if ( repaired.wkbType() == QgsWkbTypes::GeometryCollection )
        repaired.convertGeometryCollectionToSubclass( expected );
      if ( repaired.isNull() || repaired.isEmpty() || repaired.type() != expected || !repaired.isGeosValid() )
      {
        ++mReport.skipped;
        warn( tr( "%1 skipped: its geometry is invalid and could not be repaired." ).arg( featureName ) );
        return false;
      }
      warn( tr( "%1: invalid geometry repaired." ).arg( featureName ) );
      geometry = repaired;
    }
    return true;
  }

  void removeDataFile( const QString &path )
  {
    QFile::remove( path );
    QFile::remove( path + QStringLiteral( "-wal" ) );
    QFile::remove( path + QStringLiteral( "-shm" ) );
  }

  //! Writes the collected rows and the metadata into a new data file at \a path.
  bool writeDataFile( const QString &path, ImportRun &run, const QMap<QString, QString> &metadata, QString *error )
  {
    std::unique_ptr<GwStore> store = GwStore::create( path, error );
    if ( !store )
      return false;

    if ( !run.roads.isEmpty() && !store->insertFeatures( RoadsTable, run.roads, error ) )
      return false;
    run.setProgress( ReadingShare + 10 );
    if ( run.isCanceled() )
      return false;

    if ( !run.buildings.isEmpty() && !store->insertFeatures( BuildingsTable, run.buildings, error ) )
      return false;
    run.setProgress( ReadingShare + 18 );

    for ( auto it = metadata.constBegin(); it != metadata.constEnd(); ++it )
    {
      if ( !store->setMetadata( it.key(), it.value(), error ) )
        return false;
    }
    return true;
  }
}

QStringList GwOsmImporter::supportedSourceCrs()
{
  return GwSourceCrs::supportedChoices();
}

QString GwOsmImporter::roadKind( const QString &highway )
{
  QString value = highway.trimmed().toLower();
  // Links (ramps) belong to the class of the road they join.
  if ( value.endsWith( QLatin1String( "_link" ) ) )
    value.chop( 5 );

  static const QSet<QString> notBuilt = { QStringLiteral( "proposed" ), QStringLiteral( "planned" ), QStringLiteral( "abandoned" ),
                                          QStringLiteral( "disused" ), QStringLiteral( "razed" ), QStringLiteral( "no" ) };
  static const QSet<QString> main = { QStringLiteral( "motorway" ), QStringLiteral( "trunk" ), QStringLiteral( "primary" ) };
  static const QSet<QString> secondary = { QStringLiteral( "secondary" ), QStringLiteral( "tertiary" ) };
  static const QSet<QString> minor = { QStringLiteral( "residential" ), QStringLiteral( "unclassified" ), QStringLiteral( "living_street" ),
                                       QStringLiteral( "service" ), QStringLiteral( "road" ) };
  static const QSet<QString> path = { QStringLiteral( "footway" ), QStringLiteral( "path" ), QStringLiteral( "steps" ),
                                      QStringLiteral( "cycleway" ), QStringLiteral( "bridleway" ) };

  if ( value.isEmpty() || notBuilt.contains( value ) )
    return QString();
  if ( main.contains( value ) )
    return QStringLiteral( "main" );
  if ( secondary.contains( value ) )
    return QStringLiteral( "secondary" );
  if ( minor.contains( value ) )
    return QStringLiteral( "minor" );
  // Geofabrik splits tracks by grade: track_grade1 … track_grade5.
  if ( path.contains( value ) || value.startsWith( QLatin1String( "track" ) ) )
    return QStringLiteral( "path" );
  // Pedestrian streets, construction without a class and anything unrecognised: narrow but not a footpath.
  return QStringLiteral( "lane" );
}

bool GwOsmImporter::run( const GwImportOptions &options, QgsFeedback *feedback, GwImportReport &report, QString *error )
{
  report = GwImportReport();
  auto fail = [error]( const QString &message ) {
    if ( error )
      *error = message;
    qCDebug( gwGis ) << "Import failed:" << message;
    return false;
  };

  if ( options.targetPath.isEmpty() )
    return fail( tr( "No target data file given for the import." ) );
  if ( QFileInfo::exists( options.targetPath ) )
    return fail( tr( "Target data file %1 already exists; choose another file name or remove it first." ).arg( options.targetPath ) );
  const QString partialPath = options.targetPath + QStringLiteral( ".partial" );
  if ( QFileInfo::exists( partialPath ) )
    return fail( tr( "%1 already exists: another import is writing it, or an earlier one was interrupted. Remove it if no import is running." )
                   .arg( partialPath ) );

  QString problem;
  const GwSourceCrs sourceCrs = GwSourceCrs::fromChoice( options.sourceCrs, &problem );
  if ( !sourceCrs.isValid() )
    return fail( problem );

  if ( !options.encoding.isEmpty() && !GwVectorSource::isSupportedEncoding( options.encoding ) )
    return fail( tr( "Text encoding %1 is not supported; use a name such as GBK, GB18030 or UTF-8." ).arg( options.encoding ) );

  const std::unique_ptr<GwVectorSource> source = GwVectorSource::open( options.sourcePath, &problem );
  if ( !source )
    return fail( problem );
  source->setEncoding( options.encoding );

  ImportRun run( sourceCrs, feedback, report );
  QList<GwVectorSource::Layer> layers;
  for ( const GwVectorSource::Layer &layer : source->layers() )
  {
    // The OSM driver also offers points, multilinestrings (route relations) and other_relations.
    if ( source->isOsm() && layer.name != QLatin1String( "lines" ) && layer.name != QLatin1String( "multipolygons" ) )
      continue;
    layers << layer;
  }

  const QString cancelled = tr( "Import of %1 cancelled; nothing was written." ).arg( options.sourcePath );
  for ( int i = 0; i < layers.size(); ++i )
  {
    const double span = ReadingShare / layers.size();
    if ( !run.readLayer( *source, layers.at( i ), i * span, span, &problem ) )
      return fail( problem );
    if ( run.isCanceled() )
      return fail( cancelled );
  }
  run.finishWarnings();

  if ( run.roads.isEmpty() && run.buildings.isEmpty() )
    return fail( tr( "No roads or buildings found in %1: it needs line or polygon features (OSM: highway or building tags)." )
                   .arg( options.sourcePath ) );

  QMap<QString, QString> metadata = {
    { QStringLiteral( "subdistrict_name" ), options.placeName.isEmpty() ? QFileInfo( options.sourcePath ).completeBaseName() : options.placeName },
    { QStringLiteral( "source_crs" ), sourceCrs.choice() },
  };
  // The ODbL requires a display of OpenStreetMap data to credit it; the wall shows this text.
  if ( source->isOsm() )
    metadata.insert( QStringLiteral( "attribution" ), QStringLiteral( "© OpenStreetMap contributors" ) );
  const bool written = writeDataFile( partialPath, run, metadata, &problem );
  if ( !written || run.isCanceled() )
  {
    removeDataFile( partialPath );
    return fail( written ? cancelled : problem );
  }

  // The store is closed here, so SQLite has checkpointed the WAL into the file.
  if ( !QFile::rename( partialPath, options.targetPath ) )
  {
    removeDataFile( partialPath );
    return fail( tr( "Renaming %1 to %2 failed; check that the target does not exist and the folder is writable." )
                   .arg( partialPath, options.targetPath ) );
  }

  report.roads = run.roads.size();
  report.buildings = run.buildings.size();
  if ( feedback )
    feedback->setProgress( 100.0 );
  qCDebug( gwGis ) << "Imported" << report.roads << "roads and" << report.buildings << "buildings from" << options.sourcePath;
  return true;
}
