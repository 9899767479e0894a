// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwaddressparser.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

namespace
{
  // Development split of the NAACL 2019 "Neural Chinese Address Parsing" corpus (Li, Lu,
  // Xie, Li): one character or digit run per line with a BIO label, a blank line after
  // each address. It states no licence, so it is read in place and never copied here.
  const QString ADDRESS_CORPUS = QStringLiteral( GW_SOURCE_DIR "/../shared/data/address/naacl2019_addr_dev.txt" );

  // Measured 269 of 280 (96.1 %) with this parser; the floor leaves room for small
  // trade-offs in the rules without letting a real regression through.
  constexpr double MIN_CORPUS_AGREEMENT = 0.94;

  struct LabelledAddress
  {
    QString text;
    QString building;
    QString unit;
    QString room;
  };

  // Reduces a corpus label such as 12号楼, 八单元, 1102室 or c16栋 to the parser's form.
  QString labelNumber( const QString &label )
  {
    static const QRegularExpression suffixes( QStringLiteral( "号楼|栋|幢|座|单元|单|室|号|房|户|#|楼" ) );
    QString number = GwAddressParser::normalise( label );
    number.remove( suffixes );
    const QString converted = GwAddressParser::chineseNumeralToDigits( number );
    return converted.isEmpty() ? number.toUpper() : converted;
  }

  // Returns the addresses whose building (houseno), unit (cellno) and room (roomno) are all labelled.
  QVector<LabelledAddress> readLabelledAddresses( QFile &file )
  {
    QVector<LabelledAddress> addresses;
    QTextStream stream( &file );
#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
    stream.setCodec( "UTF-8" );
#endif

    QString text;
    QMap<QString, QString> spans;
    auto finishAddress = [&]() {
      const QString building = spans.value( QStringLiteral( "houseno" ) );
      const QString unit = spans.value( QStringLiteral( "cellno" ) );
      const QString room = spans.value( QStringLiteral( "roomno" ) );
      if ( !text.isEmpty() && !building.isEmpty() && !unit.isEmpty() && !room.isEmpty() )
        addresses.append( { text, labelNumber( building ), labelNumber( unit ), labelNumber( room ) } );
      text.clear();
      spans.clear();
    };

    while ( !stream.atEnd() )
    {
      const QString line = stream.readLine();
      if ( line.trimmed().isEmpty() )
      {
        finishAddress();
        continue;
      }

      const int separator = line.lastIndexOf( QLatin1Char( ' ' ) );
      QString token = line.left( separator );
      const QString label = line.mid( separator + 1 );
      // The corpus writes the spaces of the original address as _.
      if ( token == QLatin1String( "_" ) )
        token = QStringLiteral( " " );
      text += token;
      if ( label != QLatin1String( "O" ) )
        spans[label.mid( 2 )] += token;
    }
    finishAddress();
    return addresses;
  }
}

class TestGwAddressParser : public QObject
{
    Q_OBJECT

  private slots:
    void dashAndFullWidthVariants_data();
    void dashAndFullWidthVariants();
    void parts_data();
    void parts();
    void normalise_data();
    void normalise();
    void normalisedKey_data();
    void normalisedKey();
    void chineseNumerals_data();
    void chineseNumerals();
    void corpusBuildingUnitRoom();
};

void TestGwAddressParser::dashAndFullWidthVariants_data()
{
  QTest::addColumn<QString>( "address" );

  // Each spelling means compound 六里桥小区, building 6, unit 2, room 501.
  QTest::newRow( "full-width-digits" ) << QStringLiteral( "六里桥小区６号楼２单元５０１室" );
  QTest::newRow( "full-width-hyphen-minus" ) << QStringLiteral( "六里桥小区６－２－５０１" );
  QTest::newRow( "em-dash" ) << QStringLiteral( "六里桥小区6—2—501" );
  QTest::newRow( "en-dash" ) << QStringLiteral( "六里桥小区6–2–501" );
  QTest::newRow( "hyphen" ) << QStringLiteral( "六里桥小区6‐2‐501" );
  QTest::newRow( "minus-sign" ) << QStringLiteral( "六里桥小区6−2−501" );
  QTest::newRow( "small-hyphen-minus" ) << QStringLiteral( "六里桥小区6﹣2﹣501" );
  QTest::newRow( "two-em-dash" ) << QStringLiteral( "六里桥小区6⸺2⸺501" );
  QTest::newRow( "double-hyphen" ) << QStringLiteral( "六里桥小区6--2--501" );
  QTest::newRow( "ime-yi-as-dash" ) << QStringLiteral( "六里桥小区6一2一501" );
  QTest::newRow( "spaces" ) << QStringLiteral( "六里桥小区 6 2 501" );
  QTest::newRow( "chinese-numerals" ) << QStringLiteral( "六里桥小区六号楼二单元五〇一室" );
  QTest::newRow( "dong-and-room-suffix" ) << QStringLiteral( "六里桥小区6栋2单元501号" );
  QTest::newRow( "building-then-dash" ) << QStringLiteral( "六里桥小区6栋2-501" );
  QTest::newRow( "ideographic-space" ) << QStringLiteral( "\u3000六里桥小区　6幢 2单元 501室 " );
}

