// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwwall.h"

#include "gwchangewatcher.h"
#include "gwlogging.h"
#include "gwmapproject.h"
#include "gwwallwindow.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPixmap>

#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

namespace
{
  // Time to let the canvas paint its finished image into the widget before grabbing it.
  constexpr int SETTLE_MS = 300;

  void waitFor( int milliseconds )
  {
    QEventLoop loop;
    QTimer::singleShot( milliseconds, &loop, &QEventLoop::quit );
    loop.exec();
  }
}

GwWall::GwWall( GwMapProject *project, QObject *parent )
  : QObject( parent )
  , mProject( project )
{
}

GwWall::~GwWall() = default;

bool GwWall::createWindows( const GwWallLayout &layout, const QString &layoutName, QString *error )
{
  const QString subdistrict = mProject->store()->metadata( QStringLiteral( "subdistrict_name" ) );
  const QString title = subdistrict.isEmpty()
                        ? tr( "Grid governance command centre" )
                        : tr( "%1 grid governance command centre" ).arg( subdistrict );

  std::vector<std::unique_ptr<GwWallWindow>> windows;
  for ( const GwWallWindowSpec &spec : layout.windows() )
  {
    QgsRectangle extent;
    if ( !spec.extentLayerId.isEmpty() )
    {
      if ( !mProject->catalog().definition( spec.extentLayerId ).isValid() )
      {
        if ( error )
          *error = tr( "Layout %1, window “%2”: extent layer “%3” not found in the layer catalog." ).arg( layoutName, spec.name, spec.extentLayerId );
        return false;
      }
      extent = mProject->layerExtent( spec.extentLayerId );
      if ( extent.isNull() || extent.isEmpty() )
      {
        if ( error )
          *error = tr( "Layout %1, window “%2”: extent layer “%3” has no features in the data file." ).arg( layoutName, spec.name, spec.extentLayerId );
        return false;
      }
    }
    else if ( !spec.extentLonLat.isNull() )
    {
      extent = mProject->extentFromLonLat( spec.extentLonLat );
    }
    else
    {
      extent = mProject->defaultExtent();
    }

    windows.push_back( std::make_unique<GwWallWindow>( spec.name, spec.geometry.size(), mProject, extent, title ) );
  }

  mWindows = std::move( windows );
  mSpecs = layout.windows();
  return true;
}

void GwWall::show()
{
  for ( size_t i = 0; i < mWindows.size(); ++i )
  {
    GwWallWindow *window = mWindows.at( i ).get();
    const GwWallWindowSpec &spec = mSpecs.at( static_cast<int>( i ) );
    // Without a window manager (Xvfb, some wall controllers) a full-screen request
    // alone leaves a small window, so the geometry is always set first.
    window->setGeometry( spec.geometry );
    // A fixed size keeps the size hints of the strips and legend from widening the window.
    window->setFixedSize( spec.geometry.size() );
    if ( spec.coversScreen )
      window->showFullScreen();
    else
      window->show();
  }

  // Layouts settle on show. The extent must be set on the final canvas size, because
  // otherwise the canvas keeps the scale of the first size and shows a different area.
  QCoreApplication::processEvents();
  for ( const std::unique_ptr<GwWallWindow> &window : mWindows )
    window->showExtent();

  refreshStatus();
  mStatusTimer.setInterval( STATUS_REFRESH_MS );
  connect( &mStatusTimer, &QTimer::timeout, this, &GwWall::refreshStatus );
  mStatusTimer.start();

  mWatcher = new GwChangeWatcher( mProject->store(), CHANGE_POLL_MS, this );
  connect( mWatcher, &GwChangeWatcher::tablesChanged, this, &GwWall::onTablesChanged );
}

bool GwWall::saveScreenshots( const QString &dir, int timeoutMs, QStringList *paths, QString *error )
{
  if ( !QDir().mkpath( dir ) )
  {
    if ( error )
      *error = tr( "Screenshot folder %1 could not be created." ).arg( QDir::toNativeSeparators( dir ) );
    return false;
  }

  QElapsedTimer elapsed;
  elapsed.start();
  for ( const std::unique_ptr<GwWallWindow> &window : mWindows )
  {
    QgsMapCanvas *canvas = window->canvas();
    // A refresh is scheduled by a zero-delay timer, so it may not have started yet.
    bool finished = false;
    QEventLoop loop;
    const QMetaObject::Connection connection = connect( canvas, &QgsMapCanvas::mapCanvasRefreshed, &loop, [&finished, &loop] {
      finished = true;
      loop.quit();
    } );
    QTimer::singleShot( std::max( 1, timeoutMs - static_cast<int>( elapsed.elapsed() ) ), &loop, &QEventLoop::quit );
    canvas->refresh();
    loop.exec();
    disconnect( connection );
    if ( !finished )
    {
      if ( error )
        *error = tr( "Rendering window “%1” did not finish within %2 s." ).arg( window->name() ).arg( timeoutMs / 1000 );
      return false;
    }
  }

  waitFor( SETTLE_MS );

  for ( const std::unique_ptr<GwWallWindow> &window : mWindows )
  {
    const QString path = QDir( dir ).absoluteFilePath( window->name() + QLatin1String( ".png" ) );
    if ( !window->grab().save( path, "PNG" ) )
    {
      if ( error )
        *error = tr( "Screenshot %1 could not be written." ).arg( QDir::toNativeSeparators( path ) );
      return false;
    }
    if ( paths )
      *paths << path;
  }
  return true;
}

void GwWall::pollChanges()
{
  if ( mWatcher )
    mWatcher->poll();
}

QList<GwWallWindow *> GwWall::windows() const
{
  QList<GwWallWindow *> windows;
  for ( const std::unique_ptr<GwWallWindow> &window : mWindows )
    windows << window.get();
  return windows;
}

void GwWall::onTablesChanged( const QSet<QString> &tables )
{
  // Only live layers reload, so the canvas cache keeps the images of all the others.
  const bool everyTable = tables.contains( QString() );
  for ( const GwLayerDefinition &definition : mProject->catalog().definitions() )
  {
    if ( !definition.isLive() || ( !everyTable && !tables.contains( definition.table() ) ) )
      continue;
    QgsVectorLayer *layer = mProject->layerForDefinition( definition.id() );
    if ( !layer )
      continue;
    qCDebug( gwApp ) << "reloading live layer" << definition.id();
    layer->reload();
    layer->triggerRepaint();
  }
  refreshStatus();
}

void GwWall::refreshStatus()
{
  const GwStatusSummary summary = mProject->store()->statusSummary( QDateTime::currentDateTimeUtc() );
  for ( const std::unique_ptr<GwWallWindow> &window : mWindows )
    window->setSummary( summary );
}
