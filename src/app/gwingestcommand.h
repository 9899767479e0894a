// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwcommand.h"

#include <cstdio>

class GwStore;

/**
 * `gridwall ingest [--data FILE] INPUT`: reads intake events as JSON Lines from the file
 * INPUT, or from standard input for `-`, and writes each one to the data file as it
 * arrives, so that `gridwall simulate | gridwall ingest -` is live.
 *
 * Every line is parsed (GwIntakeParser), placed in its grid and written (GwIntakeWriter)
 * on its own, in its own transaction. A bad line is reported on stderr as "Line N: …"
 * and the stream goes on. The exit code is ExitSuccess when every line was stored or
 * already stored, ExitRejectedLines when some were rejected or failed to write, and
 * ExitFailure when the data file or INPUT could not be opened or read.
 */
class GwIngestCommand : public GwCommand
{
    Q_DECLARE_TR_FUNCTIONS( GwIngestCommand )

  public:
    //! Exit code when the stream was read to its end but some lines were not stored.
    static constexpr int ExitRejectedLines = 3;

    //! Maximum line length in bytes. A longer line is rejected and skipped.
    static constexpr int MAX_LINE_BYTES = 1024 * 1024;

    /**
     * Margin added on every side of the grids' extent to form the box that event points
     * must fall in, in degrees (about 500 m at the latitude of central China). Reports
     * from just across a boundary road are kept; a point further out is a data fault.
     */
    static constexpr double SUBDISTRICT_MARGIN_DEGREES = 0.005;

    //! Counts of one ingest run.
    struct Summary
    {
      //! Lines read, blank lines included.
      qint64 lines = 0;
      //! New rows written, warnings included.
      qint64 stored = 0;
      //! Reports whose id and content were stored before; nothing was written for them.
      qint64 alreadyStored = 0;
      //! Lines rejected by the parser or a dispatch rule.
      qint64 rejected = 0;
      //! Lines whose write failed in the store.
      qint64 failed = 0;
      //! Wall-clock seconds from the first read to the last write.
      double seconds = 0;
    };

    QString name() const override { return QStringLiteral( "ingest" ); }
    QString summary() const override;
    Application application() const override { return Application::Headless; }
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionalArguments() const override;

    /**
     * Reads \a stream line by line until its end and writes every event to \a store,
     * printing a message per bad line to stderr. Returns false and sets \a error when the
     * store's grids cannot be read or reading \a stream fails; \a summary contains the counts
     * up to that point either way.
     */
    static bool ingest( std::FILE *stream, GwStore &store, Summary &summary, QString *error );

  protected:
    int execute( const QCommandLineParser &parser ) override;
};
