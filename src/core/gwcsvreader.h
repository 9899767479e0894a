// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwtextdecoder.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

/**
 * Reader for comma-separated values (RFC 4180) in any encoding GwTextDecoder detects.
 *
 * Fields may be quoted; a quoted field may hold delimiters, line breaks and doubled
 * quotes. Records end at CRLF, LF or a lone CR. Lines that are completely empty are
 * skipped, so a trailing line break or blank lines never produce records.
 * The first record is the header and gives the column names.
 *
 * The reader is lenient where spreadsheets are sloppy: a quote inside an unquoted field
 * is kept as text. Problems are collected as issues with their line number and reading
 * goes on; a row whose field count differs from the header's is skipped.
 *
 * The whole file is decoded in memory, which suits the registry and camera lists of a
 * subdistrict (a 100,000-row file takes a few megabytes).
 */
class GwCsvReader
{
    Q_DECLARE_TR_FUNCTIONS( GwCsvReader )

  public:
    //! One data row.
    struct Record
    {
      //! 1-based line of the file where the record starts (the header is usually line 1).
      int line = 0;
      QStringList fields;
    };

    //! A problem found while reading.
    struct Issue
    {
      //! 1-based line the problem refers to, or 0 when it concerns the whole file.
      int line = 0;

      //! Translated message naming the file, the line and what is wrong.
      QString message;
    };

    //! Sets the field delimiter; the default is a comma.
    void setDelimiter( QChar delimiter ) { mDelimiter = delimiter; }
    QChar delimiter() const { return mDelimiter; }

    /**
     * Reads the file at \a path, decoded as GwTextDecoder::decode() does with
     * \a encodingName (empty to detect the encoding).
     * Returns false when the file cannot be read or decoded or has no header, and
     * issues() then describes why. Rows with problems do not make it return false.
     */
    bool readFile( const QString &path, const QString &encodingName = QString() );

    /**
     * Reads \a data like readFile(). \a sourceName names the data in messages, normally
     * the file name.
     */
    bool readData( const QByteArray &data, const QString &sourceName, const QString &encodingName = QString() );

    //! Returns the header's names, trimmed of white space; a byte order mark is never part of them.
    QStringList columnNames() const { return mColumnNames; }

    //! Returns the index of the first column named \a name (compared exactly after trimming), or -1.
    int columnIndex( const QString &name ) const;

    //! Returns the data rows that have as many fields as the header has columns.
    const QVector<Record> &records() const { return mRecords; }

    const QVector<Issue> &issues() const { return mIssues; }

    //! Returns the encoding the last read decoded its input with.
    GwTextDecoder::Encoding encoding() const { return mEncoding; }

    /**
     * Returns the index of the column that contains longitudes, or -1.
     * Recognised names, in order of preference and without regard to case: 经度,
     * longitude, lon, lng, x. A trailing unit in brackets, as in 经度(°), is ignored.
     */
    static int longitudeColumn( const QStringList &columnNames );

    //! Returns the index of the latitude column like longitudeColumn(), for 纬度, latitude, lat, y.
    static int latitudeColumn( const QStringList &columnNames );

  private:
    void clear();
    void parse( const QString &text );
    void addRecord( int line, const QStringList &fields );
    void addIssue( int line, const QString &message );

    QChar mDelimiter = QLatin1Char( ',' );
    QString mSourceName;
    QStringList mColumnNames;
    QVector<Record> mRecords;
    QVector<Issue> mIssues;
    GwTextDecoder::Encoding mEncoding = GwTextDecoder::Encoding::Unknown;
};
