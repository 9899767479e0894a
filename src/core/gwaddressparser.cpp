// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwaddressparser.h"

#include <QPair>
#include <QRegularExpression>
#include <QStringList>
#include <QVector>

#include <algorithm>

namespace
{
  const QString CHINESE_NUMERALS = QStringLiteral( "零〇一二两三四五六七八九十百千" );

  // A Chinese numeral before one of these always numbers part of a dwelling.
  const QStringList STRONG_MARKERS = {
    QStringLiteral( "号楼" ),
    QStringLiteral( "栋" ),
    QStringLiteral( "幢" ),
    QStringLiteral( "单元" ),
  };

  // These markers also end place names (二号桥 is a bridge), so a numeral before them is
  // converted only when it directly follows another numbered part, as in 6号楼五层.
  const QStringList WEAK_MARKERS = {
    QStringLiteral( "单" ),
    QStringLiteral( "室" ),
    QStringLiteral( "层" ),
    QStringLiteral( "楼" ),
    QStringLiteral( "号" ),
    QStringLiteral( "户" ),
    QStringLiteral( "房" ),
  };
  const QString NUMBERED_PART_ENDINGS = QStringLiteral( "楼栋幢座元层室号-" );

  bool isAsciiAlnum( QChar c )
  {
    return ( c >= QLatin1Char( '0' ) && c <= QLatin1Char( '9' ) ) || ( c >= QLatin1Char( 'A' ) && c <= QLatin1Char( 'Z' ) )
           || ( c >= QLatin1Char( 'a' ) && c <= QLatin1Char( 'z' ) );
  }

  bool isAsciiDigit( QChar c )
  {
    return c >= QLatin1Char( '0' ) && c <= QLatin1Char( '9' );
  }

  bool isDash( ushort code )
  {
    return ( code >= 0x2010 && code <= 0x2015 ) || code == 0x2212 || code == 0xFE63 || code == 0xFF0D || code == 0x2E3A
           || code == 0x2E3B;
  }

  QChar halfWidth( QChar c )
  {
    const ushort code = c.unicode();
    if ( isDash( code ) )
      return QLatin1Char( '-' );
    // U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E.
    if ( code >= 0xFF01 && code <= 0xFF5E )
      return QChar( code - 0xFEE0 );
    if ( c.isSpace() )
      return QLatin1Char( ' ' );
    return c;
  }

  const QChar TEN( 0x5341 );      // 十
  const QChar HUNDRED( 0x767E );  // 百
  const QChar THOUSAND( 0x5343 ); // 千

  int chineseDigit( QChar c )
  {
    static const QString digits = QStringLiteral( "零一二三四五六七八九" );
    if ( c == QChar( 0x3007 ) ) // 〇
      return 0;
    if ( c == QChar( 0x4E24 ) ) // 两
      return 2;
    return digits.indexOf( c );
  }

  QString numeralToDigits( const QString &numeral )
  {
    const bool positional = numeral.contains( TEN ) || numeral.contains( HUNDRED ) || numeral.contains( THOUSAND );
    if ( !positional )
    {
      QString digits;
      for ( const QChar c : numeral )
        digits.append( QChar( 0x30 + chineseDigit( c ) ) );
      return digits;
    }

    int total = 0;
    int pending = 0;
    for ( const QChar c : numeral )
    {
      int multiplier = 0;
      if ( c == TEN )
        multiplier = 10;
      else if ( c == HUNDRED )
        multiplier = 100;
      else if ( c == THOUSAND )
        multiplier = 1000;

      if ( multiplier == 0 )
      {
        pending = chineseDigit( c );
        continue;
      }
      // A bare 十 at the start means one ten: 十二 is 12.
      total += ( pending == 0 && multiplier == 10 ? 1 : pending ) * multiplier;
      pending = 0;
    }
    return QString::number( total + pending );
  }

  bool startsWithAny( const QString &text, int position, const QStringList &prefixes )
  {
    for ( const QString &prefix : prefixes )
    {
      if ( QStringView( text ).mid( position ).startsWith( prefix ) )
        return true;
    }
    return false;
  }

