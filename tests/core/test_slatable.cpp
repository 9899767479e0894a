// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdomainterms.h"
#include "gwslatable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace
{
  QString shippedTablePath()
  {
    return QStringLiteral( GW_SOURCE_DIR "/data/sla.json" );
  }

  QString writeTable( const QTemporaryDir &dir, const QByteArray &json )
  {
    const QString path = dir.filePath( QStringLiteral( "sla.json" ) );
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) )
      return QString();
    file.write( json );
    return path;
  }
}

class TestGwSlaTable : public QObject
{
    Q_OBJECT

  private slots:
    void shippedFileEqualsDefaults();
    void minutes_data();
    void minutes();
    void resolveDeadline_data();
    void resolveDeadline();
    void isOverdue_data();
    void isOverdue();
    void invalidFile_data();
    void invalidFile();
    void missingFileNamed();
    void busyPolicy();
};

void TestGwSlaTable::shippedFileEqualsDefaults()
{
  GwSlaTable shipped;
  QString error;
  QVERIFY2( GwSlaTable::load( shippedTablePath(), shipped, &error ), qPrintable( error ) );
  const GwSlaTable compiled = GwSlaTable::defaults();

  QCOMPARE( shipped.busyPolicy(), compiled.busyPolicy() );
  QStringList categories = GwDomainTerms::keys( GwDomainTerms::Vocabulary::IncidentCategory );
  categories << QStringLiteral( "not_a_category" );
  for ( const QString &category : std::as_const( categories ) )
  {
    for ( int priority = 1; priority <= 4; ++priority )
    {
      const QByteArray where = category.toUtf8() + " priority " + QByteArray::number( priority );
      QVERIFY2( shipped.acceptMinutes( category, priority ) == compiled.acceptMinutes( category, priority ), where.constData() );
      QVERIFY2( shipped.resolveMinutes( category, priority ) == compiled.resolveMinutes( category, priority ), where.constData() );
    }
  }
}

void TestGwSlaTable::minutes_data()
{
  QTest::addColumn<QString>( "category" );
  QTest::addColumn<int>( "priority" );
  QTest::addColumn<int>( "accept" );
  QTest::addColumn<int>( "resolve" );

  // Expected values are the rows of data/sla.json.
  QTest::newRow( "fire-urgent" ) << QStringLiteral( "fire_smoke" ) << 1 << 5 << 30;
  QTest::newRow( "sanitation-normal" ) << QStringLiteral( "sanitation" ) << 3 << 60 << 1440;
  QTest::newRow( "family-dispute-low" ) << QStringLiteral( "dispute_family" ) << 4 << 120 << 10080;
  QTest::newRow( "unknown-category-uses-default" ) << QStringLiteral( "not_a_category" ) << 2 << 30 << 480;
  QTest::newRow( "priority-0-clamped-to-1" ) << QStringLiteral( "fire_smoke" ) << 0 << 5 << 30;
  QTest::newRow( "priority-9-clamped-to-4" ) << QStringLiteral( "fire_smoke" ) << 9 << 15 << 240;
}

void TestGwSlaTable::minutes()
{
  QFETCH( QString, category );
  QFETCH( int, priority );
  QFETCH( int, accept );
  QFETCH( int, resolve );

  const GwSlaTable table = GwSlaTable::defaults();
  QCOMPARE( table.acceptMinutes( category, priority ), accept );
  QCOMPARE( table.resolveMinutes( category, priority ), resolve );
}

void TestGwSlaTable::resolveDeadline_data()
{
  QTest::addColumn<QDateTime>( "assigned" );
  QTest::addColumn<QDateTime>( "expected" );

  // sanitation, priority 3: 1440 minutes, so the same time of the next day in UTC.
  QTest::newRow( "utc" ) << QDateTime( QDate( 2026, 12, 4 ), QTime( 0, 0 ), Qt::UTC )
                         << QDateTime( QDate( 2026, 12, 5 ), QTime( 0, 0 ), Qt::UTC );
  // 08:00 +08:00 is 00:00 UTC; the deadline comes back in UTC.
  QTest::newRow( "offset-input" ) << QDateTime( QDate( 2026, 12, 4 ), QTime( 8, 0 ), Qt::OffsetFromUTC, 8 * 3600 )
                                  << QDateTime( QDate( 2026, 12, 5 ), QTime( 0, 0 ), Qt::UTC );
  QTest::newRow( "invalid-assignment-time" ) << QDateTime() << QDateTime();
}

