// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdomainterms.h"
#include "gwincidentstatemachine.h"

#include <QTest>

class TestGwIncidentStateMachine : public QObject
{
    Q_OBJECT

  private slots:
    void canTransition_data();
    void canTransition();
    void nextStates_data();
    void nextStates();
    void openAndFinal_data();
    void openAndFinal();
    void everyPairAgreesWithNextStates();
    void rejectionMessageNamesBothStates();
    void rejectionMessageEmptyWhenAllowed();
    void rejectionMessageUnknownState();
};

void TestGwIncidentStateMachine::canTransition_data()
{
  QTest::addColumn<QString>( "from" );
  QTest::addColumn<QString>( "to" );
  QTest::addColumn<bool>( "allowed" );

  // Expected values are the life cycle documented in gwincidentstatemachine.h.
  QTest::newRow( "reported-dispatched" ) << QStringLiteral( "reported" ) << QStringLiteral( "dispatched" ) << true;
  QTest::newRow( "reported-rejected" ) << QStringLiteral( "reported" ) << QStringLiteral( "rejected" ) << true;
  QTest::newRow( "reported-merged" ) << QStringLiteral( "reported" ) << QStringLiteral( "merged" ) << true;
  QTest::newRow( "reported-accepted-skips-dispatch" ) << QStringLiteral( "reported" ) << QStringLiteral( "accepted" ) << false;
  QTest::newRow( "reported-closed-skips-work" ) << QStringLiteral( "reported" ) << QStringLiteral( "closed" ) << false;
  QTest::newRow( "dispatched-accepted" ) << QStringLiteral( "dispatched" ) << QStringLiteral( "accepted" ) << true;
  QTest::newRow( "dispatched-reassigned" ) << QStringLiteral( "dispatched" ) << QStringLiteral( "dispatched" ) << true;
  QTest::newRow( "dispatched-rejected" ) << QStringLiteral( "dispatched" ) << QStringLiteral( "rejected" ) << true;
  QTest::newRow( "dispatched-merged" ) << QStringLiteral( "dispatched" ) << QStringLiteral( "merged" ) << true;
  QTest::newRow( "dispatched-resolved-skips-site" ) << QStringLiteral( "dispatched" ) << QStringLiteral( "resolved" ) << false;
  QTest::newRow( "accepted-on-site" ) << QStringLiteral( "accepted" ) << QStringLiteral( "on_site" ) << true;
  QTest::newRow( "accepted-reassigned" ) << QStringLiteral( "accepted" ) << QStringLiteral( "dispatched" ) << true;
  QTest::newRow( "accepted-rejected-too-late" ) << QStringLiteral( "accepted" ) << QStringLiteral( "rejected" ) << false;
  QTest::newRow( "on-site-resolved" ) << QStringLiteral( "on_site" ) << QStringLiteral( "resolved" ) << true;
  QTest::newRow( "on-site-reassigned" ) << QStringLiteral( "on_site" ) << QStringLiteral( "dispatched" ) << true;
  QTest::newRow( "on-site-closed-skips-resolve" ) << QStringLiteral( "on_site" ) << QStringLiteral( "closed" ) << false;
  QTest::newRow( "resolved-closed" ) << QStringLiteral( "resolved" ) << QStringLiteral( "closed" ) << true;
  QTest::newRow( "resolved-reopened" ) << QStringLiteral( "resolved" ) << QStringLiteral( "on_site" ) << true;
  QTest::newRow( "resolved-dispatched" ) << QStringLiteral( "resolved" ) << QStringLiteral( "dispatched" ) << false;
  QTest::newRow( "closed-is-final" ) << QStringLiteral( "closed" ) << QStringLiteral( "on_site" ) << false;
  QTest::newRow( "rejected-is-final" ) << QStringLiteral( "rejected" ) << QStringLiteral( "reported" ) << false;
  QTest::newRow( "merged-is-final" ) << QStringLiteral( "merged" ) << QStringLiteral( "dispatched" ) << false;
  QTest::newRow( "unknown-from" ) << QStringLiteral( "lost" ) << QStringLiteral( "dispatched" ) << false;
  QTest::newRow( "unknown-to" ) << QStringLiteral( "reported" ) << QStringLiteral( "lost" ) << false;
  QTest::newRow( "display-name-not-key" ) << QStringLiteral( "Reported" ) << QStringLiteral( "Dispatched" ) << false;
}

void TestGwIncidentStateMachine::canTransition()
{
  QFETCH( QString, from );
  QFETCH( QString, to );
  QFETCH( bool, allowed );

  QCOMPARE( GwIncidentStateMachine::canTransition( from, to ), allowed );
}

