// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwincidentstatemachine.h"

#include "gwdomainterms.h"

namespace
{
  struct Transition
  {
    const char *from;
    const char *to;
  };

  // Listed in life-cycle order, so nextStates() returns the forward step first.
  // dispatched → dispatched is a reassignment: the state stays, the task changes.
  const Transition TRANSITIONS[] = {
    { "reported", "dispatched" },
    { "reported", "rejected" },
    { "reported", "merged" },
    { "dispatched", "accepted" },
    { "dispatched", "dispatched" },
    { "dispatched", "rejected" },
    { "dispatched", "merged" },
    { "accepted", "on_site" },
    { "accepted", "dispatched" },
    { "on_site", "resolved" },
    { "on_site", "dispatched" },
    { "resolved", "closed" },
    { "resolved", "on_site" },
  };
}

bool GwIncidentStateMachine::canTransition( const QString &from, const QString &to )
{
  for ( const Transition &transition : TRANSITIONS )
  {
    if ( from == QLatin1String( transition.from ) && to == QLatin1String( transition.to ) )
      return true;
  }
  return false;
}

QStringList GwIncidentStateMachine::nextStates( const QString &from )
{
  QStringList result;
  for ( const Transition &transition : TRANSITIONS )
  {
    if ( from == QLatin1String( transition.from ) )
      result << QString::fromLatin1( transition.to );
  }
  return result;
}

bool GwIncidentStateMachine::isOpen( const QString &state )
{
  return state == QLatin1String( "reported" ) || state == QLatin1String( "dispatched" )
         || state == QLatin1String( "accepted" ) || state == QLatin1String( "on_site" );
}

bool GwIncidentStateMachine::isFinal( const QString &state )
{
  return state == QLatin1String( "closed" ) || state == QLatin1String( "rejected" )
         || state == QLatin1String( "merged" );
}

QString GwIncidentStateMachine::rejectionMessage( const QString &from, const QString &to )
{
  if ( canTransition( from, to ) )
    return QString();

  using V = GwDomainTerms::Vocabulary;
  if ( !GwDomainTerms::contains( V::IncidentState, from ) )
    return tr( "Incident state \"%1\" is unknown." ).arg( from );
  if ( !GwDomainTerms::contains( V::IncidentState, to ) )
    return tr( "Incident state \"%1\" is unknown." ).arg( to );

  const QString fromName = GwDomainTerms::displayName( V::IncidentState, from );
  const QString toName = GwDomainTerms::displayName( V::IncidentState, to );
  if ( isFinal( from ) )
    return tr( "An incident in state \"%1\" is final and cannot change to \"%2\"." ).arg( fromName, toName );

  QStringList allowed;
  for ( const QString &next : nextStates( from ) )
    allowed << GwDomainTerms::displayName( V::IncidentState, next );
  return tr( "An incident in state \"%1\" cannot change to \"%2\". Allowed next states: %3." )
    .arg( fromName, toName, allowed.join( QStringLiteral( ", " ) ) );
}
