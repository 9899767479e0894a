// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwconsolefeedback.h"

#include <cstdio>
#include <unistd.h>

GwConsoleFeedback::GwConsoleFeedback( QObject *parent )
  : QgsFeedback( parent )
  , mTerminal( isatty( fileno( stderr ) ) )
{
  connect( this, &QgsFeedback::progressChanged, this, &GwConsoleFeedback::onProgressChanged );
}

void GwConsoleFeedback::finish()
{
  if ( mTerminal && mLastPrinted >= 0 )
    std::fputc( '\n', stderr );
  std::fflush( stderr );
  mLastPrinted = -1;
}

void GwConsoleFeedback::onProgressChanged( double percent )
{
  const int whole = qBound( 0, static_cast<int>( percent ), 100 );
  const int step = mTerminal ? 1 : 5;
  if ( mLastPrinted >= 0 && whole < mLastPrinted + step && whole != 100 )
    return;
  if ( whole == mLastPrinted )
    return;

  mLastPrinted = whole;
  std::fprintf( stderr, mTerminal ? "\r%3d %%" : "%3d %%\n", whole );
  std::fflush( stderr );
}
