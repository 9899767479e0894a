// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwdispatcher.h"

#include <QCoreApplication>
#include <QDateTime>

class GwGridLocator;
class GwStore;
struct GwIntakeEvent;

/**
 * Writes parsed intake events through the store.
 *
 * Reports and alarms become incidents through GwDispatcher::report(), in the grid that
 * GwGridLocator finds. A camera status updates cameras.online and adds a
 * camera_status_log row. A staff position updates the staff member's point and
 * position_at. An unknown device or staff id is Rejected with a message.
 */
class GwIntakeWriter
{
    Q_DECLARE_TR_FUNCTIONS( GwIntakeWriter )

  public:
    //! Keeps references to its arguments, so they must outlive the writer.
    GwIntakeWriter( GwStore &store, GwDispatcher &dispatcher, const GwGridLocator &grids );

    /**
     * Writes \a event. Messages start with "Line N:" when event.line is set, so callers
     * print them as they are. A camera status older than the camera's current one only
     * goes into camera_status_log; a staff position not newer than the stored one is
     * AlreadyStored.
     */
    GwDispatchResult write( const GwIntakeEvent &event, const QDateTime &nowUtc );

  private:
    GwDispatchResult writeReport( const GwIntakeEvent &event, const QDateTime &nowUtc );
    GwDispatchResult writeCameraStatus( const GwIntakeEvent &event );
    GwDispatchResult writeStaffPosition( const GwIntakeEvent &event );

    GwStore &mStore;
    GwDispatcher &mDispatcher;
    const GwGridLocator &mGrids;
};
