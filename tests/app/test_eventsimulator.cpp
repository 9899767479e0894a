// SPDX-License-Identifier: GPL-2.0-or-later
// The simulated intake stream: every line passes the intake parser, points lie in the
// grids, proportions follow the scene, duplicates and staff steps stay in their bounds,
// and a seed fixes the stream.

#include "gwduplicatefinder.h"
#include "gweventsimulator.h"
#include "gwintakeparser.h"
#include "gwsmalldatafile.h"
#include "gwtest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace
{
  // Two grids side by side as in gwsmalldatafile.h: west 111.870 to 111.880, east 111.880 to 111.890.
  const QString WEST = QStringLiteral( "430781002004-01" );
  const QString EAST = QStringLiteral( "430781002004-02" );

  GwGridPolygon grid( const QString &code, double west )
  {
    return GwGridPolygon { code, { { { west, 29.600 }, { west + 0.010, 29.600 }, { west + 0.010, 29.612 }, { west, 29.612 }, { west, 29.600 } } } };
  }

  GwEventSimulator::Scene twoGridScene()
  {
    GwEventSimulator::Scene scene;
    scene.grids = { grid( WEST, 111.870 ), grid( EAST, 111.880 ) };
    scene.gridNames = { { WEST, QStringLiteral( "汪家桥社区第一网格" ) }, { EAST, QStringLiteral( "汪家桥社区第二网格" ) } };
    scene.kinds = GwEventSimulator::compiledKinds();
    // Straw burning and dumping happened only in the western grid, as on the rural edge.
    scene.categoryGrids[QStringLiteral( "straw_burning" )][WEST] = 38;
    scene.categoryGrids[QStringLiteral( "dumping" )][WEST] = 64;
    for ( int i = 0; i < 6; ++i )
      scene.staff << GwEventSimulator::Staff { 10 + i, i % 2 ? EAST : WEST, QPointF() };
    for ( int i = 0; i < 20; ++i )
      scene.cameras << GwEventSimulator::Camera { QStringLiteral( "430781002001320000%1" ).arg( i, 2, 10, QLatin1Char( '0' ) ), i % 2 ? EAST : WEST,
                                                  QPointF( 111.8705 + 0.0009 * i, 29.605 ), i != 3 };
    return scene;
  }

  QDateTime startTime()
  {
    return QDateTime( QDate( 2026, 12, 4 ), QTime( 0, 0 ), Qt::UTC );
  }

  //! Returns \a count events of a simulator on twoGridScene(), one second apart.
  QVector<QByteArray> stream( quint32 seed, int count )
  {
    GwEventSimulator simulator( twoGridScene(), seed );
    QVector<QByteArray> lines;
    for ( int i = 0; i < count; ++i )
      lines << simulator.next( startTime().addSecs( i ) );
    return lines;
  }

  QRectF subdistrictBox()
  {
    return QRectF( QPointF( 111.865, 29.595 ), QPointF( 111.895, 29.617 ) );
  }

  //! Parses \a lines with the intake parser; stops at the first failure and returns its message in \a error.
  QVector<GwIntakeEvent> parseAll( const QVector<QByteArray> &lines, QString *error )
  {
    const GwIntakeParser parser( subdistrictBox() );
    QVector<GwIntakeEvent> events;
    for ( int i = 0; i < lines.size(); ++i )
    {
      GwIntakeEvent event;
      if ( !parser.parse( lines.at( i ), i + 1, event, error ) )
        return events;
      events << event;
    }
    return events;
  }
}

class TestEventSimulator : public QObject
{
    Q_OBJECT

