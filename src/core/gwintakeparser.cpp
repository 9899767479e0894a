// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwintakeparser.h"

#include "gwchinaoffset.h"
#include "gwdeviceid.h"
#include "gwdomainterms.h"
#include "gwtimewindow.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace
{
  const int MAX_ID_LENGTH = 128;
  const int MAX_TITLE_LENGTH = 200;
  const int MAX_TEXT_LENGTH = 4000;
  const int MAX_PATH_LENGTH = 512;

  // Kinds an automatic detector (drone, camera analytics) can raise.
  const QStringList &alarmKinds()
  {
    static const QStringList kinds = {
      QStringLiteral( "fire_smoke" ), QStringLiteral( "straw_burning" ), QStringLiteral( "dumping" ),
      QStringLiteral( "crowd" ), QStringLiteral( "intrusion" ), QStringLiteral( "camera_offline" ) };
    return kinds;
  }

  const QStringList &alarmSources()
  {
    static const QStringList sources = { QStringLiteral( "drone" ), QStringLiteral( "camera_alarm" ) };
    return sources;
  }

  // Alarms are anonymous detections: a field that names, shows or reaches a person has
  // no place in them. Whole keys first, then words inside snake_case keys.
  bool isPersonIdentifierKey( const QString &key )
  {
    static const QSet<QString> keys = {
      QStringLiteral( "name" ), QStringLiteral( "full_name" ), QStringLiteral( "id_number" ),
      QStringLiteral( "id_card" ), QStringLiteral( "id_no" ), QStringLiteral( "sfzh" ) };
    static const QSet<QString> words = {
      QStringLiteral( "person" ), QStringLiteral( "people" ), QStringLiteral( "face" ),
      QStringLiteral( "faces" ), QStringLiteral( "phone" ), QStringLiteral( "mobile" ),
      QStringLiteral( "telephone" ), QStringLiteral( "idcard" ), QStringLiteral( "resident" ),
      QStringLiteral( "suspect" ), QStringLiteral( "identity" ) };

    const QString lower = key.toLower();
    if ( keys.contains( lower ) )
      return true;
    const QStringList parts = lower.split( QRegularExpression( QStringLiteral( "[^a-z0-9]+" ) ), Qt::SkipEmptyParts );
    for ( const QString &part : parts )
    {
      if ( words.contains( part ) )
        return true;
    }
    return false;
  }

  // Evidence is a path below the media folder; an absolute path or ".." could make a
  // desk open a file outside it.
  bool isSafeRelativePath( const QString &path )
  {
    if ( path.isEmpty() || path.startsWith( QLatin1Char( '/' ) ) || path.startsWith( QLatin1Char( '\\' ) )
         || path.contains( QLatin1Char( ':' ) ) || path.contains( QLatin1Char( '\\' ) ) )
      return false;
    const QStringList parts = path.split( QLatin1Char( '/' ) );
    for ( const QString &part : parts )
    {
      if ( part == QLatin1String( ".." ) )
        return false;
    }
    for ( const QChar c : path )
    {
      if ( c.category() == QChar::Other_Control )
        return false;
    }
    return true;
  }

  // Coordinates in the hash are whole units of 1e-7 degree (about 1 cm), so the same
  // point written with more or fewer decimals, or in another CRS, hashes the same.
  QString hashCoordinate( double degrees )
  {
    return QString::number( std::llround( degrees * 1e7 ) );
  }

  QString contentHash( const GwIntakeEvent &event )
  {
    QJsonObject canonical;
    switch ( event.type )
    {
      case GwIntakeEvent::Type::IncidentReport:
        canonical.insert( QStringLiteral( "type" ), QStringLiteral( "incident" ) );
        break;
      case GwIntakeEvent::Type::Alarm:
        canonical.insert( QStringLiteral( "type" ), QStringLiteral( "alarm" ) );
        break;
      case GwIntakeEvent::Type::CameraStatus:
        canonical.insert( QStringLiteral( "type" ), QStringLiteral( "camera_status" ) );
        break;
      case GwIntakeEvent::Type::StaffPosition:
        canonical.insert( QStringLiteral( "type" ), QStringLiteral( "staff_position" ) );
        break;
    }
    canonical.insert( QStringLiteral( "id" ), event.clientId );
    canonical.insert( QStringLiteral( "category" ), event.category );
    canonical.insert( QStringLiteral( "source" ), event.source );
    canonical.insert( QStringLiteral( "lon" ), hashCoordinate( event.lonLat.x() ) );
    canonical.insert( QStringLiteral( "lat" ), hashCoordinate( event.lonLat.y() ) );
    canonical.insert( QStringLiteral( "time" ), GwTimeWindow::storeText( event.atUtc ) );
    canonical.insert( QStringLiteral( "priority" ), event.priority );
    canonical.insert( QStringLiteral( "title" ), event.title );
    canonical.insert( QStringLiteral( "description" ), event.description );
    canonical.insert( QStringLiteral( "zone" ), event.zone );
    canonical.insert( QStringLiteral( "evidence" ), event.evidence );
    canonical.insert( QStringLiteral( "device_id" ), event.deviceId );
    canonical.insert( QStringLiteral( "online" ), event.online );
    canonical.insert( QStringLiteral( "staff_id" ), QString::number( event.staffId ) );

    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    const QByteArray text = QJsonDocument( canonical ).toJson( QJsonDocument::Compact );
    return QString::fromLatin1( QCryptographicHash::hash( text, QCryptographicHash::Sha256 ).toHex() );
  }
}

