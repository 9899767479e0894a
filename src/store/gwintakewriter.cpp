// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwintakewriter.h"

#include "gwdomainterms.h"
#include "gwgridlocator.h"
#include "gwintakeevent.h"
#include "gwstoretransaction.h"
#include "gwtimewindow.h"
#include "gwwkb.h"

namespace
{
  GwDispatchResult result( GwDispatchOutcome outcome, qint64 id, const QString &message )
  {
    GwDispatchResult written;
    written.outcome = outcome;
    written.id = id;
    written.message = message;
    return written;
  }

  //! Prefixes \a message with the event's line number, as the intake messages read.
  QString lineMessage( const GwIntakeEvent &event, const QString &message )
  {
    if ( event.line <= 0 || message.isEmpty() )
      return message;
    return GwIntakeWriter::tr( "Line %1: %2" ).arg( event.line ).arg( message );
  }
}

GwIntakeWriter::GwIntakeWriter( GwStore &store, GwDispatcher &dispatcher, const GwGridLocator &grids )
  : mStore( store )
  , mDispatcher( dispatcher )
  , mGrids( grids )
{
}

GwDispatchResult GwIntakeWriter::write( const GwIntakeEvent &event, const QDateTime &nowUtc )
{
  GwDispatchResult written;
  switch ( event.type )
  {
    case GwIntakeEvent::Type::IncidentReport:
    case GwIntakeEvent::Type::Alarm:
      written = writeReport( event, nowUtc );
      break;
    case GwIntakeEvent::Type::CameraStatus:
      written = writeCameraStatus( event );
      break;
    case GwIntakeEvent::Type::StaffPosition:
      written = writeStaffPosition( event );
      break;
  }
  written.message = lineMessage( event, written.message );
  return written;
}

GwDispatchResult GwIntakeWriter::writeReport( const GwIntakeEvent &event, const QDateTime &nowUtc )
{
  GwIntakeEvent report = event;
  if ( event.type == GwIntakeEvent::Type::Alarm )
  {
    // An alarm is anonymous: it names a zone, a kind and evidence, never a person, so the
    // incident gets a title from the kind and a description from the zone and device.
    if ( report.title.isEmpty() )
      report.title = GwDomainTerms::displayName( GwDomainTerms::Vocabulary::IncidentCategory, event.category );
    QString description = event.zone;
    if ( !event.deviceId.isEmpty() )
      description = description.isEmpty() ? tr( "Device %1" ).arg( event.deviceId ) : tr( "%1, device %2" ).arg( event.zone, event.deviceId );
    if ( !event.description.isEmpty() )
      description = description.isEmpty() ? event.description : description + QLatin1Char( '\n' ) + event.description;
    report.description = description;
  }

  const GwGridLocation location = mGrids.locate( event.lonLat );
  const QString actor = event.source.isEmpty() ? QStringLiteral( "intake" ) : event.source;
  GwDispatchResult written = mDispatcher.report( report, location.gridCode, actor, nowUtc );
  if ( written.outcome == GwDispatchOutcome::Done && location.inGap )
  {
    // Stored in the nearest grid all the same; the message points at the hole in the boundaries.
    written.outcome = GwDispatchOutcome::Warning;
    written.message = tr( "Incident %1 lies %2 m outside every grid and was given to the nearest grid %3; check the grid boundaries there." )
                      .arg( written.id ).arg( location.gapMetres, 0, 'f', 1 ).arg( location.gridCode );
  }
  return written;
}

