// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwidnumber.h"

#include <QTest>

Q_DECLARE_METATYPE( GwIdNumber::Error )
Q_DECLARE_METATYPE( GwIdNumber::Sex )

namespace
{
  // A fixed "today", so that rows about future birth dates never change their outcome.
  const QDate TODAY( 2025, 1, 1 );
}

// All ID numbers here are fictional. Their check characters were computed with the
// ISO 7064 MOD 11-2 weights of GB 11643-1999, independently of the code under test.
class TestGwIdNumber : public QObject
{
    Q_OBJECT

  private slots:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void dateErrorMessage_data();
    void dateErrorMessage();
    void checkCharacter_data();
    void checkCharacter();
    void masked_data();
    void masked();
};

void TestGwIdNumber::validNumbers_data()
{
  QTest::addColumn<QString>( "input" );
  QTest::addColumn<QString>( "normalised" );
  QTest::addColumn<QDate>( "birthDate" );
  QTest::addColumn<GwIdNumber::Sex>( "sex" );

  QTest::newRow( "check-x-upper-case" ) << QStringLiteral( "32058419790623012X" ) << QStringLiteral( "32058419790623012X" )
                                        << QDate( 1979, 6, 23 ) << GwIdNumber::Sex::Female;
  QTest::newRow( "check-x-lower-case" ) << QStringLiteral( "32058419790623012x" ) << QStringLiteral( "32058419790623012X" )
                                        << QDate( 1979, 6, 23 ) << GwIdNumber::Sex::Female;
  QTest::newRow( "leap-day-1992" ) << QStringLiteral( "51010719920229108X" ) << QStringLiteral( "51010719920229108X" )
                                   << QDate( 1992, 2, 29 ) << GwIdNumber::Sex::Female;
  QTest::newRow( "odd-sequence-male" ) << QStringLiteral( "430781198805120038" ) << QStringLiteral( "430781198805120038" )
                                       << QDate( 1988, 5, 12 ) << GwIdNumber::Sex::Male;
  QTest::newRow( "year-1900" ) << QStringLiteral( "11010519000101001X" ) << QStringLiteral( "11010519000101001X" )
                               << QDate( 1900, 1, 1 ) << GwIdNumber::Sex::Male;
  QTest::newRow( "full-width-and-spaces" ) << QStringLiteral( "\u3000３２０５８４１９７９０６２３０１２ｘ " ) << QStringLiteral( "32058419790623012X" )
                                           << QDate( 1979, 6, 23 ) << GwIdNumber::Sex::Female;
  QTest::newRow( "full-width-upper-x" ) << QStringLiteral( "32058419790623012Ｘ" ) << QStringLiteral( "32058419790623012X" )
                                        << QDate( 1979, 6, 23 ) << GwIdNumber::Sex::Female;
}

void TestGwIdNumber::validNumbers()
{
  QFETCH( QString, input );
  QFETCH( QString, normalised );
  QFETCH( QDate, birthDate );
  QFETCH( GwIdNumber::Sex, sex );

  const GwIdNumber::Result result = GwIdNumber::validate( input, TODAY );
  QVERIFY2( result.valid, qPrintable( result.message ) );
  QCOMPARE( result.error, GwIdNumber::Error::None );
  QCOMPARE( result.normalised, normalised );
  QCOMPARE( result.birthDate, birthDate );
  QCOMPARE( result.sex, sex );
  QVERIFY( result.message.isEmpty() );
}

void TestGwIdNumber::invalidNumbers_data()
{
  QTest::addColumn<QString>( "input" );
  QTest::addColumn<GwIdNumber::Error>( "error" );

  // 30 February and 29 February 1993 carry correct check characters, so only the
  // date check can reject them.
  QTest::newRow( "february-30" ) << QStringLiteral( "110105199002300167" ) << GwIdNumber::Error::Date;
  QTest::newRow( "february-29-non-leap-year" ) << QStringLiteral( "110105199302290167" ) << GwIdNumber::Error::Date;
  QTest::newRow( "before-1900" ) << QStringLiteral( "110105189912310023" ) << GwIdNumber::Error::Date;
  QTest::newRow( "born-in-future" ) << QStringLiteral( "110105202506010029" ) << GwIdNumber::Error::Date;
  QTest::newRow( "month-13" ) << QStringLiteral( "110105199013010167" ) << GwIdNumber::Error::Date;
  QTest::newRow( "wrong-check-character" ) << QStringLiteral( "320584197906230121" ) << GwIdNumber::Error::Checksum;
  QTest::newRow( "swapped-digits" ) << QStringLiteral( "320584197906230212" ) << GwIdNumber::Error::Checksum;
  QTest::newRow( "empty" ) << QString() << GwIdNumber::Error::Empty;
  QTest::newRow( "only-spaces" ) << QStringLiteral( "  \u3000 " ) << GwIdNumber::Error::Empty;
  QTest::newRow( "17-characters" ) << QStringLiteral( "32058419790623012" ) << GwIdNumber::Error::Length;
  QTest::newRow( "old-15-digit-number" ) << QStringLiteral( "320584790623012" ) << GwIdNumber::Error::Length;
  QTest::newRow( "letter-o-for-zero" ) << QStringLiteral( "3205841979O623012X" ) << GwIdNumber::Error::Characters;
  QTest::newRow( "x-not-last" ) << QStringLiteral( "3205841979062301X2" ) << GwIdNumber::Error::Characters;
  QTest::newRow( "inner-space" ) << QStringLiteral( "320584 1979062301X" ) << GwIdNumber::Error::Characters;
}

