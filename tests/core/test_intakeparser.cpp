// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwchinaoffset.h"
#include "gwintakeparser.h"

#include <QTest>

#include <cmath>

namespace
{
  // A box around the Wangjiaqiao subdistrict of Jinshi, Hunan (about lon 111.88, lat 29.61).
  const QRectF SUBDISTRICT( QPointF( 111.80, 29.55 ), QPointF( 111.95, 29.68 ) );

  const QByteArray VALID_INCIDENT = R"({"type":"incident","id":"wx-20261204-0001","category":"sanitation","source":"resident_group","lon":111.881,"lat":29.612,"time":"2026-12-04T08:00:00+08:00","priority":2,"title":"垃圾堆放","description":"菜市场东门口"})";
  const QByteArray VALID_ALARM = R"({"type":"alarm","id":"drone-20261204-0007","kind":"straw_burning","source":"drone","zone":"澹津体育中心北侧","lon":111.85,"lat":29.6,"time":"2026-12-04T09:30:00Z","device_id":"uav-02","evidence":"media/2026/12/04/0007.jpg"})";
  const QByteArray VALID_CAMERA = R"({"type":"camera_status","device_id":"43078100001320000012","online":false,"time":"2026-12-04T10:00:00+08:00"})";
  const QByteArray VALID_STAFF = R"({"type":"staff_position","staff_id":12,"lon":111.9,"lat":29.62,"time":"2026-12-04T10:05:00+08:00"})";

  bool parseLine( const QByteArray &line, GwIntakeEvent &event, QString *error = nullptr )
  {
    return GwIntakeParser( SUBDISTRICT ).parse( line, 1, event, error );
  }
}

class TestGwIntakeParser : public QObject
{
    Q_OBJECT

  private slots:
    void incidentReport();
    void alarm();
    void cameraStatus();
    void staffPosition();
    void offsetCoordinateSystems_data();
    void offsetCoordinateSystems();
    void timeWithoutOffsetIsShanghai();
    void badLine_data();
    void badLine();
    void badLineLeavesEventUnchanged();
    void contentHash();
};

void TestGwIntakeParser::incidentReport()
{
  GwIntakeEvent event;
  QString error;
  QVERIFY2( GwIntakeParser( SUBDISTRICT ).parse( VALID_INCIDENT, 3, event, &error ), qPrintable( error ) );

  QCOMPARE( event.type, GwIntakeEvent::Type::IncidentReport );
  QCOMPARE( event.line, 3 );
  QCOMPARE( event.clientId, QStringLiteral( "wx-20261204-0001" ) );
  QCOMPARE( event.category, QStringLiteral( "sanitation" ) );
  QCOMPARE( event.source, QStringLiteral( "resident_group" ) );
  QCOMPARE( event.lonLat, QPointF( 111.881, 29.612 ) );
  QCOMPARE( event.atUtc, QDateTime( QDate( 2026, 12, 4 ), QTime( 0, 0 ), Qt::UTC ) );
  QCOMPARE( event.priority, 2 );
  QCOMPARE( event.title, QString::fromUtf8( "垃圾堆放" ) );
  QCOMPARE( event.description, QString::fromUtf8( "菜市场东门口" ) );
  QCOMPARE( event.contentHash.size(), 64 );
}

void TestGwIntakeParser::alarm()
{
  GwIntakeEvent event;
  QString error;
  QVERIFY2( parseLine( VALID_ALARM, event, &error ), qPrintable( error ) );

  QCOMPARE( event.type, GwIntakeEvent::Type::Alarm );
  QCOMPARE( event.clientId, QStringLiteral( "drone-20261204-0007" ) );
  QCOMPARE( event.category, QStringLiteral( "straw_burning" ) );
  QCOMPARE( event.source, QStringLiteral( "drone" ) );
  QCOMPARE( event.zone, QString::fromUtf8( "澹津体育中心北侧" ) );
  QCOMPARE( event.deviceId, QStringLiteral( "uav-02" ) );
  QCOMPARE( event.evidence, QStringLiteral( "media/2026/12/04/0007.jpg" ) );
  QCOMPARE( event.atUtc, QDateTime( QDate( 2026, 12, 4 ), QTime( 9, 30 ), Qt::UTC ) );
  // Alarms without a priority are high (2), see gwintakeparser.h.
  QCOMPARE( event.priority, 2 );
}

void TestGwIntakeParser::cameraStatus()
{
  GwIntakeEvent event;
  QString error;
  QVERIFY2( parseLine( VALID_CAMERA, event, &error ), qPrintable( error ) );

  QCOMPARE( event.type, GwIntakeEvent::Type::CameraStatus );
  QCOMPARE( event.deviceId, QStringLiteral( "43078100001320000012" ) );
  QCOMPARE( event.online, false );
  QCOMPARE( event.atUtc, QDateTime( QDate( 2026, 12, 4 ), QTime( 2, 0 ), Qt::UTC ) );
}