void TestGwIncidentStateMachine::nextStates_data()
{
  QTest::addColumn<QString>( "from" );
  QTest::addColumn<QStringList>( "expected" );

  QTest::newRow( "reported" ) << QStringLiteral( "reported" ) << QStringList { QStringLiteral( "dispatched" ), QStringLiteral( "rejected" ), QStringLiteral( "merged" ) };
  QTest::newRow( "dispatched" ) << QStringLiteral( "dispatched" ) << QStringList { QStringLiteral( "accepted" ), QStringLiteral( "dispatched" ), QStringLiteral( "rejected" ), QStringLiteral( "merged" ) };
  QTest::newRow( "accepted" ) << QStringLiteral( "accepted" ) << QStringList { QStringLiteral( "on_site" ), QStringLiteral( "dispatched" ) };
  QTest::newRow( "on-site" ) << QStringLiteral( "on_site" ) << QStringList { QStringLiteral( "resolved" ), QStringLiteral( "dispatched" ) };
  QTest::newRow( "resolved" ) << QStringLiteral( "resolved" ) << QStringList { QStringLiteral( "closed" ), QStringLiteral( "on_site" ) };
  QTest::newRow( "closed" ) << QStringLiteral( "closed" ) << QStringList();
  QTest::newRow( "rejected" ) << QStringLiteral( "rejected" ) << QStringList();
  QTest::newRow( "merged" ) << QStringLiteral( "merged" ) << QStringList();
  QTest::newRow( "unknown" ) << QStringLiteral( "lost" ) << QStringList();
}

void TestGwIncidentStateMachine::nextStates()
{
  QFETCH( QString, from );
  QFETCH( QStringList, expected );

  QCOMPARE( GwIncidentStateMachine::nextStates( from ), expected );
}

void TestGwIncidentStateMachine::openAndFinal_data()
{
  QTest::addColumn<QString>( "state" );
  QTest::addColumn<bool>( "open" );
  QTest::addColumn<bool>( "final" );

  QTest::newRow( "reported" ) << QStringLiteral( "reported" ) << true << false;
  QTest::newRow( "dispatched" ) << QStringLiteral( "dispatched" ) << true << false;
  QTest::newRow( "accepted" ) << QStringLiteral( "accepted" ) << true << false;
  QTest::newRow( "on-site" ) << QStringLiteral( "on_site" ) << true << false;
  // Resolved waits for the dispatcher to confirm: neither open work nor final.
  QTest::newRow( "resolved" ) << QStringLiteral( "resolved" ) << false << false;
  QTest::newRow( "closed" ) << QStringLiteral( "closed" ) << false << true;
  QTest::newRow( "rejected" ) << QStringLiteral( "rejected" ) << false << true;
  QTest::newRow( "merged" ) << QStringLiteral( "merged" ) << false << true;
  QTest::newRow( "unknown" ) << QStringLiteral( "lost" ) << false << false;
}

void TestGwIncidentStateMachine::openAndFinal()
{
  QFETCH( QString, state );
  QFETCH( bool, open );
  QFETCH( bool, final );

  QCOMPARE( GwIncidentStateMachine::isOpen( state ), open );
  QCOMPARE( GwIncidentStateMachine::isFinal( state ), final );
}

void TestGwIncidentStateMachine::everyPairAgreesWithNextStates()
{
  const QStringList states = GwDomainTerms::keys( GwDomainTerms::Vocabulary::IncidentState );
  QCOMPARE( states.size(), 8 );

  int allowedCount = 0;
  for ( const QString &from : states )
  {
    for ( const QString &to : states )
    {
      const bool allowed = GwIncidentStateMachine::canTransition( from, to );
      QCOMPARE( allowed, GwIncidentStateMachine::nextStates( from ).contains( to ) );
      QCOMPARE( allowed, GwIncidentStateMachine::rejectionMessage( from, to ).isEmpty() );
      if ( GwIncidentStateMachine::isFinal( from ) )
        QVERIFY2( !allowed, qPrintable( from + QStringLiteral( " -> " ) + to ) );
      allowedCount += allowed ? 1 : 0;
    }
  }
  // 3 from reported, 4 from dispatched, 2 each from accepted, on_site and resolved.
  QCOMPARE( allowedCount, 13 );
}

void TestGwIncidentStateMachine::rejectionMessageNamesBothStates()
{
  const QString message = GwIncidentStateMachine::rejectionMessage( QStringLiteral( "reported" ), QStringLiteral( "closed" ) );
  const QString fromName = GwDomainTerms::displayName( GwDomainTerms::Vocabulary::IncidentState, QStringLiteral( "reported" ) );
  const QString toName = GwDomainTerms::displayName( GwDomainTerms::Vocabulary::IncidentState, QStringLiteral( "closed" ) );
  QVERIFY2( message.contains( fromName ), qPrintable( message ) );
  QVERIFY2( message.contains( toName ), qPrintable( message ) );

  const QString finalMessage = GwIncidentStateMachine::rejectionMessage( QStringLiteral( "merged" ), QStringLiteral( "dispatched" ) );
  QVERIFY2( finalMessage.contains( QStringLiteral( "final" ) ), qPrintable( finalMessage ) );
}

void TestGwIncidentStateMachine::rejectionMessageEmptyWhenAllowed()
{
  QVERIFY( GwIncidentStateMachine::rejectionMessage( QStringLiteral( "resolved" ), QStringLiteral( "closed" ) ).isEmpty() );
}

void TestGwIncidentStateMachine::rejectionMessageUnknownState()
{
  const QString message = GwIncidentStateMachine::rejectionMessage( QStringLiteral( "reported" ), QStringLiteral( "lost" ) );
  QVERIFY2( message.contains( QStringLiteral( "\"lost\"" ) ), qPrintable( message ) );
  QVERIFY2( message.contains( QStringLiteral( "unknown" ) ), qPrintable( message ) );
}

QTEST_GUILESS_MAIN( TestGwIncidentStateMachine )
#include "test_incidentstatemachine.moc"
