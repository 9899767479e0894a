// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwcsvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace
{
  const QChar QUOTE = QLatin1Char( '"' );
  const QChar CR = QLatin1Char( '\r' );
  const QChar LF = QLatin1Char( '\n' );

  // Compares a header name without case and without a trailing unit such as (°) or （度）.
  QString comparableColumnName( const QString &name )
  {
    static const QRegularExpression trailingUnit( QStringLiteral( "\\s*[(\\x{FF08}][^()\\x{FF08}\\x{FF09}]*[)\\x{FF09}]\\s*$" ) );
    QString key = name.trimmed();
    key.remove( trailingUnit );
    return key.toCaseFolded();
  }

  int findColumn( const QStringList &columnNames, const QStringList &candidates )
  {
    QStringList keys;
    keys.reserve( columnNames.size() );
    for ( const QString &name : columnNames )
      keys.append( comparableColumnName( name ) );

    for ( const QString &candidate : candidates )
    {
      const int index = keys.indexOf( candidate );
      if ( index >= 0 )
        return index;
    }
    return -1;
  }
}

void GwCsvReader::clear()
{
  mColumnNames.clear();
  mRecords.clear();
  mIssues.clear();
  mEncoding = GwTextDecoder::Encoding::Unknown;
}

void GwCsvReader::addIssue( int line, const QString &message )
{
  mIssues.append( Issue{ line, message } );
}

bool GwCsvReader::readFile( const QString &path, const QString &encodingName )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    clear();
    mSourceName = QFileInfo( path ).fileName();
    addIssue( 0, tr( "Failed to open %1: %2." ).arg( path, file.errorString() ) );
    return false;
  }
  return readData( file.readAll(), QFileInfo( path ).fileName(), encodingName );
}

bool GwCsvReader::readData( const QByteArray &data, const QString &sourceName, const QString &encodingName )
{
  clear();
  mSourceName = sourceName;

  const GwTextDecoder::Result decoded = GwTextDecoder::decode( data, encodingName );
  mEncoding = decoded.encoding;
  if ( !decoded.ok() )
  {
    addIssue( 0, tr( "%1: %2" ).arg( mSourceName, decoded.error ) );
    return false;
  }
  if ( decoded.invalidSequences > 0 )
  {
    addIssue( 0, tr( "%1: %n byte sequence(s) are invalid in %2 and were replaced by U+FFFD; choose the file's encoding if the text looks wrong.", nullptr, decoded.invalidSequences )
                   .arg( mSourceName, GwTextDecoder::encodingName( decoded.encoding ) ) );
  }

  parse( decoded.text );

  if ( mColumnNames.isEmpty() )
  {
    addIssue( 0, tr( "%1 has no header row." ).arg( mSourceName ) );
    return false;
  }
  return true;
}

void GwCsvReader::addRecord( int line, const QStringList &fields )
{
  if ( mColumnNames.isEmpty() )
  {
    for ( const QString &name : fields )
      mColumnNames.append( name.trimmed() );

    for ( int i = 0; i < mColumnNames.size(); ++i )
    {
      if ( mColumnNames.indexOf( mColumnNames.at( i ) ) < i )
        addIssue( line, tr( "%1, line %2: the column name %3 appears more than once; only the first column of that name can be found by name." )
                          .arg( mSourceName )
                          .arg( line )
                          .arg( mColumnNames.at( i ) ) );
    }
    return;
  }

  if ( fields.size() != mColumnNames.size() )
  {
    addIssue( line, tr( "%1, line %2: the row has %n field(s), but the header has %3 columns; the row was skipped.", nullptr, fields.size() )
                      .arg( mSourceName )
                      .arg( line )
                      .arg( mColumnNames.size() ) );
    return;
  }

  mRecords.append( Record{ line, fields } );
}

void GwCsvReader::parse( const QString &text )
{
  QStringList fields;
  QString field;
  bool inQuotes = false;
  bool fieldQuoted = false;
  int line = 1;
  int recordLine = 1;

  const int size = text.size();
  for ( int i = 0; i < size; ++i )
  {
    const QChar c = text.at( i );

    if ( inQuotes )
    {
      if ( c == QUOTE )
      {
        if ( i + 1 < size && text.at( i + 1 ) == QUOTE )
        {
          field.append( QUOTE );
          ++i;
        }
        else
        {
          inQuotes = false;
        }
        continue;
      }

      // A line break inside quotes belongs to the field but still counts as a line of
      // the file, so that later row numbers match what an editor shows.
      if ( c == LF || ( c == CR && ( i + 1 >= size || text.at( i + 1 ) != LF ) ) )
        ++line;
      field.append( c );
      continue;
    }

    if ( c == QUOTE && field.isEmpty() && !fieldQuoted )
    {
      inQuotes = true;
      fieldQuoted = true;
    }
    else if ( c == mDelimiter )
    {
      fields.append( field );
      field.clear();
      fieldQuoted = false;
    }
    else if ( c == CR || c == LF )
    {
      if ( c == CR && i + 1 < size && text.at( i + 1 ) == LF )
        ++i;
      const bool blankLine = fields.isEmpty() && field.isEmpty() && !fieldQuoted;
      if ( !blankLine )
      {
        fields.append( field );
        addRecord( recordLine, fields );
      }
      fields.clear();
      field.clear();
      fieldQuoted = false;
      ++line;
      recordLine = line;
    }
    else
    {
      field.append( c );
    }
  }

  if ( inQuotes )
  {
    addIssue( recordLine, tr( "%1, line %2: a quoted field is not closed before the end of the file; the row was skipped." )
                            .arg( mSourceName )
                            .arg( recordLine ) );
    return;
  }

  // The last record when the file does not end with a line break.
  if ( !fields.isEmpty() || !field.isEmpty() || fieldQuoted )
  {
    fields.append( field );
    addRecord( recordLine, fields );
  }
}

int GwCsvReader::columnIndex( const QString &name ) const
{
  return mColumnNames.indexOf( name.trimmed() );
}

int GwCsvReader::longitudeColumn( const QStringList &columnNames )
{
  static const QStringList candidates = {
    QStringLiteral( "经度" ),
    QStringLiteral( "longitude" ),
    QStringLiteral( "lon" ),
    QStringLiteral( "lng" ),
    QStringLiteral( "x" ),
  };
  return findColumn( columnNames, candidates );
}

int GwCsvReader::latitudeColumn( const QStringList &columnNames )
{
  static const QStringList candidates = {
    QStringLiteral( "纬度" ),
    QStringLiteral( "latitude" ),
    QStringLiteral( "lat" ),
    QStringLiteral( "y" ),
  };
  return findColumn( columnNames, candidates );
}
