// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwstore.h"

#include <QLabel>
#include <QWidget>

/**
 * Strip along the bottom of a wall window with the figures the duty officer
 * watches: camera online rate, open incidents and overdue tasks.
 */
class GwStatusStrip : public QWidget
{
    Q_OBJECT

  public:
    //! Creates the strip with text of \a pixelSize pixels.
    GwStatusStrip( int pixelSize, QWidget *parent = nullptr );

    //! Shows \a summary; the online rate is highlighted below 95 %.
    void setSummary( const GwStatusSummary &summary );

    //! Shows \a text, the credit that the data's licence requires, at the strip's right end.
    void setAttribution( const QString &text );

    //! Returns the camera figure as shown, such as "Cameras online 96.2 % (560/582)".
    static QString cameraText( const GwStatusSummary &summary );

  private:
    QLabel *mCameras = nullptr;
    QLabel *mIncidents = nullptr;
    QLabel *mTasks = nullptr;
    QLabel *mAttribution = nullptr;
};
