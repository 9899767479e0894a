// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwlayerdefinition.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace
{
  const QStringList &definitionKeys()
  {
    static const QStringList keys = {
      QStringLiteral( "id" ),
      QStringLiteral( "title" ),
      QStringLiteral( "table" ),
      QStringLiteral( "style" ),
      QStringLiteral( "z" ),
      QStringLiteral( "minScale" ),
      QStringLiteral( "maxScale" ),
      QStringLiteral( "labels" ),
      QStringLiteral( "live" ),
      QStringLiteral( "legend" ),
      QStringLiteral( "visible" ),
      QStringLiteral( "refreshSeconds" ),
      QStringLiteral( "comment" ),
    };
    return keys;
  }

  const QStringList &labelKeys()
  {
    static const QStringList keys = { QStringLiteral( "minScale" ), QStringLiteral( "maxScale" ) };
    return keys;
  }

  // Ids and table names end up in the OGR data source string "path|layername=table",
  // where a '|' or '=' would change its meaning.
  bool isIdentifier( const QString &value )
  {
    static const QRegularExpression pattern( QStringLiteral( "^[a-z][a-z0-9_]*$" ) );
    return pattern.match( value ).hasMatch();
  }

  bool rejectUnknownKeys( const QJsonObject &object, const QStringList &allowed, const QString &prefix, QString &error )
  {
    for ( auto it = object.constBegin(); it != object.constEnd(); ++it )
    {
      if ( allowed.contains( it.key() ) )
        continue;

      error = GwLayerDefinition::tr( "Unknown key \"%1\". Allowed keys: %2." )
                .arg( prefix + it.key(), allowed.join( QStringLiteral( ", " ) ) );
      return false;
    }
    return true;
  }

  bool readString( const QJsonObject &object, const QString &key, QString &value, QString &error )
  {
    const QJsonValue json = object.value( key );
    if ( json.isUndefined() )
    {
      error = GwLayerDefinition::tr( "Key \"%1\" is missing." ).arg( key );
      return false;
    }
    if ( !json.isString() )
    {
      error = GwLayerDefinition::tr( "Key \"%1\" must be a string." ).arg( key );
      return false;
    }
    if ( json.toString().trimmed().isEmpty() )
    {
      error = GwLayerDefinition::tr( "Key \"%1\" is empty." ).arg( key );
      return false;
    }

    value = json.toString();
    return true;
  }

  bool readIdentifier( const QJsonObject &object, const QString &key, QString &value, QString &error )
  {
    if ( !readString( object, key, value, error ) )
      return false;

    if ( !isIdentifier( value ) )
    {
      error = GwLayerDefinition::tr( "Key \"%1\" has the invalid value \"%2\": use lower-case ASCII letters, digits and underscores, starting with a letter." )
                .arg( key, value );
      return false;
    }
    return true;
  }

  bool readInteger( const QJsonObject &object, const QString &key, int &value, QString &error )
  {
    const QJsonValue json = object.value( key );
    if ( json.isUndefined() )
    {
      error = GwLayerDefinition::tr( "Key \"%1\" is missing." ).arg( key );
      return false;
    }

    const double number = json.toDouble();
    const bool isWhole = json.isDouble() && std::trunc( number ) == number;
    if ( !isWhole || number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max() )
    {
      error = GwLayerDefinition::tr( "Key \"%1\" must be a whole number." ).arg( key );
      return false;
    }

    value = static_cast<int>( number );
    return true;
  }

  bool readOptionalBool( const QJsonObject &object, const QString &key, bool &value, QString &error )
  {
    const QJsonValue json = object.value( key );
    if ( json.isUndefined() )
      return true;

    if ( !json.isBool() )
    {
      error = GwLayerDefinition::tr( "Key \"%1\" must be true or false." ).arg( key );
      return false;
    }

    value = json.toBool();
    return true;
  }

  bool readOptionalScale( const QJsonObject &object, const QString &key, const QString &prefix, double &value, QString &error )
  {
    const QJsonValue json = object.value( key );
    if ( json.isUndefined() )
      return true;

    if ( !json.isDouble() || json.toDouble() < 0 )
    {
      error = GwLayerDefinition::tr( "Key \"%1\" must be a scale denominator of 0 or more, such as 5000 for 1:5,000." )
                .arg( prefix + key );
      return false;
    }

    value = json.toDouble();
    return true;
  }

  // Reads minScale and maxScale from object. Messages put prefix ("" or "labels.")
  // before the key names.
  bool readScaleRange( const QJsonObject &object, const QString &prefix, double &minimum, double &maximum, QString &error )
  {
    if ( !readOptionalScale( object, QStringLiteral( "minScale" ), prefix, minimum, error ) )
      return false;
    if ( !readOptionalScale( object, QStringLiteral( "maxScale" ), prefix, maximum, error ) )
      return false;

    if ( minimum > 0 && maximum > 0 && minimum <= maximum )
    {
      error = GwLayerDefinition::tr( "Key \"%1minScale\" (%2) must be larger than \"%1maxScale\" (%3), because minScale is the most zoomed-out scale denominator." )
                .arg( prefix )
                .arg( minimum )
                .arg( maximum );
      return false;
    }
    return true;
  }
}