GwDispatchResult GwIntakeWriter::writeCameraStatus( const GwIntakeEvent &event )
{
  if ( event.deviceId.isEmpty() )
    return result( GwDispatchOutcome::Rejected, 0, tr( "Camera status without a device_id." ) );

  QString error;
  GwStoreTransaction transaction( mStore, &error );
  if ( !transaction.isActive() )
    return result( GwDispatchOutcome::Failed, 0, error );

  const QVector<GwFeature> cameras = mStore.features( QStringLiteral( "cameras" ), { { QStringLiteral( "device_id" ), event.deviceId } }, &error );
  if ( !error.isEmpty() )
    return result( GwDispatchOutcome::Failed, 0, error );
  if ( cameras.isEmpty() )
    return result( GwDispatchOutcome::Rejected, 0, tr( "Camera with device_id %1 not found." ).arg( event.deviceId ) );
  const GwFeature &camera = cameras.first();
  const QString atText = GwTimeWindow::storeText( event.atUtc );
  const int online = event.online ? 1 : 0;

  const QVector<GwFeature> logged = mStore.features( QStringLiteral( "camera_status_log" ), {
    { QStringLiteral( "camera_id" ), camera.id }, { QStringLiteral( "at" ), atText }, { QStringLiteral( "online" ), online } }, &error );
  if ( !error.isEmpty() )
    return result( GwDispatchOutcome::Failed, 0, error );
  if ( !logged.isEmpty() )
    return result( GwDispatchOutcome::AlreadyStored, camera.id, tr( "Status of camera %1 at %2 is already stored; nothing written." ).arg( event.deviceId, atText ) );

  GwFeature entry;
  entry.attributes = {
    { QStringLiteral( "camera_id" ), camera.id },
    { QStringLiteral( "online" ), online },
    { QStringLiteral( "at" ), atText },
  };
  QVector<GwFeature> rows = { entry };
  if ( !mStore.insertFeatures( QStringLiteral( "camera_status_log" ), rows, &error ) )
    return result( GwDispatchOutcome::Failed, 0, error );

  // A status that arrives late goes into the log only, so it cannot overwrite a newer one.
  const QDateTime changedAt = GwTimeWindow::parse( camera.attributes.value( QStringLiteral( "status_changed_at" ) ).toString() );
  if ( !changedAt.isValid() || event.atUtc >= changedAt )
  {
    GwFeature update;
    update.id = camera.id;
    update.attributes = {
      { QStringLiteral( "online" ), online },
      { QStringLiteral( "status_changed_at" ), atText },
    };
    if ( !mStore.updateFeature( QStringLiteral( "cameras" ), update, &error ) )
      return result( GwDispatchOutcome::Failed, 0, error );
  }

  if ( !transaction.commit( &error ) )
    return result( GwDispatchOutcome::Failed, 0, error );
  return result( GwDispatchOutcome::Done, camera.id, QString() );
}

GwDispatchResult GwIntakeWriter::writeStaffPosition( const GwIntakeEvent &event )
{
  QString error;
  GwStoreTransaction transaction( mStore, &error );
  if ( !transaction.isActive() )
    return result( GwDispatchOutcome::Failed, 0, error );

  const QVector<GwFeature> staff = mStore.features( QStringLiteral( "staff" ), { { QStringLiteral( "fid" ), event.staffId } }, &error );
  if ( !error.isEmpty() )
    return result( GwDispatchOutcome::Failed, 0, error );
  if ( staff.isEmpty() )
    return result( GwDispatchOutcome::Rejected, 0, tr( "Staff member %1 not found." ).arg( event.staffId ) );

  // Positions can arrive out of order over mobile networks, so an older one must not move the staff member back.
  const QDateTime storedAt = GwTimeWindow::parse( staff.first().attributes.value( QStringLiteral( "position_at" ) ).toString() );
  if ( storedAt.isValid() && event.atUtc <= storedAt )
  {
    return result( GwDispatchOutcome::AlreadyStored, event.staffId, tr( "Position of staff member %1 at %2 is not newer than the stored one (%3); nothing written." )
                   .arg( event.staffId ).arg( GwTimeWindow::storeText( event.atUtc ), GwTimeWindow::storeText( storedAt ) ) );
  }

  GwFeature update;
  update.id = event.staffId;
  update.attributes = { { QStringLiteral( "position_at" ), GwTimeWindow::storeText( event.atUtc ) } };
  update.wkb = GwWkb::point( event.lonLat );
  if ( !mStore.updateFeature( QStringLiteral( "staff" ), update, &error ) )
    return result( GwDispatchOutcome::Failed, 0, error );
  if ( !transaction.commit( &error ) )
    return result( GwDispatchOutcome::Failed, 0, error );
  return result( GwDispatchOutcome::Done, event.staffId, QString() );
}