void TestGwAddressParser::dashAndFullWidthVariants()
{
  QFETCH( QString, address );

  const GwAddressParser::Address parsed = GwAddressParser::parse( address );
  QCOMPARE( parsed.compound, QStringLiteral( "六里桥小区" ) );
  QCOMPARE( parsed.building, QStringLiteral( "6" ) );
  QCOMPARE( parsed.unit, QStringLiteral( "2" ) );
  QCOMPARE( parsed.room, QStringLiteral( "501" ) );
  QVERIFY( parsed.floor.isEmpty() );
  QVERIFY( parsed.remainder.isEmpty() );
}

void TestGwAddressParser::parts_data()
{
  QTest::addColumn<QString>( "address" );
  // province|city|district|subdistrict|community|road|roadNumber|compound|building|unit|floor|room|remainder
  QTest::addColumn<QString>( "expected" );

  // All addresses here are made up for the test.
  QTest::newRow( "all-levels" ) << QStringLiteral( "湖南省常德市津市市汪家桥街道城东社区建设路88号幸福小区3栋1单元602室" )
                                << QStringLiteral( "湖南省|常德市|津市市|汪家桥街道|城东社区|建设路|88号|幸福小区|3|1||602|" );
  QTest::newRow( "divisions-separated-by-dashes" ) << QStringLiteral( "湖南省-常德市-津市市幸福小区6-2-501" )
                                                   << QStringLiteral( "湖南省|常德市|津市市|||||幸福小区|6|2||501|" );
  QTest::newRow( "divisions-separated-by-spaces" ) << QStringLiteral( "湖南省 常德市 津市市 汪家桥街道 幸福小区 3栋" )
                                                   << QStringLiteral( "湖南省|常德市|津市市|汪家桥街道||||幸福小区|3||||" );
  QTest::newRow( "repeated-divisions" ) << QStringLiteral( "湖南省常德市湖南省常德市津市市幸福小区3栋" )
                                        << QStringLiteral( "湖南省|常德市|津市市|||||幸福小区|3||||" );
  QTest::newRow( "road-inside-compound-name" ) << QStringLiteral( "解放路小区5栋3单元201" )
                                               << QStringLiteral( "|||||||解放路小区|5|3||201|" );
  QTest::newRow( "street-inside-compound-name" ) << QStringLiteral( "汪家桥街道红街公寓2栋" )
                                                 << QStringLiteral( "|||汪家桥街道||||红街公寓|2||||" );
  QTest::newRow( "market-not-a-city" ) << QStringLiteral( "城东市场B区12号" )
                                       << QStringLiteral( "|||||||城东市场B区12号|||||" );
  QTest::newRow( "numbered-compound-name" ) << QStringLiteral( "建设新村2区15-3-402" )
                                            << QStringLiteral( "|||||||建设新村2区|15|3||402|" );
  QTest::newRow( "building-unit-floor-room" ) << QStringLiteral( "幸福小区2-6-5-502" )
                                              << QStringLiteral( "|||||||幸福小区|2|6|5|502|" );
  QTest::newRow( "building-room-dash" ) << QStringLiteral( "幸福小区6-501" )
                                        << QStringLiteral( "|||||||幸福小区|6|||501|" );
  QTest::newRow( "floor-and-room" ) << QStringLiteral( "东湖小区6号楼5层501" )
                                    << QStringLiteral( "|||||||东湖小区|6||5|501|" );
  QTest::newRow( "floor-in-chinese" ) << QStringLiteral( "东湖小区6号楼五层" )
                                      << QStringLiteral( "|||||||东湖小区|6||5||" );
  QTest::newRow( "letter-building" ) << QStringLiteral( "澹津广场a座12层1203室" )
                                     << QStringLiteral( "|||||||澹津广场|A||12|1203|" );
  QTest::newRow( "letter-and-digits-building" ) << QStringLiteral( "澹津花园b12栋2单元301" )
                                                << QStringLiteral( "|||||||澹津花园|B12|2||301|" );
  QTest::newRow( "digit-before-chinese-unit" ) << QStringLiteral( "青松苑18五单元302室" )
                                               << QStringLiteral( "|||||||青松苑|18|5||302|" );
  QTest::newRow( "unit-by-side" ) << QStringLiteral( "幸福小区3栋西单元201" )
                                  << QStringLiteral( "|||||||幸福小区|3|西||201|" );
  QTest::newRow( "short-unit-suffix" ) << QStringLiteral( "幸福小区二栋一单302" )
                                       << QStringLiteral( "|||||||幸福小区|2|1||302|" );
  QTest::newRow( "room-in-chinese-at-end" ) << QStringLiteral( "幸福小区3栋3单元六" )
                                            << QStringLiteral( "|||||||幸福小区|3|3||6|" );
  QTest::newRow( "lane-then-house" ) << QStringLiteral( "长安路8弄12号302" )
                                     << QStringLiteral( "|||||长安路|8弄||12|||302|" );
  QTest::newRow( "road-number-then-building" ) << QStringLiteral( "建设路88号3栋2单元501" )
                                               << QStringLiteral( "|||||建设路|88号||3|2||501|" );
  QTest::newRow( "road-number-then-dash-form" ) << QStringLiteral( "建设路88号7-4-352" )
                                                << QStringLiteral( "|||||建设路|88号||7|4||352|" );
  QTest::newRow( "road-number-then-floor" ) << QStringLiteral( "建设路88号2楼" )
                                            << QStringLiteral( "|||||建设路|88号||||2||" );
  QTest::newRow( "village-house-number" ) << QStringLiteral( "汪家桥街道城东村128号" )
                                          << QStringLiteral( "|||汪家桥街道|城东村||128号||||||" );
  QTest::newRow( "new-village-is-compound" ) << QStringLiteral( "汪家桥新村5栋" )
                                             << QStringLiteral( "|||||||汪家桥新村|5||||" );
  QTest::newRow( "shop-after-room" ) << QStringLiteral( "幸福小区3栋1单元602室张记小卖部" )
                                     << QStringLiteral( "|||||||幸福小区|3|1||602|张记小卖部" );
  QTest::newRow( "no-numbers" ) << QStringLiteral( "津市市六里桥小区" )
                                << QStringLiteral( "|津市市||||||六里桥小区|||||" );
  QTest::newRow( "empty" ) << QString() << QStringLiteral( "||||||||||||" );
}

