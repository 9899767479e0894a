// SPDX-License-Identifier: GPL-2.0-or-later
// Two dispatcher desks in two processes assign the same incident at the same moment
// against one GeoPackage: exactly one assignment is stored and the other desk learns
// who won.
//
// The test binary is its own desk: started with --desk it opens the file, reports
// "ready", waits for "go" on stdin, assigns once and prints the result as JSON.
// The parent releases both desks with one write each, so their assignments start
// within a few milliseconds of each other.

#include "gwdispatcher.h"
#include "gwslatable.h"
#include "gwstore.h"
#include "gwtimewindow.h"
#include "gwwkb.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

namespace
{
  constexpr qint64 Incident = 1001;

  // Staff ids of the desks' choices: the two workers of the dispatch case.
  constexpr qint64 W3 = 3;
  constexpr qint64 W7 = 7;

  QString outcomeKey( GwDispatchOutcome outcome )
  {
    switch ( outcome )
    {
      case GwDispatchOutcome::Done:
        return QStringLiteral( "done" );
      case GwDispatchOutcome::AlreadyStored:
        return QStringLiteral( "already_stored" );
      case GwDispatchOutcome::Conflict:
        return QStringLiteral( "conflict" );
      case GwDispatchOutcome::Rejected:
        return QStringLiteral( "rejected" );
      case GwDispatchOutcome::Warning:
        return QStringLiteral( "warning" );
      case GwDispatchOutcome::Failed:
        return QStringLiteral( "failed" );
    }
    return QString();
  }

  void writeLine( const QByteArray &line )
  {
    std::fwrite( line.constData(), 1, static_cast<size_t>( line.size() ), stdout );
    std::fputc( '\n', stdout );
    std::fflush( stdout );
  }

  /**
   * Runs one desk with arguments --desk ACTOR --data FILE --staff ID and returns the
   * process exit code. The assignment's result goes to stdout as one JSON object.
   */
  int runDesk( const QStringList &arguments )
  {
    const QString actor = arguments.value( arguments.indexOf( QStringLiteral( "--desk" ) ) + 1 );
    const QString path = arguments.value( arguments.indexOf( QStringLiteral( "--data" ) ) + 1 );
    const qint64 staffId = arguments.value( arguments.indexOf( QStringLiteral( "--staff" ) ) + 1 ).toLongLong();

    QString error;
    std::unique_ptr<GwStore> store = GwStore::open( path, &error );
    if ( !store )
    {
      writeLine( error.toUtf8() );
      return 2;
    }

    // Both desks read the incident before either writes, as two people looking at the same queue.
    const QVector<GwFeature> rows = store->features( QStringLiteral( "incidents" ), { { QStringLiteral( "fid" ), Incident } }, &error );
    if ( rows.isEmpty() )
    {
      writeLine( QByteArrayLiteral( "incident not found" ) );
      return 2;
    }
    const qint64 version = rows.first().attributes.value( QStringLiteral( "version" ) ).toLongLong();

    writeLine( QByteArrayLiteral( "ready" ) );
    char go[16] = {};
    if ( !std::fgets( go, sizeof( go ), stdin ) )
      return 2;

    const GwSlaTable sla = GwSlaTable::defaults();
    GwDispatcher dispatcher( *store, sla );
    const GwDispatchResult result = dispatcher.assign( Incident, staffId, version, actor, QString(), QDateTime::currentDateTimeUtc() );

    QJsonObject output;
    output.insert( QStringLiteral( "outcome" ), outcomeKey( result.outcome ) );
    output.insert( QStringLiteral( "version" ), result.version );
    output.insert( QStringLiteral( "message" ), result.message );
    output.insert( QStringLiteral( "winnerStaff" ), result.winnerStaff );
    output.insert( QStringLiteral( "winnerActor" ), result.winnerActor );
    writeLine( QJsonDocument( output ).toJson( QJsonDocument::Compact ) );
    return 0;
  }

  GwFeature staffRow( qint64 id, const QString &name, const QString &role )
  {
    GwFeature staff;
    staff.attributes = { { QStringLiteral( "fid" ), id }, { QStringLiteral( "name" ), name }, { QStringLiteral( "role" ), role },
      { QStringLiteral( "grid_code" ), QStringLiteral( "430781002001-01" ) }, { QStringLiteral( "on_duty" ), 1 } };
    staff.wkb = GwWkb::point( QPointF( 111.881, 29.611 ) );
    return staff;
  }
}

