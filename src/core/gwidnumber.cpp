// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwidnumber.h"

namespace
{
  constexpr int ID_LENGTH = 18;
  constexpr int DATE_OFFSET = 6;
  constexpr int SEQUENCE_OFFSET = 14;
  constexpr int MIN_BIRTH_YEAR = 1900;

  // ISO 7064 MOD 11-2 weights are 2^(17 - i) mod 11 for the digit at index i.
  constexpr int CHECK_WEIGHTS[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  constexpr char CHECK_CHARACTERS[] = "10X98765432";

  bool isAsciiDigit( QChar c )
  {
    return c >= QLatin1Char( '0' ) && c <= QLatin1Char( '9' );
  }

  // Returns the index of the first character that may not appear at its position, or -1.
  int firstInvalidCharacter( const QString &id )
  {
    for ( int i = 0; i < id.size(); ++i )
    {
      const QChar c = id.at( i );
      const bool isLast = i == id.size() - 1;
      if ( !isAsciiDigit( c ) && !( isLast && c == QLatin1Char( 'X' ) ) )
        return i;
    }
    return -1;
  }
}

QString GwIdNumber::normalise( const QString &id )
{
  QString result = id.trimmed();
  for ( QChar &c : result )
  {
    // U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E.
    if ( c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E )
      c = QChar( c.unicode() - 0xFEE0 );
    if ( c == QLatin1Char( 'x' ) )
      c = QLatin1Char( 'X' );
  }
  return result;
}

QChar GwIdNumber::checkCharacter( const QString &first17 )
{
  if ( first17.size() != 17 )
    return QChar();

  int sum = 0;
  for ( int i = 0; i < 17; ++i )
  {
    const QChar c = first17.at( i );
    if ( !isAsciiDigit( c ) )
      return QChar();
    sum += ( c.unicode() - '0' ) * CHECK_WEIGHTS[i];
  }
  return QLatin1Char( CHECK_CHARACTERS[sum % 11] );
}

QString GwIdNumber::masked( const QString &id )
{
  constexpr int shownHead = 6;
  constexpr int shownTail = 4;
  if ( id.size() <= shownHead + shownTail )
    return QString( id.size(), QLatin1Char( '*' ) );

  return id.left( shownHead ) + QString( id.size() - shownHead - shownTail, QLatin1Char( '*' ) ) + id.right( shownTail );
}

GwIdNumber::Result GwIdNumber::validate( const QString &id, const QDate &today )
{
  Result result;
  result.normalised = normalise( id );
  const QString &number = result.normalised;
  const QString maskedNumber = masked( number );

  if ( number.isEmpty() )
  {
    result.error = Error::Empty;
    result.message = tr( "The ID number is empty." );
    return result;
  }

  if ( number.size() != ID_LENGTH )
  {
    result.error = Error::Length;
    result.message = tr( "The ID number %1 has %n character(s); it must have 18.", nullptr, number.size() ).arg( maskedNumber );
    return result;
  }

  const int invalidAt = firstInvalidCharacter( number );
  if ( invalidAt >= 0 )
  {
    result.error = Error::Characters;
    result.message = tr( "The ID number %1 has an invalid character at position %2; only digits are allowed, and X as the last character." )
                       .arg( maskedNumber )
                       .arg( invalidAt + 1 );
    return result;
  }

  const QString datePart = number.mid( DATE_OFFSET, 8 );
  const QDate birthDate = QDate::fromString( datePart, QStringLiteral( "yyyyMMdd" ) );
  if ( !birthDate.isValid() )
  {
    result.error = Error::Date;
    result.message = tr( "The ID number %1 has the birth date %2, which is not a valid calendar date." ).arg( maskedNumber, datePart );
    return result;
  }
  result.birthDate = birthDate;
  if ( birthDate.year() < MIN_BIRTH_YEAR )
  {
    result.error = Error::Date;
    result.message = tr( "The ID number %1 has the birth date %2, which is before 1900." ).arg( maskedNumber, datePart );
    return result;
  }
  if ( today.isValid() && birthDate > today )
  {
    result.error = Error::Date;
    result.message = tr( "The ID number %1 has the birth date %2, which is in the future." ).arg( maskedNumber, datePart );
    return result;
  }

  const QChar expected = checkCharacter( number.left( 17 ) );
  const QChar actual = number.at( 17 );
  if ( actual != expected )
  {
    result.error = Error::Checksum;
    result.message = tr( "The ID number %1 has the check character %2, but its first 17 digits require %3; the checksum is invalid." )
                       .arg( maskedNumber, QString( actual ), QString( expected ) );
    return result;
  }

  const int sequence = number.mid( SEQUENCE_OFFSET, 3 ).toInt();
  result.sex = sequence % 2 == 1 ? Sex::Male : Sex::Female;
  result.valid = true;
  return result;
}