  QString convertNumberingNumerals( const QString &text )
  {
    static const QRegularExpression numeralRun( QStringLiteral( "[%1]+" ).arg( CHINESE_NUMERALS ) );

    QString result;
    int copied = 0;
    QRegularExpressionMatchIterator it = numeralRun.globalMatch( text );
    while ( it.hasNext() )
    {
      const QRegularExpressionMatch match = it.next();
      const int start = match.capturedStart();
      const int end = match.capturedEnd();

      const QChar before = start > 0 ? text.at( start - 1 ) : QChar();
      const bool afterNumberedPart = NUMBERED_PART_ENDINGS.contains( before ) || isAsciiAlnum( before );

      // A numeral that ends the text right after a numbered part is the room: 3单元六.
      bool convert = startsWithAny( text, end, STRONG_MARKERS );
      if ( !convert && start > 0 )
        convert = afterNumberedPart && ( end == text.size() || startsWithAny( text, end, WEAK_MARKERS ) );
      if ( !convert )
        continue;

      result.append( text.mid( copied, start - copied ) );
      // Keeps 18五单元 from becoming 185单元.
      if ( isAsciiDigit( before ) )
        result.append( QLatin1Char( '-' ) );
      result.append( numeralToDigits( match.captured() ) );
      copied = end;
    }
    result.append( text.mid( copied ) );
    return result;
  }

  // Drops the spaces and dashes that only separate words in Chinese text (湖南-常德-津市市),
  // keeping those next to ASCII letters or digits, where they separate numbers.
  QString withoutSeparatingSpaces( const QString &text )
  {
    QString result;
    result.reserve( text.size() );
    for ( int i = 0; i < text.size(); ++i )
    {
      const QChar c = text.at( i );
      const bool separator = c == QLatin1Char( ' ' ) || c == QLatin1Char( '-' );
      if ( separator )
      {
        const bool nextToAlnum = ( i > 0 && isAsciiAlnum( text.at( i - 1 ) ) ) || ( i + 1 < text.size() && isAsciiAlnum( text.at( i + 1 ) ) );
        const bool between = i > 0 && i + 1 < text.size() && isAsciiAlnum( text.at( i - 1 ) ) && isAsciiAlnum( text.at( i + 1 ) );
        if ( c == QLatin1Char( ' ' ) ? !between : !nextToAlnum )
          continue;
      }
      result.append( c );
    }
    return result;
  }

  QRegularExpression anchored( const QString &pattern )
  {
    return QRegularExpression( QStringLiteral( "\\G" ) + pattern );
  }

  // Words that continue a place name: a "road" or "district" followed by them is really
  // the start of a compound's name, as in 解放路小区.
  const QString NAME_CONTINUATION = QStringLiteral( "(?:小区|花园|公寓|新村|家园|大院|广场|大厦|中心|小镇)" );

  // Road suffixes are also common inside compound names (商业街区, 东街公寓), so a
  // road must not be followed by these either.
  const QString ROAD_NAME_CONTINUATION = QStringLiteral( "(?:区|道|口|坊|苑|园|村|院|城|里|公寓)" );

  struct Cursor
  {
    const QString &text;
    int position = 0;

    //! Consumes and returns capture 1 of \a pattern at the cursor, or an empty string.
    QString take( const QRegularExpression &pattern )
    {
      const QRegularExpressionMatch match = pattern.match( text, position );
      if ( !match.hasMatch() )
        return QString();
      position = match.capturedEnd();
      return match.captured( 1 );
    }
  };