void TestGwSlaTable::resolveDeadline()
{
  QFETCH( QDateTime, assigned );
  QFETCH( QDateTime, expected );

  const QDateTime deadline = GwSlaTable::defaults().resolveDeadline( QStringLiteral( "sanitation" ), 3, assigned );
  QCOMPARE( deadline.isValid(), expected.isValid() );
  if ( expected.isValid() )
  {
    QCOMPARE( deadline, expected );
    QCOMPARE( deadline.timeSpec(), Qt::UTC );
  }
}

void TestGwSlaTable::isOverdue_data()
{
  QTest::addColumn<QDateTime>( "due" );
  QTest::addColumn<QDateTime>( "now" );
  QTest::addColumn<QString>( "state" );
  QTest::addColumn<bool>( "overdue" );

  const QDateTime due( QDate( 2026, 12, 4 ), QTime( 8, 0 ), Qt::UTC );
  QTest::newRow( "one-second-early" ) << due << due.addSecs( -1 ) << QStringLiteral( "assigned" ) << false;
  QTest::newRow( "due-exactly-now" ) << due << due << QStringLiteral( "assigned" ) << false;
  QTest::newRow( "one-second-late" ) << due << due.addSecs( 1 ) << QStringLiteral( "assigned" ) << true;
  QTest::newRow( "late-incident-on-site" ) << due << due.addSecs( 3600 ) << QStringLiteral( "on_site" ) << true;
  QTest::newRow( "late-but-task-done" ) << due << due.addSecs( 3600 ) << QStringLiteral( "done" ) << false;
  QTest::newRow( "late-but-task-cancelled" ) << due << due.addSecs( 3600 ) << QStringLiteral( "cancelled" ) << false;
  QTest::newRow( "late-but-resolved" ) << due << due.addSecs( 3600 ) << QStringLiteral( "resolved" ) << false;
  QTest::newRow( "late-but-closed" ) << due << due.addSecs( 3600 ) << QStringLiteral( "closed" ) << false;
  QTest::newRow( "late-but-merged" ) << due << due.addSecs( 3600 ) << QStringLiteral( "merged" ) << false;
  QTest::newRow( "no-due-time" ) << QDateTime() << due << QStringLiteral( "assigned" ) << false;
  // Same instant written in +08:00: 16:00:01 local is 08:00:01 UTC.
  QTest::newRow( "now-in-other-zone" ) << due << QDateTime( QDate( 2026, 12, 4 ), QTime( 16, 0, 1 ), Qt::OffsetFromUTC, 8 * 3600 ) << QStringLiteral( "dispatched" ) << true;
}

void TestGwSlaTable::isOverdue()
{
  QFETCH( QDateTime, due );
  QFETCH( QDateTime, now );
  QFETCH( QString, state );
  QFETCH( bool, overdue );

  QCOMPARE( GwSlaTable::isOverdue( due, now, state ), overdue );
}

