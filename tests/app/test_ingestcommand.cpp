// SPDX-License-Identifier: GPL-2.0-or-later
// `gridwall ingest` handles each line on its own. A bad line never stops the stream or
// leaves a partial write, and repeated submissions are stored once. Exit codes give the
// outcome, a line on a pipe is stored before the pipe closes, and the wall draws what
// another process ingested.

#include "gwingestcommand.h"
#include "gwlatencybenchmark.h"
#include "gwsmalldatafile.h"
#include "gwtest.h"

#include <QProcess>

#include <cstdio>

namespace
{
  // Points inside the small data file's grids (lon 111.870 to 111.890, lat 29.600 to 29.612).
  QByteArray report( const char *id, const char *title = "垃圾桶满溢" )
  {
    return QByteArray( R"({"type":"incident","id":")" ) + id
           + R"(","category":"sanitation","source":"grid_worker","lon":111.875,"lat":29.605,"time":"2026-12-04T08:00:00+08:00","priority":3,"title":")"
           + title + R"("})";
  }

  QByteArray cameraStatus( const char *deviceId )
  {
    return QByteArray( R"({"type":"camera_status","device_id":")" ) + deviceId + R"(","online":false,"time":"2026-12-04T08:00:00+08:00"})";
  }

  struct Run
  {
    int exitCode = -1;
    QString output;
    QString errors;
  };

  Run runGridwall( const QStringList &arguments, const QByteArray &input = QByteArray() )
  {
    QProcess process;
    process.start( qEnvironmentVariable( "GW_GRIDWALL" ), arguments );
    process.write( input );
    process.closeWriteChannel();
    // No time limit: the wait ends when the program does.
    process.waitForFinished( -1 );

    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8( process.readAllStandardOutput() );
    run.errors = QString::fromUtf8( process.readAllStandardError() );
    return run;
  }

  QString runText( const Run &run )
  {
    return QStringLiteral( "exit %1\nstdout: %2\nstderr: %3" ).arg( run.exitCode ).arg( run.output, run.errors );
  }
}

class TestIngestCommand : public QObject
{
    Q_OBJECT

  private slots:
    void init()
    {
      mFolder = std::make_unique<QTemporaryDir>();
      QVERIFY( mFolder->isValid() );
      mPath = mFolder->filePath( QStringLiteral( "ingest.gpkg" ) );
      QString error;
      QVERIFY2( GwTestData::writeSmallDataFile( mPath, &error ), qPrintable( error ) );
    }

    void stream_data()
    {
      QTest::addColumn<QByteArray>( "input" );
      QTest::addColumn<qint64>( "stored" );
      QTest::addColumn<qint64>( "alreadyStored" );
      QTest::addColumn<qint64>( "rejected" );
      QTest::addColumn<qint64>( "newIncidents" );

      const QByteArray validReport = report( "t-1" );
      QTest::newRow( "one report" ) << validReport + '\n' << 1LL << 0LL << 0LL << 1LL;
      QTest::newRow( "last line without line break" ) << validReport << 1LL << 0LL << 0LL << 1LL;
      QTest::newRow( "same id and content twice" ) << validReport + '\n' + validReport + '\n' << 1LL << 1LL << 0LL << 1LL;
      QTest::newRow( "same id other content" ) << validReport + '\n' + report( "t-1", "别的内容" ) + '\n' << 1LL << 0LL << 1LL << 1LL;
      QTest::newRow( "malformed line between two reports" ) << report( "t-1" ) + "\n{\"type\":\"incident\",\n" + report( "t-2" ) + '\n' << 2LL << 0LL << 1LL << 2LL;
      QTest::newRow( "blank lines skipped" ) << "\n   \n" + report( "t-1" ) + "\n\n" + report( "t-2" ) + '\n' << 2LL << 0LL << 0LL << 2LL;
      QTest::newRow( "windows line ends" ) << report( "t-1" ) + "\r\n" + report( "t-2" ) + "\r\n" << 2LL << 0LL << 0LL << 2LL;
      QTest::newRow( "utf-8 byte order mark" ) << "\xEF\xBB\xBF" + report( "t-1" ) + '\n' << 1LL << 0LL << 0LL << 1LL;
      QTest::newRow( "nul byte keeps the next line" ) << QByteArray( "{\"type\"\0:1}\n", 12 ) + report( "t-2" ) + '\n' << 1LL << 0LL << 1LL << 1LL;
      QTest::newRow( "line too long" ) << QByteArray( GwIngestCommand::MAX_LINE_BYTES + 10, 'x' ) + '\n' + report( "t-2" ) + '\n' << 1LL << 0LL << 1LL << 1LL;
      QTest::newRow( "unknown camera then known camera" ) << cameraStatus( "43078100000000000000" ) + '\n' + cameraStatus( "43078100200132000000" ) + '\n'
          << 1LL << 0LL << 1LL << 0LL;
      QTest::newRow( "unknown staff member" ) << QByteArray( R"({"type":"staff_position","staff_id":4242,"lon":111.875,"lat":29.605,"time":"2026-12-04T08:00:00+08:00"})" "\n" )
                                                 << 0LL << 0LL << 1LL << 0LL;
    }

