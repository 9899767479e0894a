// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLabel>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

/**
 * Strip across the top of a wall window: the subdistrict name on the left and a
 * clock in China Standard Time (Asia/Shanghai) on the right, whatever the time zone
 * of the machine driving the wall.
 */
class GwTitleBar : public QWidget
{
    Q_OBJECT

  public:
    //! Creates the strip with text of \a pixelSize pixels.
    GwTitleBar( const QString &title, int pixelSize, QWidget *parent = nullptr );

    void setTitle( const QString &title );

  private:
    void updateClock();

    QLabel *mTitle = nullptr;
    QLabel *mClock = nullptr;
    QTimer mTimer;
    QTimeZone mTimeZone;
};