  private slots:
    void everyLineParses()
    {
      const QVector<QByteArray> lines = stream( 1, 3000 );
      QString error;
      const QVector<GwIntakeEvent> events = parseAll( lines, &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      QCOMPARE( events.size(), lines.size() );
    }

    void sameSeedSameStream()
    {
      QCOMPARE( stream( 42, 500 ), stream( 42, 500 ) );
      QVERIFY( stream( 42, 50 ) != stream( 43, 50 ) );
    }

    void idsUniqueAndCarrySeed()
    {
      QSet<QString> ids;
      const QVector<QByteArray> lines = stream( 77, 2000 );
      for ( const QByteArray &line : lines )
      {
        const QJsonObject object = QJsonDocument::fromJson( line ).object();
        const QString id = object.value( QStringLiteral( "id" ) ).toString();
        if ( id.isEmpty() )
          continue;
        QVERIFY2( id.startsWith( QLatin1String( "sim-77-" ) ), qPrintable( id ) );
        QVERIFY2( !ids.contains( id ), qPrintable( id ) );
        ids.insert( id );
      }
      QVERIFY( !ids.isEmpty() );
    }

    void pointsInsideGrids()
    {
      QString error;
      const QVector<GwIntakeEvent> events = parseAll( stream( 5, 3000 ), &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      const GwGridLocator locator( twoGridScene().grids );
      for ( const GwIntakeEvent &event : events )
      {
        if ( event.type == GwIntakeEvent::Type::CameraStatus )
          continue;
        // The parser has converted GCJ-02 points back to WGS84; the round trip of
        // GwChinaOffset is exact to 1e-9 degrees, so a point drawn inside stays inside
        // unless it lies within centimetres of the outer boundary.
        const GwGridLocation location = locator.locate( event.lonLat );
        QVERIFY2( !location.gridCode.isEmpty() && !location.inGap,
                  qPrintable( QStringLiteral( "line %1 at %2, %3" ).arg( event.line ).arg( event.lonLat.x(), 0, 'f', 6 ).arg( event.lonLat.y(), 0, 'f', 6 ) ) );
      }
    }

    void shares_data()
    {
      QTest::addColumn<QString>( "what" );
      QTest::addColumn<double>( "expected" );
      QTest::addColumn<double>( "tolerance" );

      // Expected shares: GwEventSimulator's incidentShare() and cameraStatusShare(), and
      // compiledKinds() (sanitation 420 and straw burning 38 of 1318 reports). Tolerances
      // are about four binomial standard deviations at 6000 events; the seed is fixed,
      // so the figures do not change between runs.
      QTest::newRow( "incidents and alarms" ) << QStringLiteral( "incident" ) << 0.6 << 0.03;
      QTest::newRow( "camera status" ) << QStringLiteral( "camera_status" ) << 0.1 << 0.02;
      QTest::newRow( "staff positions" ) << QStringLiteral( "staff_position" ) << 0.3 << 0.03;
      QTest::newRow( "sanitation of incidents" ) << QStringLiteral( "sanitation" ) << 420.0 / 1318.0 * 0.95 << 0.03;
      QTest::newRow( "straw burning of incidents" ) << QStringLiteral( "straw_burning" ) << 38.0 / 1318.0 * 0.95 << 0.01;
    }

    void shares()
    {
      QFETCH( QString, what );
      QFETCH( double, expected );
      QFETCH( double, tolerance );

      GwEventSimulator simulator( twoGridScene(), 2026 );
      int matching = 0;
      int incidents = 0;
      const int total = 6000;
      for ( int i = 0; i < total; ++i )
      {
        const QJsonObject object = QJsonDocument::fromJson( simulator.next( startTime().addSecs( i ) ) ).object();
        const QString type = object.value( QStringLiteral( "type" ) ).toString();
        const bool incident = type == QLatin1String( "incident" ) || type == QLatin1String( "alarm" );
        incidents += incident ? 1 : 0;
        const QString category = object.value( incident && type == QLatin1String( "alarm" ) ? QStringLiteral( "kind" ) : QStringLiteral( "category" ) ).toString();
        if ( what == QLatin1String( "incident" ) )
          matching += incident ? 1 : 0;
        else if ( what == type )
          ++matching;
        else if ( incident && what == category )
          ++matching;
      }
      // Categories are shares of the incidents; duplicates (5 %) repeat recent categories.
      const bool perIncident = what != QLatin1String( "incident" ) && what != QLatin1String( "camera_status" ) && what != QLatin1String( "staff_position" );
      const double share = double( matching ) / ( perIncident ? incidents : total );
      QVERIFY2( std::abs( share - expected ) <= tolerance, qPrintable( QStringLiteral( "share %1, expected %2 ± %3" ).arg( share ).arg( expected ).arg( tolerance ) ) );
    }

    void ruralKindsStayInTheirGrid()
    {
      QString error;
      const QVector<GwIntakeEvent> events = parseAll( stream( 9, 4000 ), &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      const GwGridLocator locator( twoGridScene().grids );
      int alarms = 0;
      for ( const GwIntakeEvent &event : events )
      {
        if ( event.type != GwIntakeEvent::Type::Alarm || event.source != QLatin1String( "drone" ) )
          continue;
        ++alarms;
        QCOMPARE( locator.locate( event.lonLat ).gridCode, WEST );
      }
      QVERIFY( alarms > 0 );
    }

    void duplicatesWithinThirtyMetres()
    {
      QString error;
      const QVector<GwIntakeEvent> events = parseAll( stream( 11, 4000 ), &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      QVector<GwReportPoint> reports;
      for ( const GwIntakeEvent &event : events )
      {
        if ( event.type == GwIntakeEvent::Type::IncidentReport || event.type == GwIntakeEvent::Type::Alarm )
          reports << GwReportPoint { reports.size() + 1, event.category, event.lonLat, event.atUtc };
      }
      // GwDuplicateFinder's defaults are the dispatch rule: same category, 30 m, 300 s.
      int duplicates = 0;
      for ( const QVector<qint64> &group : GwDuplicateFinder::groups( reports ) )
        duplicates += group.size() - 1;
      // About duplicateShare() of the reports repeat one; chance matches add a few more.
      QVERIFY2( duplicates >= reports.size() * GwEventSimulator::duplicateShare() * 0.5, qPrintable( QString::number( duplicates ) ) );
      QVERIFY2( duplicates <= reports.size() * GwEventSimulator::duplicateShare() * 2, qPrintable( QString::number( duplicates ) ) );
    }

    void staffStepsStayShort()
    {
      QString error;
      const QVector<GwIntakeEvent> events = parseAll( stream( 13, 3000 ), &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      QHash<qint64, QPointF> last;
      const GwGridLocator locator( twoGridScene().grids );
      for ( const GwIntakeEvent &event : events )
      {
        if ( event.type != GwIntakeEvent::Type::StaffPosition )
          continue;
        // Staff 10, 12, 14 work the western grid, 11, 13, 15 the eastern one.
        QCOMPARE( locator.locate( event.lonLat ).gridCode, event.staffId % 2 ? EAST : WEST );
        if ( last.contains( event.staffId ) )
        {
          // 0.2 m on top of the step for the rounding of the coordinates to 1e-6 degrees.
          const double step = GwDuplicateFinder::distanceMetres( last.value( event.staffId ), event.lonLat );
          QVERIFY2( step <= GwEventSimulator::STAFF_STEP_METRES + 0.2, qPrintable( QString::number( step ) ) );
        }
        last.insert( event.staffId, event.lonLat );
      }
      QCOMPARE( last.size(), 6 );
    }

    void alarmsCarryOnlyAlarmFields()
    {
      const QSet<QString> allowed = { QStringLiteral( "type" ), QStringLiteral( "id" ), QStringLiteral( "kind" ), QStringLiteral( "source" ),
                                      QStringLiteral( "zone" ), QStringLiteral( "lon" ), QStringLiteral( "lat" ), QStringLiteral( "time" ),
                                      QStringLiteral( "device_id" ), QStringLiteral( "evidence" ) };
      int alarms = 0;
      for ( const QByteArray &line : stream( 17, 2000 ) )
      {
        const QJsonObject object = QJsonDocument::fromJson( line ).object();
        if ( object.value( QStringLiteral( "type" ) ) != QLatin1String( "alarm" ) )
          continue;
        ++alarms;
        for ( const QString &key : object.keys() )
          QVERIFY2( allowed.contains( key ), qPrintable( key ) );
      }
      QVERIFY( alarms > 0 );
    }

    void sceneFromDataFile()
    {
      QTemporaryDir folder;
      QVERIFY( folder.isValid() );
      const QString path = folder.filePath( QStringLiteral( "scene.gpkg" ) );
      QString error;
      QVERIFY2( GwTestData::writeSmallDataFile( path, &error ), qPrintable( error ) );
      std::unique_ptr<GwStore> store = GwStore::open( path, &error );
      QVERIFY2( store, qPrintable( error ) );

      GwEventSimulator::Scene scene;
      QVERIFY2( GwEventSimulator::loadScene( *store, scene, &error ), qPrintable( error ) );
      QCOMPARE( scene.grids.size(), 2 );
      QCOMPARE( scene.cameras.size(), 3 );
      QCOMPARE( scene.staff.size(), 0 );
      // The one incident of the file sets the proportions: a neighbour dispute from a grid worker.
      QCOMPARE( scene.kinds.size(), 1 );
      QCOMPARE( scene.kinds.constFirst().category, QStringLiteral( "dispute_neighbour" ) );
      QCOMPARE( scene.kinds.constFirst().source, QStringLiteral( "grid_worker" ) );
      QCOMPARE( scene.categoryGrids.value( QStringLiteral( "dispute_neighbour" ) ).value( EAST ), 1.0 );
    }
};

GW_QGIS_TEST_MAIN( TestEventSimulator )
#include "test_eventsimulator.moc"
