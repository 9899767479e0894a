// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdeskwindow.h"

#include "gwchangewatcher.h"
#include "gwdomainterms.h"
#include "gwhistorymodel.h"
#include "gwincidentqueuemodel.h"
#include "gwincidentstatemachine.h"
#include "gwlayercatalog.h"
#include "gwlogging.h"
#include "gwmapproject.h"
#include "gwreasondialog.h"
#include "gwstaffcandidatemodel.h"
#include "gwtaskboardmodel.h"
#include "gwtimewindow.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QScrollBar>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmessagebar.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace
{
  // Point size for a full working day at arm's length; the system default is smaller.
  constexpr double DESK_POINT_SIZE = 12;
  // The layer styles are drawn for the wall's dark background, so the map keeps it.
  const QColor CANVAS_COLOR( 0x0b, 0x1a, 0x2e );
  // Seconds a success message stays; warnings and errors stay until dismissed.
  constexpr int SUCCESS_MESSAGE_SECONDS = 5;
  // Time to let the canvas paint its finished image into the widget before grabbing it.
  constexpr int SETTLE_MS = 300;

  // Tables whose changes alter what the desk lists.
  const QSet<QString> &deskTables()
  {
    static const QSet<QString> tables = {
      QStringLiteral( "incidents" ), QStringLiteral( "tasks" ), QStringLiteral( "events" ), QStringLiteral( "staff" ),
    };
    return tables;
  }

  QTableView *createTableView( QAbstractItemModel *model, QWidget *parent )
  {
    QTableView *view = new QTableView( parent );
    view->setModel( model );
    view->setSelectionBehavior( QAbstractItemView::SelectRows );
    view->setSelectionMode( QAbstractItemView::SingleSelection );
    view->setEditTriggers( QAbstractItemView::NoEditTriggers );
    view->setAlternatingRowColors( true );
    view->setWordWrap( false );
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections( false );
    view->horizontalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
    view->horizontalHeader()->setStretchLastSection( true );
    // Rows follow the font, because the desk font is larger than the default.
    view->verticalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
    return view;
  }

  QGroupBox *createPanel( const QString &title, QWidget *content, QWidget *parent )
  {
    QGroupBox *box = new QGroupBox( title, parent );
    QVBoxLayout *layout = new QVBoxLayout( box );
    layout->setContentsMargins( 6, 6, 6, 6 );
    layout->addWidget( content );
    return box;
  }

  // Ages offered by the age filter, in seconds; 0 is "any age".
  const QVector<qint64> &maxAgeChoices()
  {
    static const QVector<qint64> seconds = { 0, 3600, 4 * 3600, 24 * 3600, 7 * 24 * 3600 };
    return seconds;
  }
}