  void parseDivisionsAndRoad( Cursor &cursor, GwAddressParser::Address &address )
  {
    static const QRegularExpression province = anchored( QStringLiteral(
      "((?:北京|天津|上海|重庆)市?"
      "|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省?"
      "|(?:内蒙古|广西|西藏|宁夏|新疆)(?:壮族|回族|维吾尔)?(?:自治区)?"
      "|(?:香港|澳门)(?:特别行政区)?)"
      "(?!路|街|大道|巷|弄|桥|村|中路|东路|西路|南路|北路|大学|%1)" ).arg( NAME_CONTINUATION ) );
    static const QRegularExpression city = anchored( QStringLiteral(
      "((?:(?!路|街|区|县|镇|乡|村|号|省|小区)\\p{Han}){2,8}?(?:自治州|地区|盟|市(?!场)))(?!市(?!中区|辖区)|%1)" ).arg( NAME_CONTINUATION ) );
    static const QRegularExpression district = anchored( QStringLiteral(
      "((?:(?!路|街|镇|乡|村|号|省|小区|社区)\\p{Han}){1,8}?(?:区|县|旗|市(?!场)))(?![0-9A-Za-z-]|市|%1)" ).arg( NAME_CONTINUATION ) );
    static const QRegularExpression subdistrict = anchored( QStringLiteral(
      "((?:(?!路|街(?!道)|区|县|号|市|省)\\p{Han}){1,8}?(?:街道|镇|乡))(?!%1)" ).arg( NAME_CONTINUATION ) );
    static const QRegularExpression community = anchored( QStringLiteral(
      "((?:(?!路|街|区|县|号|镇|乡|市|省|新村)\\p{Han}){1,8}?(?:社区|居委会|村委会|村(?!委)))(?!%1|社区|街道|镇|乡)" ).arg( NAME_CONTINUATION ) );
    static const QRegularExpression road = anchored( QStringLiteral(
      "((?:(?!号|区|县|镇|乡|村|市|省|小区)\\p{Han}){1,12}?(?:大道|大街|路|街|巷|胡同|弄))(?!%1|%2)" ).arg( NAME_CONTINUATION, ROAD_NAME_CONTINUATION ) );
    static const QRegularExpression roadNumber = anchored( QStringLiteral( "(\\d+(?:-\\d+)?(?:号院|号|弄))(?!楼)" ) );

    // Addresses pasted together from several sources repeat their divisions
    // (湖南省常德市湖南省常德市津市市), so further passes consume repeats and
    // fill the levels below the deepest one found so far.
    const QVector<QPair<const QRegularExpression *, QString *>> levels = {
      { &province, &address.province },
      { &city, &address.city },
      { &district, &address.district },
      { &subdistrict, &address.subdistrict },
      { &community, &address.community },
    };
    int deepest = -1;
    for ( int passStart = -1; passStart != cursor.position; )
    {
      passStart = cursor.position;
      for ( int i = 0; i < levels.size(); ++i )
      {
        const int before = cursor.position;
        const QString name = cursor.take( *levels.at( i ).first );
        if ( name.isEmpty() )
          continue;

        QString &field = *levels.at( i ).second;
        const bool repeat = field == name;
        const bool deeper = field.isEmpty() && i > deepest;
        if ( !repeat && !deeper )
        {
          cursor.position = before;
          break;
        }
        field = name;
        deepest = std::max( deepest, i );
      }
    }

    // A main road may be followed by the side road that carries the number (建设大道迎宾路18号).
    for ( QString name = cursor.take( road ); !name.isEmpty(); name = cursor.take( road ) )
    {
      address.road = name;
      address.roadNumber = cursor.take( roadNumber );
      if ( !address.roadNumber.isEmpty() )
        break;
    }

    // Villages number their houses without a road: 城东村128号.
    if ( address.road.isEmpty() && !address.community.isEmpty() )
      address.roadNumber = cursor.take( roadNumber );
  }

  // The numbered parts after the compound's name.
  struct Tail
  {
    QString building;
    QString unit;
    QString floor;
    QString room;
    int end = 0;
  };

  const QString ID = QStringLiteral( "([A-Za-z]?\\d+[A-Za-z]?)" );
  // Numbers in the dash form are separated by dashes, or by single spaces (3 6 201).
  const QString SEP = QStringLiteral( "(?:-+| )" );
  const QString ROOM_SUFFIX = QStringLiteral( "(?:室|房|号|户)?" );
  // A number ends where no digit, letter, dash or part suffix follows: 8-6 is no dash
  // form in 8-6单元.
  const QString END_OF_NUMBER = QStringLiteral( "(?![0-9A-Za-z-]|单|层|楼|栋|幢|座)" );

