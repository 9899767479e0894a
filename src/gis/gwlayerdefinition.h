// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * One map layer as described by a file in `layers/`: which GeoPackage table it
 * draws, with which style, in which order and at which scales.
 *
 * The JSON object has these keys:
 *
 * | key | type | required | meaning |
 * |---|---|---|---|
 * | id | string | yes | stable layer id, lower-case ASCII (`grids`) |
 * | title | string | yes | English title; must be listed in gwlayertitles.cpp so it gets translated |
 * | table | string | yes | table name in the GeoPackage, lower-case ASCII |
 * | style | string | yes | .qml file name in `styles/` |
 * | z | integer | yes | drawing order; higher values draw on top |
 * | minScale | number | no | most zoomed-out scale denominator at which the layer shows (5000 = 1:5,000); 0 = no limit |
 * | maxScale | number | no | most zoomed-in scale denominator at which the layer shows; 0 = no limit |
 * | labels | object | no | `minScale` and `maxScale` for the labels, same meaning as above |
 * | live | boolean | no | reload when the change feed reports a change to the table (default false) |
 * | legend | boolean | no | show the layer in the legend (default true) |
 * | visible | boolean | no | layer is switched on when the map opens (default true) |
 * | refreshSeconds | integer | no | redraw every this many seconds, for styles that depend on the clock (default 0 = never) |
 * | comment | string | no | free text for people who edit the file; ignored |
 *
 * Scale semantics follow QgsMapLayer::setMinimumScale(): a layer with minScale 3000
 * shows at 1:3,000 and at larger scales such as 1:1,000, and hides at 1:5,000.
 * Any other key is rejected, so that a misspelt key does not pass unnoticed.
 */
class GwLayerDefinition
{
    Q_DECLARE_TR_FUNCTIONS( GwLayerDefinition )

  public:
    /**
     * Parses one layer definition.
     *
     * Returns an invalid definition when \a object has a missing, mistyped, unknown
     * or out-of-range key. \a error, when not null, then receives a translated
     * message that names the key. The caller adds the file name.
     */
    static GwLayerDefinition fromJson( const QJsonObject &object, QString *error = nullptr );

    //! Returns whether the definition was parsed successfully.
    bool isValid() const { return !mId.isEmpty(); }

    QString id() const { return mId; }

    //! Returns the English source title, as written in the file.
    QString title() const { return mTitle; }

    /**
     * Returns the title translated for the UI language (context "GwLayerTitles").
     *
     * Defined in gwlayertitles.cpp beside the list of titles that lupdate collects.
     */
    QString displayTitle() const;

    //! Returns the GeoPackage table name.
    QString table() const { return mTable; }

    //! Returns the style file name, relative to the `styles/` folder.
    QString styleFile() const { return mStyleFile; }

    //! Returns the drawing order: higher values draw on top.
    int zOrder() const { return mZOrder; }

    //! Returns the most zoomed-out scale denominator at which the layer shows, 0 for no limit.
    double minimumScale() const { return mMinimumScale; }

    //! Returns the most zoomed-in scale denominator at which the layer shows, 0 for no limit.
    double maximumScale() const { return mMaximumScale; }

    //! Returns whether either layer scale limit is set.
    bool hasScaleBasedVisibility() const { return mMinimumScale > 0 || mMaximumScale > 0; }

    //! Returns the most zoomed-out scale denominator at which labels show, 0 for no limit.
    double labelsMinimumScale() const { return mLabelsMinimumScale; }

    //! Returns the most zoomed-in scale denominator at which labels show, 0 for no limit.
    double labelsMaximumScale() const { return mLabelsMaximumScale; }

    //! Returns whether either label scale limit is set.
    bool hasLabelScaleVisibility() const { return mLabelsMinimumScale > 0 || mLabelsMaximumScale > 0; }

    //! Returns whether the layer reloads when the change feed reports a change to its table.
    bool isLive() const { return mLive; }

    //! Returns the interval of clock-driven redraws in seconds, 0 for none.
    int refreshSeconds() const { return mRefreshSeconds; }

    //! Returns whether the layer appears in the legend.
    bool showsInLegend() const { return mShowsInLegend; }

    //! Returns whether the layer is switched on when the map opens.
    bool isVisibleByDefault() const { return mVisibleByDefault; }

    /**
     * Returns the English source of every layer title marked for translation in
     * gwlayertitles.cpp.
     */
    static QStringList translatableTitles();

    /**
     * Returns \a label, a category or rule label from a style file, translated for
     * the UI language.
     *
     * The label is looked up in the context "GwLayerTitles" first, then in
     * "GwDomainTerms", so that a legend entry such as "Shop front" reuses the
     * translation of the domain term. An unknown label is returned unchanged.
     */
    static QString translatedLegendLabel( const QString &label );

    /**
     * Returns the English source of every legend label that gwlayertitles.cpp marks
     * for translation. Labels that are domain terms are not listed because
     * GwDomainTerms already marks them.
     */
    static QStringList translatableLegendLabels();

  private:
    QString mId;
    QString mTitle;
    QString mTable;
    QString mStyleFile;
    int mZOrder = 0;
    double mMinimumScale = 0;
    double mMaximumScale = 0;
    double mLabelsMinimumScale = 0;
    double mLabelsMaximumScale = 0;
    bool mLive = false;
    int mRefreshSeconds = 0;
    bool mShowsInLegend = true;
    bool mVisibleByDefault = true;
};
