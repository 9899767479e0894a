// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * Allowed changes of an incident's state, keyed by the GwDomainTerms IncidentState keys.
 *
 * The life of an incident is reported → dispatched → accepted → on_site → resolved → closed.
 * An incident that is not valid is rejected, and a duplicate is merged into another one.
 * Reassigning an open incident goes back to dispatched, and a resolved incident that was
 * not fixed can be reopened to on_site. Closed, rejected and merged are final.
 *
 * This class only checks the rule; the store writes the change and its event.
 */
class GwIncidentStateMachine
{
    Q_DECLARE_TR_FUNCTIONS( GwIncidentStateMachine )

  public:
    //! reported→dispatched|rejected|merged; dispatched→accepted|dispatched(reassign)|rejected|merged;
    //! accepted→on_site|dispatched(reassign); on_site→resolved|dispatched(reassign);
    //! resolved→closed|on_site (reopened); closed, rejected, merged are final.
    static bool canTransition( const QString &from, const QString &to );

    //! Returns the states reachable from \a from in one step, in life-cycle order; empty for
    //! a final or unknown state.
    static QStringList nextStates( const QString &from );

    //! Returns whether work on an incident in \a state is still outstanding: reported,
    //! dispatched, accepted or on_site.
    static bool isOpen( const QString &state );

    //! Returns whether \a state is closed, rejected or merged, which allow no further change.
    static bool isFinal( const QString &state );

    //! Empty when allowed, else a translated message naming both states.
    static QString rejectionMessage( const QString &from, const QString &to );
};
