// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwcsvreader.h"

#include <QTest>

Q_DECLARE_METATYPE( GwTextDecoder::Encoding )

namespace
{
  QString testDataPath( const QString &name )
  {
    return QStringLiteral( GW_SOURCE_DIR "/tests/data/" ) + name;
  }

  QString issueText( const GwCsvReader &reader )
  {
    QStringList messages;
    for ( const GwCsvReader::Issue &issue : reader.issues() )
      messages.append( issue.message );
    return messages.join( QLatin1Char( '\n' ) );
  }
}

class TestGwCsvReader : public QObject
{
    Q_OBJECT

  private slots:
    void excelGb18030WithoutBom();
    void utf8BomBeforeFirstColumn();
    void rfc4180_data();
    void rfc4180();
    void wrongFieldCountSkipsRowOnly();
    void unclosedQuote();
    void duplicateColumnName();
    void missingFile();
    void emptyInput();
    void tabDelimiter();
    void coordinateColumns_data();
    void coordinateColumns();
};

void TestGwCsvReader::excelGb18030WithoutBom()
{
  GwCsvReader reader;
  QVERIFY2( reader.readFile( testDataPath( QStringLiteral( "csv-gb18030-no-bom-excel.csv" ) ) ), qPrintable( issueText( reader ) ) );
  QVERIFY2( reader.issues().isEmpty(), qPrintable( issueText( reader ) ) );
  QCOMPARE( reader.encoding(), GwTextDecoder::Encoding::Gb18030 );

  const QStringList expectedColumns = {
    QStringLiteral( "姓名" ),
    QStringLiteral( "身份证号" ),
    QStringLiteral( "楼栋" ),
    QStringLiteral( "单元" ),
    QStringLiteral( "房号" ),
  };
  QCOMPARE( reader.columnNames(), expectedColumns );
  for ( int i = 0; i < expectedColumns.size(); ++i )
    QCOMPARE( reader.columnIndex( expectedColumns.at( i ) ), i );

  QCOMPARE( reader.records().size(), 2 );
  const GwCsvReader::Record &first = reader.records().at( 0 );
  QCOMPARE( first.line, 2 );
  QCOMPARE( first.fields.at( 0 ), QStringLiteral( "张𠮷" ) );
  QCOMPARE( first.fields.at( 1 ), QStringLiteral( "32058419790623012X" ) );
  QCOMPARE( first.fields.at( 4 ), QStringLiteral( "501" ) );
  QCOMPARE( reader.records().at( 1 ).fields.at( 0 ), QStringLiteral( "李幸福" ) );
}

void TestGwCsvReader::utf8BomBeforeFirstColumn()
{
  GwCsvReader reader;
  QVERIFY2( reader.readFile( testDataPath( QStringLiteral( "csv-utf8-bom-first-column.csv" ) ) ), qPrintable( issueText( reader ) ) );
  QCOMPARE( reader.encoding(), GwTextDecoder::Encoding::Utf8 );

  const QString firstName = reader.columnNames().value( 0 );
  QCOMPARE( firstName, QStringLiteral( "纬度" ) );
  QCOMPARE( firstName.size(), 2 );
  QCOMPARE( reader.columnIndex( QStringLiteral( "纬度" ) ), 0 );
  QCOMPARE( GwCsvReader::latitudeColumn( reader.columnNames() ), 0 );
  QCOMPARE( GwCsvReader::longitudeColumn( reader.columnNames() ), 1 );
  QCOMPARE( reader.records().size(), 2 );
  QCOMPARE( reader.records().at( 0 ).fields.at( 0 ), QStringLiteral( "29.6102" ) );
}

