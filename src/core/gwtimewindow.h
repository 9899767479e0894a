// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

/**
 * Time rules of the product: times are stored in UTC and shown in Asia/Shanghai, and
 * every time window is half-open (start included, end excluded), so that an event at
 * exactly 08:00:00 belongs to the 08:00 frame only.
 */
class GwTimeWindow
{
  public:
    //! Asia/Shanghai; fixed UTC+8 if the tz database lacks it
    static QTimeZone displayZone();

    //! Start (UTC) of the frame of frameSeconds that contains utc, frames aligned to local midnight.
    //! Returns an invalid QDateTime when \a utc is invalid or \a frameSeconds is not positive.
    static QDateTime frameStart( const QDateTime &utc, int frameSeconds );

    //! Half-open: start <= t < end.
    static bool contains( const QDateTime &startUtc, const QDateTime &endUtc, const QDateTime &tUtc );

    //! "yyyy-MM-dd HH:mm:ss" in Asia/Shanghai.
    static QString localText( const QDateTime &utc );

    //! UTC ISO text with ms and Z, as the store writes times.
    static QString storeText( const QDateTime &utc );

    //! Parses ISO 8601 with Z or an offset; text without an offset is Asia/Shanghai local time.
    //! Returns a UTC QDateTime, or an invalid one when \a text is not a valid time.
    static QDateTime parse( const QString &text );
};
