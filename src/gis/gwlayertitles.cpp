// SPDX-License-Identifier: GPL-2.0-or-later
// Translatable text of the map layers. Layer titles come from layers/*.json and
// legend labels from styles/*.qml, which lupdate cannot read, so their English
// sources are repeated here for lupdate. test_layercatalog checks that every title
// and legend label in those files appears in these lists.
#include "gwlayerdefinition.h"

namespace
{
  const char *const TITLE_CONTEXT = "GwLayerTitles";
  const char *const DOMAIN_CONTEXT = "GwDomainTerms";

  const char *const TITLES[] = {
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Communities" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Grids" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Roads" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Compounds" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Buildings" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "House-number plates" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Organisations" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Cameras" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Camera coverage" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Grid staff" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Incidents" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Incidents to act on" ),
  };

  // Category labels in the styles that are not domain terms. Labels such as
  // "Shop front" are translated through GwDomainTerms instead.
  const char *const LEGEND_LABELS[] = {
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Main road" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Secondary road" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Minor road" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Lane" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Path" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Other road" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Other compound" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Online" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Offline" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Status unknown" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "On duty" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Off duty" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Other incident" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "Overdue" ),
    QT_TRANSLATE_NOOP( "GwLayerTitles", "New in the last 15 minutes" ),
  };

  template <std::size_t N>
  QStringList toStringList( const char *const ( &sources )[N] )
  {
    QStringList result;
    for ( const char *source : sources )
      result << QString::fromUtf8( source );
    return result;
  }
}

QString GwLayerDefinition::displayTitle() const
{
  return QCoreApplication::translate( TITLE_CONTEXT, mTitle.toUtf8().constData() );
}

QStringList GwLayerDefinition::translatableTitles()
{
  return toStringList( TITLES );
}

QString GwLayerDefinition::translatedLegendLabel( const QString &label )
{
  const QByteArray source = label.toUtf8();

  const QString translated = QCoreApplication::translate( TITLE_CONTEXT, source.constData() );
  if ( translated != label )
    return translated;

  return QCoreApplication::translate( DOMAIN_CONTEXT, source.constData() );
}

QStringList GwLayerDefinition::translatableLegendLabels()
{
  return toStringList( LEGEND_LABELS );
}
