// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwwalllayout.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace
{
  const QSet<QString> WINDOW_KEYS = { QStringLiteral( "name" ), QStringLiteral( "screen" ), QStringLiteral( "geometry" ), QStringLiteral( "extent" ) };

  bool isWholeNumber( const QJsonValue &value )
  {
    return value.isDouble() && value.toDouble() == static_cast<double>( value.toInt() );
  }
}

bool GwWallLayout::parse( const QByteArray &json, const QString &fileName, const QVector<GwScreenInfo> &screens, GwWallLayout &layout, QString *error )
{
  const QString file = QDir::toNativeSeparators( fileName );
  auto fail = [error]( const QString &message ) {
    if ( error )
      *error = message;
    return false;
  };

  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( json, &parseError );
  if ( document.isNull() )
    return fail( tr( "Layout file %1 is not valid JSON: %2 at byte %3." ).arg( file, parseError.errorString() ).arg( parseError.offset ) );
  if ( !document.isObject() )
    return fail( tr( "Layout file %1 is invalid: the top level must be an object with the key “windows”." ).arg( file ) );

  const QJsonObject root = document.object();
  for ( auto it = root.constBegin(); it != root.constEnd(); ++it )
  {
    if ( it.key() != QLatin1String( "windows" ) )
      return fail( tr( "Layout file %1 is invalid: unknown key “%2” at the top level." ).arg( file, it.key() ) );
  }
  const QJsonValue windowsValue = root.value( QLatin1String( "windows" ) );
  if ( !windowsValue.isArray() || windowsValue.toArray().isEmpty() )
    return fail( tr( "Layout file %1 is invalid: “windows” is missing or not a non-empty array." ).arg( file ) );

  static const QRegularExpression namePattern( QStringLiteral( "^[A-Za-z0-9_-]+$" ) );
  QVector<GwWallWindowSpec> windows;
  QSet<QString> names;
  const QJsonArray windowArray = windowsValue.toArray();
  for ( int i = 0; i < windowArray.size(); ++i )
  {
    if ( !windowArray.at( i ).isObject() )
      return fail( tr( "Layout file %1 is invalid: window %2 is not an object." ).arg( file ).arg( i + 1 ) );
    const QJsonObject object = windowArray.at( i ).toObject();

    // Until the name is known, messages identify the window by its position.
    QString window = tr( "number %1" ).arg( i + 1 );
    const QJsonValue nameValue = object.value( QLatin1String( "name" ) );
    if ( !nameValue.isString() || !namePattern.match( nameValue.toString() ).hasMatch() )
      return fail( tr( "Layout file %1, window %2: “name” is missing or invalid; use letters, digits, “-” and “_”." ).arg( file, window ) );

    GwWallWindowSpec spec;
    spec.name = nameValue.toString();
    window = QStringLiteral( "“%1”" ).arg( spec.name );
    if ( names.contains( spec.name ) )
      return fail( tr( "Layout file %1, window %2: the name is used by another window." ).arg( file, window ) );
    names.insert( spec.name );

    for ( auto it = object.constBegin(); it != object.constEnd(); ++it )
    {
      if ( !WINDOW_KEYS.contains( it.key() ) )
        return fail( tr( "Layout file %1, window %2: unknown key “%3”." ).arg( file, window, it.key() ) );
    }

    const QJsonValue screenValue = object.value( QLatin1String( "screen" ) );
    spec.screenIndex = -1;
    if ( isWholeNumber( screenValue ) )
    {
      const int index = screenValue.toInt();
      if ( index < 0 || index >= screens.size() )
        return fail( tr( "Layout file %1, window %2: screen %3 not found; this display has %n screen(s), numbered from 0.", nullptr, screens.size() ).arg( file, window ).arg( index ) );
      spec.screenIndex = index;
    }
    else if ( screenValue.isString() )
    {
      for ( int s = 0; s < screens.size(); ++s )
      {
        if ( screens.at( s ).name == screenValue.toString() )
          spec.screenIndex = s;
      }
      if ( spec.screenIndex < 0 )
        return fail( tr( "Layout file %1, window %2: screen “%3” not found." ).arg( file, window, screenValue.toString() ) );
    }
    else
    {
      return fail( tr( "Layout file %1, window %2: “screen” is missing or invalid; give a screen index or a screen name." ).arg( file, window ) );
    }

    const QRect screenGeometry = screens.at( spec.screenIndex ).geometry;
    spec.geometry = screenGeometry;
    spec.coversScreen = true;
    if ( object.contains( QLatin1String( "geometry" ) ) )
    {
      const QJsonArray numbers = object.value( QLatin1String( "geometry" ) ).toArray();
      bool wholeNumbers = numbers.size() == 4;
      for ( const QJsonValue &number : numbers )
        wholeNumbers = wholeNumbers && isWholeNumber( number );
      if ( !wholeNumbers )
        return fail( tr( "Layout file %1, window %2: “geometry” is invalid; expected [x, y, width, height] in whole pixels." ).arg( file, window ) );

      const QRect local( numbers.at( 0 ).toInt(), numbers.at( 1 ).toInt(), numbers.at( 2 ).toInt(), numbers.at( 3 ).toInt() );
      const QRect screenLocal( QPoint( 0, 0 ), screenGeometry.size() );
      if ( local.width() <= 0 || local.height() <= 0 || !screenLocal.contains( local ) )
        return fail( tr( "Layout file %1, window %2: geometry [%3, %4, %5, %6] is outside screen %7, which is %8×%9 pixels." )
                     .arg( file, window )
                     .arg( local.x() ).arg( local.y() ).arg( local.width() ).arg( local.height() )
                     .arg( spec.screenIndex ).arg( screenGeometry.width() ).arg( screenGeometry.height() ) );
      spec.geometry = local.translated( screenGeometry.topLeft() );
      spec.coversScreen = local == screenLocal;
    }

    if ( object.contains( QLatin1String( "extent" ) ) )
    {
      const QJsonValue extent = object.value( QLatin1String( "extent" ) );
      if ( extent.isString() && !extent.toString().isEmpty() )
      {
        spec.extentLayerId = extent.toString();
      }
      else
      {
        const QJsonArray numbers = extent.toArray();
        bool valid = extent.isArray() && numbers.size() == 4;
        for ( const QJsonValue &number : numbers )
          valid = valid && number.isDouble();
        if ( valid )
        {
          const double minLon = numbers.at( 0 ).toDouble();
          const double minLat = numbers.at( 1 ).toDouble();
          const double maxLon = numbers.at( 2 ).toDouble();
          const double maxLat = numbers.at( 3 ).toDouble();
          valid = minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90 && minLon < maxLon && minLat < maxLat;
          spec.extentLonLat = QRectF( QPointF( minLon, minLat ), QPointF( maxLon, maxLat ) );
        }
        if ( !valid )
          return fail( tr( "Layout file %1, window %2: “extent” is invalid; give a layer id or [minLon, minLat, maxLon, maxLat] in degrees with min < max." ).arg( file, window ) );
      }
    }

    windows << spec;
  }

  layout.mWindows = windows;
  return true;
}

bool GwWallLayout::load( const QString &path, const QVector<GwScreenInfo> &screens, GwWallLayout &layout, QString *error )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    if ( error )
      *error = tr( "Layout file %1 could not be read: %2." ).arg( QDir::toNativeSeparators( path ), file.errorString() );
    return false;
  }
  return parse( file.readAll(), path, screens, layout, error );
}

GwWallLayout GwWallLayout::singleWindow( const QVector<GwScreenInfo> &screens, int screenIndex )
{
  GwWallLayout layout;
  GwWallWindowSpec spec;
  spec.name = QStringLiteral( "wall" );
  spec.screenIndex = screenIndex;
  spec.geometry = screens.value( screenIndex ).geometry;
  spec.coversScreen = true;
  layout.mWindows << spec;
  return layout;
}
