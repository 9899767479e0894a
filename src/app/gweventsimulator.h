// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwgridlocator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPointF>
#include <QRandomGenerator>
#include <QString>
#include <QVector>

#include <memory>

class GwStore;

/**
 * Generates a realistic intake stream for demonstrations and benchmarks: one JSON
 * object per call of next(), in the format that `gridwall ingest` reads.
 *
 * What the stream contains, per event:
 * - incidentShare() incident reports and alarms. Category and source pairs are drawn
 *   in the proportions of the data file's incidents, and each category in the grids
 *   where it happened before, so straw burning and dumping stay on the rural edge where
 *   the drone found them. Drone and camera alarms come out as anonymous `alarm` lines,
 *   the rest as `incident` lines. Reports from resident WeChat groups carry GCJ-02
 *   coordinates, as phone map apps in China share them.
 * - duplicateShare() of those reports repeat a report of the last DUPLICATE_WINDOW_SECONDS,
 *   with a new id, from the hotline or a WeChat group, less than DUPLICATE_MAX_METRES away.
 * - cameraStatusShare() camera online/offline changes. The more cameras are offline, the
 *   likelier the next change brings one back, so their number stays near that of the scene.
 * - the rest staff positions, each a step of up to STAFF_STEP_METRES inside the staff
 *   member's grid.
 *
 * The same scene, seed and times give the same stream. Ids are `sim-<seed>-<n>`, with n
 * the 1-based number of the event in the stream, so two streams with different seeds
 * never share an id.
 */
class GwEventSimulator
{
    Q_DECLARE_TR_FUNCTIONS( GwEventSimulator )

  public:
    //! How often a category comes from a source.
    struct IncidentKind
    {
      QString category;
      QString source;
      //! Relative frequency, such as the number of past incidents of this kind.
      double weight = 1;
    };

    //! A staff member who reports positions.
    struct Staff
    {
      qint64 id = 0;
      QString gridCode;
      //! Last position, WGS84 lon/lat; null for none, then the first one is drawn in the grid.
      QPointF lonLat;
    };

    //! A camera whose online state the stream changes.
    struct Camera
    {
      QString deviceId;
      QString gridCode;
      QPointF lonLat;
      bool online = true;
    };

    //! Everything the stream is drawn from, usually read from a data file with loadScene().
    struct Scene
    {
      //! Grid boundaries, WGS84 lon/lat.
      QVector<GwGridPolygon> grids;
      //! Display name by grid code, used for alarm zones.
      QHash<QString, QString> gridNames;
      QVector<IncidentKind> kinds;
      //! Past incidents per category and grid code; categories without entries use every grid.
      QHash<QString, QHash<QString, double>> categoryGrids;
      QVector<Staff> staff;
      QVector<Camera> cameras;
    };

    //! Largest distance between a duplicate and the report it repeats, in metres.
    static constexpr double DUPLICATE_MAX_METRES = 20;
    //! Largest time between a duplicate and the report it repeats, in seconds.
    static constexpr int DUPLICATE_WINDOW_SECONDS = 240;
    //! Largest step of a staff member between two positions, in metres.
    static constexpr double STAFF_STEP_METRES = 40;

    static double incidentShare() { return 0.6; }
    static double duplicateShare() { return 0.05; }
    static double cameraStatusShare() { return 0.1; }

    /**
     * Reads the grids, the incidents' category, source and grid counts, the staff with a
     * grid, and the cameras of \a store into \a scene. When the file has no incidents,
     * compiledKinds() supplies the proportions. Returns false and sets \a error
     * when the store cannot be read or has no grid.
     */
    static bool loadScene( const GwStore &store, Scene &scene, QString *error );

    /**
     * Returns the category and source proportions of the demo subdistrict's year of
     * incidents, for a data file without incidents.
     */
    static QVector<IncidentKind> compiledKinds();

    /**
     * Creates a simulator drawing from \a scene with the random \a seed. A scene without
     * grids gives every point as (0, 0), which the intake parser rejects, so use loadScene().
     */
    GwEventSimulator( const Scene &scene, quint32 seed );
    ~GwEventSimulator();

    /**
     * Returns the next event as one line of compact JSON without the line break, with
     * \a nowUtc as its time. Times go out in Asia/Shanghai with their offset.
     */
    QByteArray next( const QDateTime &nowUtc );

    //! Returns the number of events generated so far.
    qint64 count() const { return mCount; }

    //! Returns whether the last event of next() was an incident report or an alarm.
    bool lastWasIncident() const { return mLastWasIncident; }

  private:
    struct RecentReport
    {
      QString category;
      QPointF lonLat;
      QDateTime atUtc;
    };

    QByteArray nextIncident( const QDateTime &nowUtc );
    QByteArray nextCameraStatus( const QDateTime &nowUtc );
    QByteArray nextStaffPosition( const QDateTime &nowUtc );

    const IncidentKind &drawKind();
    QString drawGrid( const QString &category );
    QPointF drawPointInGrid( const QString &gridCode );
    //! Returns whether \a lonLat lies inside grid \a gridCode, or inside any grid for an empty code.
    bool isInsideGrid( const QPointF &lonLat, const QString &gridCode ) const;
    QPointF offsetMetres( const QPointF &lonLat, double eastMetres, double northMetres ) const;
    QString eventId() const;

    Scene mScene;
    quint32 mSeed = 0;
    QRandomGenerator mRandom;
    std::unique_ptr<GwGridLocator> mLocator;
    QHash<QString, int> mGridIndex;
    double mKindWeightTotal = 0;
    //! Offline cameras of the scene, at least 1: the number the camera changes hover around.
    int mStartOffline = 0;
    QVector<RecentReport> mRecent;
    qint64 mCount = 0;
    bool mLastWasIncident = false;
};
