// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwslatable.h"

#include "gwdomainterms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace
{
  const int PRIORITY_COUNT = 4;

  // Keep equal to data/sla.json: test_slatable compares the two, so a change to one
  // without the other fails there.
  const char DEFAULT_TABLE[] = R"json(
{
  "busy_policy": "warn",
  "categories": {
    "default":           { "accept_minutes": [10, 30, 60, 120],  "resolve_minutes": [120, 480, 1440, 4320] },
    "dispute_family":    { "accept_minutes": [15, 30, 60, 120],  "resolve_minutes": [240, 1440, 4320, 10080] },
    "dispute_neighbour": { "accept_minutes": [15, 30, 60, 120],  "resolve_minutes": [240, 1440, 4320, 10080] },
    "dispute_property":  { "accept_minutes": [15, 30, 60, 120],  "resolve_minutes": [240, 1440, 4320, 10080] },
    "dispute_labour":    { "accept_minutes": [15, 30, 60, 120],  "resolve_minutes": [240, 1440, 4320, 10080] },
    "resident_request":  { "accept_minutes": [30, 60, 120, 240], "resolve_minutes": [480, 1440, 4320, 10080] },
    "sanitation":        { "accept_minutes": [15, 30, 60, 120],  "resolve_minutes": [240, 720, 1440, 2880] },
    "public_facility":   { "accept_minutes": [30, 60, 120, 240], "resolve_minutes": [480, 1440, 4320, 7200] },
    "safety_hazard":     { "accept_minutes": [10, 15, 30, 60],   "resolve_minutes": [120, 480, 1440, 2880] },
    "traffic_order":     { "accept_minutes": [10, 15, 30, 60],   "resolve_minutes": [60, 120, 240, 480] },
    "fire_smoke":        { "accept_minutes": [5, 5, 10, 15],     "resolve_minutes": [30, 60, 120, 240] },
    "straw_burning":     { "accept_minutes": [5, 10, 15, 30],    "resolve_minutes": [60, 120, 240, 480] },
    "dumping":           { "accept_minutes": [15, 30, 60, 120],  "resolve_minutes": [240, 720, 1440, 2880] },
    "crowd":             { "accept_minutes": [5, 10, 15, 30],    "resolve_minutes": [30, 60, 120, 240] },
    "intrusion":         { "accept_minutes": [5, 10, 15, 30],    "resolve_minutes": [30, 60, 120, 240] },
    "camera_offline":    { "accept_minutes": [30, 60, 120, 240], "resolve_minutes": [240, 1440, 2880, 4320] }
  }
}
)json";

  const QString DEFAULT_ROW = QStringLiteral( "default" );

  // Reads a list of PRIORITY_COUNT positive whole minutes; returns an empty vector otherwise.
  QVector<int> readMinutes( const QJsonValue &value )
  {
    const QJsonArray array = value.toArray();
    if ( !value.isArray() || array.size() != PRIORITY_COUNT )
      return {};

    QVector<int> minutes;
    for ( const QJsonValue &item : array )
    {
      const double number = item.toDouble( -1 );
      if ( !item.isDouble() || number < 1 || number > 525600 || number != static_cast<int>( number ) )
        return {};
      minutes << static_cast<int>( number );
    }
    return minutes;
  }
}

bool GwSlaTable::load( const QString &path, GwSlaTable &table, QString *error )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    if ( error )
      *error = tr( "Failed to open SLA table %1: %2." ).arg( path, file.errorString() );
    return false;
  }
  return parse( file.readAll(), path, table, error );
}

GwSlaTable GwSlaTable::defaults()
{
  GwSlaTable table;
  const bool parsed = parse( QByteArray( DEFAULT_TABLE ), QStringLiteral( "(built-in)" ), table, nullptr );
  Q_ASSERT( parsed );
  Q_UNUSED( parsed )
  return table;
}