  // Parses building, unit, floor and room starting exactly at \a start.
  // Returns false when no numbered part starts there.
  bool parseTail( const QString &text, int start, bool afterRoadNumber, Tail &tail )
  {
    static const QRegularExpression dash4 = anchored( ID + SEP + QStringLiteral( "(\\d+)" ) + SEP + QStringLiteral( "(-?\\d+)" ) + SEP + ID + ROOM_SUFFIX + END_OF_NUMBER );
    static const QRegularExpression dash3 = anchored( ID + SEP + QStringLiteral( "([A-Za-z]?\\d+|[A-Za-z])" ) + SEP + ID + ROOM_SUFFIX + END_OF_NUMBER );
    static const QRegularExpression dash2 = anchored( ID + SEP + ID + ROOM_SUFFIX + END_OF_NUMBER );

    // 号 numbers a building only when more numbers follow (12号302) and they are not
    // themselves the building (广场5号12号楼) or a dash form (8号3-B-402).
    static const QRegularExpression building = anchored( QStringLiteral(
      "([A-Za-z]?\\d+[A-Za-z]?|[A-Za-z])"
      "(?:号楼|栋|幢|座|#楼?"
      "|楼(?=[A-Za-z]?\\d+(?:单元|单))"
      "|号(?=\\d|单元)(?![A-Za-z]?\\d+[A-Za-z]?(?:号楼|栋|幢|座|-))"
      "|-+(?=\\d+(?:单元|单)))" ) );
    static const QRegularExpression separator = anchored( QStringLiteral( "(?:-+| )(?=[A-Za-z]?\\d)" ) );

    // A unit is numbered, lettered, or named by its side of the building (西单元).
    static const QRegularExpression unit = anchored( QStringLiteral( "((?:[A-Za-z]?\\d+|[A-Za-z])(?=单)|[东西南北中](?=单元))(?:单元|单)" ) );
    static const QRegularExpression unitFloorRoom = anchored( QStringLiteral( "(\\d+)" ) + SEP + QStringLiteral( "(-?\\d+)" ) + SEP + ID + ROOM_SUFFIX + END_OF_NUMBER );
    static const QRegularExpression unitRoom = anchored( QStringLiteral( "(\\d+)" ) + SEP + ID + ROOM_SUFFIX + END_OF_NUMBER );
    static const QRegularExpression unitByNumber = anchored( QStringLiteral( "(\\d+)号-*(?=\\d)" ) );
    static const QRegularExpression floor = anchored( QStringLiteral( "(-?\\d+|[Bb]\\d+)(?:层|楼|[Ff](?![A-Za-z]))" ) );
    static const QRegularExpression floorStrict = anchored( QStringLiteral( "(-?\\d+|[Bb]\\d+)层" ) );
    static const QRegularExpression roomMarked = anchored( ID + QStringLiteral( "(?:室|房|号|户)" ) );
    static const QRegularExpression roomStrict = anchored( ID + QStringLiteral( "(?:室|房|户)" ) );
    static const QRegularExpression roomBare = anchored( ID + END_OF_NUMBER );

    tail = Tail();
    QRegularExpressionMatch match = dash4.match( text, start );
    if ( match.hasMatch() )
    {
      tail = { match.captured( 1 ), match.captured( 2 ), match.captured( 3 ), match.captured( 4 ), static_cast<int>( match.capturedEnd() ) };
      return true;
    }
    match = dash3.match( text, start );
    if ( match.hasMatch() )
    {
      tail = { match.captured( 1 ), match.captured( 2 ), QString(), match.captured( 3 ), static_cast<int>( match.capturedEnd() ) };
      return true;
    }
    match = dash2.match( text, start );
    if ( match.hasMatch() )
    {
      tail = { match.captured( 1 ), QString(), QString(), match.captured( 2 ), static_cast<int>( match.capturedEnd() ) };
      return true;
    }

    Cursor cursor { text, start };
    tail.building = cursor.take( building );
    if ( tail.building.isEmpty() )
    {
      // Without a building, only parts whose suffix cannot be read another way start
      // the tail: a unit, a floor (层, or 楼 right after the road number), or a room (室).
      tail.unit = cursor.take( unit );
      if ( tail.unit.isEmpty() )
        tail.floor = cursor.take( afterRoadNumber ? floor : floorStrict );
      if ( tail.unit.isEmpty() && tail.floor.isEmpty() )
      {
        tail.room = cursor.take( roomStrict );
        if ( tail.room.isEmpty() )
          return false;
        tail.end = cursor.position;
        return true;
      }
    }
    else
    {
      cursor.take( separator );
    }

    if ( tail.unit.isEmpty() && tail.floor.isEmpty() )
    {
      match = unitFloorRoom.match( text, cursor.position );
      if ( match.hasMatch() )
      {
        tail.unit = match.captured( 1 );
        tail.floor = match.captured( 2 );
        tail.room = match.captured( 3 );
        tail.end = match.capturedEnd();
        return true;
      }
      match = unitRoom.match( text, cursor.position );
      if ( match.hasMatch() )
      {
        tail.unit = match.captured( 1 );
        tail.room = match.captured( 2 );
        tail.end = match.capturedEnd();
        return true;
      }
      tail.unit = cursor.take( unit );
      if ( tail.unit.isEmpty() )
        tail.unit = cursor.take( unitByNumber );
    }
    if ( tail.floor.isEmpty() )
      tail.floor = cursor.take( floor );

    tail.room = cursor.take( roomMarked );
    if ( tail.room.isEmpty() )
      tail.room = cursor.take( roomBare );

    tail.end = cursor.position;
    return true;
  }

