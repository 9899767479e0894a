// SPDX-License-Identifier: GPL-2.0-or-later
// Every user-facing string in src/ has a finished Simplified Chinese translation.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace
{
  struct Message
  {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
  };

  QVector<Message> readTs( const QString &path, QString *error )
  {
    QVector<Message> messages;
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      *error = QStringLiteral( "cannot read %1" ).arg( path );
      return messages;
    }
    QXmlStreamReader xml( &file );
    QString context;
    Message message;
    while ( !xml.atEnd() )
    {
      xml.readNext();
      if ( !xml.isStartElement() )
        continue;
      if ( xml.name() == QLatin1String( "name" ) )
        context = xml.readElementText();
      else if ( xml.name() == QLatin1String( "message" ) )
        message = Message { context, QString(), QString(), false };
      else if ( xml.name() == QLatin1String( "source" ) )
        message.source = xml.readElementText();
      else if ( xml.name() == QLatin1String( "translation" ) )
      {
        const QString type = xml.attributes().value( QLatin1String( "type" ) ).toString();
        message.unfinished = type == QLatin1String( "unfinished" );
        const bool obsolete = type == QLatin1String( "obsolete" ) || type == QLatin1String( "vanished" );
        message.translation = xml.readElementText( QXmlStreamReader::IncludeChildElements );
        if ( !obsolete )
          messages << message;
      }
    }
    if ( xml.hasError() )
      *error = QStringLiteral( "%1: %2" ).arg( path, xml.errorString() );
    return messages;
  }

  QString key( const Message &message )
  {
    return message.context + QLatin1Char( '\x1f' ) + message.source;
  }
}

class TestTranslations : public QObject
{
    Q_OBJECT

  private:
    const QString mCommitted = QStringLiteral( GW_SOURCE_DIR "/ui/translations/gridwall_zh_CN.ts" );

  private slots:
    void committedTranslationIsFinished()
    {
      QString error;
      const QVector<Message> messages = readTs( mCommitted, &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      QVERIFY( !messages.isEmpty() );
      for ( const Message &message : messages )
      {
        const QString where = message.context + QStringLiteral( ": " ) + message.source;
        QVERIFY2( !message.unfinished, qPrintable( QStringLiteral( "unfinished: " ) + where ) );
        QVERIFY2( !message.translation.trimmed().isEmpty(), qPrintable( QStringLiteral( "empty: " ) + where ) );
      }
    }

    void everySourceStringIsInTheTranslation()
    {
      const QString lupdate = qEnvironmentVariable( "GW_LUPDATE" );
      QVERIFY2( !lupdate.isEmpty() && QFile::exists( lupdate ), "GW_LUPDATE must name the lupdate binary (set by CMake)" );

      QTemporaryDir folder;
      QVERIFY( folder.isValid() );
      const QString fresh = folder.filePath( QStringLiteral( "fresh_zh_CN.ts" ) );
      QProcess process;
      process.setWorkingDirectory( QStringLiteral( GW_SOURCE_DIR ) );
      process.start( lupdate, { QStringLiteral( "-silent" ), QStringLiteral( "-locations" ), QStringLiteral( "none" ),
                                QStringLiteral( "-extensions" ), QStringLiteral( "cpp,h" ), QStringLiteral( "src" ), QStringLiteral( "-ts" ), fresh } );
      QVERIFY( process.waitForFinished( -1 ) );
      QCOMPARE( process.exitCode(), 0 );

      QString error;
      QSet<QString> committed;
      for ( const Message &message : readTs( mCommitted, &error ) )
        committed.insert( key( message ) );
      const QVector<Message> current = readTs( fresh, &error );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      QVERIFY( !current.isEmpty() );

      QStringList missing;
      for ( const Message &message : current )
      {
        if ( !committed.contains( key( message ) ) )
          missing << message.context + QStringLiteral( ": " ) + message.source;
      }
      QVERIFY2( missing.isEmpty(), qPrintable( QStringLiteral( "not in gridwall_zh_CN.ts (run the gw_update_translations target and translate):\n" ) + missing.join( QLatin1Char( '\n' ) ) ) );
    }
};

QTEST_GUILESS_MAIN( TestTranslations )
#include "test_translations.moc"