GwIntakeParser::GwIntakeParser( const QRectF &subdistrict )
  : mSubdistrict( subdistrict.normalized() )
{
}

bool GwIntakeParser::parse( const QByteArray &line, int lineNumber, GwIntakeEvent &event, QString *error ) const
{
  auto fail = [error, lineNumber]( const QString &problem ) {
    if ( error )
      *error = tr( "Line %1: %2" ).arg( lineNumber ).arg( problem );
    return false;
  };

  QByteArray text = line.trimmed();
  // Editors on Windows start UTF-8 files with a byte order mark.
  if ( text.startsWith( "\xEF\xBB\xBF" ) )
    text = text.mid( 3 ).trimmed();
  if ( text.isEmpty() )
    return fail( tr( "the line is empty. Each line must contain one JSON object." ) );

  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( text, &parseError );
  if ( parseError.error != QJsonParseError::NoError )
    return fail( tr( "malformed JSON at character %1: %2." ).arg( parseError.offset + 1 ).arg( parseError.errorString() ) );
  if ( !document.isObject() )
    return fail( tr( "the line must contain one JSON object, not an array or a value." ) );

  GwIntakeEvent parsed;
  parsed.line = lineNumber;
  const QString problem = readFields( document.object(), parsed );
  if ( !problem.isEmpty() )
    return fail( problem );

  parsed.contentHash = contentHash( parsed );
  event = parsed;
  return true;
}