GwDeskWindow::GwDeskWindow( GwMapProject *project, const GwSlaTable &sla, const QString &actor, QWidget *parent )
  : QMainWindow( parent )
  , mProject( project )
  , mSla( sla )
  , mActor( actor )
{
  setObjectName( QStringLiteral( "desk" ) );
  const QString subdistrict = project->store()->metadata( QStringLiteral( "subdistrict_name" ) );
  setWindowTitle( subdistrict.isEmpty() ? tr( "Dispatcher desk" ) : tr( "%1 dispatcher desk" ).arg( subdistrict ) );

  QFont deskFont( QStringLiteral( "Noto Sans CJK SC" ) );
  deskFont.setPointSizeF( DESK_POINT_SIZE );
  setFont( deskFont );

  // The dispatcher keeps a reference to the SLA table, so it reads this window's copy.
  mDispatcher = std::make_unique<GwDispatcher>( *project->store(), mSla );

  mQueueModel = new GwIncidentQueueModel( this );
  mQueueProxy = new QSortFilterProxyModel( this );
  mQueueProxy->setSourceModel( mQueueModel );
  mQueueProxy->setFilterRole( GwIncidentQueueModel::FilterRole );
  mQueueProxy->setFilterKeyColumn( GwIncidentQueueModel::ColumnId );
  mQueueProxy->setFilterFixedString( QStringLiteral( "1" ) );
  mQueueProxy->setSortRole( GwIncidentQueueModel::SortRole );
  mQueueProxy->setDynamicSortFilter( true );
  mTaskBoardModel = new GwTaskBoardModel( this );
  mCandidateModel = new GwStaffCandidateModel( this );
  mHistoryModel = new GwHistoryModel( this );

  createActions();

  mMessageBar = new QgsMessageBar( this );

  QWidget *queuePanel = createQueuePanel();
  QWidget *mapPanel = createMapPanel();
  QWidget *candidatePanel = createCandidatePanel();

  mTaskBoardView = createTableView( mTaskBoardModel, this );
  mTaskBoardView->setObjectName( QStringLiteral( "taskBoard" ) );
  connect( mTaskBoardView, &QTableView::activated, this, &GwDeskWindow::onTaskActivated );
  mHistoryView = createTableView( mHistoryModel, this );
  mHistoryView->setObjectName( QStringLiteral( "history" ) );

  QSplitter *top = new QSplitter( Qt::Horizontal, this );
  top->addWidget( queuePanel );
  top->addWidget( mapPanel );
  // Sizes are relative: the splitter scales them to its width. Without them the queue's
  // size hint would leave the map a narrow strip.
  top->setSizes( { 1050, 850 } );

  QSplitter *bottom = new QSplitter( Qt::Horizontal, this );
  bottom->addWidget( candidatePanel );
  bottom->addWidget( createPanel( tr( "Task board (Ctrl+3)" ), mTaskBoardView, this ) );
  bottom->addWidget( createPanel( tr( "Event history (Ctrl+4)" ), mHistoryView, this ) );
  bottom->setSizes( { 640, 700, 580 } );

  QSplitter *body = new QSplitter( Qt::Vertical, this );
  body->addWidget( top );
  body->addWidget( bottom );
  body->setSizes( { 600, 400 } );

  QWidget *central = new QWidget( this );
  QVBoxLayout *layout = new QVBoxLayout( central );
  layout->setContentsMargins( 4, 4, 4, 4 );
  layout->addWidget( mMessageBar );
  layout->addWidget( body, 1 );
  setCentralWidget( central );

  mStatusLabel = new QLabel( this );
  statusBar()->addPermanentWidget( mStatusLabel );

  createMenus();

  // Filters, then the queue, then the work on the selected incident.
  setTabOrder( mGridFilter, mCategoryFilter );
  setTabOrder( mCategoryFilter, mStateFilter );
  setTabOrder( mStateFilter, mAgeFilter );
  setTabOrder( mAgeFilter, mQueueView );
  setTabOrder( mQueueView, mCandidateView );
  QWidget *previous = mCandidateView;
  for ( QToolButton *button : mActionButtons->findChildren<QToolButton *>() )
  {
    setTabOrder( previous, button );
    previous = button;
  }
  setTabOrder( previous, mTaskBoardView );
  setTabOrder( mTaskBoardView, mHistoryView );

  fillFilters();
  reloadAll();
  mQueueProxy->sort( GwIncidentQueueModel::ColumnAge, Qt::AscendingOrder );
  mQueueView->horizontalHeader()->setSortIndicator( GwIncidentQueueModel::ColumnAge, Qt::AscendingOrder );

  connect( mQueueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GwDeskWindow::onCurrentIncidentChanged );
  connect( mCandidateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GwDeskWindow::updateActions );

  mWatcher = new GwChangeWatcher( project->store(), CHANGE_POLL_MS, this );
  connect( mWatcher, &GwChangeWatcher::tablesChanged, this, &GwDeskWindow::onTablesChanged );

  mClock.setInterval( CLOCK_TICK_MS );
  connect( &mClock, &QTimer::timeout, this, &GwDeskWindow::onClockTick );
  mClock.start();

  if ( mQueueProxy->rowCount() > 0 )
    mQueueView->setCurrentIndex( mQueueProxy->index( 0, 0 ) );
  updateActions();
  updateStatus();
  mQueueView->setFocus();
}

GwDeskWindow::~GwDeskWindow() = default;

QWidget *GwDeskWindow::createQueuePanel()
{
  mGridFilter = new QComboBox( this );
  mGridFilter->setObjectName( QStringLiteral( "gridFilter" ) );
  mCategoryFilter = new QComboBox( this );
  mStateFilter = new QComboBox( this );
  mAgeFilter = new QComboBox( this );
  for ( QComboBox *box : { mGridFilter, mCategoryFilter, mStateFilter, mAgeFilter } )
  {
    box->setSizeAdjustPolicy( QComboBox::AdjustToContents );
    connect( box, qOverload<int>( &QComboBox::currentIndexChanged ), this, &GwDeskWindow::applyFilter );
  }

  QHBoxLayout *filters = new QHBoxLayout;
  const QList<QPair<QString, QComboBox *>> labelled = {
    { tr( "&Grid:" ), mGridFilter },
    { tr( "Categor&y:" ), mCategoryFilter },
    { tr( "S&tate:" ), mStateFilter },
    { tr( "Age at &most:" ), mAgeFilter },
  };
  for ( const QPair<QString, QComboBox *> &entry : labelled )
  {
    QLabel *label = new QLabel( entry.first, this );
    label->setBuddy( entry.second );
    filters->addWidget( label );
    filters->addWidget( entry.second );
  }
  filters->addStretch( 1 );

  mQueueView = createTableView( mQueueProxy, this );
  mQueueView->setObjectName( QStringLiteral( "queue" ) );
  mQueueView->setSortingEnabled( true );

  QWidget *content = new QWidget( this );
  QVBoxLayout *layout = new QVBoxLayout( content );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->addLayout( filters );
  layout->addWidget( mQueueView, 1 );
  return createPanel( tr( "Incident queue (Ctrl+1, filter Ctrl+F)" ), content, this );
}