void TestGwIntakeParser::staffPosition()
{
  GwIntakeEvent event;
  QString error;
  QVERIFY2( parseLine( VALID_STAFF, event, &error ), qPrintable( error ) );

  QCOMPARE( event.type, GwIntakeEvent::Type::StaffPosition );
  QCOMPARE( event.staffId, qint64( 12 ) );
  QCOMPARE( event.lonLat, QPointF( 111.9, 29.62 ) );
  QCOMPARE( event.atUtc, QDateTime( QDate( 2026, 12, 4 ), QTime( 2, 5 ), Qt::UTC ) );
}

void TestGwIntakeParser::offsetCoordinateSystems_data()
{
  QTest::addColumn<QString>( "crs" );
  QTest::addColumn<QPointF>( "written" );

  // The WGS84 point is fixed; each row writes it as a phone app in that system would.
  // The conversions themselves are checked against published values in test_chinaoffset.
  const QPointF wgs84( 111.881, 29.612 );
  QTest::newRow( "wgs84" ) << QStringLiteral( "wgs84" ) << wgs84;
  QTest::newRow( "cgcs2000-as-wgs84" ) << QStringLiteral( "cgcs2000" ) << wgs84;
  QTest::newRow( "gcj02" ) << QStringLiteral( "gcj02" ) << GwChinaOffset::wgs84ToGcj02( wgs84 );
  QTest::newRow( "bd09-upper-case" ) << QStringLiteral( "BD09" ) << GwChinaOffset::wgs84ToBd09( wgs84 );
}

void TestGwIntakeParser::offsetCoordinateSystems()
{
  QFETCH( QString, crs );
  QFETCH( QPointF, written );

  const QByteArray line = QByteArrayLiteral( R"({"type":"incident","id":"a1","category":"sanitation","source":"hotline","lon":)" )
                          + QByteArray::number( written.x(), 'f', 9 ) + ",\"lat\":" + QByteArray::number( written.y(), 'f', 9 )
                          + ",\"time\":\"2026-12-04T08:00:00Z\",\"crs\":\"" + crs.toLatin1() + "\"}";
  GwIntakeEvent event;
  QString error;
  QVERIFY2( parseLine( line, event, &error ), qPrintable( error ) );

  // 1e-8 degrees is about 1 mm; the inverse offsets iterate to 1e-9.
  QVERIFY2( std::fabs( event.lonLat.x() - 111.881 ) < 1e-8, qPrintable( QString::number( event.lonLat.x(), 'f', 10 ) ) );
  QVERIFY2( std::fabs( event.lonLat.y() - 29.612 ) < 1e-8, qPrintable( QString::number( event.lonLat.y(), 'f', 10 ) ) );
}

void TestGwIntakeParser::timeWithoutOffsetIsShanghai()
{
  GwIntakeEvent event;
  QString error;
  const QByteArray line = R"({"type":"staff_position","staff_id":12,"lon":111.9,"lat":29.62,"time":"2026-12-04 08:00:00"})";
  QVERIFY2( parseLine( line, event, &error ), qPrintable( error ) );
  QCOMPARE( event.atUtc, QDateTime( QDate( 2026, 12, 4 ), QTime( 0, 0 ), Qt::UTC ) );
}