    void stream()
    {
      QFETCH( QByteArray, input );
      QFETCH( qint64, stored );
      QFETCH( qint64, alreadyStored );
      QFETCH( qint64, rejected );
      QFETCH( qint64, newIncidents );

      QString error;
      std::unique_ptr<GwStore> store = GwStore::open( mPath, &error );
      QVERIFY2( store, qPrintable( error ) );
      const qint64 incidentsBefore = store->count( QStringLiteral( "incidents" ), QVariantMap(), &error );

      QTemporaryFile file;
      QVERIFY( file.open() );
      QCOMPARE( file.write( input ), input.size() );
      QVERIFY( file.flush() );
      std::FILE *stream = std::fopen( QFile::encodeName( file.fileName() ).constData(), "rb" );
      QVERIFY( stream );

      GwIngestCommand::Summary summary;
      const bool read = GwIngestCommand::ingest( stream, *store, summary, &error );
      std::fclose( stream );
      QVERIFY2( read, qPrintable( error ) );

      QCOMPARE( summary.stored, stored );
      QCOMPARE( summary.alreadyStored, alreadyStored );
      QCOMPARE( summary.rejected, rejected );
      QCOMPARE( summary.failed, 0LL );
      // Nothing half-written: exactly the stored reports became incidents.
      QCOMPARE( store->count( QStringLiteral( "incidents" ), QVariantMap(), &error ) - incidentsBefore, newIncidents );
    }

    void exitCodes_data()
    {
      QTest::addColumn<QStringList>( "arguments" );
      QTest::addColumn<QByteArray>( "input" );
      QTest::addColumn<int>( "exitCode" );
      QTest::addColumn<QString>( "message" );

      QTest::newRow( "every line stored" ) << QStringList { QStringLiteral( "-" ) } << report( "e-1" ) + '\n' << 0 << QStringLiteral( "1 stored" );
      QTest::newRow( "one line rejected" ) << QStringList { QStringLiteral( "-" ) } << report( "e-1" ) + "\nnot json\n" << int( GwIngestCommand::ExitRejectedLines )
                                           << QStringLiteral( "Line 2:" );
      QTest::newRow( "input file not found" ) << QStringList { QStringLiteral( "/nonexistent/events.jsonl" ) } << QByteArray() << int( GwCommand::ExitFailure )
                                              << QStringLiteral( "/nonexistent/events.jsonl" );
      QTest::newRow( "input missing" ) << QStringList() << QByteArray() << int( GwCommand::ExitUsage ) << QStringLiteral( "INPUT" );
    }

    void exitCodes()
    {
      QFETCH( QStringList, arguments );
      QFETCH( QByteArray, input );
      QFETCH( int, exitCode );
      QFETCH( QString, message );

      const Run run = runGridwall( QStringList { QStringLiteral( "ingest" ), QStringLiteral( "--lang" ), QStringLiteral( "en" ), QStringLiteral( "--data" ), mPath } + arguments, input );
      QVERIFY2( run.exitCode == exitCode, qPrintable( runText( run ) ) );
      QVERIFY2( QString( run.output + run.errors ).contains( message ), qPrintable( runText( run ) ) );
    }