QWidget *GwDeskWindow::createMapPanel()
{
  mCanvas = new QgsMapCanvas( this );
  mCanvas->setObjectName( QStringLiteral( "map" ) );
  mCanvas->setCanvasColor( CANVAS_COLOR );
  mCanvas->setCachingEnabled( true );
  mCanvas->setParallelRenderingEnabled( true );
  mCanvas->setDestinationCrs( mProject->destinationCrs() );
  // Tab skips the map; the keyboard works the lists, and the map follows the selection.
  mCanvas->setFocusPolicy( Qt::ClickFocus );
  connect( mCanvas, &QgsMapCanvas::scaleChanged, this, [this] {
    const QList<QgsMapLayer *> layers = mProject->renderLayers( mCanvas->scale() );
    if ( layers != mCanvas->layers() )
      mCanvas->setLayers( layers );
  } );
  mCanvas->setLayers( mProject->renderLayers() );
  mCanvas->setExtent( mProject->defaultExtent() );

  mIncidentLabel = new QLabel( this );
  mIncidentLabel->setWordWrap( true );
  mIncidentLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );

  QWidget *content = new QWidget( this );
  QVBoxLayout *layout = new QVBoxLayout( content );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->addWidget( mIncidentLabel );
  layout->addWidget( mCanvas, 1 );
  return createPanel( tr( "Map and selected incident" ), content, this );
}

QWidget *GwDeskWindow::createCandidatePanel()
{
  mCandidateView = createTableView( mCandidateModel, this );
  mCandidateView->setObjectName( QStringLiteral( "candidates" ) );
  // Return on a candidate assigns it, as Ctrl+Return does anywhere.
  connect( mCandidateView, &QTableView::activated, this, [this] { runAction( Action::Assign ); } );

  mActionButtons = new QWidget( this );
  QHBoxLayout *buttons = new QHBoxLayout( mActionButtons );
  buttons->setContentsMargins( 0, 0, 0, 0 );
  for ( Action action : { Action::Assign, Action::Reassign, Action::Escalate } )
  {
    QToolButton *button = new QToolButton( mActionButtons );
    button->setDefaultAction( mActions.value( action ) );
    button->setToolButtonStyle( Qt::ToolButtonTextOnly );
    button->setFocusPolicy( Qt::StrongFocus );
    buttons->addWidget( button );
  }

  QMenu *stateMenu = new QMenu( tr( "State" ), this );
  for ( Action action : { Action::Accept, Action::OnSite, Action::Resolve, Action::Close, Action::Reject, Action::Reopen, Action::Merge } )
    stateMenu->addAction( mActions.value( action ) );
  QToolButton *stateButton = new QToolButton( mActionButtons );
  stateButton->setText( tr( "State…" ) );
  stateButton->setMenu( stateMenu );
  stateButton->setPopupMode( QToolButton::InstantPopup );
  stateButton->setFocusPolicy( Qt::StrongFocus );
  buttons->addWidget( stateButton );
  buttons->addStretch( 1 );

  QWidget *content = new QWidget( this );
  QVBoxLayout *layout = new QVBoxLayout( content );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->addWidget( mCandidateView, 1 );
  layout->addWidget( mActionButtons );
  return createPanel( tr( "Candidate staff of the grid (Ctrl+2)" ), content, this );
}

