// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwwalllayout.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

class GwChangeWatcher;
class GwMapProject;
class GwWallWindow;

/**
 * The wall windows of one layout and what keeps them current: the change feed
 * that reloads live layers and the timer that refreshes the status strips.
 */
class GwWall : public QObject
{
    Q_OBJECT

  public:
    /**
     * Milliseconds between two reads of the change log. A read is one indexed SQLite
     * query, so 100 ms costs little and keeps the wait for the next read well inside the
     * 500 ms budget from a write to the incident drawn (`gridwall latency` measures it).
     */
    static constexpr int CHANGE_POLL_MS = 100;
    //! Milliseconds between two refreshes of the status strips.
    static constexpr int STATUS_REFRESH_MS = 5000;

    //! Creates a wall drawing \a project, which must outlive the wall.
    explicit GwWall( GwMapProject *project, QObject *parent = nullptr );
    ~GwWall() override;

    /**
     * Creates one window per entry of \a layout, read from \a layoutName (for messages).
     * Returns false and sets \a error when a window names a layer id the catalog does
     * not have or an extent with nothing to show. No window is created then.
     */
    bool createWindows( const GwWallLayout &layout, const QString &layoutName, QString *error );

    //! Places every window on its region, shows it and starts rendering and the live refresh.
    void show();

    /**
     * Renders every window again and waits until each render has finished, then
     * writes `<dir>/<window name>.png` per window and appends the paths to \a paths.
     * Returns false and sets \a error when rendering does not finish within
     * \a timeoutMs milliseconds or a file cannot be written.
     */
    bool saveScreenshots( const QString &dir, int timeoutMs, QStringList *paths, QString *error );

    /**
     * Reads the change log now instead of at the next poll, reloading the live layers
     * that changed. Does nothing before show().
     */
    void pollChanges();

    //! Returns the windows created by createWindows(), in layout order.
    QList<GwWallWindow *> windows() const;

  private:
    void onTablesChanged( const QSet<QString> &tables );
    void refreshStatus();

    GwMapProject *mProject = nullptr;
    std::vector<std::unique_ptr<GwWallWindow>> mWindows;
    QVector<GwWallWindowSpec> mSpecs;
    GwChangeWatcher *mWatcher = nullptr;
    QTimer mStatusTimer;
};
