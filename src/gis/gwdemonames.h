// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

/**
 * Fictional Chinese names for the demo data set: people, lanes and compounds.
 * Every choice comes from the caller's random generator, so a seed fixes the output.
 */
class GwDemoNames
{
  public:
    explicit GwDemoNames( QRandomGenerator &random ) : mRandom( random ) {}

    //! Returns a person's name: a common surname and a one- or two-character given name.
    QString personName();

    //! Returns the lane-name stem of grid \a gridIndex (0-based), such as 和平 for 和平一巷.
    static QString laneStem( int gridIndex );

    //! Returns the Chinese numeral for 1..99, as used in lane names (一巷, 十二巷).
    static QString chineseNumber( int value );

    //! Returns a compound name not used before in this generator.
    QString compoundName( const QString &suffix );

  private:
    QRandomGenerator &mRandom;
    QStringList mUsedCompounds;
};
