// SPDX-License-Identifier: GPL-2.0-or-later
// When another program writes to the data file, the wall reloads only the live layers
// whose tables changed, so the canvas cache keeps the images of every other layer.

#include "gwmapproject.h"
#include "gwsmalldatafile.h"
#include "gwtest.h"
#include "gwwall.h"
#include "gwwalllayout.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSignalSpy>

#include <qgsvectorlayer.h>

class TestWallRefresh : public QObject
{
    Q_OBJECT

  private slots:
    void incidentChangeReloadsOnlyIncidents()
    {
      QTemporaryDir folder;
      QVERIFY( folder.isValid() );
      const QString path = folder.filePath( QStringLiteral( "live.gpkg" ) );
      QString error;
      QVERIFY2( GwTestData::writeSmallDataFile( path, &error ), qPrintable( error ) );

      GwMapProject project;
      QStringList warnings;
      QVERIFY2( project.open( path, &error, &warnings ), qPrintable( error ) );
      QgsVectorLayer *incidents = project.layerForTable( QStringLiteral( "incidents" ) );
      QgsVectorLayer *grids = project.layerForTable( QStringLiteral( "grids" ) );
      QVERIFY( incidents );
      QVERIFY( grids );
      QVERIFY( project.catalog().definition( GwLayerCatalog::definitionId( incidents ) ).isLive() );
      QVERIFY( !project.catalog().definition( GwLayerCatalog::definitionId( grids ) ).isLive() );

      const QVector<GwScreenInfo> screens = { { QStringLiteral( "test" ), QGuiApplication::primaryScreen()->geometry() } };
      GwWall wall( &project );
      QVERIFY2( wall.createWindows( GwWallLayout::singleWindow( screens, 0 ), QString(), &error ), qPrintable( error ) );
      wall.show();

      QSignalSpy incidentRepaints( incidents, &QgsMapLayer::repaintRequested );
      QSignalSpy gridRepaints( grids, &QgsMapLayer::repaintRequested );

      // A second connection plays the dispatch desk that writes to the same file.
      std::unique_ptr<GwStore> writer = GwStore::open( path, &error );
      QVERIFY2( writer, qPrintable( error ) );
      const QVector<GwFeature> rows = writer->features( QStringLiteral( "incidents" ), QVariantMap(), &error );
      QCOMPARE( rows.size(), 1 );
      GwFeature change;
      change.id = rows.constFirst().id;
      change.attributes = { { QStringLiteral( "state" ), QStringLiteral( "dispatched" ) } };
      QVERIFY2( writer->updateFeature( QStringLiteral( "incidents" ), change, &error ), qPrintable( error ) );

      wall.pollChanges();
      QCOMPARE( incidentRepaints.count(), 1 );
      QCOMPARE( gridRepaints.count(), 0 );

      // The reloaded layer shows the new state.
      QgsFeature feature;
      QVERIFY( incidents->getFeatures().nextFeature( feature ) );
      QCOMPARE( feature.attribute( QStringLiteral( "state" ) ).toString(), QStringLiteral( "dispatched" ) );

      // Without a new change nothing reloads again.
      wall.pollChanges();
      QCOMPARE( incidentRepaints.count(), 1 );
    }
};

GW_QGIS_GUI_TEST_MAIN( TestWallRefresh )
#include "test_wallrefresh.moc"