void GwDeskWindow::createActions()
{
  struct Entry
  {
    Action action;
    QString text;
    QList<QKeySequence> shortcuts;
  };
  const QList<Entry> entries = {
    { Action::Assign, tr( "&Assign" ), { QKeySequence( Qt::Key_F2 ), QKeySequence( Qt::CTRL | Qt::Key_Return ), QKeySequence( Qt::CTRL | Qt::Key_Enter ) } },
    { Action::Reassign, tr( "&Reassign…" ), { QKeySequence( Qt::Key_F3 ) } },
    { Action::Escalate, tr( "&Escalate to grid head…" ), { QKeySequence( Qt::Key_F4 ) } },
    { Action::Accept, tr( "Mark a&ccepted" ), { QKeySequence( Qt::Key_F5 ) } },
    { Action::OnSite, tr( "Mark &on site" ), { QKeySequence( Qt::Key_F6 ) } },
    { Action::Resolve, tr( "Mark re&solved" ), { QKeySequence( Qt::Key_F7 ) } },
    { Action::Close, tr( "C&lose…" ), { QKeySequence( Qt::Key_F8 ) } },
    { Action::Reject, tr( "Re&ject…" ), { QKeySequence( Qt::Key_F9 ) } },
    { Action::Reopen, tr( "Reo&pen…" ), { QKeySequence( Qt::SHIFT | Qt::Key_F7 ) } },
    { Action::Merge, tr( "&Merge into another incident…" ), { QKeySequence( Qt::Key_F10 ) } },
  };
  for ( const Entry &entry : entries )
  {
    QAction *action = new QAction( entry.text, this );
    action->setShortcuts( entry.shortcuts );
    action->setToolTip( QStringLiteral( "%1 (%2)" ).arg( QString( entry.text ).remove( QLatin1Char( '&' ) ), entry.shortcuts.constFirst().toString( QKeySequence::NativeText ) ) );
    const Action deskAction = entry.action;
    connect( action, &QAction::triggered, this, [this, deskAction] { runAction( deskAction ); } );
    addAction( action );
    mActions.insert( entry.action, action );
  }
}

void GwDeskWindow::createMenus()
{
  QMenu *incidentMenu = menuBar()->addMenu( tr( "&Incident" ) );
  for ( QAction *action : std::as_const( mActions ) )
    incidentMenu->addAction( action );

  QMenu *viewMenu = menuBar()->addMenu( tr( "&View" ) );
  auto addFocusAction = [this, viewMenu]( const QString &text, const QKeySequence &shortcut, QWidget *target ) {
    QAction *action = viewMenu->addAction( text );
    action->setShortcut( shortcut );
    connect( action, &QAction::triggered, target, [target] { target->setFocus( Qt::ShortcutFocusReason ); } );
  };
  addFocusAction( tr( "Go to the &filter" ), QKeySequence::Find, mGridFilter );
  addFocusAction( tr( "Go to the &queue" ), QKeySequence( Qt::CTRL | Qt::Key_1 ), mQueueView );
  addFocusAction( tr( "Go to the &candidate staff" ), QKeySequence( Qt::CTRL | Qt::Key_2 ), mCandidateView );
  addFocusAction( tr( "Go to the &task board" ), QKeySequence( Qt::CTRL | Qt::Key_3 ), mTaskBoardView );
  addFocusAction( tr( "Go to the event &history" ), QKeySequence( Qt::CTRL | Qt::Key_4 ), mHistoryView );
  viewMenu->addSeparator();

  QAction *clearFilterAction = viewMenu->addAction( tr( "C&lear the filter" ) );
  clearFilterAction->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_F ) );
  connect( clearFilterAction, &QAction::triggered, this, &GwDeskWindow::clearFilter );

  QAction *reloadAction = viewMenu->addAction( tr( "&Reload" ) );
  reloadAction->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_R ) );
  connect( reloadAction, &QAction::triggered, this, &GwDeskWindow::reloadAll );

  QAction *dismissAction = viewMenu->addAction( tr( "&Dismiss the message" ) );
  dismissAction->setShortcut( QKeySequence( Qt::Key_Escape ) );
  connect( dismissAction, &QAction::triggered, mMessageBar, [this] { mMessageBar->popWidget(); } );
}

void GwDeskWindow::fillFilters()
{
  using V = GwDomainTerms::Vocabulary;

  mGridFilter->addItem( tr( "All grids" ), QString() );
  QString error;
  const QVector<GwFeature> grids = mProject->store()->features( QStringLiteral( "grids" ), QVariantMap(), &error );
  QVector<QPair<QString, QString>> codeAndName;
  for ( const GwFeature &grid : grids )
    codeAndName << qMakePair( grid.attributes.value( QStringLiteral( "code" ) ).toString(), grid.attributes.value( QStringLiteral( "name" ) ).toString() );
  std::sort( codeAndName.begin(), codeAndName.end() );
  for ( const QPair<QString, QString> &grid : std::as_const( codeAndName ) )
    mGridFilter->addItem( QStringLiteral( "%1 %2" ).arg( grid.first, grid.second ), grid.first );
  // The box shows the start of the code and name, and its list shows them whole.
  mGridFilter->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
  mGridFilter->setMinimumContentsLength( 12 );
  mGridFilter->view()->setMinimumWidth( mGridFilter->view()->sizeHintForColumn( 0 ) + mGridFilter->view()->verticalScrollBar()->sizeHint().width() );
  if ( !error.isEmpty() )
    mMessageBar->pushMessage( tr( "Grid list" ), error, Qgis::MessageLevel::Warning, 0 );

  mCategoryFilter->addItem( tr( "All categories" ), QString() );
  for ( const QString &key : GwDomainTerms::keys( V::IncidentCategory ) )
    mCategoryFilter->addItem( GwDomainTerms::displayName( V::IncidentCategory, key ), key );

  mStateFilter->addItem( tr( "Not finished" ), QString::fromLatin1( GwIncidentQueueModel::ACTIVE_STATES ) );
  mStateFilter->addItem( tr( "All states" ), QString() );
  for ( const QString &key : GwDomainTerms::keys( V::IncidentState ) )
    mStateFilter->addItem( GwDomainTerms::displayName( V::IncidentState, key ), key );

  mAgeFilter->addItem( tr( "Any age" ), 0 );
  for ( qint64 seconds : maxAgeChoices() )
  {
    if ( seconds == 0 )
      continue;
    mAgeFilter->addItem( seconds < 86400 ? tr( "Under %n hour(s)", nullptr, static_cast<int>( seconds / 3600 ) )
                         : tr( "Under %n day(s)", nullptr, static_cast<int>( seconds / 86400 ) ),
                         seconds );
  }
}

