// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwtitlebar.h"

#include <QDateTime>
#include <QHBoxLayout>

GwTitleBar::GwTitleBar( const QString &title, int pixelSize, QWidget *parent )
  : QWidget( parent )
  , mTitle( new QLabel( title, this ) )
  , mClock( new QLabel( this ) )
  , mTimeZone( QByteArrayLiteral( "Asia/Shanghai" ) )
{
  setObjectName( QStringLiteral( "gwTitleBar" ) );
  setAttribute( Qt::WA_StyledBackground );

  QFont titleFont = font();
  titleFont.setPixelSize( pixelSize );
  titleFont.setBold( true );
  mTitle->setFont( titleFont );
  // A long name is cut at the window edge instead of widening the window past its region.
  mTitle->setSizePolicy( QSizePolicy::Ignored, QSizePolicy::Preferred );

  QFont clockFont = font();
  clockFont.setPixelSize( pixelSize * 3 / 4 );
  mClock->setFont( clockFont );
  mClock->setAlignment( Qt::AlignRight | Qt::AlignVCenter );

  QHBoxLayout *layout = new QHBoxLayout( this );
  layout->setContentsMargins( pixelSize, pixelSize / 3, pixelSize, pixelSize / 3 );
  layout->addWidget( mTitle, 1 );
  layout->addWidget( mClock );

  // Without the zone database, UTC+8 all year is still right: China has no daylight saving time.
  if ( !mTimeZone.isValid() )
    mTimeZone = QTimeZone( 8 * 3600 );

  mTimer.setInterval( 1000 );
  connect( &mTimer, &QTimer::timeout, this, &GwTitleBar::updateClock );
  mTimer.start();
  updateClock();
}

void GwTitleBar::setTitle( const QString &title )
{
  mTitle->setText( title );
}

void GwTitleBar::updateClock()
{
  const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone( mTimeZone );
  mClock->setText( now.toString( QStringLiteral( "yyyy-MM-dd HH:mm:ss" ) ) );
}