    void dataFileNotFound()
    {
      const Run run = runGridwall( { QStringLiteral( "ingest" ), QStringLiteral( "--lang" ), QStringLiteral( "en" ), QStringLiteral( "--data" ), mFolder->filePath( QStringLiteral( "missing.gpkg" ) ), QStringLiteral( "-" ) } );
      QVERIFY2( run.exitCode == GwCommand::ExitFailure, qPrintable( runText( run ) ) );
      QVERIFY2( run.errors.contains( QLatin1String( "missing.gpkg" ) ), qPrintable( runText( run ) ) );
    }

    void lineStoredBeforePipeCloses()
    {
      QProcess ingest;
      ingest.start( qEnvironmentVariable( "GW_GRIDWALL" ), { QStringLiteral( "ingest" ), QStringLiteral( "--data" ), mPath, QStringLiteral( "-" ) } );
      QVERIFY( ingest.waitForStarted( -1 ) );
      ingest.write( report( "live-1" ) + '\n' );

      // The pipe is still open, so only a line-by-line reader can have stored the report.
      QString error;
      std::unique_ptr<GwStore> store = GwStore::open( mPath, &error );
      QVERIFY2( store, qPrintable( error ) );
      const QVariantMap live = { { QStringLiteral( "client_id" ), QStringLiteral( "live-1" ) } };
      QTRY_COMPARE_WITH_TIMEOUT( store->count( QStringLiteral( "incidents" ), live, &error ), 1LL, 60000 );
      QCOMPARE( ingest.state(), QProcess::Running );

      ingest.closeWriteChannel();
      QVERIFY( ingest.waitForFinished( -1 ) );
      QCOMPARE( ingest.exitCode(), 0 );
    }

    void simulatePipedIntoIngest()
    {
      QProcess simulate;
      QProcess ingest;
      simulate.setStandardOutputProcess( &ingest );
      ingest.start( qEnvironmentVariable( "GW_GRIDWALL" ), { QStringLiteral( "ingest" ), QStringLiteral( "--lang" ), QStringLiteral( "en" ), QStringLiteral( "--data" ), mPath, QStringLiteral( "-" ) } );
      simulate.start( qEnvironmentVariable( "GW_GRIDWALL" ), { QStringLiteral( "simulate" ), QStringLiteral( "--data" ), mPath, QStringLiteral( "--rate" ), QStringLiteral( "0" ),
                                                               QStringLiteral( "--count" ), QStringLiteral( "200" ), QStringLiteral( "--seed" ), QStringLiteral( "3" ) } );
      QVERIFY( simulate.waitForFinished( -1 ) );
      QCOMPARE( simulate.exitCode(), 0 );
      QVERIFY( ingest.waitForFinished( -1 ) );
      const QString output = QString::fromUtf8( ingest.readAllStandardOutput() );
      const QString errors = QString::fromUtf8( ingest.readAllStandardError() );
      QVERIFY2( ingest.exitCode() == 0, qPrintable( output + errors ) );
      QVERIFY2( output.contains( QLatin1String( "200 lines read" ) ), qPrintable( output ) );
    }

    void ingestedIncidentsReachTheWall()
    {
      // Incidents written by another process appear on the wall without anyone touching
      // the map. The benchmark counts each one once the redraw that shows it finished.
      GwLatencyBenchmark benchmark( mPath, QSize( 640, 360 ), qEnvironmentVariable( "GW_GRIDWALL" ) );
      GwLatencyBenchmark::Latency latency;
      QString error;
      QVERIFY2( benchmark.measureLatency( 5, 50, 7, 0, latency, &error ), qPrintable( error ) );
      QCOMPARE( latency.ingestExitCode, 0 );
      QCOMPARE( latency.incidentsSent, 5LL );
      QCOMPARE( latency.milliseconds.size(), 5 );
      QCOMPARE( latency.untilReloadMilliseconds.size(), 5 );
    }

  private:
    std::unique_ptr<QTemporaryDir> mFolder;
    QString mPath;
};

GW_QGIS_TEST_MAIN( TestIngestCommand )
#include "test_ingestcommand.moc"
