// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

/**
 * A prepared SQLite statement that finalizes itself. Values are bound by position
 * (1-based) and converted from QVariant. Integers and booleans become INTEGER, floating
 * point REAL, QDateTime ISO 8601 UTC text with milliseconds, QByteArray BLOB, null NULL,
 * and everything else UTF-8 text.
 */
class GwSqliteStatement
{
  public:
    GwSqliteStatement( sqlite3 *db, const QString &sql );
    ~GwSqliteStatement();

    GwSqliteStatement( const GwSqliteStatement & ) = delete;
    GwSqliteStatement &operator=( const GwSqliteStatement & ) = delete;

    //! Returns whether the statement compiled.
    bool isValid() const { return mStatement != nullptr; }

    bool bind( int index, const QVariant &value );

    /**
     * Steps once. Returns true while a row is available; false when done or on error
     * (check hasError()).
     */
    bool next();

    //! Runs the statement to completion; returns false on error.
    bool execute();

    //! Resets the statement so that it can be bound and run again.
    void reset();

    bool hasError() const { return mError; }
    QString errorMessage() const;

    int columnCount() const;
    QString columnName( int column ) const;
    QVariant value( int column ) const;
    qint64 int64( int column ) const;
    QString text( int column ) const;
    QByteArray blob( int column ) const;
    bool isNull( int column ) const;

  private:
    sqlite3 *mDb = nullptr;
    sqlite3_stmt *mStatement = nullptr;
    bool mError = false;
};