void TestGwAddressParser::parts()
{
  QFETCH( QString, address );
  QFETCH( QString, expected );

  const GwAddressParser::Address parsed = GwAddressParser::parse( address );
  const QStringList actual = {
    parsed.province,
    parsed.city,
    parsed.district,
    parsed.subdistrict,
    parsed.community,
    parsed.road,
    parsed.roadNumber,
    parsed.compound,
    parsed.building,
    parsed.unit,
    parsed.floor,
    parsed.room,
    parsed.remainder,
  };
  QCOMPARE( actual.join( QLatin1Char( '|' ) ), expected );
}

void TestGwAddressParser::normalise_data()
{
  QTest::addColumn<QString>( "input" );
  QTest::addColumn<QString>( "expected" );

  QTest::newRow( "numeral-inside-name-kept" ) << QStringLiteral( "六里桥小区" ) << QStringLiteral( "六里桥小区" );
  QTest::newRow( "building-numeral" ) << QStringLiteral( "六里桥小区六号楼" ) << QStringLiteral( "六里桥小区6号楼" );
  QTest::newRow( "place-name-with-hao-kept" ) << QStringLiteral( "二号桥菜市场" ) << QStringLiteral( "二号桥菜市场" );
  QTest::newRow( "road-number-kept" ) << QStringLiteral( "中山路三号" ) << QStringLiteral( "中山路三号" );
  QTest::newRow( "floor-after-building" ) << QStringLiteral( "6号楼五层五〇一室" ) << QStringLiteral( "6号楼5层501室" );
  QTest::newRow( "tens" ) << QStringLiteral( "十二栋二十一单元" ) << QStringLiteral( "12栋21单元" );
  QTest::newRow( "digit-before-numeral" ) << QStringLiteral( "18五单元" ) << QStringLiteral( "18-5单元" );
  QTest::newRow( "full-width-letters-punctuation" ) << QStringLiteral( "Ａ座（东门）１２＃" ) << QStringLiteral( "A座(东门)12#" );
  QTest::newRow( "dash-family" ) << QStringLiteral( "1‐2‑3‒4–5—6―7−8﹣9－0⸺1⸻2" ) << QStringLiteral( "1-2-3-4-5-6-7-8-9-0-1-2" );
  QTest::newRow( "ime-yi-between-digits" ) << QStringLiteral( "12一3一402" ) << QStringLiteral( "12-3-402" );
  QTest::newRow( "yi-in-name-kept" ) << QStringLiteral( "一心小区" ) << QStringLiteral( "一心小区" );
  QTest::newRow( "spaces-collapsed" ) << QStringLiteral( "  幸福\u3000\u3000小区 \t 6栋 " ) << QStringLiteral( "幸福 小区 6栋" );
}

