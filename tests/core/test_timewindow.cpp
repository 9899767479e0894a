// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwtimewindow.h"

#include <QTest>

namespace
{
  QDateTime utc( int year, int month, int day, int hour, int minute, int second, int ms = 0 )
  {
    return QDateTime( QDate( year, month, day ), QTime( hour, minute, second, ms ), Qt::UTC );
  }

  QDateTime beijing( int hour, int minute, int second )
  {
    return QDateTime( QDate( 2026, 12, 4 ), QTime( hour, minute, second ), Qt::OffsetFromUTC, 8 * 3600 );
  }
}

class TestGwTimeWindow : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void displayZoneIsUtcPlus8();
    void hourFramesHalfOpen_data();
    void hourFramesHalfOpen();
    void frameStart_data();
    void frameStart();
    void contains_data();
    void contains();
    void localText_data();
    void localText();
    void storeText();
    void parse_data();
    void parse();
};

void TestGwTimeWindow::initTestCase()
{
  // The machine's own zone must never leak into the results, so run in a zone far from
  // Asia/Shanghai.
  qputenv( "TZ", "America/Los_Angeles" );
}

void TestGwTimeWindow::displayZoneIsUtcPlus8()
{
  const QTimeZone zone = GwTimeWindow::displayZone();
  QVERIFY( zone.isValid() );
  QCOMPARE( zone.offsetFromUtc( utc( 2026, 7, 1, 0, 0, 0 ) ), 8 * 3600 );
  QCOMPARE( zone.offsetFromUtc( utc( 2026, 12, 4, 0, 0, 0 ) ), 8 * 3600 );
}

void TestGwTimeWindow::hourFramesHalfOpen_data()
{
  QTest::addColumn<QDateTime>( "event" );
  QTest::addColumn<QString>( "frameLabel" );

  // Three incidents around 08:00 local with one-hour frames. 08:00:00 opens the 08:00
  // frame and is not in the 07:00 frame. Labels are local times, not UTC.
  QTest::newRow( "07-59-59-in-07-frame" ) << beijing( 7, 59, 59 ) << QStringLiteral( "2026-12-04 07:00:00" );
  QTest::newRow( "08-00-00-in-08-frame" ) << beijing( 8, 0, 0 ) << QStringLiteral( "2026-12-04 08:00:00" );
  QTest::newRow( "08-59-59-in-08-frame" ) << beijing( 8, 59, 59 ) << QStringLiteral( "2026-12-04 08:00:00" );
}

void TestGwTimeWindow::hourFramesHalfOpen()
{
  QFETCH( QDateTime, event );
  QFETCH( QString, frameLabel );

  const QDateTime start = GwTimeWindow::frameStart( event.toUTC(), 3600 );
  QCOMPARE( GwTimeWindow::localText( start ), frameLabel );
  QVERIFY( GwTimeWindow::contains( start, start.addSecs( 3600 ), event ) );

  // Half-open frames do not overlap: the neighbouring frames never contain the event.
  QVERIFY( !GwTimeWindow::contains( start.addSecs( -3600 ), start, event ) );
  QVERIFY( !GwTimeWindow::contains( start.addSecs( 3600 ), start.addSecs( 7200 ), event ) );
}

void TestGwTimeWindow::frameStart_data()
{
  QTest::addColumn<QDateTime>( "time" );
  QTest::addColumn<int>( "frameSeconds" );
  QTest::addColumn<QDateTime>( "expected" );

  // Local midnight of 2026-12-04 is 2026-12-03 16:00 UTC.
  QTest::newRow( "day-frame-after-utc-midnight" ) << utc( 2026, 12, 4, 1, 0, 0 ) << 86400 << utc( 2026, 12, 3, 16, 0, 0 );
  QTest::newRow( "day-frame-before-utc-midnight" ) << utc( 2026, 12, 3, 17, 0, 0 ) << 86400 << utc( 2026, 12, 3, 16, 0, 0 );
  QTest::newRow( "day-frame-at-local-midnight" ) << utc( 2026, 12, 3, 16, 0, 0 ) << 86400 << utc( 2026, 12, 3, 16, 0, 0 );
  QTest::newRow( "15-minute-frame" ) << utc( 2026, 12, 4, 0, 44, 59, 999 ) << 900 << utc( 2026, 12, 4, 0, 30, 0 );
  // 2026-12-04 is a Thursday; its week starts on Monday 2026-11-30, 00:00 local.
  QTest::newRow( "week-frame-starts-monday" ) << utc( 2026, 12, 4, 1, 0, 0 ) << 7 * 86400 << utc( 2026, 11, 29, 16, 0, 0 );
  QTest::newRow( "zero-frame-invalid" ) << utc( 2026, 12, 4, 1, 0, 0 ) << 0 << QDateTime();
  QTest::newRow( "invalid-time" ) << QDateTime() << 3600 << QDateTime();
}

void TestGwTimeWindow::frameStart()
{
  QFETCH( QDateTime, time );
  QFETCH( int, frameSeconds );
  QFETCH( QDateTime, expected );

  const QDateTime start = GwTimeWindow::frameStart( time, frameSeconds );
  QCOMPARE( start.isValid(), expected.isValid() );
  if ( expected.isValid() )
  {
    QCOMPARE( start, expected );
    QCOMPARE( start.timeSpec(), Qt::UTC );
  }
}

