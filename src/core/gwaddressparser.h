// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

/**
 * Normalisation and parsing of free-text Chinese addresses as residents, grid workers and
 * spreadsheets write them, for matching addresses to dwellings (以房找人, 以人找房).
 *
 * The parser is rule based and reads from left to right: administrative divisions,
 * road and number, the compound's name, then building, unit, floor and room. It
 * recognises the usual suffixes (省/市/区/县/街道/镇/社区/村/路/街/巷, 号楼/栋/幢/座/单元/层/室) and
 * the dash form 6-2-501 for building 6, unit 2, room 501.
 * It does not look names up in a gazetteer, so it can split a name that happens to
 * contain a suffix. A compound called 解放路小区 is kept whole, but a compound name
 * ending in 区 at the start of an address without divisions is taken as the district.
 */
class GwAddressParser
{
  public:
    /**
     * Parts of an address. Each is empty when the address does not contain it.
     * Building, unit, floor and room are ASCII digits with at most a leading or trailing
     * upper-case letter (B12, 12A); floors may be negative (-1). The other parts keep
     * their Chinese text including the suffix (汪家桥街道, 幸福路, 12号).
     */
    struct Address
    {
      QString province;
      QString city;
      QString district;

      //! Township-level division: 街道, 镇 or 乡.
      QString subdistrict;

      //! Community (社区) or village (村).
      QString community;
      QString road;

      //! Door number on the road with its suffix: 12号, 669弄, 5号院.
      QString roadNumber;

      //! Name of the compound or other place between the road and the building (小区, 花园, 大厦 …).
      QString compound;
      QString building;
      QString unit;
      QString floor;
      QString room;

      //! Text after the last part recognised, such as a shop's name.
      QString remainder;

      /**
       * Returns a key for matching two spellings of the same dwelling, such as
       * 六里桥小区6栋2单元501室. It is the compound, or the road and number when there is
       * no compound, followed by building (栋), unit (单元), floor (层) and room (室).
       * Divisions are left out because within one subdistrict they are the same and
       * sources often omit them.
       */
      QString normalised() const;
    };

    /**
     * Normalises the spelling of \a text without changing its meaning.
     * Full-width letters, digits and punctuation become ASCII; the dash family
     * (U+2010–U+2015, U+2212, U+FE63, U+FF0D, U+2E3A, U+2E3B) becomes '-', and so does
     * 一 between two ASCII digits, as in 12一3一402 typed with a Chinese input method.
     * White space is trimmed and runs of it become one space.
     * Chinese numerals become digits only where they number a building, unit, floor or
     * room: 六号楼 becomes 6号楼 and 二单元 becomes 2单元, but 六里桥小区 stays as it is.
     */
    static QString normalise( const QString &text );

    //! Normalises \a text and splits it into its parts.
    static Address parse( const QString &text );

    /**
     * Converts a Chinese numeral to ASCII digits: 十二 to 12, 一百零一 to 101, and the
     * digit-by-digit form 五〇一 to 501 (两 counts as 2). Returns an empty string unless
     * \a numeral consists only of 零〇一二两三四五六七八九十百千.
     */
    static QString chineseNumeralToDigits( const QString &numeral );
};