QString GwIntakeParser::readFields( const QJsonObject &object, GwIntakeEvent &event ) const
{
  // Each reader returns the message of its problem or an empty string, so the checks
  // below read in the order the fields are documented.
  auto requireText = [&object]( const QString &field, int maxLength, QString &value ) -> QString {
    const QJsonValue json = object.value( field );
    if ( json.isUndefined() || json.isNull() )
      return tr( "field \"%1\" is missing." ).arg( field );
    if ( !json.isString() )
      return tr( "field \"%1\" must be a text in double quotes." ).arg( field );
    value = json.toString().trimmed();
    if ( value.isEmpty() )
      return tr( "field \"%1\" is empty." ).arg( field );
    if ( value.size() > maxLength )
      return tr( "field \"%1\" is too long: %2 characters, at most %3 are allowed." ).arg( field ).arg( value.size() ).arg( maxLength );
    return QString();
  };
  auto optionalText = [&object]( const QString &field, int maxLength, QString &value ) -> QString {
    const QJsonValue json = object.value( field );
    if ( json.isUndefined() || json.isNull() )
      return QString();
    if ( !json.isString() )
      return tr( "field \"%1\" must be a text in double quotes." ).arg( field );
    value = json.toString().trimmed();
    if ( value.size() > maxLength )
      return tr( "field \"%1\" is too long: %2 characters, at most %3 are allowed." ).arg( field ).arg( value.size() ).arg( maxLength );
    return QString();
  };
  auto requireTime = [&requireText]( QDateTime &value ) -> QString {
    QString text;
    const QString problem = requireText( QStringLiteral( "time" ), 64, text );
    if ( !problem.isEmpty() )
      return problem;
    value = GwTimeWindow::parse( text );
    if ( !value.isValid() )
      return tr( "time \"%1\" is invalid. Write ISO 8601 with a time of day, such as 2026-12-04T08:00:00+08:00." ).arg( text );
    return QString();
  };
  auto readPriority = [&object]( int &value ) -> QString {
    const QJsonValue json = object.value( QStringLiteral( "priority" ) );
    if ( json.isUndefined() || json.isNull() )
      return QString();
    if ( !json.isDouble() )
      return tr( "field \"%1\" must be a number without quotes." ).arg( QStringLiteral( "priority" ) );
    const double number = json.toDouble( 0 );
    if ( number != std::floor( number ) || number < 1 || number > 4 )
      return tr( "priority %1 is invalid. Use a whole number from 1 (urgent) to 4 (low)." ).arg( json.toVariant().toString() );
    value = static_cast<int>( number );
    return QString();
  };

  QString typeText;
  QString problem = requireText( QStringLiteral( "type" ), 32, typeText );
  if ( !problem.isEmpty() )
    return problem;

  using V = GwDomainTerms::Vocabulary;
  if ( typeText == QLatin1String( "incident" ) )
  {
    event.type = GwIntakeEvent::Type::IncidentReport;
    if ( !( problem = requireText( QStringLiteral( "id" ), MAX_ID_LENGTH, event.clientId ) ).isEmpty() )
      return problem;
    if ( !( problem = requireText( QStringLiteral( "category" ), 64, event.category ) ).isEmpty() )
      return problem;
    if ( !GwDomainTerms::contains( V::IncidentCategory, event.category ) )
      return tr( "category \"%1\" is unknown. Known categories: %2." ).arg( event.category, GwDomainTerms::keys( V::IncidentCategory ).join( QStringLiteral( ", " ) ) );
    if ( !( problem = requireText( QStringLiteral( "source" ), 64, event.source ) ).isEmpty() )
      return problem;
    if ( !GwDomainTerms::contains( V::IncidentSource, event.source ) )
      return tr( "source \"%1\" is unknown. Known sources: %2." ).arg( event.source, GwDomainTerms::keys( V::IncidentSource ).join( QStringLiteral( ", " ) ) );
    if ( !( problem = readPoint( object, event ) ).isEmpty() )
      return problem;
    if ( !( problem = requireTime( event.atUtc ) ).isEmpty() )
      return problem;
    if ( !( problem = readPriority( event.priority ) ).isEmpty() )
      return problem;
    if ( !( problem = optionalText( QStringLiteral( "title" ), MAX_TITLE_LENGTH, event.title ) ).isEmpty() )
      return problem;
    return optionalText( QStringLiteral( "description" ), MAX_TEXT_LENGTH, event.description );
  }

  if ( typeText == QLatin1String( "alarm" ) )
  {
    event.type = GwIntakeEvent::Type::Alarm;
    event.priority = 2;
    // Checked first, so that no person data is echoed back through another message.
    for ( auto it = object.constBegin(); it != object.constEnd(); ++it )
    {
      if ( isPersonIdentifierKey( it.key() ) )
        return tr( "field \"%1\" is not allowed: alarms are anonymous and carry no person identifiers (name, face, phone, ID number)." ).arg( it.key() );
    }
    if ( !( problem = requireText( QStringLiteral( "id" ), MAX_ID_LENGTH, event.clientId ) ).isEmpty() )
      return problem;
    if ( !( problem = requireText( QStringLiteral( "kind" ), 64, event.category ) ).isEmpty() )
      return problem;
    if ( !alarmKinds().contains( event.category ) )
      return tr( "alarm kind \"%1\" is unknown. Known kinds: %2." ).arg( event.category, alarmKinds().join( QStringLiteral( ", " ) ) );
    if ( !( problem = requireText( QStringLiteral( "source" ), 64, event.source ) ).isEmpty() )
      return problem;
    if ( !alarmSources().contains( event.source ) )
      return tr( "alarm source \"%1\" is unknown. Known sources: %2." ).arg( event.source, alarmSources().join( QStringLiteral( ", " ) ) );
    if ( !( problem = requireText( QStringLiteral( "zone" ), MAX_TITLE_LENGTH, event.zone ) ).isEmpty() )
      return problem;
    if ( !( problem = readPoint( object, event ) ).isEmpty() )
      return problem;
    if ( !( problem = requireTime( event.atUtc ) ).isEmpty() )
      return problem;
    if ( !( problem = readPriority( event.priority ) ).isEmpty() )
      return problem;
    if ( !( problem = optionalText( QStringLiteral( "device_id" ), MAX_ID_LENGTH, event.deviceId ) ).isEmpty() )
      return problem;
    if ( !( problem = optionalText( QStringLiteral( "evidence" ), MAX_PATH_LENGTH, event.evidence ) ).isEmpty() )
      return problem;
    if ( !event.evidence.isEmpty() && !isSafeRelativePath( event.evidence ) )
      return tr( "evidence \"%1\" is invalid. Give a relative path inside the media folder, without \"..\", such as media/2026/12/04/0001.jpg." ).arg( event.evidence );
    return QString();
  }

  if ( typeText == QLatin1String( "camera_status" ) )
  {
    event.type = GwIntakeEvent::Type::CameraStatus;
    if ( !( problem = requireText( QStringLiteral( "device_id" ), 32, event.deviceId ) ).isEmpty() )
      return problem;
    if ( !GwDeviceId::isValid( event.deviceId ) )
      return tr( "device_id \"%1\" is invalid. A GB/T 28181 device ID has exactly 20 digits." ).arg( event.deviceId );
    const QJsonValue online = object.value( QStringLiteral( "online" ) );
    if ( online.isUndefined() || online.isNull() )
      return tr( "field \"%1\" is missing." ).arg( QStringLiteral( "online" ) );
    if ( !online.isBool() )
      return tr( "field \"online\" must be true or false." );
    event.online = online.toBool();
    return requireTime( event.atUtc );
  }

  if ( typeText == QLatin1String( "staff_position" ) )
  {
    event.type = GwIntakeEvent::Type::StaffPosition;
    const QJsonValue staff = object.value( QStringLiteral( "staff_id" ) );
    if ( staff.isUndefined() || staff.isNull() )
      return tr( "field \"%1\" is missing." ).arg( QStringLiteral( "staff_id" ) );
    if ( !staff.isDouble() )
      return tr( "field \"%1\" must be a number without quotes." ).arg( QStringLiteral( "staff_id" ) );
    const double number = staff.toDouble( 0 );
    // 2^53 bounds the whole numbers that a JSON double represents exactly.
    if ( number != std::floor( number ) || number < 1 || number > 9007199254740992.0 )
      return tr( "staff_id %1 is invalid. Use the staff member's positive whole-number id." ).arg( staff.toVariant().toString() );
    event.staffId = static_cast<qint64>( number );
    if ( !( problem = readPoint( object, event ) ).isEmpty() )
      return problem;
    return requireTime( event.atUtc );
  }

  return tr( "type \"%1\" is unknown. Use incident, alarm, camera_status or staff_position." ).arg( typeText );
}