void TestGwTimeWindow::contains_data()
{
  QTest::addColumn<QDateTime>( "time" );
  QTest::addColumn<bool>( "inside" );

  QTest::newRow( "at-start" ) << utc( 2026, 12, 4, 0, 0, 0 ) << true;
  QTest::newRow( "one-ms-before-end" ) << utc( 2026, 12, 4, 0, 59, 59, 999 ) << true;
  QTest::newRow( "at-end" ) << utc( 2026, 12, 4, 1, 0, 0 ) << false;
  QTest::newRow( "one-ms-before-start" ) << utc( 2026, 12, 3, 23, 59, 59, 999 ) << false;
  QTest::newRow( "end-in-other-zone" ) << beijing( 9, 0, 0 ) << false;
  QTest::newRow( "invalid" ) << QDateTime() << false;
}

void TestGwTimeWindow::contains()
{
  QFETCH( QDateTime, time );
  QFETCH( bool, inside );

  QCOMPARE( GwTimeWindow::contains( utc( 2026, 12, 4, 0, 0, 0 ), utc( 2026, 12, 4, 1, 0, 0 ), time ), inside );
}

void TestGwTimeWindow::localText_data()
{
  QTest::addColumn<QDateTime>( "time" );
  QTest::addColumn<QString>( "expected" );

  QTest::newRow( "utc-midnight-is-08-local" ) << utc( 2026, 12, 4, 0, 0, 0 ) << QStringLiteral( "2026-12-04 08:00:00" );
  QTest::newRow( "utc-evening-is-next-day" ) << utc( 2026, 12, 3, 20, 30, 5 ) << QStringLiteral( "2026-12-04 04:30:05" );
  QTest::newRow( "offset-input-unchanged" ) << beijing( 7, 59, 59 ) << QStringLiteral( "2026-12-04 07:59:59" );
  QTest::newRow( "invalid-empty" ) << QDateTime() << QString();
}

void TestGwTimeWindow::localText()
{
  QFETCH( QDateTime, time );
  QFETCH( QString, expected );

  QCOMPARE( GwTimeWindow::localText( time ), expected );
}

void TestGwTimeWindow::storeText()
{
  QCOMPARE( GwTimeWindow::storeText( beijing( 8, 0, 0 ) ), QStringLiteral( "2026-12-04T00:00:00.000Z" ) );
  QCOMPARE( GwTimeWindow::storeText( utc( 2026, 12, 4, 0, 0, 1, 250 ) ), QStringLiteral( "2026-12-04T00:00:01.250Z" ) );
  QCOMPARE( GwTimeWindow::storeText( QDateTime() ), QString() );
}

void TestGwTimeWindow::parse_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<QDateTime>( "expected" );

  QTest::newRow( "z" ) << QStringLiteral( "2026-12-04T00:00:00Z" ) << utc( 2026, 12, 4, 0, 0, 0 );
  QTest::newRow( "z-with-ms" ) << QStringLiteral( "2026-12-04T00:00:00.125Z" ) << utc( 2026, 12, 4, 0, 0, 0, 125 );
  QTest::newRow( "plus-08" ) << QStringLiteral( "2026-12-04T08:00:00+08:00" ) << utc( 2026, 12, 4, 0, 0, 0 );
  QTest::newRow( "minus-05" ) << QStringLiteral( "2026-12-03T19:00:00-05:00" ) << utc( 2026, 12, 4, 0, 0, 0 );
  QTest::newRow( "no-offset-is-shanghai" ) << QStringLiteral( "2026-12-04T08:00:00" ) << utc( 2026, 12, 4, 0, 0, 0 );
  QTest::newRow( "space-separator" ) << QStringLiteral( "2026-12-04 08:00:00" ) << utc( 2026, 12, 4, 0, 0, 0 );
  QTest::newRow( "surrounding-blanks" ) << QStringLiteral( "  2026-12-04T08:00:00+08:00 " ) << utc( 2026, 12, 4, 0, 0, 0 );
  QTest::newRow( "date-only-rejected" ) << QStringLiteral( "2026-12-04" ) << QDateTime();
  QTest::newRow( "slashes-rejected" ) << QStringLiteral( "2026/12/04 08:00:00" ) << QDateTime();
  QTest::newRow( "hour-25-rejected" ) << QStringLiteral( "2026-12-04T25:00:00Z" ) << QDateTime();
  QTest::newRow( "february-30-rejected" ) << QStringLiteral( "2026-02-30T08:00:00Z" ) << QDateTime();
  QTest::newRow( "text-rejected" ) << QStringLiteral( "yesterday morning" ) << QDateTime();
  QTest::newRow( "empty-rejected" ) << QString() << QDateTime();
}

void TestGwTimeWindow::parse()
{
  QFETCH( QString, text );
  QFETCH( QDateTime, expected );

  const QDateTime parsed = GwTimeWindow::parse( text );
  QCOMPARE( parsed.isValid(), expected.isValid() );
  if ( expected.isValid() )
  {
    QCOMPARE( parsed, expected );
    QCOMPARE( parsed.timeSpec(), Qt::UTC );
  }
}

QTEST_GUILESS_MAIN( TestGwTimeWindow )
#include "test_timewindow.moc"
