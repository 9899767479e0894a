// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwtimewindow.h"

#include <QRegularExpression>

namespace
{
  const qint64 SECONDS_PER_DAY = 86400;

  // Floor division, so that times before the reference still fall into the frame that
  // starts before them.
  qint64 floorDivide( qint64 value, qint64 divisor )
  {
    const qint64 quotient = value / divisor;
    return ( value % divisor != 0 && ( value < 0 ) != ( divisor < 0 ) ) ? quotient - 1 : quotient;
  }
}

QTimeZone GwTimeWindow::displayZone()
{
  static const QTimeZone zone = []() {
    const QTimeZone shanghai( QByteArrayLiteral( "Asia/Shanghai" ) );
    // China has kept UTC+8 without daylight saving since 1991, so the fixed offset
    // gives the same local times for every date the product handles.
    return shanghai.isValid() ? shanghai : QTimeZone( 8 * 3600 );
  }();
  return zone;
}

QDateTime GwTimeWindow::frameStart( const QDateTime &utc, int frameSeconds )
{
  if ( !utc.isValid() || frameSeconds <= 0 )
    return QDateTime();

  const QTimeZone zone = displayZone();
  QDateTime reference;
  if ( SECONDS_PER_DAY % frameSeconds == 0 )
  {
    // Frames that divide a day start at the local midnight of utc's own day.
    reference = QDateTime( utc.toTimeZone( zone ).date(), QTime( 0, 0 ), zone );
  }
  else
  {
    // Longer or irregular frames count from a fixed local midnight. 2000-01-03 is a
    // Monday, so 7-day frames run Monday to Sunday.
    reference = QDateTime( QDate( 2000, 1, 3 ), QTime( 0, 0 ), zone );
  }

  const qint64 elapsed = reference.secsTo( utc );
  const qint64 frames = floorDivide( elapsed, frameSeconds );
  return reference.addSecs( frames * frameSeconds ).toUTC();
}

bool GwTimeWindow::contains( const QDateTime &startUtc, const QDateTime &endUtc, const QDateTime &tUtc )
{
  if ( !startUtc.isValid() || !endUtc.isValid() || !tUtc.isValid() )
    return false;
  return startUtc <= tUtc && tUtc < endUtc;
}

QString GwTimeWindow::localText( const QDateTime &utc )
{
  if ( !utc.isValid() )
    return QString();
  return utc.toTimeZone( displayZone() ).toString( QStringLiteral( "yyyy-MM-dd HH:mm:ss" ) );
}

QString GwTimeWindow::storeText( const QDateTime &utc )
{
  if ( !utc.isValid() )
    return QString();
  return utc.toUTC().toString( Qt::ISODateWithMs );
}

QDateTime GwTimeWindow::parse( const QString &text )
{
  // Qt's ISO parser also accepts other separators, such as 2026/12/04, so the shape is
  // checked first. A date alone is rejected because it gives no time of day,
  // and a space in place of T is accepted because exports often write it.
  static const QRegularExpression shape( QStringLiteral(
    "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)?$" ) );

  QString iso = text.trimmed();
  if ( !shape.match( iso ).hasMatch() )
    return QDateTime();
  iso[10] = QLatin1Char( 'T' );

  const QDateTime parsed = QDateTime::fromString( iso, Qt::ISODateWithMs );
  if ( !parsed.isValid() )
    return QDateTime();

  if ( parsed.timeSpec() == Qt::LocalTime )
  {
    // No Z and no offset: the machine's own zone must not decide, so read it as the
    // display zone, where people write down times.
    const QDateTime local( parsed.date(), parsed.time(), displayZone() );
    return local.isValid() ? local.toUTC() : QDateTime();
  }
  return parsed.toUTC();
}
