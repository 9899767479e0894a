// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwsqlitestatement.h"

#include <QDateTime>

#include <sqlite3.h>

GwSqliteStatement::GwSqliteStatement( sqlite3 *db, const QString &sql )
  : mDb( db )
{
  const QByteArray utf8 = sql.toUtf8();
  if ( sqlite3_prepare_v2( db, utf8.constData(), utf8.size(), &mStatement, nullptr ) != SQLITE_OK )
  {
    mStatement = nullptr;
    mError = true;
  }
}

GwSqliteStatement::~GwSqliteStatement()
{
  sqlite3_finalize( mStatement );
}

bool GwSqliteStatement::bind( int index, const QVariant &value )
{
  if ( !mStatement )
    return false;

  int rc = SQLITE_OK;
  if ( value.isNull() || !value.isValid() )
  {
    rc = sqlite3_bind_null( mStatement, index );
  }
  else
  {
    switch ( static_cast<QMetaType::Type>( value.userType() ) )
    {
      case QMetaType::Bool:
      case QMetaType::Int:
      case QMetaType::UInt:
      case QMetaType::LongLong:
      case QMetaType::ULongLong:
      case QMetaType::Long:
      case QMetaType::Short:
        rc = sqlite3_bind_int64( mStatement, index, value.toLongLong() );
        break;
      case QMetaType::Double:
      case QMetaType::Float:
        rc = sqlite3_bind_double( mStatement, index, value.toDouble() );
        break;
      case QMetaType::QByteArray:
      {
        const QByteArray bytes = value.toByteArray();
        rc = sqlite3_bind_blob( mStatement, index, bytes.constData(), bytes.size(), SQLITE_TRANSIENT );
        break;
      }
      case QMetaType::QDateTime:
      {
        const QByteArray text = value.toDateTime().toUTC().toString( Qt::ISODateWithMs ).toUtf8();
        rc = sqlite3_bind_text( mStatement, index, text.constData(), text.size(), SQLITE_TRANSIENT );
        break;
      }
      default:
      {
        const QByteArray text = value.toString().toUtf8();
        rc = sqlite3_bind_text( mStatement, index, text.constData(), text.size(), SQLITE_TRANSIENT );
        break;
      }
    }
  }
  mError = rc != SQLITE_OK;
  return !mError;
}

bool GwSqliteStatement::next()
{
  if ( !mStatement )
    return false;
  const int rc = sqlite3_step( mStatement );
  if ( rc == SQLITE_ROW )
    return true;
  mError = rc != SQLITE_DONE;
  return false;
}

bool GwSqliteStatement::execute()
{
  while ( next() )
  {
  }
  return !mError;
}

void GwSqliteStatement::reset()
{
  if ( !mStatement )
    return;
  sqlite3_reset( mStatement );
  sqlite3_clear_bindings( mStatement );
  mError = false;
}

QString GwSqliteStatement::errorMessage() const
{
  return QString::fromUtf8( sqlite3_errmsg( mDb ) );
}

int GwSqliteStatement::columnCount() const
{
  return mStatement ? sqlite3_column_count( mStatement ) : 0;
}

QString GwSqliteStatement::columnName( int column ) const
{
  return QString::fromUtf8( sqlite3_column_name( mStatement, column ) );
}

QVariant GwSqliteStatement::value( int column ) const
{
  switch ( sqlite3_column_type( mStatement, column ) )
  {
    case SQLITE_INTEGER:
      return QVariant( static_cast<qlonglong>( sqlite3_column_int64( mStatement, column ) ) );
    case SQLITE_FLOAT:
      return QVariant( sqlite3_column_double( mStatement, column ) );
    case SQLITE_BLOB:
      return QVariant( blob( column ) );
    case SQLITE_TEXT:
      return QVariant( text( column ) );
    default:
      return QVariant();
  }
}

qint64 GwSqliteStatement::int64( int column ) const
{
  return sqlite3_column_int64( mStatement, column );
}

QString GwSqliteStatement::text( int column ) const
{
  const auto *data = reinterpret_cast<const char *>( sqlite3_column_text( mStatement, column ) );
  return QString::fromUtf8( data, sqlite3_column_bytes( mStatement, column ) );
}

QByteArray GwSqliteStatement::blob( int column ) const
{
  const auto *data = static_cast<const char *>( sqlite3_column_blob( mStatement, column ) );
  return QByteArray( data, sqlite3_column_bytes( mStatement, column ) );
}

bool GwSqliteStatement::isNull( int column ) const
{
  return sqlite3_column_type( mStatement, column ) == SQLITE_NULL;
}
