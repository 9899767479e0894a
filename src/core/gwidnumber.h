// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * Validation of 18-character resident ID numbers (公民身份号码, GB 11643-1999).
 *
 * The layout is a 6-digit administrative region code, the birth date as YYYYMMDD, a
 * 3-digit sequence number (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character, which is a digit or X.
 *
 * ID numbers are personal information: show them through masked() unless the user's
 * role allows revealing them.
 */
class GwIdNumber
{
    Q_DECLARE_TR_FUNCTIONS( GwIdNumber )

  public:
    //! The first problem found, checked in the order listed.
    enum class Error
    {
      None,
      Empty,      //!< nothing but white space
      Length,     //!< not 18 characters after normalisation
      Characters, //!< a character other than a digit, or than a digit or X at the end
      Date,       //!< the birth date is not a calendar date, is before 1900 or in the future
      Checksum,   //!< the check character does not match the first 17 digits
    };

    enum class Sex
    {
      Unknown,
      Male,
      Female,
    };

    //! Result of validate().
    struct Result
    {
      bool valid = false;

      //! Input with full-width characters made ASCII, white space trimmed and x upper-cased.
      QString normalised;

      //! Birth date, set when the date part is a valid date.
      QDate birthDate;

      //! Sex from the parity of the sequence number, set when the number is valid.
      Sex sex = Sex::Unknown;

      Error error = Error::None;

      //! Translated message that names the masked number and the problem; empty when valid.
      QString message;
    };

    /**
     * Validates \a id against the calendar date of \a today, which bounds the birth date.
     * The surrounding white space (including U+3000), full-width digits and a lower-case
     * or full-width X are accepted and normalised.
     */
    static Result validate( const QString &id, const QDate &today = QDate::currentDate() );

    /**
     * Returns \a id with all but the first 6 and last 4 characters replaced by *, the
     * display form under PIPL. Values of 10 characters or fewer are masked entirely
     * because showing 10 characters of them would show everything.
     */
    static QString masked( const QString &id );

    /**
     * Computes the ISO 7064 MOD 11-2 check character ('0'–'9' or 'X') of the 17-digit
     * \a first17. Returns a null QChar unless \a first17 is exactly 17 ASCII digits.
     */
    static QChar checkCharacter( const QString &first17 );

    //! Converts full-width digits and letters to ASCII, trims white space and upper-cases x.
    static QString normalise( const QString &id );
};
