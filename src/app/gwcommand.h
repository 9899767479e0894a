// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * One `gridwall` subcommand: its name, options, help text and work.
 *
 * The base class parses the arguments, prints the help for `--help` and reports
 * usage errors. Subclasses declare their options in options() and positional
 * arguments in positionalArguments(), and do their work in execute().
 * Every command accepts `--help` and `--lang zh_CN|en`; the language itself is
 * chosen before the application starts (see GwCommandLine::requestedLanguage()).
 */
class GwCommand
{
    Q_DECLARE_TR_FUNCTIONS( GwCommand )

  public:
    //! Kind of application the command needs, decided before the application object exists.
    enum class Application
    {
      Headless, //!< No window is shown; runs without a display (offscreen platform).
      Gui,      //!< Shows or renders widgets; needs a display or QT_QPA_PLATFORM=offscreen.
    };

    //! Process exit codes shared by every command.
    enum ExitCode
    {
      ExitSuccess = 0,
      ExitFailure = 1, //!< The work failed: file missing or invalid, write failed, …
      ExitUsage = 2,   //!< The command line is invalid.
    };

    //! A positional argument for the help text.
    struct Positional
    {
      QString name;
      QString description;
    };

    virtual ~GwCommand() = default;

    //! Returns the subcommand name typed after `gridwall`, such as "wall".
    virtual QString name() const = 0;

    //! Returns a translated one-line description for the command list.
    virtual QString summary() const = 0;

    virtual Application application() const = 0;

    //! Returns the command's own options, without --help and --lang.
    virtual QList<QCommandLineOption> options() const { return {}; }

    //! Returns the positional arguments that must follow the command name, in order.
    virtual QList<Positional> positionalArguments() const { return {}; }

    /**
     * Parses \a arguments (the subcommand's arguments, without the program name and
     * the subcommand name) and runs the command. Returns the process exit code.
     */
    int run( const QStringList &arguments );

    //! Returns the translated help text of the command, ending with a newline.
    QString helpText() const;

    //! Writes \a message and a newline to stderr (UTF-8).
    static void printError( const QString &message );

    //! Writes \a text and a newline to stdout (UTF-8).
    static void printOutput( const QString &text );

  protected:
    /**
     * Does the work with the parsed \a parser, whose positional arguments are
     * already checked against positionalArguments(). Returns the exit code.
     */
    virtual int execute( const QCommandLineParser &parser ) = 0;

    /**
     * Returns the data file to open: \a optionValue when not empty, else the file
     * named by the environment variable GRIDWALL_DATA, else
     * `<AppDataLocation>/wangjiaqiao.gpkg`. Returns an empty string and sets
     * \a error when that file does not exist.
     */
    static QString resolveDataFile( const QString &optionValue, QString *error );
};
