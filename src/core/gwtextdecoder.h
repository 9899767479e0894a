// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Decoding of text files whose encoding is not declared, such as CSV files saved by
 * Chinese Excel (GB18030 without a byte order mark) or by other tools (UTF-8, often
 * with a byte order mark).
 *
 * Detection order: a UTF-8, UTF-16LE, UTF-16BE or GB18030 byte order mark decides the
 * encoding and is removed. Without one, bytes that are strictly valid UTF-8 are UTF-8,
 * and everything else is GB18030. GB18030 decodes every GBK and GB2312 file too, and
 * also characters outside GBK such as 𠮷 (U+20BB7).
 *
 * GB18030 is decoded with the C library's iconv (glibc on Debian), so Qt 5 and Qt 6 give
 * the same result whatever codecs Qt was built with.
 */
class GwTextDecoder
{
    Q_DECLARE_TR_FUNCTIONS( GwTextDecoder )

  public:
    enum class Encoding
    {
      Unknown,
      Utf8,
      Utf16LE,
      Utf16BE,
      Gb18030,
    };

    //! Result of decode().
    struct Result
    {
      QString text;

      //! Encoding the text was decoded with; Unknown when an explicit name was not recognised.
      Encoding encoding = Encoding::Unknown;

      //! Whether a byte order mark was found and removed.
      bool hadByteOrderMark = false;

      //! Number of byte sequences that were invalid in the encoding and replaced by U+FFFD.
      int invalidSequences = 0;

      //! Translated message when the encoding name was not recognised or iconv failed.
      QString error;

      bool ok() const { return error.isEmpty(); }
    };

    /**
     * Decodes \a bytes. An empty \a encodingName detects the encoding as described for
     * the class. A name accepted by encodingForName() forces that encoding. In that
     * case a byte order mark of the same encoding is still removed, and a leading
     * U+FEFF is removed from the text whichever encoding decoded it.
     */
    static Result decode( const QByteArray &bytes, const QString &encodingName = QString() );

    /**
     * Returns the encoding for a user's choice, compared without regard to case:
     * "UTF-8"/"UTF8", "UTF-16LE", "UTF-16BE", and "GB18030", "GBK", "GB2312", "CP936"
     * which all decode as GB18030 (a superset of the other three). Returns Unknown for
     * any other name.
     */
    static Encoding encodingForName( const QString &name );

    //! Returns the canonical name of \a encoding ("UTF-8", "GB18030" …), empty for Unknown.
    static QString encodingName( Encoding encoding );

    /**
     * Counts the invalid sequences in \a bytes read as UTF-8: bad lead or continuation
     * bytes, truncated sequences, overlong forms, surrogates and code points above U+10FFFF.
     * Returns 0 for strictly valid UTF-8.
     */
    static int invalidUtf8Sequences( const QByteArray &bytes );
};