void GwDeskWindow::applyFilter()
{
  GwIncidentQueueModel::Filter filter;
  filter.gridCode = mGridFilter->currentData().toString();
  filter.category = mCategoryFilter->currentData().toString();
  filter.state = mStateFilter->currentData().toString();
  filter.maxAgeSeconds = mAgeFilter->currentData().toLongLong();
  mQueueModel->setFilter( filter );
  updateStatus();
}

void GwDeskWindow::clearFilter()
{
  for ( QComboBox *box : { mGridFilter, mCategoryFilter, mAgeFilter } )
    box->setCurrentIndex( 0 );
  // Index 1 is "All states", so that closed incidents can be found too.
  mStateFilter->setCurrentIndex( 1 );
}

bool GwDeskWindow::selectIncident( qint64 id )
{
  const int sourceRow = mQueueModel->rowOfId( id );
  if ( sourceRow < 0 )
    return false;
  const QModelIndex index = mQueueProxy->mapFromSource( mQueueModel->index( sourceRow, 0 ) );
  if ( !index.isValid() )
    return false;
  mQueueView->setCurrentIndex( index );
  mQueueView->scrollTo( index );
  return true;
}

qint64 GwDeskWindow::selectedIncidentId() const
{
  const QModelIndex current = mQueueView->currentIndex();
  return current.isValid() ? current.data( GwIncidentQueueModel::IdRole ).toLongLong() : 0;
}

bool GwDeskWindow::selectStaff( qint64 staffId )
{
  const int row = mCandidateModel->rowOfStaff( staffId );
  if ( row < 0 )
    return false;
  mCandidateView->setCurrentIndex( mCandidateModel->index( row, 0 ) );
  return true;
}

qint64 GwDeskWindow::selectedStaffId() const
{
  const QModelIndex current = mCandidateView->currentIndex();
  return current.isValid() ? current.data( GwStaffCandidateModel::StaffIdRole ).toLongLong() : 0;
}

bool GwDeskWindow::reasonRequired( Action action )
{
  switch ( action )
  {
    case Action::Reassign:
    case Action::Escalate:
    case Action::Close:
    case Action::Reject:
    case Action::Reopen:
    case Action::Merge:
      return true;
    case Action::Assign:
    case Action::Accept:
    case Action::OnSite:
    case Action::Resolve:
      return false;
  }
  return false;
}

bool GwDeskWindow::isActionAllowed( Action action, const QString &state )
{
  using Machine = GwIncidentStateMachine;
  switch ( action )
  {
    case Action::Assign:
      return state == QLatin1String( "reported" );
    case Action::Reassign:
      // Reassigning needs a task to take away; a reported incident is assigned instead.
      return Machine::isOpen( state ) && state != QLatin1String( "reported" );
    case Action::Escalate:
      return Machine::isOpen( state );
    case Action::Accept:
      return Machine::canTransition( state, QStringLiteral( "accepted" ) );
    case Action::OnSite:
      return state != QLatin1String( "resolved" ) && Machine::canTransition( state, QStringLiteral( "on_site" ) );
    case Action::Resolve:
      return Machine::canTransition( state, QStringLiteral( "resolved" ) );
    case Action::Close:
      return Machine::canTransition( state, QStringLiteral( "closed" ) );
    case Action::Reject:
      return Machine::canTransition( state, QStringLiteral( "rejected" ) );
    case Action::Reopen:
      return state == QLatin1String( "resolved" ) && Machine::canTransition( state, QStringLiteral( "on_site" ) );
    case Action::Merge:
      return Machine::canTransition( state, QStringLiteral( "merged" ) );
  }
  return false;
}