class TestTwoDesks : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir mFolder;
    int mCounter = 0;

    //! Creates a file with W3, W7 and incident 1001 reported, and returns its path.
    QString createData()
    {
      const QString path = mFolder.filePath( QStringLiteral( "desks-%1.gpkg" ).arg( ++mCounter ) );
      QString error;
      std::unique_ptr<GwStore> store = GwStore::create( path, &error );
      if ( !store )
        return QString();

      QVector<GwFeature> staff = {
        staffRow( W3, QString::fromUtf8( "王三" ), QStringLiteral( "grid_worker" ) ),
        staffRow( W7, QString::fromUtf8( "李七" ), QStringLiteral( "grid_worker" ) ),
      };
      GwFeature incident;
      incident.attributes = { { QStringLiteral( "fid" ), Incident }, { QStringLiteral( "client_id" ), QStringLiteral( "d2-race" ) },
        { QStringLiteral( "category" ), QStringLiteral( "sanitation" ) }, { QStringLiteral( "source" ), QStringLiteral( "hotline" ) },
        { QStringLiteral( "state" ), QStringLiteral( "reported" ) }, { QStringLiteral( "grid_code" ), QStringLiteral( "430781002001-01" ) },
        { QStringLiteral( "reported_at" ), GwTimeWindow::storeText( QDateTime::currentDateTimeUtc() ) }, { QStringLiteral( "version" ), 1 } };
      incident.wkb = GwWkb::point( QPointF( 111.880, 29.610 ) );
      QVector<GwFeature> incidents = { incident };
      if ( !store->insertFeatures( QStringLiteral( "staff" ), staff, &error ) || !store->insertFeatures( QStringLiteral( "incidents" ), incidents, &error ) )
        return QString();
      return path;
    }

    void startDesk( QProcess &desk, const QString &actor, const QString &path, qint64 staffId )
    {
      desk.setProcessChannelMode( QProcess::SeparateChannels );
      desk.start( QCoreApplication::applicationFilePath(), { QStringLiteral( "--desk" ), actor, QStringLiteral( "--data" ), path,
                                                             QStringLiteral( "--staff" ), QString::number( staffId ) } );
    }

    static QByteArray readLine( QProcess &desk )
    {
      while ( !desk.canReadLine() )
      {
        if ( !desk.waitForReadyRead( -1 ) )
          return QByteArray();
      }
      return desk.readLine().trimmed();
    }

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
    }

    void sameIncidentOneWinner_data()
    {
      QTest::addColumn<qint64>( "staff1" );
      QTest::addColumn<qint64>( "staff2" );

      QTest::newRow( "desk-1 picks W3, desk-2 picks W7" ) << W3 << W7;
      QTest::newRow( "desk-1 picks W7, desk-2 picks W3" ) << W7 << W3;
      QTest::newRow( "both desks pick W3" ) << W3 << W3;
    }

    void sameIncidentOneWinner()
    {
      QFETCH( qint64, staff1 );
      QFETCH( qint64, staff2 );

      const QString path = createData();
      QVERIFY( !path.isEmpty() );

      QProcess desk1;
      QProcess desk2;
      startDesk( desk1, QStringLiteral( "desk-1" ), path, staff1 );
      startDesk( desk2, QStringLiteral( "desk-2" ), path, staff2 );
      QCOMPARE( readLine( desk1 ), QByteArrayLiteral( "ready" ) );
      QCOMPARE( readLine( desk2 ), QByteArrayLiteral( "ready" ) );

      desk1.write( "go\n" );
      desk2.write( "go\n" );
      QVERIFY( desk1.waitForFinished( -1 ) );
      QVERIFY( desk2.waitForFinished( -1 ) );
      QCOMPARE( desk1.exitCode(), 0 );
      QCOMPARE( desk2.exitCode(), 0 );

      const QJsonObject result1 = QJsonDocument::fromJson( desk1.readAllStandardOutput() ).object();
      const QJsonObject result2 = QJsonDocument::fromJson( desk2.readAllStandardOutput() ).object();
      QStringList outcomes = { result1.value( QStringLiteral( "outcome" ) ).toString(), result2.value( QStringLiteral( "outcome" ) ).toString() };
      outcomes.sort();
      QCOMPARE( outcomes, ( QStringList { QStringLiteral( "conflict" ), QStringLiteral( "done" ) } ) );

      const bool desk1Won = result1.value( QStringLiteral( "outcome" ) ).toString() == QLatin1String( "done" );
      const QJsonObject &loser = desk1Won ? result2 : result1;
      const qint64 winnerStaffId = desk1Won ? staff1 : staff2;
      const QString winnerActor = desk1Won ? QStringLiteral( "desk-1" ) : QStringLiteral( "desk-2" );
      const QString winnerName = winnerStaffId == W3 ? QString::fromUtf8( "王三" ) : QString::fromUtf8( "李七" );

      QCOMPARE( loser.value( QStringLiteral( "winnerStaff" ) ).toString(), winnerName );
      QCOMPARE( loser.value( QStringLiteral( "winnerActor" ) ).toString(), winnerActor );
      const QString message = loser.value( QStringLiteral( "message" ) ).toString();
      QVERIFY2( message.contains( winnerName ), qPrintable( message ) );
      QVERIFY2( message.contains( winnerActor ), qPrintable( message ) );
      QCOMPARE( loser.value( QStringLiteral( "version" ) ).toInt(), 2 );

      QString error;
      std::unique_ptr<GwStore> store = GwStore::open( path, &error );
      QVERIFY2( store, qPrintable( error ) );
      const QVector<GwFeature> tasks = store->features( QStringLiteral( "tasks" ), { { QStringLiteral( "incident_id" ), Incident } }, &error );
      QCOMPARE( tasks.size(), 1 );
      QCOMPARE( tasks.first().attributes.value( QStringLiteral( "staff_id" ) ).toLongLong(), winnerStaffId );
      QCOMPARE( store->count( QStringLiteral( "events" ), { { QStringLiteral( "incident_id" ), Incident } }, &error ), qint64( 1 ) );
      const QVector<GwFeature> incidents = store->features( QStringLiteral( "incidents" ), { { QStringLiteral( "fid" ), Incident } }, &error );
      QCOMPARE( incidents.first().attributes.value( QStringLiteral( "version" ) ).toLongLong(), qint64( 2 ) );
    }
};

int main( int argc, char *argv[] )
{
  QCoreApplication app( argc, argv );
  const QStringList arguments = QCoreApplication::arguments();
  if ( arguments.contains( QStringLiteral( "--desk" ) ) )
    return runDesk( arguments );

  TestTwoDesks test;
  return QTest::qExec( &test, argc, argv );
}

#include "test_twodesks.moc"
