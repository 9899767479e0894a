// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwwallwindow.h"

#include "gwmapproject.h"
#include "gwstatusstrip.h"
#include "gwtitlebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QTimer>
#include <QVBoxLayout>

#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace
{
  const QColor CANVAS_COLOR( 0x0b, 0x1a, 0x2e );

  // Sizes at a window height of 1080 pixels; they grow in proportion with the height.
  constexpr int TITLE_PIXELS = 34;
  constexpr int TEXT_PIXELS = 22;
  constexpr int LEGEND_TEXT_PIXELS = 15;
  constexpr int LEGEND_ICON_PIXELS = 18;
  constexpr double LEGEND_WIDTH_SHARE = 0.28;
  constexpr double EXTENT_MARGIN_FACTOR = 1.08;

  const char *const WALL_STYLE_SHEET = R"(
    GwWallWindow { background: #0b1a2e; }
    QLabel { color: #e6eef8; background: transparent; }
    #gwTitleBar, #gwStatusStrip { background: #12294a; }
    QgsLayerTreeView { background: #0f2239; color: #e6eef8; border: none; border-left: 2px solid #1f3b63; }
    QgsLayerTreeView::item { padding: 1px; }
    QgsLayerTreeView::item:selected { background: transparent; }
  )";
}

GwWallWindow::GwWallWindow( const QString &name, const QSize &regionSize, GwMapProject *project, const QgsRectangle &extent, const QString &title, QWidget *parent )
  : QWidget( parent, Qt::Window | Qt::FramelessWindowHint )
  , mProject( project )
  , mExtent( extent )
{
  setObjectName( name );
  setWindowTitle( title );

  // Narrow windows, such as a third of a 4K screen, scale less so that the legend fits.
  const double scale = std::max( 1.0, std::min( regionSize.height() / 1080.0, regionSize.width() / 960.0 ) );
  auto scaled = [scale]( int pixels ) { return static_cast<int>( pixels * scale + 0.5 ); };

  QFont wallFont( QStringLiteral( "Noto Sans CJK SC" ) );
  wallFont.setPixelSize( scaled( TEXT_PIXELS ) );
  setFont( wallFont );
  setStyleSheet( QString::fromLatin1( WALL_STYLE_SHEET ) );

  mTitleBar = new GwTitleBar( title, scaled( TITLE_PIXELS ), this );
  mStatusStrip = new GwStatusStrip( scaled( TEXT_PIXELS ), this );
  mStatusStrip->setAttribution( project->store()->metadata( QStringLiteral( "attribution" ) ) );

  mCanvas = new QgsMapCanvas( this );
  mCanvas->setCanvasColor( CANVAS_COLOR );
  // With the cache, a change to one live layer redraws that layer only.
  mCanvas->setCachingEnabled( true );
  mCanvas->setParallelRenderingEnabled( true );
  mCanvas->setPreviewJobsEnabled( false );
  mCanvas->setDestinationCrs( project->destinationCrs() );
  mCanvas->setFrameShape( QFrame::NoFrame );
  // The canvas keeps its scale on resize and so would show a different area; the wall
  // always shows its extent instead.
  mCanvas->installEventFilter( this );
  // Which layers draw, and which place labels, depends on the scale.
  connect( mCanvas, &QgsMapCanvas::scaleChanged, this, &GwWallWindow::updateLayers );
  updateLayers();

  // Road and building kinds read off the map itself; collapsed, the legend fits a 1080-line
  // screen. The view takes each layer's expanded state from its layer tree node.
  for ( QgsLayerTreeLayer *node : project->project()->layerTreeRoot()->findLayers() )
  {
    const QgsMapLayer *layer = node->layer();
    const bool collapsed = layer == project->layerForDefinition( QStringLiteral( "roads" ) )
                           || layer == project->layerForDefinition( QStringLiteral( "buildings" ) );
    node->setExpanded( !collapsed );
  }

  mLegendModel = new QgsLayerTreeModel( project->project()->layerTreeRoot(), this );
  // No editing flags: the wall's legend is read-only.
  mLegendModel->setFlags( QgsLayerTreeModel::ShowLegend | QgsLayerTreeModel::ShowLegendAsTree );
  QFont legendFont = wallFont;
  legendFont.setPixelSize( scaled( LEGEND_TEXT_PIXELS ) );
  QFont legendLayerFont = legendFont;
  legendLayerFont.setBold( true );
  mLegendModel->setLayerTreeNodeFont( QgsLayerTreeNode::NodeLayer, legendLayerFont );

  mLegend = new QgsLayerTreeView( this );
  mLegend->setModel( mLegendModel );
  mLegend->setFont( legendFont );
  mLegend->setFocusPolicy( Qt::NoFocus );
  mLegend->setSelectionMode( QAbstractItemView::NoSelection );
  mLegend->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mLegend->setIconSize( QSize( scaled( LEGEND_ICON_PIXELS ), scaled( LEGEND_ICON_PIXELS ) ) );
  mLegend->setHorizontalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
  mLegend->setVerticalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
  mLegend->setFixedWidth( static_cast<int>( regionSize.width() * LEGEND_WIDTH_SHARE ) );

  QHBoxLayout *body = new QHBoxLayout;
  body->setContentsMargins( 0, 0, 0, 0 );
  body->setSpacing( 0 );
  body->addWidget( mCanvas, 1 );
  body->addWidget( mLegend );

  QVBoxLayout *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->setSpacing( 0 );
  layout->addWidget( mTitleBar );
  layout->addLayout( body, 1 );
  layout->addWidget( mStatusStrip );
}

void GwWallWindow::showExtent()
{
  // A margin keeps the outermost boundaries and their labels clear of the window edge.
  QgsRectangle extent = mExtent;
  extent.scale( EXTENT_MARGIN_FACTOR );
  mCanvas->setExtent( extent );
  mCanvas->refresh();
}

bool GwWallWindow::eventFilter( QObject *watched, QEvent *event )
{
  // Deferred, because the canvas takes its new size only after this filter returns.
  if ( watched == mCanvas && event->type() == QEvent::Resize )
    QTimer::singleShot( 0, this, &GwWallWindow::showExtent );
  return QWidget::eventFilter( watched, event );
}

void GwWallWindow::setSummary( const GwStatusSummary &summary )
{
  mStatusStrip->setSummary( summary );
}

void GwWallWindow::updateLayers()
{
  const QList<QgsMapLayer *> layers = mProject->renderLayers( mCanvas->scale() );
  if ( layers != mCanvas->layers() )
    mCanvas->setLayers( layers );
}