void TestGwSlaTable::invalidFile_data()
{
  QTest::addColumn<QByteArray>( "json" );
  QTest::addColumn<QString>( "expectedInMessage" );

  const QByteArray defaultRow = R"("default": { "accept_minutes": [10, 30, 60, 120], "resolve_minutes": [120, 480, 1440, 4320] })";
  QTest::newRow( "malformed-json" ) << QByteArray( "{ \"categories\": " ) << QStringLiteral( "not valid JSON" );
  QTest::newRow( "top-level-array" ) << QByteArray( "[]" ) << QStringLiteral( "JSON object" );
  QTest::newRow( "categories-missing" ) << QByteArray( "{}" ) << QStringLiteral( "\"categories\" is missing" );
  QTest::newRow( "default-row-missing" ) << QByteArray( R"({ "categories": { "sanitation": { "accept_minutes": [1,2,3,4], "resolve_minutes": [5,6,7,8] } } })" )
                                         << QStringLiteral( "\"default\" is missing" );
  QTest::newRow( "unknown-category" ) << QByteArray( "{ \"categories\": { " + defaultRow + R"(, "sanitaton": { "accept_minutes": [1,2,3,4], "resolve_minutes": [5,6,7,8] } } })" )
                                      << QStringLiteral( "\"sanitaton\" is unknown" );
  QTest::newRow( "three-priorities" ) << QByteArray( R"({ "categories": { "default": { "accept_minutes": [1,2,3], "resolve_minutes": [5,6,7,8] } } })" )
                                      << QStringLiteral( "accept_minutes" );
  QTest::newRow( "fractional-minutes" ) << QByteArray( R"({ "categories": { "default": { "accept_minutes": [1,2,3,4], "resolve_minutes": [5,6.5,7,8] } } })" )
                                        << QStringLiteral( "resolve_minutes" );
  QTest::newRow( "zero-minutes" ) << QByteArray( R"({ "categories": { "default": { "accept_minutes": [0,2,3,4], "resolve_minutes": [5,6,7,8] } } })" )
                                  << QStringLiteral( "accept_minutes" );
  QTest::newRow( "accept-after-resolve" ) << QByteArray( R"({ "categories": { "default": { "accept_minutes": [1,20,3,4], "resolve_minutes": [5,6,7,8] } } })" )
                                          << QStringLiteral( "priority 2" );
  QTest::newRow( "busy-policy-invalid" ) << QByteArray( "{ \"busy_policy\": \"ignore\", \"categories\": { " + defaultRow + " } }" )
                                         << QStringLiteral( "busy_policy \"ignore\" is invalid" );
}

void TestGwSlaTable::invalidFile()
{
  QFETCH( QByteArray, json );
  QFETCH( QString, expectedInMessage );

  QTemporaryDir dir;
  QVERIFY( dir.isValid() );
  const QString path = writeTable( dir, json );
  QVERIFY( !path.isEmpty() );

  GwSlaTable table = GwSlaTable::defaults();
  QString error;
  QVERIFY( !GwSlaTable::load( path, table, &error ) );
  QVERIFY2( error.contains( expectedInMessage ), qPrintable( error ) );
  QVERIFY2( error.contains( path ), qPrintable( error ) );
  // A failed load leaves the table as it was.
  QCOMPARE( table.resolveMinutes( QStringLiteral( "fire_smoke" ), 1 ), 30 );
}

void TestGwSlaTable::missingFileNamed()
{
  GwSlaTable table;
  QString error;
  const QString path = QStringLiteral( "/nonexistent/sla.json" );
  QVERIFY( !GwSlaTable::load( path, table, &error ) );
  QVERIFY2( error.contains( path ), qPrintable( error ) );
}

void TestGwSlaTable::busyPolicy()
{
  QTemporaryDir dir;
  QVERIFY( dir.isValid() );
  const QString path = writeTable( dir, R"({ "busy_policy": "block", "categories": { "default": { "accept_minutes": [1,2,3,4], "resolve_minutes": [5,6,7,8] } } })" );

  GwSlaTable table;
  QString error;
  QVERIFY2( GwSlaTable::load( path, table, &error ), qPrintable( error ) );
  QCOMPARE( table.busyPolicy(), QStringLiteral( "block" ) );
  QCOMPARE( table.resolveMinutes( QStringLiteral( "fire_smoke" ), 2 ), 6 );

  table.setBusyPolicy( QStringLiteral( "warn" ) );
  QCOMPARE( table.busyPolicy(), QStringLiteral( "warn" ) );
  table.setBusyPolicy( QStringLiteral( "anything-else" ) );
  QCOMPARE( table.busyPolicy(), QStringLiteral( "warn" ) );
  QCOMPARE( GwSlaTable::defaults().busyPolicy(), QStringLiteral( "warn" ) );
}

QTEST_GUILESS_MAIN( TestGwSlaTable )
#include "test_slatable.moc"
