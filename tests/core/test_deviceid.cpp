// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwcsvreader.h"
#include "gwdeviceid.h"

#include <QTest>

class TestGwDeviceId : public QObject
{
    Q_OBJECT

  private slots:
    void parseFields_data();
    void parseFields();
    void platformExportParses();
    void invalidIds_data();
    void invalidIds();
    void make_data();
    void make();
    void typeNames();
};

void TestGwDeviceId::parseFields_data()
{
  QTest::addColumn<QString>( "id" );
  QTest::addColumn<QString>( "centre" );
  QTest::addColumn<QString>( "province" );
  QTest::addColumn<QString>( "city" );
  QTest::addColumn<int>( "industry" );
  QTest::addColumn<int>( "type" );
  QTest::addColumn<int>( "network" );
  QTest::addColumn<int>( "serial" );

  // IDs from tests/data/wvp_testenv_2022_device_channel.csv (wvp-GB28181-pro test database).
  QTest::newRow( "camera-channel" ) << QStringLiteral( "34020000001310000001" ) << QStringLiteral( "34020000" ) << QStringLiteral( "34" )
                                    << QStringLiteral( "02" ) << 0 << 131 << 0 << 1;
  QTest::newRow( "nvr-channel-65" ) << QStringLiteral( "34020000001310000065" ) << QStringLiteral( "34020000" ) << QStringLiteral( "34" )
                                    << QStringLiteral( "02" ) << 0 << 131 << 0 << 65;
  QTest::newRow( "ip-camera" ) << QStringLiteral( "34020000001320000001" ) << QStringLiteral( "34020000" ) << QStringLiteral( "34" )
                               << QStringLiteral( "02" ) << 0 << 132 << 0 << 1;
  QTest::newRow( "nvr-as-signalling-server" ) << QStringLiteral( "34020000002000000005" ) << QStringLiteral( "34020000" ) << QStringLiteral( "34" )
                                              << QStringLiteral( "02" ) << 0 << 200 << 0 << 5;
  QTest::newRow( "dvr-guangzhou" ) << QStringLiteral( "44010000001110008008" ) << QStringLiteral( "44010000" ) << QStringLiteral( "44" )
                                   << QStringLiteral( "01" ) << 0 << 111 << 0 << 8008;

  // Built by hand for 津市市 (GB/T 2260 code 430781), district level, industry 05.
  QTest::newRow( "all-fields-distinct" ) << QStringLiteral( "43078102051325123456" ) << QStringLiteral( "43078102" ) << QStringLiteral( "43" )
                                         << QStringLiteral( "07" ) << 5 << 132 << 5 << 123456;
}

void TestGwDeviceId::parseFields()
{
  QFETCH( QString, id );
  QFETCH( QString, centre );
  QFETCH( QString, province );
  QFETCH( QString, city );
  QFETCH( int, industry );
  QFETCH( int, type );
  QFETCH( int, network );
  QFETCH( int, serial );

  const GwDeviceId::Parts parts = GwDeviceId::parse( id );
  QVERIFY2( parts.valid, qPrintable( parts.error ) );
  QVERIFY( parts.error.isEmpty() );
  QCOMPARE( parts.centreCode, centre );
  QCOMPARE( parts.provinceCode, province );
  QCOMPARE( parts.cityCode, city );
  QCOMPARE( parts.districtCode, centre.mid( 4, 2 ) );
  QCOMPARE( parts.grassRootsCode, centre.mid( 6, 2 ) );
  QCOMPARE( parts.industry, industry );
  QCOMPARE( parts.type, type );
  QCOMPARE( parts.network, network );
  QCOMPARE( parts.serial, serial );
  QCOMPARE( GwDeviceId::make( parts.centreCode, parts.industry, parts.type, parts.network, parts.serial ), id );
}

