// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwtextdecoder.h"

#include <QTest>

Q_DECLARE_METATYPE( GwTextDecoder::Encoding )

using Encoding = GwTextDecoder::Encoding;

class TestGwTextDecoder : public QObject
{
    Q_OBJECT

  private slots:
    void detect_data();
    void detect();
    void explicitEncoding_data();
    void explicitEncoding();
    void unknownEncodingName();
    void invalidUtf8Sequences_data();
    void invalidUtf8Sequences();
    void encodingNames_data();
    void encodingNames();
};

void TestGwTextDecoder::detect_data()
{
  QTest::addColumn<QByteArray>( "bytes" );
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<Encoding>( "encoding" );
  QTest::addColumn<bool>( "hadByteOrderMark" );
  QTest::addColumn<int>( "invalidSequences" );

  QTest::newRow( "utf8-bom" ) << QByteArray( "\xEF\xBB\xBF\xE7\xBA\xAC\xE5\xBA\xA6" ) << QStringLiteral( "纬度" ) << Encoding::Utf8 << true << 0;
  QTest::newRow( "utf16le-bom" ) << QByteArray( "\xFF\xFE\xAC\x7E\xA6\x5E", 6 ) << QStringLiteral( "纬度" ) << Encoding::Utf16LE << true << 0;
  QTest::newRow( "utf16be-bom" ) << QByteArray( "\xFE\xFF\x7E\xAC\x5E\xA6", 6 ) << QStringLiteral( "纬度" ) << Encoding::Utf16BE << true << 0;
  QTest::newRow( "utf16le-surrogate-pair" ) << QByteArray( "\xFF\xFE\x42\xD8\xB7\xDF", 6 ) << QStringLiteral( "𠮷" ) << Encoding::Utf16LE << true << 0;
  QTest::newRow( "utf16le-odd-byte-count" ) << QByteArray( "\xFF\xFE\x41\x00\x42", 5 ) << QStringLiteral( "A\uFFFD" ) << Encoding::Utf16LE << true << 1;
  QTest::newRow( "utf8-no-bom" ) << QByteArray( "\xE7\xBA\xAC\xE5\xBA\xA6" ) << QStringLiteral( "纬度" ) << Encoding::Utf8 << false << 0;
  QTest::newRow( "ascii-only" ) << QByteArray( "lon,lat\n" ) << QStringLiteral( "lon,lat\n" ) << Encoding::Utf8 << false << 0;
  QTest::newRow( "empty" ) << QByteArray() << QString() << Encoding::Utf8 << false << 0;
  QTest::newRow( "utf8-keeps-nul" ) << QByteArray( "a\0b", 3 ) << QString( QStringLiteral( "a" ) + QChar( 0 ) + QStringLiteral( "b" ) ) << Encoding::Utf8 << false << 0;

  // GBK bytes of 幸福小区 from a shapefile attribute; never ÐÒ¸£Ð¡Çø.
  QTest::newRow( "gbk-bytes" ) << QByteArray( "\xD0\xD2\xB8\xA3\xD0\xA1\xC7\xF8" ) << QStringLiteral( "幸福小区" ) << Encoding::Gb18030 << false << 0;

  // 𠮷 (U+20BB7) needs a GB18030 four-byte sequence; GBK has no code for it.
  QTest::newRow( "gb18030-four-byte" ) << QByteArray( "\xD5\xC5\x95\x34\xB2\x35" ) << QStringLiteral( "张𠮷" ) << Encoding::Gb18030 << false << 0;

  // GB18030 encodes U+FEFF as 84 31 95 33; it must not become part of the text.
  QTest::newRow( "gb18030-bom" ) << QByteArray( "\x84\x31\x95\x33\xD0\xD2" ) << QStringLiteral( "幸" ) << Encoding::Gb18030 << true << 0;

  QTest::newRow( "gb18030-invalid-byte" ) << QByteArray( "\xD0\xD2\xFF," ) << QStringLiteral( "幸\uFFFD," ) << Encoding::Gb18030 << false << 1;
  QTest::newRow( "gb18030-truncated-at-end" ) << QByteArray( "\xD0\xD2\xB8" ) << QStringLiteral( "幸\uFFFD" ) << Encoding::Gb18030 << false << 1;
}

void TestGwTextDecoder::detect()
{
  QFETCH( QByteArray, bytes );
  QFETCH( QString, text );
  QFETCH( Encoding, encoding );
  QFETCH( bool, hadByteOrderMark );
  QFETCH( int, invalidSequences );

  const GwTextDecoder::Result result = GwTextDecoder::decode( bytes );
  QVERIFY2( result.ok(), qPrintable( result.error ) );
  QCOMPARE( result.text, text );
  QCOMPARE( result.encoding, encoding );
  QCOMPARE( result.hadByteOrderMark, hadByteOrderMark );
  QCOMPARE( result.invalidSequences, invalidSequences );
}

