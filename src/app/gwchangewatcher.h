// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class GwStore;

/**
 * Follows a store's change log by polling its last sequence number, and reports
 * which tables changed since the previous poll.
 *
 * Polling suits the GeoPackage backend, whose writers are other processes with no
 * way to wake this one. The first poll starts from the sequence at construction,
 * so older changes are not reported.
 */
class GwChangeWatcher : public QObject
{
    Q_OBJECT

  public:
    //! Watches \a store, which must outlive the watcher, every \a intervalMs milliseconds.
    GwChangeWatcher( GwStore *store, int intervalMs, QObject *parent = nullptr );

    //! Returns the last sequence number already reported.
    qint64 lastSequence() const { return mLastSequence; }

  public slots:
    //! Reads the change log now instead of waiting for the timer.
    void poll();

  signals:
    /**
     * Emitted once per poll that found changes, with the names of the changed tables.
     * An empty name means the log went back (the file was replaced), so every table
     * may have changed.
     */
    void tablesChanged( const QSet<QString> &tables );

  private:
    GwStore *mStore = nullptr;
    QTimer mTimer;
    qint64 mLastSequence = 0;
};