QString GwIntakeParser::readPoint( const QJsonObject &object, GwIntakeEvent &event ) const
{
  const QString lonKey = QStringLiteral( "lon" );
  const QString latKey = QStringLiteral( "lat" );
  const QJsonValue lonValue = object.value( lonKey );
  const QJsonValue latValue = object.value( latKey );
  if ( lonValue.isUndefined() || lonValue.isNull() )
    return tr( "field \"%1\" is missing." ).arg( lonKey );
  if ( latValue.isUndefined() || latValue.isNull() )
    return tr( "field \"%1\" is missing." ).arg( latKey );
  if ( !lonValue.isDouble() || !latValue.isDouble() )
    return tr( "fields \"lon\" and \"lat\" must be numbers in decimal degrees, without quotes." );

  QString crs = QStringLiteral( "wgs84" );
  const QJsonValue crsValue = object.value( QStringLiteral( "crs" ) );
  if ( !crsValue.isUndefined() && !crsValue.isNull() )
    crs = crsValue.toString().trimmed().toLower();

  auto toWgs84 = [&crs]( const QPointF &point ) {
    if ( crs == QLatin1String( "gcj02" ) )
      return GwChinaOffset::gcj02ToWgs84( point );
    if ( crs == QLatin1String( "bd09" ) )
      return GwChinaOffset::bd09ToWgs84( point );
    return point;
  };
  if ( crs != QLatin1String( "wgs84" ) && crs != QLatin1String( "cgcs2000" ) && crs != QLatin1String( "gcj02" ) && crs != QLatin1String( "bd09" ) )
    return tr( "crs \"%1\" is unknown. Use wgs84, cgcs2000, gcj02 or bd09." ).arg( crsValue.toVariant().toString() );

  const double lon = lonValue.toDouble();
  const double lat = latValue.toDouble();
  const QPointF written( lon, lat );
  const QPointF wgs84 = toWgs84( written );
  if ( mSubdistrict.contains( wgs84 ) )
  {
    event.lonLat = wgs84;
    return QString();
  }

  // Exchanged latitude and longitude is the most common coordinate mistake; name it
  // rather than only saying "outside".
  if ( mSubdistrict.contains( toWgs84( QPointF( lat, lon ) ) ) )
    return tr( "coordinates lon %1, lat %2 look swapped: exchanged they lie in the subdistrict. Put longitude in \"lon\" and latitude in \"lat\"." )
      .arg( QString::number( lon, 'f', 6 ), QString::number( lat, 'f', 6 ) );

  return tr( "coordinates lon %1, lat %2 lie outside the subdistrict (lon %3 to %4, lat %5 to %6)." )
    .arg( QString::number( lon, 'f', 6 ), QString::number( lat, 'f', 6 ),
          QString::number( mSubdistrict.left(), 'f', 4 ), QString::number( mSubdistrict.right(), 'f', 4 ),
          QString::number( mSubdistrict.top(), 'f', 4 ), QString::number( mSubdistrict.bottom(), 'f', 4 ) );
}
