// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsfeedback.h>

/**
 * Feedback for long headless work that prints the progress to stderr as whole
 * percentages, once per change: on one rewritten line on a terminal, one line per
 * step of 5 % otherwise, so that logs stay short.
 */
class GwConsoleFeedback : public QgsFeedback
{
    Q_OBJECT

  public:
    explicit GwConsoleFeedback( QObject *parent = nullptr );

    //! Ends the progress line; call once the work is over, whatever its outcome.
    void finish();

  private:
    void onProgressChanged( double percent );

    bool mTerminal = false;
    int mLastPrinted = -1;
};
