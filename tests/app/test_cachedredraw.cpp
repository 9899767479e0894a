// SPDX-License-Identifier: GPL-2.0-or-later
// A change to a live layer redraws that layer alone; the others come from the cache.

#include "gwmapproject.h"
#include "gwsmalldatafile.h"
#include "gwtest.h"

#include <QTemporaryDir>
#include <QTest>

#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

class TestCachedRedraw : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mFolder;
    GwMapProject mProject;

    QStringList render( const QgsMapSettings &settings, QgsMapRendererCache *cache )
    {
      QgsMapRendererParallelJob job( settings );
      job.setCache( cache );
      job.start();
      job.waitForFinished();
      return job.layersRedrawnFromCache();
    }

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      const QString path = mFolder.filePath( QStringLiteral( "small.gpkg" ) );
      QString error;
      QVERIFY2( GwTestData::writeSmallDataFile( path, &error ), qPrintable( error ) );
      QStringList warnings;
      QVERIFY2( mProject.open( path, &error, &warnings ), qPrintable( error ) );
    }

    void layersFollowScale()
    {
      QgsVectorLayer *plates = mProject.layerForDefinition( QStringLiteral( "plates" ) );
      QgsVectorLayer *incidents = mProject.layerForDefinition( QStringLiteral( "incidents" ) );
      QVERIFY( plates );
      QVERIFY( incidents );

      const QList<QgsMapLayer *> overview = mProject.renderLayers( 20000 );
      QVERIFY( !overview.contains( plates ) );
      QVERIFY( overview.contains( incidents ) );
      QVERIFY( !incidents->labelsEnabled() );

      const QList<QgsMapLayer *> street = mProject.renderLayers( 1500 );
      QVERIFY( street.contains( plates ) );
      QVERIFY( incidents->labelsEnabled() );
    }

    void incidentChangeKeepsOtherLayersCached()
    {
      QgsMapSettings settings;
      settings.setDestinationCrs( mProject.destinationCrs() );
      settings.setOutputSize( QSize( 800, 600 ) );
      settings.setOutputDpi( 96 );
      settings.setExtent( mProject.defaultExtent() );
      settings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
      settings.setLayers( mProject.renderLayers( settings.scale() ) );
      QVERIFY( settings.scale() > 5000 );

      QgsMapRendererCache cache;
      render( settings, &cache );

      QgsVectorLayer *incidents = mProject.layerForDefinition( QStringLiteral( "incidents" ) );
      QString error;
      const QVector<GwFeature> rows = mProject.store()->features( QStringLiteral( "incidents" ), {}, &error );
      QVERIFY( !rows.isEmpty() );
      GwFeature change;
      change.id = rows.first().id;
      change.attributes = { { QStringLiteral( "state" ), QStringLiteral( "dispatched" ) } };
      QVERIFY2( mProject.store()->updateFeature( QStringLiteral( "incidents" ), change, &error ), qPrintable( error ) );
      incidents->reload();
      cache.invalidateCacheForLayer( incidents );

      const QStringList fromCache = render( settings, &cache );
      QVERIFY( !fromCache.contains( incidents->id() ) );
      for ( const char *id : { "grids", "roads", "cameras" } )
      {
        QgsVectorLayer *layer = mProject.layerForDefinition( QString::fromLatin1( id ) );
        QVERIFY2( layer, id );
        QVERIFY2( fromCache.contains( layer->id() ), id );
      }
    }
};

GW_QGIS_TEST_MAIN( TestCachedRedraw )
#include "test_cachedredraw.moc"
