// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwstore.h"

/**
 * Scope guard for GwStore::beginTransaction(): the transaction rolls back when the
 * guard goes out of scope without commit(), so an early return never leaves it open.
 */
class GwStoreTransaction
{
  public:
    explicit GwStoreTransaction( GwStore &store, QString *error )
      : mStore( store )
    {
      mActive = mStore.beginTransaction( error );
    }

    ~GwStoreTransaction()
    {
      if ( mActive )
        mStore.rollbackTransaction();
    }

    GwStoreTransaction( const GwStoreTransaction & ) = delete;
    GwStoreTransaction &operator=( const GwStoreTransaction & ) = delete;

    //! Returns whether the transaction started.
    bool isActive() const { return mActive; }

    bool commit( QString *error )
    {
      if ( !mActive )
        return false;
      mActive = false;
      return mStore.commitTransaction( error );
    }

  private:
    GwStore &mStore;
    bool mActive = false;
};