void TestGwIntakeParser::badLine_data()
{
  QTest::addColumn<QByteArray>( "line" );
  QTest::addColumn<QString>( "expectedInMessage" );

  const QByteArray incident = R"("type":"incident","id":"r1","category":"sanitation","source":"hotline","time":"2026-12-04T08:00:00Z")";
  const QByteArray alarm = R"("type":"alarm","id":"d1","kind":"straw_burning","source":"drone","zone":"北侧","lon":111.85,"lat":29.6,"time":"2026-12-04T08:00:00Z")";

  QTest::newRow( "empty-line" ) << QByteArray( "   " ) << QStringLiteral( "empty" );
  QTest::newRow( "malformed-json" ) << QByteArray( R"({"type":"incident",)" ) << QStringLiteral( "malformed JSON" );
  QTest::newRow( "invalid-utf8" ) << QByteArray( "{\"type\":\"incident\",\"title\":\"\xD0\xD2\xB8\"}" ) << QStringLiteral( "malformed JSON" );
  QTest::newRow( "array-not-object" ) << QByteArray( "[1,2]" ) << QStringLiteral( "one JSON object" );
  QTest::newRow( "type-missing" ) << QByteArray( R"({"id":"r1"})" ) << QStringLiteral( "field \"type\" is missing" );
  QTest::newRow( "type-unknown" ) << QByteArray( R"({"type":"complaint"})" ) << QStringLiteral( "type \"complaint\" is unknown" );
  QTest::newRow( "id-missing" ) << QByteArray( R"({"type":"incident","category":"sanitation"})" ) << QStringLiteral( "field \"id\" is missing" );
  QTest::newRow( "id-number" ) << QByteArray( R"({"type":"incident","id":17})" ) << QStringLiteral( "field \"id\" must be a text" );
  QTest::newRow( "id-blank" ) << QByteArray( R"({"type":"incident","id":"  "})" ) << QStringLiteral( "field \"id\" is empty" );
  QTest::newRow( "category-unknown" ) << QByteArray( R"({"type":"incident","id":"r1","category":"sanitaton"})" ) << QStringLiteral( "category \"sanitaton\" is unknown" );
  QTest::newRow( "source-unknown" ) << QByteArray( R"({"type":"incident","id":"r1","category":"sanitation","source":"weibo"})" ) << QStringLiteral( "source \"weibo\" is unknown" );
  QTest::newRow( "lon-missing" ) << QByteArray( "{" + incident + R"(,"lat":29.61})" ) << QStringLiteral( "field \"lon\" is missing" );
  QTest::newRow( "lat-quoted" ) << QByteArray( "{" + incident + R"(,"lon":111.88,"lat":"29.61"})" ) << QStringLiteral( "must be numbers" );
  QTest::newRow( "outside-subdistrict" ) << QByteArray( "{" + incident + R"(,"lon":116.40,"lat":39.91})" ) << QStringLiteral( "outside the subdistrict" );
  QTest::newRow( "lat-lon-swapped" ) << QByteArray( "{" + incident + R"(,"lon":29.61,"lat":111.88})" ) << QStringLiteral( "look swapped" );
  QTest::newRow( "zero-zero" ) << QByteArray( "{" + incident + R"(,"lon":0,"lat":0})" ) << QStringLiteral( "outside the subdistrict" );
  QTest::newRow( "crs-unknown" ) << QByteArray( "{" + incident + R"(,"lon":111.88,"lat":29.61,"crs":"epsg:3857"})" ) << QStringLiteral( "crs \"epsg:3857\" is unknown" );
  QTest::newRow( "time-missing" ) << QByteArray( R"({"type":"incident","id":"r1","category":"sanitation","source":"hotline","lon":111.88,"lat":29.61})" ) << QStringLiteral( "field \"time\" is missing" );
  QTest::newRow( "time-invalid" ) << QByteArray( R"({"type":"incident","id":"r1","category":"sanitation","source":"hotline","lon":111.88,"lat":29.61,"time":"2026-02-30T08:00:00Z"})" ) << QStringLiteral( "time \"2026-02-30T08:00:00Z\" is invalid" );
  QTest::newRow( "priority-5" ) << QByteArray( "{" + incident + R"(,"lon":111.88,"lat":29.61,"priority":5})" ) << QStringLiteral( "priority 5 is invalid" );
  QTest::newRow( "priority-quoted" ) << QByteArray( "{" + incident + R"(,"lon":111.88,"lat":29.61,"priority":"2"})" ) << QStringLiteral( "field \"priority\" must be a number without quotes" );
  QTest::newRow( "priority-fraction" ) << QByteArray( "{" + incident + R"(,"lon":111.88,"lat":29.61,"priority":1.5})" ) << QStringLiteral( "priority 1.5 is invalid" );
  QTest::newRow( "title-too-long" ) << QByteArray( "{" + incident + R"(,"lon":111.88,"lat":29.61,"title":")" + QByteArray( 201, 'x' ) + "\"}" ) << QStringLiteral( "field \"title\" is too long" );
  QTest::newRow( "alarm-with-name" ) << QByteArray( "{" + alarm + R"(,"name":"张三"})" ) << QStringLiteral( "field \"name\" is not allowed" );
  QTest::newRow( "alarm-with-face-image" ) << QByteArray( "{" + alarm + R"(,"face_image":"f.jpg"})" ) << QStringLiteral( "field \"face_image\" is not allowed" );
  QTest::newRow( "alarm-with-id-number" ) << QByteArray( "{" + alarm + R"(,"id_number":"32058419790623012X"})" ) << QStringLiteral( "field \"id_number\" is not allowed" );
  QTest::newRow( "alarm-with-phone" ) << QByteArray( "{" + alarm + R"(,"reporter_phone":"13800000000"})" ) << QStringLiteral( "field \"reporter_phone\" is not allowed" );
  QTest::newRow( "alarm-kind-not-detectable" ) << QByteArray( R"({"type":"alarm","id":"d1","kind":"dispute_family","source":"drone"})" ) << QStringLiteral( "alarm kind \"dispute_family\" is unknown" );
  QTest::newRow( "alarm-source-hotline" ) << QByteArray( R"({"type":"alarm","id":"d1","kind":"fire_smoke","source":"hotline"})" ) << QStringLiteral( "alarm source \"hotline\" is unknown" );
  QTest::newRow( "alarm-zone-missing" ) << QByteArray( R"({"type":"alarm","id":"d1","kind":"fire_smoke","source":"drone"})" ) << QStringLiteral( "field \"zone\" is missing" );
  QTest::newRow( "alarm-evidence-escapes-folder" ) << QByteArray( "{" + alarm + R"(,"evidence":"media/../../etc/passwd"})" ) << QStringLiteral( "evidence \"media/../../etc/passwd\" is invalid" );
  QTest::newRow( "alarm-evidence-absolute" ) << QByteArray( "{" + alarm + R"(,"evidence":"/etc/passwd"})" ) << QStringLiteral( "evidence \"/etc/passwd\" is invalid" );
  QTest::newRow( "camera-id-short" ) << QByteArray( R"({"type":"camera_status","device_id":"4307810000132","online":true,"time":"2026-12-04T08:00:00Z"})" ) << QStringLiteral( "exactly 20 digits" );
  QTest::newRow( "camera-online-missing" ) << QByteArray( R"({"type":"camera_status","device_id":"43078100001320000012","time":"2026-12-04T08:00:00Z"})" ) << QStringLiteral( "field \"online\" is missing" );
  QTest::newRow( "camera-online-quoted" ) << QByteArray( R"({"type":"camera_status","device_id":"43078100001320000012","online":"false","time":"2026-12-04T08:00:00Z"})" ) << QStringLiteral( "true or false" );
  QTest::newRow( "staff-id-missing" ) << QByteArray( R"({"type":"staff_position","lon":111.9,"lat":29.62,"time":"2026-12-04T08:00:00Z"})" ) << QStringLiteral( "field \"staff_id\" is missing" );
  QTest::newRow( "staff-id-zero" ) << QByteArray( R"({"type":"staff_position","staff_id":0,"lon":111.9,"lat":29.62,"time":"2026-12-04T08:00:00Z"})" ) << QStringLiteral( "staff_id 0 is invalid" );
  QTest::newRow( "staff-id-quoted" ) << QByteArray( R"({"type":"staff_position","staff_id":"12","lon":111.9,"lat":29.62,"time":"2026-12-04T08:00:00Z"})" ) << QStringLiteral( "field \"staff_id\" must be a number without quotes" );
}