GwLayerDefinition GwLayerDefinition::fromJson( const QJsonObject &object, QString *error )
{
  GwLayerDefinition definition;
  QString message;

  const bool ok = [&] {
    if ( !rejectUnknownKeys( object, definitionKeys(), QString(), message ) )
      return false;

    if ( !readIdentifier( object, QStringLiteral( "id" ), definition.mId, message )
         || !readString( object, QStringLiteral( "title" ), definition.mTitle, message )
         || !readIdentifier( object, QStringLiteral( "table" ), definition.mTable, message )
         || !readString( object, QStringLiteral( "style" ), definition.mStyleFile, message )
         || !readInteger( object, QStringLiteral( "z" ), definition.mZOrder, message ) )
      return false;

    // The style is resolved against the styles folder, so a path would escape it.
    const QString &style = definition.mStyleFile;
    if ( !style.endsWith( QLatin1String( ".qml" ) ) || style.contains( QLatin1Char( '/' ) ) || style.contains( QLatin1Char( '\\' ) ) )
    {
      message = tr( "Key \"style\" has the invalid value \"%1\": give the name of a .qml file in the styles folder, without a folder path." )
                  .arg( style );
      return false;
    }

    if ( !readScaleRange( object, QString(), definition.mMinimumScale, definition.mMaximumScale, message ) )
      return false;

    const QJsonValue labels = object.value( QStringLiteral( "labels" ) );
    if ( !labels.isUndefined() )
    {
      const QString prefix = QStringLiteral( "labels." );
      if ( !labels.isObject() )
      {
        message = tr( "Key \"labels\" must be an object with \"minScale\" and/or \"maxScale\"." );
        return false;
      }
      if ( !rejectUnknownKeys( labels.toObject(), labelKeys(), prefix, message ) )
        return false;
      if ( !readScaleRange( labels.toObject(), prefix, definition.mLabelsMinimumScale, definition.mLabelsMaximumScale, message ) )
        return false;
    }

    const QJsonValue comment = object.value( QStringLiteral( "comment" ) );
    if ( !comment.isUndefined() && !comment.isString() )
    {
      message = tr( "Key \"%1\" must be a string." ).arg( QStringLiteral( "comment" ) );
      return false;
    }

    if ( object.contains( QStringLiteral( "refreshSeconds" ) ) )
    {
      if ( !readInteger( object, QStringLiteral( "refreshSeconds" ), definition.mRefreshSeconds, message ) )
        return false;
      if ( definition.mRefreshSeconds < 0 )
      {
        message = tr( "Key \"%1\" must be 0 or more seconds." ).arg( QStringLiteral( "refreshSeconds" ) );
        return false;
      }
    }

    return readOptionalBool( object, QStringLiteral( "live" ), definition.mLive, message )
           && readOptionalBool( object, QStringLiteral( "legend" ), definition.mShowsInLegend, message )
           && readOptionalBool( object, QStringLiteral( "visible" ), definition.mVisibleByDefault, message );
  }();

  if ( !ok )
  {
    if ( error )
      *error = message;
    return GwLayerDefinition();
  }
  return definition;
}
