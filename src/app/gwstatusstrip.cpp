// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwstatusstrip.h"

#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace
{
  // The centre's target is at least 95 % of the public cameras online.
  constexpr double ONLINE_RATE_TARGET = 0.95;
}

GwStatusStrip::GwStatusStrip( int pixelSize, QWidget *parent )
  : QWidget( parent )
  , mCameras( new QLabel( this ) )
  , mIncidents( new QLabel( this ) )
  , mTasks( new QLabel( this ) )
{
  setObjectName( QStringLiteral( "gwStatusStrip" ) );
  setAttribute( Qt::WA_StyledBackground );

  QFont stripFont = font();
  stripFont.setPixelSize( pixelSize );
  for ( QLabel *label : { mCameras, mIncidents, mTasks } )
  {
    label->setFont( stripFont );
    label->setMinimumWidth( 0 );
  }

  QHBoxLayout *layout = new QHBoxLayout( this );
  layout->setContentsMargins( pixelSize, pixelSize / 3, pixelSize, pixelSize / 3 );
  layout->setSpacing( pixelSize * 2 );
  layout->addWidget( mCameras );
  layout->addWidget( mIncidents );
  layout->addWidget( mTasks );
  layout->addStretch( 1 );

  mAttribution = new QLabel( this );
  mAttribution->setObjectName( QStringLiteral( "gwAttribution" ) );
  QFont small = mAttribution->font();
  small.setPixelSize( std::max( 8, pixelSize * 2 / 3 ) );
  mAttribution->setFont( small );
  mAttribution->hide();
  layout->addWidget( mAttribution );
}

void GwStatusStrip::setAttribution( const QString &text )
{
  mAttribution->setText( text );
  mAttribution->setVisible( !text.isEmpty() );
}

QString GwStatusStrip::cameraText( const GwStatusSummary &summary )
{
  if ( summary.cameras == 0 )
    return tr( "No cameras in this data file" );
  return tr( "Cameras online %1 % (%2/%3)" )
         .arg( QString::number( summary.cameraOnlineRate() * 100.0, 'f', 1 ) )
         .arg( summary.camerasOnline )
         .arg( summary.cameras );
}

void GwStatusStrip::setSummary( const GwStatusSummary &summary )
{
  mCameras->setText( cameraText( summary ) );
  const bool belowTarget = summary.cameras > 0 && summary.cameraOnlineRate() < ONLINE_RATE_TARGET;
  mCameras->setStyleSheet( belowTarget ? QStringLiteral( "color: #ff6b5e;" ) : QString() );

  mIncidents->setText( tr( "Open incidents %1" ).arg( summary.openIncidents ) );
  mTasks->setText( tr( "Overdue tasks %1" ).arg( summary.overdueTasks ) );
  mTasks->setStyleSheet( summary.overdueTasks > 0 ? QStringLiteral( "color: #ffb347;" ) : QString() );
}