void GwDeskWindow::runAction( Action action )
{
  const qint64 incidentId = selectedIncidentId();
  if ( incidentId == 0 )
  {
    mMessageBar->pushMessage( actionName( action ), tr( "No incident selected; select one in the queue first." ), Qgis::MessageLevel::Warning, SUCCESS_MESSAGE_SECONDS );
    return;
  }

  qint64 mergeIntoId = 0;
  QString reason;
  if ( reasonRequired( action ) )
  {
    QString prompt = tr( "Why this change to incident %1? The reason goes into its history." ).arg( incidentId );
    if ( action == Action::Reassign )
      prompt = tr( "Why is incident %1 taken from the staff member who has it?" ).arg( incidentId );
    else if ( action == Action::Escalate )
      prompt = tr( "Why is incident %1 escalated to the grid head?" ).arg( incidentId );
    GwReasonDialog dialog( actionName( action ), prompt, true, this );

    if ( action == Action::Merge )
    {
      QVector<QPair<qint64, QString>> choices;
      for ( qint64 id : mDispatcher->duplicateCandidates( incidentId ) )
        choices << qMakePair( id, mergeChoiceText( id ) );
      if ( choices.isEmpty() )
      {
        mMessageBar->pushMessage( actionName( action ), tr( "Incident %1 has no duplicate candidate (same category, within 30 m and 5 minutes) to merge into." ).arg( incidentId ), Qgis::MessageLevel::Warning, 0 );
        return;
      }
      dialog.setChoices( tr( "&Into incident:" ), choices );
    }

    if ( dialog.exec() != QDialog::Accepted )
      return;
    reason = dialog.reason();
    mergeIntoId = dialog.choice();
  }

  performAction( action, reason, mergeIntoId );
}

GwDispatchResult GwDeskWindow::performAction( Action action, const QString &reason, qint64 mergeIntoId )
{
  GwDispatchResult result;
  const qint64 incidentId = selectedIncidentId();
  const int row = mQueueModel->rowOfId( incidentId );
  if ( incidentId == 0 || row < 0 )
  {
    result.message = tr( "No incident selected; select one in the queue first." );
    showResult( action, incidentId, result );
    return result;
  }

  const GwIncidentQueueModel::Incident incident = mQueueModel->incident( row );
  const QDateTime now = QDateTime::currentDateTimeUtc();
  switch ( action )
  {
    case Action::Assign:
    case Action::Reassign:
    {
      const qint64 staffId = selectedStaffId();
      if ( staffId == 0 )
      {
        result.message = tr( "No staff member selected for incident %1; select one among the candidate staff." ).arg( incidentId );
        break;
      }
      result = action == Action::Assign
               ? mDispatcher->assign( incidentId, staffId, incident.version, mActor, reason, now )
               : mDispatcher->reassign( incidentId, staffId, incident.version, mActor, reason, now );
      break;
    }
    case Action::Escalate:
      result = mDispatcher->escalate( incidentId, incident.version, mActor, reason, now );
      break;
    case Action::Accept:
      result = mDispatcher->transition( incidentId, QStringLiteral( "accepted" ), incident.version, mActor, reason, now );
      break;
    case Action::OnSite:
    case Action::Reopen:
      result = mDispatcher->transition( incidentId, QStringLiteral( "on_site" ), incident.version, mActor, reason, now );
      break;
    case Action::Resolve:
      result = mDispatcher->transition( incidentId, QStringLiteral( "resolved" ), incident.version, mActor, reason, now );
      break;
    case Action::Close:
      result = mDispatcher->transition( incidentId, QStringLiteral( "closed" ), incident.version, mActor, reason, now );
      break;
    case Action::Reject:
      result = mDispatcher->transition( incidentId, QStringLiteral( "rejected" ), incident.version, mActor, reason, now );
      break;
    case Action::Merge:
      result = mDispatcher->merge( incidentId, mergeIntoId, incident.version, mActor, reason, now );
      break;
  }

  showResult( action, incidentId, result );

  // The write is in the store already, and so is the winner's write after a conflict.
  // Reading the change log now shows the new row without waiting for the next poll.
  pollChanges();
  if ( result.outcome == GwDispatchOutcome::Conflict )
    reloadAll();
  return result;
}