void TestGwCsvReader::rfc4180_data()
{
  QTest::addColumn<QByteArray>( "data" );
  QTest::addColumn<QStringList>( "columns" );
  QTest::addColumn<QList<QStringList>>( "rows" );
  QTest::addColumn<QList<int>>( "lines" );

  const QStringList ab = { QStringLiteral( "a" ), QStringLiteral( "b" ) };

  QTest::newRow( "lf" ) << QByteArray( "a,b\n1,2\n3,4\n" ) << ab
                        << QList<QStringList>{ { QStringLiteral( "1" ), QStringLiteral( "2" ) }, { QStringLiteral( "3" ), QStringLiteral( "4" ) } }
                        << QList<int>{ 2, 3 };
  QTest::newRow( "crlf" ) << QByteArray( "a,b\r\n1,2\r\n3,4\r\n" ) << ab
                          << QList<QStringList>{ { QStringLiteral( "1" ), QStringLiteral( "2" ) }, { QStringLiteral( "3" ), QStringLiteral( "4" ) } }
                          << QList<int>{ 2, 3 };
  QTest::newRow( "lone-cr" ) << QByteArray( "a,b\r1,2\r" ) << ab
                             << QList<QStringList>{ { QStringLiteral( "1" ), QStringLiteral( "2" ) } }
                             << QList<int>{ 2 };
  QTest::newRow( "no-final-line-break" ) << QByteArray( "a,b\n1,2" ) << ab
                                         << QList<QStringList>{ { QStringLiteral( "1" ), QStringLiteral( "2" ) } }
                                         << QList<int>{ 2 };
  QTest::newRow( "trailing-empty-lines" ) << QByteArray( "a,b\n1,2\n\n\n" ) << ab
                                          << QList<QStringList>{ { QStringLiteral( "1" ), QStringLiteral( "2" ) } }
                                          << QList<int>{ 2 };
  QTest::newRow( "blank-line-between-rows" ) << QByteArray( "a,b\n1,2\n\n3,4\n" ) << ab
                                             << QList<QStringList>{ { QStringLiteral( "1" ), QStringLiteral( "2" ) }, { QStringLiteral( "3" ), QStringLiteral( "4" ) } }
                                             << QList<int>{ 2, 4 };
  QTest::newRow( "quoted-comma" ) << QByteArray( "a,b\n\"6,2\",x\n" ) << ab
                                  << QList<QStringList>{ { QStringLiteral( "6,2" ), QStringLiteral( "x" ) } }
                                  << QList<int>{ 2 };
  QTest::newRow( "doubled-quotes" ) << QByteArray( "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n" ) << ab
                                    << QList<QStringList>{ { QStringLiteral( "say \"hi\"" ), QStringLiteral( "\"" ) } }
                                    << QList<int>{ 2 };
  QTest::newRow( "embedded-line-breaks" ) << QByteArray( "a,b\r\n\"line 1\r\nline 2\nline 3\",x\r\n5,6\r\n" ) << ab
                                          << QList<QStringList>{ { QStringLiteral( "line 1\r\nline 2\nline 3" ), QStringLiteral( "x" ) }, { QStringLiteral( "5" ), QStringLiteral( "6" ) } }
                                          << QList<int>{ 2, 5 };
  QTest::newRow( "empty-fields" ) << QByteArray( "a,b\n,\n\"\",\"\"\n" ) << ab
                                  << QList<QStringList>{ { QString(), QString() }, { QString(), QString() } }
                                  << QList<int>{ 2, 3 };
  QTest::newRow( "quote-inside-unquoted-field" ) << QByteArray( "a,b\n6\"2,x\n" ) << ab
                                                 << QList<QStringList>{ { QStringLiteral( "6\"2" ), QStringLiteral( "x" ) } }
                                                 << QList<int>{ 2 };
  QTest::newRow( "header-names-trimmed" ) << QByteArray( " a , b\t\n1,2\n" ) << ab
                                          << QList<QStringList>{ { QStringLiteral( "1" ), QStringLiteral( "2" ) } }
                                          << QList<int>{ 2 };
  QTest::newRow( "values-keep-spaces" ) << QByteArray( "a,b\n 1 ,2\n" ) << ab
                                        << QList<QStringList>{ { QStringLiteral( " 1 " ), QStringLiteral( "2" ) } }
                                        << QList<int>{ 2 };
  QTest::newRow( "leading-blank-line" ) << QByteArray( "\na,b\n1,2\n" ) << ab
                                        << QList<QStringList>{ { QStringLiteral( "1" ), QStringLiteral( "2" ) } }
                                        << QList<int>{ 3 };
}

