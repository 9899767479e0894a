// SPDX-License-Identifier: GPL-2.0-or-later
// --lang works before the subcommand as well as after it.

#include "gwcommandline.h"

#include <QTest>

class TestLanguageOption : public QObject
{
    Q_OBJECT

  private slots:
    void reorder_data()
    {
      QTest::addColumn<QStringList>( "arguments" );
      QTest::addColumn<QStringList>( "expected" );
      const QString program = QStringLiteral( "gridwall" );
      QTest::newRow( "after subcommand unchanged" )
          << QStringList { program, QStringLiteral( "wall" ), QStringLiteral( "--lang" ), QStringLiteral( "zh_CN" ) }
          << QStringList { program, QStringLiteral( "wall" ), QStringLiteral( "--lang" ), QStringLiteral( "zh_CN" ) };
      QTest::newRow( "before subcommand moved" )
          << QStringList { program, QStringLiteral( "--lang" ), QStringLiteral( "zh_CN" ), QStringLiteral( "wall" ), QStringLiteral( "--data" ), QStringLiteral( "a.gpkg" ) }
          << QStringList { program, QStringLiteral( "wall" ), QStringLiteral( "--lang" ), QStringLiteral( "zh_CN" ), QStringLiteral( "--data" ), QStringLiteral( "a.gpkg" ) };
      QTest::newRow( "equals form moved" )
          << QStringList { program, QStringLiteral( "--lang=en" ), QStringLiteral( "import" ) }
          << QStringList { program, QStringLiteral( "import" ), QStringLiteral( "--lang=en" ) };
      QTest::newRow( "before help kept out" )
          << QStringList { program, QStringLiteral( "--lang" ), QStringLiteral( "zh_CN" ), QStringLiteral( "--help" ) }
          << QStringList { program, QStringLiteral( "--help" ) };
      QTest::newRow( "option without value unchanged" )
          << QStringList { program, QStringLiteral( "--lang" ) }
          << QStringList { program, QStringLiteral( "--lang" ) };
    }

    void reorder()
    {
      QFETCH( QStringList, arguments );
      QFETCH( QStringList, expected );
      QCOMPARE( GwCommandLine::withLanguageAfterSubcommand( arguments ), expected );
    }

    void languageFoundEitherWay()
    {
      const QStringList before = { QStringLiteral( "gridwall" ), QStringLiteral( "--lang" ), QStringLiteral( "zh_CN" ), QStringLiteral( "--help" ) };
      QCOMPARE( GwCommandLine::requestedLanguage( before ), QStringLiteral( "zh_CN" ) );
    }
};

QTEST_GUILESS_MAIN( TestLanguageOption )
#include "test_languageoption.moc"