void GwDeskWindow::showResult( Action action, qint64 incidentId, const GwDispatchResult &result )
{
  const QString title = actionName( action );
  switch ( result.outcome )
  {
    case GwDispatchOutcome::Done:
      mMessageBar->pushMessage( title, result.message.isEmpty() ? tr( "Incident %1 updated." ).arg( incidentId ) : result.message, Qgis::MessageLevel::Success, SUCCESS_MESSAGE_SECONDS );
      break;
    case GwDispatchOutcome::AlreadyStored:
      mMessageBar->pushMessage( title, result.message, Qgis::MessageLevel::Info, SUCCESS_MESSAGE_SECONDS );
      break;
    case GwDispatchOutcome::Warning:
      mMessageBar->pushMessage( title, result.message, Qgis::MessageLevel::Warning, 0 );
      break;
    case GwDispatchOutcome::Conflict:
      mMessageBar->pushMessage( tr( "Conflict" ), result.message, Qgis::MessageLevel::Warning, 0 );
      break;
    case GwDispatchOutcome::Rejected:
    case GwDispatchOutcome::Failed:
      mMessageBar->pushMessage( title, result.message, Qgis::MessageLevel::Critical, 0 );
      break;
  }
  if ( result.outcome != GwDispatchOutcome::Done )
    qCInfo( gwApp ) << "desk action on incident" << incidentId << "ended with outcome" << static_cast<int>( result.outcome ) << result.message;
}

QString GwDeskWindow::actionName( Action action ) const
{
  const QAction *menuAction = mActions.value( action );
  return menuAction ? QString( menuAction->text() ).remove( QLatin1Char( '&' ) ).remove( QStringLiteral( "…" ) ) : QString();
}

QString GwDeskWindow::mergeChoiceText( qint64 id ) const
{
  const int row = mQueueModel->rowOfId( id );
  if ( row < 0 )
    return tr( "Incident %1" ).arg( id );
  const GwIncidentQueueModel::Incident &incident = mQueueModel->incident( row );
  return tr( "Incident %1: %2, %3" ).arg( id ).arg( GwDomainTerms::displayName( GwDomainTerms::Vocabulary::IncidentCategory, incident.category ), incident.title );
}

void GwDeskWindow::pollChanges()
{
  mWatcher->poll();
}

void GwDeskWindow::reloadAll()
{
  reloadQueue();
  QString error;
  const qint64 taskId = mTaskBoardView->currentIndex().data( GwTaskBoardModel::TaskIdRole ).toLongLong();
  if ( !mTaskBoardModel->reload( *mProject->store(), &error ) )
    mMessageBar->pushMessage( tr( "Task board" ), error, Qgis::MessageLevel::Critical, 0 );
  for ( int row = 0; taskId != 0 && row < mTaskBoardModel->rowCount(); ++row )
  {
    if ( mTaskBoardModel->task( row ).taskId == taskId )
      mTaskBoardView->setCurrentIndex( mTaskBoardModel->index( row, 0 ) );
  }
  reloadDetails();
  updateStatus();
}

void GwDeskWindow::reloadQueue()
{
  QString error;
  if ( !mQueueModel->reload( *mProject->store(), &error ) )
    mMessageBar->pushMessage( tr( "Incident queue" ), error, Qgis::MessageLevel::Critical, 0 );
}

void GwDeskWindow::onTablesChanged( const QSet<QString> &tables )
{
  const bool everyTable = tables.contains( QString() );

  // Only live layers reload, so the canvas cache keeps the images of all the others.
  for ( const GwLayerDefinition &definition : mProject->catalog().definitions() )
  {
    if ( !definition.isLive() || ( !everyTable && !tables.contains( definition.table() ) ) )
      continue;
    if ( QgsVectorLayer *layer = mProject->layerForDefinition( definition.id() ) )
    {
      layer->reload();
      layer->triggerRepaint();
    }
  }

  if ( everyTable || tables.intersects( deskTables() ) )
    reloadAll();
}

void GwDeskWindow::onCurrentIncidentChanged()
{
  const qint64 id = selectedIncidentId();
  if ( id != mShownIncidentId )
  {
    mShownIncidentId = id;
    // A new incident gets the nearest candidate preselected, not the previous one's.
    mCandidateView->setCurrentIndex( QModelIndex() );
    flyToIncident( id );
  }
  reloadDetails();
}

void GwDeskWindow::onTaskActivated( const QModelIndex &index )
{
  const qint64 incidentId = index.data( GwTaskBoardModel::IncidentIdRole ).toLongLong();
  if ( !selectIncident( incidentId ) )
  {
    clearFilter();
    selectIncident( incidentId );
  }
  mQueueView->setFocus( Qt::OtherFocusReason );
}

void GwDeskWindow::onClockTick()
{
  const QDateTime now = QDateTime::currentDateTimeUtc();
  mQueueModel->setNow( now );
  mTaskBoardModel->setNow( now );
  updateStatus();
}

