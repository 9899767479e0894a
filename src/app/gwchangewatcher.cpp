// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwchangewatcher.h"

#include "gwlogging.h"
#include "gwstore.h"

namespace
{
  // Changes read per query; a long backlog is read in several queries of this size.
  constexpr int CHANGES_PER_QUERY = 1000;
}

GwChangeWatcher::GwChangeWatcher( GwStore *store, int intervalMs, QObject *parent )
  : QObject( parent )
  , mStore( store )
  , mLastSequence( store->lastSequence() )
{
  mTimer.setInterval( intervalMs );
  connect( &mTimer, &QTimer::timeout, this, &GwChangeWatcher::poll );
  mTimer.start();
}

void GwChangeWatcher::poll()
{
  const qint64 last = mStore->lastSequence();
  if ( last == mLastSequence )
    return;

  QSet<QString> tables;
  if ( last < mLastSequence )
  {
    // A smaller sequence means the file was replaced, so any table may differ.
    qCDebug( gwApp ) << "change log went back from" << mLastSequence << "to" << last << "- reloading every table";
    tables.insert( QString() );
    mLastSequence = last;
    emit tablesChanged( tables );
    return;
  }

  while ( mLastSequence < last )
  {
    const QVector<GwChange> changes = mStore->changesSince( mLastSequence, CHANGES_PER_QUERY );
    if ( changes.isEmpty() )
      break;
    for ( const GwChange &change : changes )
      tables.insert( change.table );
    mLastSequence = changes.constLast().sequence;
  }
  mLastSequence = std::max( mLastSequence, last );

  qCDebug( gwApp ) << "changes up to sequence" << mLastSequence << "in" << tables.values();
  if ( !tables.isEmpty() )
    emit tablesChanged( tables );
}
