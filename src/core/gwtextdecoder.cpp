// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwtextdecoder.h"

#include <cerrno>
#include <cstring>

#include <iconv.h>

namespace
{
  const QChar REPLACEMENT_CHARACTER( 0xFFFD );
  const QChar BYTE_ORDER_MARK( 0xFEFF );

  struct ByteOrderMark
  {
    GwTextDecoder::Encoding encoding = GwTextDecoder::Encoding::Unknown;
    int length = 0;
  };

  // UTF-32 marks are not detected: FF FE 00 00 is taken as UTF-16LE, since UTF-32 text
  // files are too rare in this field to justify the ambiguity.
  ByteOrderMark detectByteOrderMark( const QByteArray &bytes )
  {
    if ( bytes.startsWith( "\xEF\xBB\xBF" ) )
      return { GwTextDecoder::Encoding::Utf8, 3 };
    // GB18030's encoding of U+FEFF.
    if ( bytes.startsWith( "\x84\x31\x95\x33" ) )
      return { GwTextDecoder::Encoding::Gb18030, 4 };
    if ( bytes.startsWith( "\xFF\xFE" ) )
      return { GwTextDecoder::Encoding::Utf16LE, 2 };
    if ( bytes.startsWith( "\xFE\xFF" ) )
      return { GwTextDecoder::Encoding::Utf16BE, 2 };
    return {};
  }

  bool isHighSurrogate( ushort unit )
  {
    return unit >= 0xD800 && unit <= 0xDBFF;
  }

  bool isLowSurrogate( ushort unit )
  {
    return unit >= 0xDC00 && unit <= 0xDFFF;
  }

  QString decodeUtf16( const QByteArray &bytes, bool littleEndian, int &invalidSequences )
  {
    const int unitCount = bytes.size() / 2;
    auto unitAt = [&bytes, littleEndian]( int index ) -> ushort {
      const uchar first = static_cast<uchar>( bytes.at( 2 * index ) );
      const uchar second = static_cast<uchar>( bytes.at( 2 * index + 1 ) );
      return littleEndian ? static_cast<ushort>( first | second << 8 ) : static_cast<ushort>( first << 8 | second );
    };

    QString text;
    text.reserve( unitCount );
    for ( int i = 0; i < unitCount; ++i )
    {
      const ushort unit = unitAt( i );
      if ( isHighSurrogate( unit ) && i + 1 < unitCount && isLowSurrogate( unitAt( i + 1 ) ) )
      {
        text.append( QChar( unit ) );
        text.append( QChar( unitAt( i + 1 ) ) );
        ++i;
      }
      else if ( isHighSurrogate( unit ) || isLowSurrogate( unit ) )
      {
        text.append( REPLACEMENT_CHARACTER );
        ++invalidSequences;
      }
      else
      {
        text.append( QChar( unit ) );
      }
    }

    if ( bytes.size() % 2 != 0 )
    {
      text.append( REPLACEMENT_CHARACTER );
      ++invalidSequences;
    }
    return text;
  }

  // Returns 0, or the errno value when iconv has no GB18030 converter or fails for a
  // reason other than invalid input. Invalid and truncated sequences become U+FFFD and
  // decoding goes on.
  int decodeGb18030( const QByteArray &bytes, QString &text, int &invalidSequences )
  {
    iconv_t converter = iconv_open( "UTF-8", "GB18030" );
    if ( converter == reinterpret_cast<iconv_t>( -1 ) )
      return errno;

    const QByteArray utf8Replacement( "\xEF\xBF\xBD" );
    QByteArray utf8;
    utf8.reserve( bytes.size() * 3 / 2 + 16 );

    // iconv takes non-const input pointers but does not write through them.
    char *input = const_cast<char *>( bytes.constData() );
    size_t inputLeft = static_cast<size_t>( bytes.size() );
    char buffer[4096];
    int failure = 0;
    while ( inputLeft > 0 )
    {
      char *output = buffer;
      size_t outputLeft = sizeof( buffer );
      const size_t converted = iconv( converter, &input, &inputLeft, &output, &outputLeft );
      utf8.append( buffer, static_cast<int>( output - buffer ) );
      if ( converted != static_cast<size_t>( -1 ) )
        continue;

      if ( errno == E2BIG )
        continue;

      if ( errno == EILSEQ )
      {
        // Skip one byte only: the next one may start a valid character, often ASCII.
        utf8.append( utf8Replacement );
        ++invalidSequences;
        ++input;
        --inputLeft;
      }
      else if ( errno == EINVAL )
      {
        // The input ends inside a multi-byte character.
        utf8.append( utf8Replacement );
        ++invalidSequences;
        inputLeft = 0;
      }
      else
      {
        failure = errno;
        break;
      }
    }
    iconv_close( converter );

    text = QString::fromUtf8( utf8.constData(), utf8.size() );
    return failure;
  }
}