void TestGwIntakeParser::badLine()
{
  QFETCH( QByteArray, line );
  QFETCH( QString, expectedInMessage );

  GwIntakeEvent event;
  QString error;
  QVERIFY( !GwIntakeParser( SUBDISTRICT ).parse( line, 7, event, &error ) );
  QVERIFY2( error.startsWith( QStringLiteral( "Line 7: " ) ), qPrintable( error ) );
  QVERIFY2( error.contains( expectedInMessage ), qPrintable( error ) );
}

void TestGwIntakeParser::badLineLeavesEventUnchanged()
{
  GwIntakeEvent event;
  event.clientId = QStringLiteral( "before" );
  QVERIFY( !parseLine( R"({"type":"incident","id":"r1","category":"sanitaton"})", event ) );
  QCOMPARE( event.clientId, QStringLiteral( "before" ) );
}

void TestGwIntakeParser::contentHash()
{
  const GwIntakeParser parser( SUBDISTRICT );
  GwIntakeEvent first;
  GwIntakeEvent again;
  GwIntakeEvent sameInstantInUtc;
  GwIntakeEvent otherTitle;
  QVERIFY( parser.parse( VALID_INCIDENT, 1, first, nullptr ) );
  QVERIFY( parser.parse( " \xEF\xBB\xBF" + VALID_INCIDENT + "\r", 900, again, nullptr ) );

  QByteArray utcLine = VALID_INCIDENT;
  utcLine.replace( "2026-12-04T08:00:00+08:00", "2026-12-04T00:00:00.000Z" );
  QVERIFY( parser.parse( utcLine, 2, sameInstantInUtc, nullptr ) );

  QByteArray otherTitleLine = VALID_INCIDENT;
  otherTitleLine.replace( "垃圾堆放", "垃圾清运" );
  QVERIFY( parser.parse( otherTitleLine, 3, otherTitle, nullptr ) );

  // The line number and the way a time is written are not content; the title is.
  QCOMPARE( again.contentHash, first.contentHash );
  QCOMPARE( sameInstantInUtc.contentHash, first.contentHash );
  QVERIFY( otherTitle.contentHash != first.contentHash );
}

QTEST_GUILESS_MAIN( TestGwIntakeParser )
#include "test_intakeparser.moc"