void TestGwDeviceId::platformExportParses()
{
  GwCsvReader reader;
  QVERIFY( reader.readFile( QStringLiteral( GW_SOURCE_DIR "/tests/data/wvp_testenv_2022_device_channel.csv" ) ) );
  const int channelColumn = reader.columnIndex( QStringLiteral( "channelId" ) );
  const int deviceColumn = reader.columnIndex( QStringLiteral( "deviceId" ) );
  QVERIFY( channelColumn >= 0 );
  QVERIFY( deviceColumn >= 0 );
  QCOMPARE( reader.records().size(), 4 );

  for ( const GwCsvReader::Record &record : reader.records() )
  {
    const QString channelId = record.fields.at( channelColumn );
    const QString deviceId = record.fields.at( deviceColumn );
    QVERIFY2( GwDeviceId::isValid( channelId ), qPrintable( channelId ) );
    QVERIFY2( GwDeviceId::isValid( deviceId ), qPrintable( deviceId ) );

    // Channels in this export are cameras (131, 132).
    const int type = GwDeviceId::parse( channelId ).type;
    QVERIFY2( type == GwDeviceId::Camera || type == GwDeviceId::IpCamera, qPrintable( channelId ) );
  }
}

void TestGwDeviceId::invalidIds_data()
{
  QTest::addColumn<QString>( "id" );

  QTest::newRow( "empty" ) << QString();
  QTest::newRow( "19-digits" ) << QStringLiteral( "3402000000131000000" );
  QTest::newRow( "21-digits" ) << QStringLiteral( "340200000013100000011" );
  QTest::newRow( "letter" ) << QStringLiteral( "3402000000131000000A" );
  QTest::newRow( "full-width-digit" ) << QStringLiteral( "3402000000131000000１" );
  QTest::newRow( "inner-space" ) << QStringLiteral( "34020000 01310000001" );
}

void TestGwDeviceId::invalidIds()
{
  QFETCH( QString, id );

  QVERIFY( !GwDeviceId::isValid( id ) );
  const GwDeviceId::Parts parts = GwDeviceId::parse( id );
  QVERIFY( !parts.valid );
  QVERIFY( !parts.error.isEmpty() );
  QVERIFY( parts.centreCode.isEmpty() );
  QCOMPARE( parts.type, 0 );
}

void TestGwDeviceId::make_data()
{
  QTest::addColumn<QString>( "civilCode" );
  QTest::addColumn<int>( "industry" );
  QTest::addColumn<int>( "type" );
  QTest::addColumn<int>( "network" );
  QTest::addColumn<int>( "serial" );
  QTest::addColumn<QString>( "expected" );

  QTest::newRow( "zero-padded" ) << QStringLiteral( "43078100" ) << 0 << 132 << 0 << 1 << QStringLiteral( "43078100001320000001" );
  QTest::newRow( "maximum-fields" ) << QStringLiteral( "43078100" ) << 99 << 999 << 9 << 999999 << QStringLiteral( "43078100999999999999" );
  QTest::newRow( "short-civil-code" ) << QStringLiteral( "430781" ) << 0 << 132 << 0 << 1 << QString();
  QTest::newRow( "civil-code-letter" ) << QStringLiteral( "4307810A" ) << 0 << 132 << 0 << 1 << QString();
  QTest::newRow( "industry-100" ) << QStringLiteral( "43078100" ) << 100 << 132 << 0 << 1 << QString();
  QTest::newRow( "type-1000" ) << QStringLiteral( "43078100" ) << 0 << 1000 << 0 << 1 << QString();
  QTest::newRow( "network-10" ) << QStringLiteral( "43078100" ) << 0 << 132 << 10 << 1 << QString();
  QTest::newRow( "serial-negative" ) << QStringLiteral( "43078100" ) << 0 << 132 << 0 << -1 << QString();
  QTest::newRow( "serial-seven-digits" ) << QStringLiteral( "43078100" ) << 0 << 132 << 0 << 1000000 << QString();
}

void TestGwDeviceId::make()
{
  QFETCH( QString, civilCode );
  QFETCH( int, industry );
  QFETCH( int, type );
  QFETCH( int, network );
  QFETCH( int, serial );
  QFETCH( QString, expected );

  QCOMPARE( GwDeviceId::make( civilCode, industry, type, network, serial ), expected );
}

void TestGwDeviceId::typeNames()
{
  QVERIFY( !GwDeviceId::typeName( GwDeviceId::Camera ).isEmpty() );
  QVERIFY( !GwDeviceId::typeName( GwDeviceId::IpCamera ).isEmpty() );
  QVERIFY( !GwDeviceId::typeName( GwDeviceId::Nvr ).isEmpty() );
  QVERIFY( GwDeviceId::typeName( 999 ).isEmpty() );
}

QTEST_GUILESS_MAIN( TestGwDeviceId )
#include "test_deviceid.moc"