  QString trimSeparators( const QString &text )
  {
    static const QRegularExpression edges( QStringLiteral( "^[\\s,;:.-]+|[\\s,;:.-]+$" ) );
    QString result = text;
    result.remove( edges );
    return result;
  }
}

QString GwAddressParser::normalise( const QString &text )
{
  QString result;
  result.reserve( text.size() );
  for ( const QChar c : text )
    result.append( halfWidth( c ) );

  // An input method's 一 between digits stands for a dash, as in 12一3一402.
  for ( int i = 1; i + 1 < result.size(); ++i )
  {
    if ( result.at( i ) == QChar( 0x4E00 ) && isAsciiDigit( result.at( i - 1 ) ) && isAsciiDigit( result.at( i + 1 ) ) )
      result[i] = QLatin1Char( '-' );
  }

  result = result.simplified();
  return convertNumberingNumerals( result );
}

GwAddressParser::Address GwAddressParser::parse( const QString &text )
{
  Address address;
  const QString compact = withoutSeparatingSpaces( normalise( text ) );

  Cursor cursor { compact, 0 };
  parseDivisionsAndRoad( cursor, address );

  // The compound's name may itself contain digits and letters (建设新村2区, 青松苑B区), so the
  // tail starts at the first position where a complete numbered part parses.
  const int restStart = cursor.position;
  Tail tail;
  int tailStart = -1;
  for ( int i = restStart; i < compact.size(); ++i )
  {
    const bool insideToken = i > restStart && ( isAsciiAlnum( compact.at( i - 1 ) ) || compact.at( i - 1 ) == QLatin1Char( '-' ) );
    if ( insideToken )
      continue;
    if ( parseTail( compact, i, i == restStart && !address.roadNumber.isEmpty(), tail ) )
    {
      tailStart = i;
      break;
    }
  }

  if ( tailStart < 0 )
  {
    address.compound = trimSeparators( compact.mid( restStart ) );
    return address;
  }

  address.compound = trimSeparators( compact.mid( restStart, tailStart - restStart ) );
  address.building = tail.building.toUpper();
  address.unit = tail.unit.toUpper();
  address.floor = tail.floor.toUpper();
  address.room = tail.room.toUpper();
  address.remainder = trimSeparators( compact.mid( tail.end ) );
  return address;
}

QString GwAddressParser::chineseNumeralToDigits( const QString &numeral )
{
  if ( numeral.isEmpty() )
    return QString();
  for ( const QChar c : numeral )
  {
    if ( !CHINESE_NUMERALS.contains( c ) )
      return QString();
  }
  return numeralToDigits( numeral );
}

QString GwAddressParser::Address::normalised() const
{
  QString key = compound.isEmpty() ? road + roadNumber : compound;
  key = key.toUpper();
  if ( !building.isEmpty() )
    key += building + QStringLiteral( "栋" );
  if ( !unit.isEmpty() )
    key += unit + QStringLiteral( "单元" );
  if ( !floor.isEmpty() )
    key += floor + QStringLiteral( "层" );
  if ( !room.isEmpty() )
    key += room + QStringLiteral( "室" );
  return key;
}
