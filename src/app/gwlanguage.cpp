// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwlanguage.h"

#include "gwlogging.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString GwLanguage::choose( const QString &requested, const QLocale &system )
{
  if ( requested == QLatin1String( "zh_CN" ) || requested == QLatin1String( "en" ) )
    return requested;
  return system.language() == QLocale::Chinese ? QStringLiteral( "zh_CN" ) : QStringLiteral( "en" );
}

bool GwLanguage::install( const QString &language )
{
  if ( language != QLatin1String( "zh_CN" ) )
  {
    QLocale::setDefault( QLocale( QLocale::English, QLocale::UnitedStates ) );
    return true;
  }

  QLocale::setDefault( QLocale( QLocale::Chinese, QLocale::China ) );

#if QT_VERSION >= QT_VERSION_CHECK( 6, 0, 0 )
  const QString qtTranslations = QLibraryInfo::path( QLibraryInfo::TranslationsPath );
#else
  const QString qtTranslations = QLibraryInfo::location( QLibraryInfo::TranslationsPath );
#endif
  // The translators live as long as the application, which does not take ownership.
  QTranslator *qtTranslator = new QTranslator( QCoreApplication::instance() );
  if ( qtTranslator->load( QStringLiteral( "qtbase_zh_CN" ), qtTranslations ) )
    QCoreApplication::installTranslator( qtTranslator );
  else
    qCDebug( gwApp ) << "Qt translation qtbase_zh_CN not found in" << qtTranslations;

  QTranslator *translator = new QTranslator( QCoreApplication::instance() );
  if ( !translator->load( QStringLiteral( ":/i18n/gridwall_zh_CN.qm" ) ) )
  {
    qCDebug( gwApp ) << "GridWall translation :/i18n/gridwall_zh_CN.qm not found";
    return false;
  }
  QCoreApplication::installTranslator( translator );
  return true;
}