void TestGwCsvReader::rfc4180()
{
  QFETCH( QByteArray, data );
  QFETCH( QStringList, columns );
  QFETCH( QList<QStringList>, rows );
  QFETCH( QList<int>, lines );

  GwCsvReader reader;
  QVERIFY2( reader.readData( data, QStringLiteral( "test.csv" ) ), qPrintable( issueText( reader ) ) );
  QVERIFY2( reader.issues().isEmpty(), qPrintable( issueText( reader ) ) );
  QCOMPARE( reader.columnNames(), columns );
  QCOMPARE( reader.records().size(), rows.size() );
  for ( int i = 0; i < rows.size(); ++i )
  {
    QCOMPARE( reader.records().at( i ).fields, rows.at( i ) );
    QCOMPARE( reader.records().at( i ).line, lines.at( i ) );
  }
}

void TestGwCsvReader::wrongFieldCountSkipsRowOnly()
{
  const QByteArray data( "name,building,unit\n幸福小区,6,2\n幸福小区,7\n幸福小区,8,1,extra\n幸福小区,9,3\n" );

  GwCsvReader reader;
  QVERIFY( reader.readData( data, QStringLiteral( "residents.csv" ) ) );

  QCOMPARE( reader.records().size(), 2 );
  QCOMPARE( reader.records().at( 0 ).line, 2 );
  QCOMPARE( reader.records().at( 1 ).line, 5 );
  QCOMPARE( reader.records().at( 1 ).fields.at( 1 ), QStringLiteral( "9" ) );

  QCOMPARE( reader.issues().size(), 2 );
  const GwCsvReader::Issue &tooFew = reader.issues().at( 0 );
  QCOMPARE( tooFew.line, 3 );
  QVERIFY2( tooFew.message.contains( QLatin1String( "residents.csv" ) ), qPrintable( tooFew.message ) );
  QVERIFY2( tooFew.message.contains( QLatin1String( "line 3" ) ), qPrintable( tooFew.message ) );
  QVERIFY2( tooFew.message.contains( QLatin1String( "has 2 field" ) ), qPrintable( tooFew.message ) );
  QVERIFY2( tooFew.message.contains( QLatin1String( "3 columns" ) ), qPrintable( tooFew.message ) );
  QCOMPARE( reader.issues().at( 1 ).line, 4 );
}

void TestGwCsvReader::unclosedQuote()
{
  GwCsvReader reader;
  QVERIFY( reader.readData( QByteArray( "a,b\n1,2\n\"open,3\n4,5\n" ), QStringLiteral( "broken.csv" ) ) );

  QCOMPARE( reader.records().size(), 1 );
  QCOMPARE( reader.issues().size(), 1 );
  QCOMPARE( reader.issues().at( 0 ).line, 3 );
  QVERIFY2( reader.issues().at( 0 ).message.contains( QLatin1String( "not closed" ) ), qPrintable( reader.issues().at( 0 ).message ) );
}

void TestGwCsvReader::duplicateColumnName()
{
  GwCsvReader reader;
  QVERIFY( reader.readData( QByteArray( "id,name,name\n1,a,b\n" ), QStringLiteral( "dup.csv" ) ) );

  QCOMPARE( reader.columnIndex( QStringLiteral( "name" ) ), 1 );
  QCOMPARE( reader.records().size(), 1 );
  QCOMPARE( reader.issues().size(), 1 );
  QCOMPARE( reader.issues().at( 0 ).line, 1 );
}