int GwTextDecoder::invalidUtf8Sequences( const QByteArray &bytes )
{
  const int size = bytes.size();
  int invalid = 0;
  int i = 0;
  while ( i < size )
  {
    const uchar lead = static_cast<uchar>( bytes.at( i ) );
    if ( lead < 0x80 )
    {
      ++i;
      continue;
    }

    // Lead bytes and continuation ranges follow the table in RFC 3629, section 4: the
    // first continuation byte's range excludes overlong forms (after E0, F0), UTF-16
    // surrogates (after ED) and code points above U+10FFFF (after F4).
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if ( lead >= 0xC2 && lead <= 0xDF )
      length = 2;
    else if ( lead == 0xE0 )
    {
      length = 3;
      low = 0xA0;
    }
    else if ( lead == 0xED )
    {
      length = 3;
      high = 0x9F;
    }
    else if ( lead >= 0xE1 && lead <= 0xEF )
      length = 3;
    else if ( lead == 0xF0 )
    {
      length = 4;
      low = 0x90;
    }
    else if ( lead >= 0xF1 && lead <= 0xF3 )
      length = 4;
    else if ( lead == 0xF4 )
    {
      length = 4;
      high = 0x8F;
    }
    else
    {
      ++invalid;
      ++i;
      continue;
    }

    int j = 1;
    for ( ; j < length; ++j )
    {
      if ( i + j >= size )
        break;
      const uchar continuation = static_cast<uchar>( bytes.at( i + j ) );
      const uchar min = j == 1 ? low : 0x80;
      const uchar max = j == 1 ? high : 0xBF;
      if ( continuation < min || continuation > max )
        break;
    }

    if ( j < length )
      ++invalid;
    i += j;
  }
  return invalid;
}

GwTextDecoder::Encoding GwTextDecoder::encodingForName( const QString &name )
{
  const QString key = name.trimmed().toUpper();
  if ( key == QLatin1String( "UTF-8" ) || key == QLatin1String( "UTF8" ) )
    return Encoding::Utf8;
  if ( key == QLatin1String( "UTF-16LE" ) )
    return Encoding::Utf16LE;
  if ( key == QLatin1String( "UTF-16BE" ) )
    return Encoding::Utf16BE;
  if ( key == QLatin1String( "GB18030" ) || key == QLatin1String( "GBK" ) || key == QLatin1String( "GB2312" )
       || key == QLatin1String( "CP936" ) )
    return Encoding::Gb18030;
  return Encoding::Unknown;
}

QString GwTextDecoder::encodingName( Encoding encoding )
{
  switch ( encoding )
  {
    case Encoding::Utf8:
      return QStringLiteral( "UTF-8" );
    case Encoding::Utf16LE:
      return QStringLiteral( "UTF-16LE" );
    case Encoding::Utf16BE:
      return QStringLiteral( "UTF-16BE" );
    case Encoding::Gb18030:
      return QStringLiteral( "GB18030" );
    case Encoding::Unknown:
      break;
  }
  return QString();
}

GwTextDecoder::Result GwTextDecoder::decode( const QByteArray &bytes, const QString &encodingName )
{
  Result result;

  Encoding forced = Encoding::Unknown;
  if ( !encodingName.trimmed().isEmpty() )
  {
    forced = encodingForName( encodingName );
    if ( forced == Encoding::Unknown )
    {
      result.error = tr( "The encoding %1 is not supported; choose UTF-8, GB18030, GBK, UTF-16LE or UTF-16BE." ).arg( encodingName );
      return result;
    }
  }

  const ByteOrderMark mark = detectByteOrderMark( bytes );
  int skip = 0;
  if ( forced != Encoding::Unknown )
  {
    result.encoding = forced;
    if ( mark.encoding == forced )
      skip = mark.length;
  }
  else if ( mark.encoding != Encoding::Unknown )
  {
    result.encoding = mark.encoding;
    skip = mark.length;
  }
  else
  {
    result.encoding = invalidUtf8Sequences( bytes ) == 0 ? Encoding::Utf8 : Encoding::Gb18030;
  }
  result.hadByteOrderMark = skip > 0;
  const QByteArray payload = QByteArray::fromRawData( bytes.constData() + skip, bytes.size() - skip );

  switch ( result.encoding )
  {
    case Encoding::Utf8:
      result.invalidSequences = invalidUtf8Sequences( payload );
      // The pointer and size overload, because Qt 5's QByteArray overload stops at a NUL.
      result.text = QString::fromUtf8( payload.constData(), payload.size() );
      break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
      result.text = decodeUtf16( payload, result.encoding == Encoding::Utf16LE, result.invalidSequences );
      break;
    case Encoding::Gb18030:
    {
      const int failure = decodeGb18030( payload, result.text, result.invalidSequences );
      if ( failure != 0 )
      {
        result.error = tr( "Decoding GB18030 failed: %1." ).arg( QString::fromLocal8Bit( std::strerror( failure ) ) );
        return result;
      }
      break;
    }
    case Encoding::Unknown:
      break;
  }

  // A forced encoding may leave a byte order mark of another encoding behind.
  if ( result.text.startsWith( BYTE_ORDER_MARK ) )
  {
    result.text.remove( 0, 1 );
    result.hadByteOrderMark = true;
  }
  return result;
}
