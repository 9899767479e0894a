// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * Chooses the user interface language and installs its translators.
 *
 * Simplified Chinese is used when requested (`--lang zh_CN`) or, without a request,
 * when the system locale is Chinese; English otherwise, and always for `--lang en`.
 */
class GwLanguage
{
    Q_DECLARE_TR_FUNCTIONS( GwLanguage )

  public:
    /**
     * Returns "zh_CN" or "en" for the \a requested language (the value of --lang, or
     * empty for none) and the system locale \a system. A request other than zh_CN
     * or en is ignored here; the command reports it.
     */
    static QString choose( const QString &requested, const QLocale &system );

    /**
     * Installs the GridWall and Qt translators for \a language on the running
     * application and sets the default QLocale. Returns false when the GridWall
     * translation is not compiled into the program; the texts stay English then.
     */
    static bool install( const QString &language );
};