void TestGwCsvReader::missingFile()
{
  GwCsvReader reader;
  const QString path = testDataPath( QStringLiteral( "no-such-file.csv" ) );
  QVERIFY( !reader.readFile( path ) );
  QCOMPARE( reader.issues().size(), 1 );
  QVERIFY2( reader.issues().at( 0 ).message.contains( path ), qPrintable( reader.issues().at( 0 ).message ) );
}

void TestGwCsvReader::emptyInput()
{
  GwCsvReader reader;
  QVERIFY( !reader.readData( QByteArray( "\r\n\r\n" ), QStringLiteral( "empty.csv" ) ) );
  QVERIFY( reader.columnNames().isEmpty() );
  QCOMPARE( reader.issues().size(), 1 );
  QVERIFY2( reader.issues().at( 0 ).message.contains( QLatin1String( "empty.csv" ) ), qPrintable( reader.issues().at( 0 ).message ) );
}

void TestGwCsvReader::tabDelimiter()
{
  GwCsvReader reader;
  reader.setDelimiter( QLatin1Char( '\t' ) );
  QVERIFY( reader.readData( QByteArray( "lon\tlat\n111.88\t29.61\n" ), QStringLiteral( "points.tsv" ) ) );
  QCOMPARE( reader.columnNames(), QStringList( { QStringLiteral( "lon" ), QStringLiteral( "lat" ) } ) );
  QCOMPARE( reader.records().at( 0 ).fields, QStringList( { QStringLiteral( "111.88" ), QStringLiteral( "29.61" ) } ) );
}

void TestGwCsvReader::coordinateColumns_data()
{
  QTest::addColumn<QStringList>( "columns" );
  QTest::addColumn<int>( "longitude" );
  QTest::addColumn<int>( "latitude" );

  QTest::newRow( "chinese" ) << QStringList{ QStringLiteral( "名称" ), QStringLiteral( "经度" ), QStringLiteral( "纬度" ) } << 1 << 2;
  QTest::newRow( "latitude-first" ) << QStringList{ QStringLiteral( "纬度" ), QStringLiteral( "经度" ) } << 1 << 0;
  QTest::newRow( "upper-case-short" ) << QStringList{ QStringLiteral( "LON" ), QStringLiteral( "LAT" ) } << 0 << 1;
  QTest::newRow( "long-names" ) << QStringList{ QStringLiteral( "Latitude" ), QStringLiteral( "Longitude" ) } << 1 << 0;
  QTest::newRow( "lng" ) << QStringList{ QStringLiteral( "lng" ), QStringLiteral( "lat" ) } << 0 << 1;
  QTest::newRow( "x-y" ) << QStringList{ QStringLiteral( "X" ), QStringLiteral( "Y" ) } << 0 << 1;
  QTest::newRow( "lon-preferred-over-x" ) << QStringList{ QStringLiteral( "x" ), QStringLiteral( "y" ), QStringLiteral( "lon" ), QStringLiteral( "lat" ) } << 2 << 3;
  QTest::newRow( "unit-in-brackets" ) << QStringList{ QStringLiteral( "经度(°)" ), QStringLiteral( "纬度（度）" ) } << 0 << 1;
  QTest::newRow( "spaces-around" ) << QStringList{ QStringLiteral( " lon " ), QStringLiteral( "lat " ) } << 0 << 1;
  QTest::newRow( "none" ) << QStringList{ QStringLiteral( "名称" ), QStringLiteral( "地址" ) } << -1 << -1;
  QTest::newRow( "no-partial-match" ) << QStringList{ QStringLiteral( "longitude_gcj" ), QStringLiteral( "latency" ) } << -1 << -1;
}

void TestGwCsvReader::coordinateColumns()
{
  QFETCH( QStringList, columns );
  QFETCH( int, longitude );
  QFETCH( int, latitude );

  QCOMPARE( GwCsvReader::longitudeColumn( columns ), longitude );
  QCOMPARE( GwCsvReader::latitudeColumn( columns ), latitude );
}

QTEST_GUILESS_MAIN( TestGwCsvReader )
#include "test_csvreader.moc"