bool GwSlaTable::parse( const QByteArray &json, const QString &fileName, GwSlaTable &table, QString *error )
{
  auto fail = [error]( const QString &message ) {
    if ( error )
      *error = message;
    return false;
  };

  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( json, &parseError );
  if ( parseError.error != QJsonParseError::NoError )
    return fail( tr( "SLA table %1 is not valid JSON at offset %2: %3." ).arg( fileName ).arg( parseError.offset ).arg( parseError.errorString() ) );
  if ( !document.isObject() )
    return fail( tr( "SLA table %1 is invalid: the top level must be a JSON object." ).arg( fileName ) );

  const QJsonObject root = document.object();
  GwSlaTable result;

  const QJsonValue policy = root.value( QLatin1String( "busy_policy" ) );
  if ( !policy.isUndefined() )
  {
    const QString policyText = policy.toString();
    if ( policyText != QLatin1String( "warn" ) && policyText != QLatin1String( "block" ) )
      return fail( tr( "SLA table %1: busy_policy \"%2\" is invalid. Use \"warn\" or \"block\"." ).arg( fileName, policy.toVariant().toString() ) );
    result.mBusyPolicy = policyText;
  }

  const QJsonValue categoriesValue = root.value( QLatin1String( "categories" ) );
  if ( !categoriesValue.isObject() )
    return fail( tr( "SLA table %1: the object \"categories\" is missing." ).arg( fileName ) );

  const QJsonObject categories = categoriesValue.toObject();
  for ( auto it = categories.constBegin(); it != categories.constEnd(); ++it )
  {
    const QString category = it.key();
    if ( category != DEFAULT_ROW && !GwDomainTerms::contains( GwDomainTerms::Vocabulary::IncidentCategory, category ) )
      return fail( tr( "SLA table %1: category \"%2\" is unknown." ).arg( fileName, category ) );

    const QJsonObject row = it.value().toObject();
    const QVector<int> accept = readMinutes( row.value( QLatin1String( "accept_minutes" ) ) );
    const QVector<int> resolve = readMinutes( row.value( QLatin1String( "resolve_minutes" ) ) );
    if ( accept.isEmpty() )
      return fail( tr( "SLA table %1: category \"%2\" needs accept_minutes as a list of 4 positive whole numbers (priority 1 to 4)." ).arg( fileName, category ) );
    if ( resolve.isEmpty() )
      return fail( tr( "SLA table %1: category \"%2\" needs resolve_minutes as a list of 4 positive whole numbers (priority 1 to 4)." ).arg( fileName, category ) );

    QVector<Limits> limits;
    for ( int i = 0; i < PRIORITY_COUNT; ++i )
    {
      // Accepting is a step towards resolving, so its deadline cannot come later.
      if ( accept.at( i ) > resolve.at( i ) )
        return fail( tr( "SLA table %1: category \"%2\", priority %3: accept_minutes %4 is longer than resolve_minutes %5." )
                       .arg( fileName, category ).arg( i + 1 ).arg( accept.at( i ) ).arg( resolve.at( i ) ) );
      limits.append( Limits { accept.at( i ), resolve.at( i ) } );
    }
    result.mRows.insert( category, limits );
  }

  if ( !result.mRows.contains( DEFAULT_ROW ) )
    return fail( tr( "SLA table %1: the category \"default\" is missing. It applies to every category without a row of its own." ).arg( fileName ) );

  table = result;
  return true;
}

GwSlaTable::Limits GwSlaTable::limits( const QString &category, int priority ) const
{
  const int index = qBound( 1, priority, PRIORITY_COUNT ) - 1;
  auto row = mRows.constFind( category );
  if ( row == mRows.constEnd() )
    row = mRows.constFind( DEFAULT_ROW );
  // Only a default-constructed table lacks the default row; it has no deadlines.
  if ( row == mRows.constEnd() )
    return Limits();
  return row->at( index );
}

int GwSlaTable::resolveMinutes( const QString &category, int priority ) const
{
  return limits( category, priority ).resolveMinutes;
}

int GwSlaTable::acceptMinutes( const QString &category, int priority ) const
{
  return limits( category, priority ).acceptMinutes;
}

QDateTime GwSlaTable::resolveDeadline( const QString &category, int priority, const QDateTime &assignedUtc ) const
{
  const int minutes = resolveMinutes( category, priority );
  if ( !assignedUtc.isValid() || minutes <= 0 )
    return QDateTime();
  return assignedUtc.toUTC().addSecs( static_cast<qint64>( minutes ) * 60 );
}

QString GwSlaTable::busyPolicy() const
{
  return mBusyPolicy;
}

void GwSlaTable::setBusyPolicy( const QString &policy )
{
  mBusyPolicy = policy == QLatin1String( "block" ) ? QStringLiteral( "block" ) : QStringLiteral( "warn" );
}

bool GwSlaTable::isOverdue( const QDateTime &dueUtc, const QDateTime &nowUtc, const QString &taskOrIncidentState )
{
  static const QStringList finishedStates = {
    QStringLiteral( "resolved" ), QStringLiteral( "closed" ), QStringLiteral( "rejected" ),
    QStringLiteral( "merged" ), QStringLiteral( "done" ), QStringLiteral( "cancelled" ) };

  if ( !dueUtc.isValid() || !nowUtc.isValid() )
    return false;
  if ( finishedStates.contains( taskOrIncidentState ) )
    return false;
  return nowUtc > dueUtc;
}