void TestGwTextDecoder::explicitEncoding_data()
{
  QTest::addColumn<QByteArray>( "bytes" );
  QTest::addColumn<QString>( "encodingName" );
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<Encoding>( "encoding" );
  QTest::addColumn<int>( "invalidSequences" );

  // The UTF-8 bytes of 地址 are also valid GBK (鍦板潃). Detection picks UTF-8, and a
  // user can still choose GBK.
  const QByteArray addressUtf8( "\xE5\x9C\xB0\xE5\x9D\x80" );
  QTest::newRow( "detected" ) << addressUtf8 << QString() << QStringLiteral( "地址" ) << Encoding::Utf8 << 0;
  QTest::newRow( "user-picks-gbk" ) << addressUtf8 << QStringLiteral( "GBK" ) << QStringLiteral( "鍦板潃" ) << Encoding::Gb18030 << 0;
  QTest::newRow( "user-picks-gb2312-lower-case" ) << addressUtf8 << QStringLiteral( "gb2312" ) << QStringLiteral( "鍦板潃" ) << Encoding::Gb18030 << 0;

  // A wrong choice is obeyed, and the damage is counted.
  QTest::newRow( "user-picks-utf8-for-gbk" ) << QByteArray( "\xD0\xD2" ) << QStringLiteral( "UTF-8" ) << QStringLiteral( "\uFFFD\uFFFD" ) << Encoding::Utf8 << 2;

  // A byte order mark of the chosen encoding is still removed.
  QTest::newRow( "utf8-bom-with-utf8-choice" ) << QByteArray( "\xEF\xBB\xBFid" ) << QStringLiteral( "utf8" ) << QStringLiteral( "id" ) << Encoding::Utf8 << 0;
  QTest::newRow( "utf16be-choice-without-bom" ) << QByteArray( "\x7E\xAC", 2 ) << QStringLiteral( "UTF-16BE" ) << QStringLiteral( "纬" ) << Encoding::Utf16BE << 0;
}

void TestGwTextDecoder::explicitEncoding()
{
  QFETCH( QByteArray, bytes );
  QFETCH( QString, encodingName );
  QFETCH( QString, text );
  QFETCH( Encoding, encoding );
  QFETCH( int, invalidSequences );

  const GwTextDecoder::Result result = GwTextDecoder::decode( bytes, encodingName );
  QVERIFY2( result.ok(), qPrintable( result.error ) );
  QCOMPARE( result.text, text );
  QCOMPARE( result.encoding, encoding );
  QCOMPARE( result.invalidSequences, invalidSequences );
}

void TestGwTextDecoder::unknownEncodingName()
{
  const GwTextDecoder::Result result = GwTextDecoder::decode( QByteArray( "abc" ), QStringLiteral( "Big5" ) );
  QVERIFY( !result.ok() );
  QCOMPARE( result.encoding, Encoding::Unknown );
  QVERIFY( result.text.isEmpty() );
  QVERIFY2( result.error.contains( QLatin1String( "Big5" ) ), qPrintable( result.error ) );
}

void TestGwTextDecoder::invalidUtf8Sequences_data()
{
  QTest::addColumn<QByteArray>( "bytes" );
  QTest::addColumn<int>( "invalid" );

  // Valid byte ranges from RFC 3629, section 4. Invalid input counts one sequence per
  // U+FFFD that the WHATWG Encoding Standard's UTF-8 decoder emits for it.
  QTest::newRow( "ascii" ) << QByteArray( "abc" ) << 0;
  QTest::newRow( "two-byte" ) << QByteArray( "\xC3\xA9" ) << 0;
  QTest::newRow( "four-byte" ) << QByteArray( "\xF0\xA0\xAE\xB7" ) << 0;
  QTest::newRow( "max-code-point" ) << QByteArray( "\xF4\x8F\xBF\xBF" ) << 0;
  QTest::newRow( "overlong-slash" ) << QByteArray( "\xC0\xAF" ) << 2;
  QTest::newRow( "overlong-three-byte" ) << QByteArray( "\xE0\x80\xAF" ) << 3;
  QTest::newRow( "surrogate" ) << QByteArray( "\xED\xA0\x80" ) << 3;
  QTest::newRow( "above-10ffff" ) << QByteArray( "\xF4\x90\x80\x80" ) << 4;
  QTest::newRow( "truncated-at-end" ) << QByteArray( "a\xE4\xB8" ) << 1;
  QTest::newRow( "lone-continuation" ) << QByteArray( "\x80\x61" ) << 1;
  QTest::newRow( "gbk-pair" ) << QByteArray( "\xD0\xD2" ) << 2;
}

void TestGwTextDecoder::invalidUtf8Sequences()
{
  QFETCH( QByteArray, bytes );
  QFETCH( int, invalid );

  QCOMPARE( GwTextDecoder::invalidUtf8Sequences( bytes ), invalid );
}

void TestGwTextDecoder::encodingNames_data()
{
  QTest::addColumn<QString>( "name" );
  QTest::addColumn<Encoding>( "encoding" );
  QTest::addColumn<QString>( "canonicalName" );

  QTest::newRow( "utf-8" ) << QStringLiteral( "UTF-8" ) << Encoding::Utf8 << QStringLiteral( "UTF-8" );
  QTest::newRow( "gb18030" ) << QStringLiteral( "GB18030" ) << Encoding::Gb18030 << QStringLiteral( "GB18030" );
  QTest::newRow( "gbk-decodes-as-gb18030" ) << QStringLiteral( " gbk " ) << Encoding::Gb18030 << QStringLiteral( "GB18030" );
  QTest::newRow( "cp936" ) << QStringLiteral( "CP936" ) << Encoding::Gb18030 << QStringLiteral( "GB18030" );
  QTest::newRow( "utf-16le" ) << QStringLiteral( "utf-16le" ) << Encoding::Utf16LE << QStringLiteral( "UTF-16LE" );
  QTest::newRow( "big5-unsupported" ) << QStringLiteral( "Big5" ) << Encoding::Unknown << QString();
}

void TestGwTextDecoder::encodingNames()
{
  QFETCH( QString, name );
  QFETCH( Encoding, encoding );
  QFETCH( QString, canonicalName );

  QCOMPARE( GwTextDecoder::encodingForName( name ), encoding );
  QCOMPARE( GwTextDecoder::encodingName( encoding ), canonicalName );
}

QTEST_GUILESS_MAIN( TestGwTextDecoder )
#include "test_textdecoder.moc"