void TestGwAddressParser::normalise()
{
  QFETCH( QString, input );
  QFETCH( QString, expected );

  QCOMPARE( GwAddressParser::normalise( input ), expected );
}

void TestGwAddressParser::normalisedKey_data()
{
  QTest::addColumn<QString>( "address" );
  QTest::addColumn<QString>( "key" );

  QTest::newRow( "full-width" ) << QStringLiteral( "六里桥小区６号楼２单元５０１室" ) << QStringLiteral( "六里桥小区6栋2单元501室" );
  QTest::newRow( "dash-form" ) << QStringLiteral( "六里桥小区６－２－５０１" ) << QStringLiteral( "六里桥小区6栋2单元501室" );
  QTest::newRow( "with-divisions" ) << QStringLiteral( "津市市汪家桥街道六里桥小区6幢2单元501" ) << QStringLiteral( "六里桥小区6栋2单元501室" );
  QTest::newRow( "with-floor" ) << QStringLiteral( "东湖小区a座5层501" ) << QStringLiteral( "东湖小区A栋5层501室" );
  QTest::newRow( "road-when-no-compound" ) << QStringLiteral( "建设路88号3栋" ) << QStringLiteral( "建设路88号3栋" );
}

void TestGwAddressParser::normalisedKey()
{
  QFETCH( QString, address );
  QFETCH( QString, key );

  QCOMPARE( GwAddressParser::parse( address ).normalised(), key );
}

void TestGwAddressParser::chineseNumerals_data()
{
  QTest::addColumn<QString>( "numeral" );
  QTest::addColumn<QString>( "digits" );

  QTest::newRow( "one" ) << QStringLiteral( "一" ) << QStringLiteral( "1" );
  QTest::newRow( "liang" ) << QStringLiteral( "两" ) << QStringLiteral( "2" );
  QTest::newRow( "ten" ) << QStringLiteral( "十" ) << QStringLiteral( "10" );
  QTest::newRow( "twelve" ) << QStringLiteral( "十二" ) << QStringLiteral( "12" );
  QTest::newRow( "twenty" ) << QStringLiteral( "二十" ) << QStringLiteral( "20" );
  QTest::newRow( "twenty-one" ) << QStringLiteral( "二十一" ) << QStringLiteral( "21" );
  QTest::newRow( "one-hundred-one" ) << QStringLiteral( "一百零一" ) << QStringLiteral( "101" );
  QTest::newRow( "one-thousand-fifty" ) << QStringLiteral( "一千零五十" ) << QStringLiteral( "1050" );
  QTest::newRow( "digit-by-digit" ) << QStringLiteral( "五〇一" ) << QStringLiteral( "501" );
  QTest::newRow( "digit-by-digit-ling" ) << QStringLiteral( "一零二" ) << QStringLiteral( "102" );
  QTest::newRow( "not-a-numeral" ) << QStringLiteral( "六里" ) << QString();
  QTest::newRow( "empty" ) << QString() << QString();
}

void TestGwAddressParser::chineseNumerals()
{
  QFETCH( QString, numeral );
  QFETCH( QString, digits );

  QCOMPARE( GwAddressParser::chineseNumeralToDigits( numeral ), digits );
}

void TestGwAddressParser::corpusBuildingUnitRoom()
{
  QFile file( ADDRESS_CORPUS );
  if ( !file.open( QIODevice::ReadOnly | QIODevice::Text ) )
    QSKIP( qPrintable( QStringLiteral( "Address corpus not found at %1; it states no licence, so tests/data has no copy." ).arg( ADDRESS_CORPUS ) ) );

  const QVector<LabelledAddress> addresses = readLabelledAddresses( file );
  // The development split has 280 addresses with all three parts labelled.
  QVERIFY2( addresses.size() > 200, qPrintable( QString::number( addresses.size() ) ) );

  int agreeing = 0;
  for ( const LabelledAddress &labelled : addresses )
  {
    const GwAddressParser::Address parsed = GwAddressParser::parse( labelled.text );
    if ( parsed.building == labelled.building && parsed.unit == labelled.unit && parsed.room == labelled.room )
      ++agreeing;
    else
      qDebug().noquote() << labelled.text << "expected" << labelled.building << labelled.unit << labelled.room
                         << "parsed" << parsed.building << parsed.unit << parsed.room;
  }

  const double agreement = static_cast<double>( agreeing ) / addresses.size();
  qInfo().noquote() << QStringLiteral( "Building, unit and room agree with the corpus labels for %1 of %2 addresses (%3 %)." )
                         .arg( agreeing )
                         .arg( addresses.size() )
                         .arg( agreement * 100.0, 0, 'f', 1 );
  QVERIFY2( agreement >= MIN_CORPUS_AGREEMENT, qPrintable( QString::number( agreement ) ) );
}

QTEST_GUILESS_MAIN( TestGwAddressParser )
#include "test_addressparser.moc"