void TestGwIdNumber::invalidNumbers()
{
  QFETCH( QString, input );
  QFETCH( GwIdNumber::Error, error );

  const GwIdNumber::Result result = GwIdNumber::validate( input, TODAY );
  QVERIFY( !result.valid );
  QCOMPARE( result.error, error );
  QVERIFY( !result.message.isEmpty() );
  QCOMPARE( result.sex, GwIdNumber::Sex::Unknown );
}

void TestGwIdNumber::dateErrorMessage_data()
{
  QTest::addColumn<QString>( "input" );
  QTest::addColumn<QString>( "datePart" );

  QTest::newRow( "february-30" ) << QStringLiteral( "110105199002300167" ) << QStringLiteral( "19900230" );
  QTest::newRow( "february-29-non-leap-year" ) << QStringLiteral( "110105199302290167" ) << QStringLiteral( "19930229" );
}

void TestGwIdNumber::dateErrorMessage()
{
  QFETCH( QString, input );
  QFETCH( QString, datePart );

  // The message must send the user to the date, not to a typo hunt over the checksum,
  // and must not print the whole number.
  const QString message = GwIdNumber::validate( input, TODAY ).message;
  QVERIFY2( message.contains( QLatin1String( "date" ) ), qPrintable( message ) );
  QVERIFY2( !message.contains( QLatin1String( "check" ), Qt::CaseInsensitive ), qPrintable( message ) );
  QVERIFY2( message.contains( datePart ), qPrintable( message ) );
  QVERIFY2( message.contains( GwIdNumber::masked( input ) ), qPrintable( message ) );
  QVERIFY2( !message.contains( input ), qPrintable( message ) );
}

void TestGwIdNumber::checkCharacter_data()
{
  QTest::addColumn<QString>( "first17" );
  QTest::addColumn<QChar>( "expected" );

  QTest::newRow( "x" ) << QStringLiteral( "32058419790623012" ) << QChar( QLatin1Char( 'X' ) );
  QTest::newRow( "digit" ) << QStringLiteral( "43078119880512003" ) << QChar( QLatin1Char( '8' ) );
  QTest::newRow( "zero-sum-remainder-1" ) << QStringLiteral( "11010519000101001" ) << QChar( QLatin1Char( 'X' ) );
  QTest::newRow( "too-short" ) << QStringLiteral( "4307811988051200" ) << QChar();
  QTest::newRow( "non-digit" ) << QStringLiteral( "4307811988051200A" ) << QChar();
}

void TestGwIdNumber::checkCharacter()
{
  QFETCH( QString, first17 );
  QFETCH( QChar, expected );

  QCOMPARE( GwIdNumber::checkCharacter( first17 ), expected );
}

void TestGwIdNumber::masked_data()
{
  QTest::addColumn<QString>( "input" );
  QTest::addColumn<QString>( "expected" );

  QTest::newRow( "18-characters" ) << QStringLiteral( "32058419790623012X" ) << QStringLiteral( "320584********012X" );
  QTest::newRow( "11-characters" ) << QStringLiteral( "12345678901" ) << QStringLiteral( "123456*8901" );
  QTest::newRow( "10-characters" ) << QStringLiteral( "1234567890" ) << QStringLiteral( "**********" );
  QTest::newRow( "empty" ) << QString() << QString();
}

void TestGwIdNumber::masked()
{
  QFETCH( QString, input );
  QFETCH( QString, expected );

  QCOMPARE( GwIdNumber::masked( input ), expected );
}

QTEST_GUILESS_MAIN( TestGwIdNumber )
#include "test_idnumber.moc"