void GwDeskWindow::reloadDetails()
{
  const qint64 id = selectedIncidentId();
  const int row = mQueueModel->rowOfId( id );
  if ( id == 0 || row < 0 )
  {
    mCandidateModel->setCandidates( {} );
    mHistoryModel->setEvents( {} );
    mIncidentLabel->setText( tr( "No incident selected." ) );
    updateActions();
    return;
  }

  const GwIncidentQueueModel::Incident &incident = mQueueModel->incident( row );
  using V = GwDomainTerms::Vocabulary;
  mIncidentLabel->setText( tr( "Incident %1 · %2 · %3 · %4 · grid %5 · reported %6\n%7" )
                           .arg( id )
                           .arg( GwDomainTerms::displayName( V::IncidentCategory, incident.category ),
                                 GwDomainTerms::displayName( V::IncidentState, incident.state ),
                                 GwDomainTerms::displayName( V::IncidentSource, incident.source ),
                                 incident.gridCode,
                                 incident.reportedUtc.isValid() ? GwTimeWindow::localText( incident.reportedUtc ) : QString(),
                                 incident.title ) );

  const qint64 staffId = selectedStaffId();
  mCandidateModel->setCandidates( mDispatcher->candidates( id, QDateTime::currentDateTimeUtc() ) );
  if ( !selectStaff( staffId ) && mCandidateModel->rowCount() > 0 )
    mCandidateView->setCurrentIndex( mCandidateModel->index( 0, 0 ) );

  mHistoryModel->setEvents( mDispatcher->history( id ) );
  mHistoryView->scrollToBottom();
  updateActions();
}

void GwDeskWindow::updateActions()
{
  const int row = mQueueModel->rowOfId( selectedIncidentId() );
  const QString state = row >= 0 ? mQueueModel->incident( row ).state : QString();
  for ( auto it = mActions.constBegin(); it != mActions.constEnd(); ++it )
  {
    bool enabled = !state.isEmpty() && isActionAllowed( it.key(), state );
    if ( it.key() == Action::Assign || it.key() == Action::Reassign )
      enabled = enabled && selectedStaffId() != 0;
    it.value()->setEnabled( enabled );
  }
}

void GwDeskWindow::updateStatus()
{
  mStatusLabel->setText( tr( "Shown: %1 · Open tasks: %2 · Overdue: %3 · Dispatcher: %4" )
                         .arg( mQueueProxy->rowCount() )
                         .arg( mTaskBoardModel->rowCount() )
                         .arg( mTaskBoardModel->overdueCount() )
                         .arg( mActor ) );
}

void GwDeskWindow::flyToIncident( qint64 id )
{
  const int row = mQueueModel->rowOfId( id );
  if ( row < 0 || !mQueueModel->incident( row ).hasPoint )
    return;

  const QPointF lonLat = mQueueModel->incident( row ).lonLat;
  const QgsCoordinateReferenceSystem wgs84( QStringLiteral( "EPSG:4326" ) );
  const QgsCoordinateTransform transform( wgs84, mProject->destinationCrs(), mProject->project()->transformContext() );
  QgsPointXY center;
  try
  {
    center = transform.transform( QgsPointXY( lonLat.x(), lonLat.y() ) );
  }
  catch ( const QgsCsException & )
  {
    qCWarning( gwApp ) << "incident" << id << "at" << lonLat << "could not be transformed to the map CRS";
    return;
  }

  mCanvas->setCenter( center );
  mCanvas->zoomScale( INCIDENT_SCALE );
  mCanvas->flashGeometries( { QgsGeometry::fromPointXY( QgsPointXY( lonLat.x(), lonLat.y() ) ) }, wgs84 );
}

bool GwDeskWindow::saveScreenshot( const QString &path, int timeoutMs, QString *error )
{
  bool finished = false;
  QEventLoop loop;
  const QMetaObject::Connection connection = connect( mCanvas, &QgsMapCanvas::mapCanvasRefreshed, &loop, [&finished, &loop] {
    finished = true;
    loop.quit();
  } );
  QTimer::singleShot( timeoutMs, &loop, &QEventLoop::quit );
  mCanvas->refresh();
  loop.exec();
  disconnect( connection );
  if ( !finished )
  {
    if ( error )
      *error = tr( "Rendering the desk map did not finish within %1 s." ).arg( timeoutMs / 1000 );
    return false;
  }

  QEventLoop settle;
  QTimer::singleShot( SETTLE_MS, &settle, &QEventLoop::quit );
  settle.exec();

  if ( !grab().save( path, "PNG" ) )
  {
    if ( error )
      *error = tr( "Screenshot %1 could not be written." ).arg( QDir::toNativeSeparators( path ) );
    return false;
  }
  return true;
}
