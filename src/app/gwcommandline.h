// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwcommand.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

/**
 * The `gridwall` program: picks the subcommand from the command line, handles
 * `--help` and `--version` itself and hands everything else to the subcommand.
 *
 * Parts of the decision happen before the application object exists, because the
 * subcommand decides whether the application needs a display (application()) and
 * the language decides which translators to install (requestedLanguage()).
 */
class GwCommandLine
{
    Q_DECLARE_TR_FUNCTIONS( GwCommandLine )

  public:
    //! Creates the command line with every subcommand registered.
    GwCommandLine();
    ~GwCommandLine();

    /**
     * Returns the subcommand named by the first argument of \a arguments (which
     * starts with the program name), or nullptr for none or an unknown name.
     */
    GwCommand *command( const QStringList &arguments ) const;

    /**
     * Returns the application kind that \a arguments need, as the subcommand declares
     * it (GwCommand::application()); Headless for unknown subcommands and any `--help`.
     */
    GwCommand::Application application( const QStringList &arguments ) const;

    /**
     * Returns the value of `--lang` in \a arguments ("zh_CN", "en" or any other
     * text the subcommand later rejects), or an empty string when it is absent.
     */
    static QString requestedLanguage( const QStringList &arguments );

    /**
     * Returns \a arguments with a --lang option given before the subcommand moved to
     * just after it, where the subcommand's parser takes it.
     */
    static QStringList withLanguageAfterSubcommand( const QStringList &arguments );

    /**
     * Runs the program with \a arguments, which start with the program name.
     * Returns the process exit code.
     */
    int run( const QStringList &arguments );

    //! Returns the translated program help listing every subcommand.
    QString helpText() const;

    //! Returns the program version, from the project version at build time.
    static QString version();

  private:
    std::vector<std::unique_ptr<GwCommand>> mCommands;
};
