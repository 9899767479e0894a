// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwlayerdefinition.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QgsMapLayer;
class QgsVectorLayer;

/**
 * The map layers of GridWall, read from the JSON files in `layers/`, and the
 * factory that turns them into styled QGIS layers on a GeoPackage.
 */
class GwLayerCatalog
{
    Q_DECLARE_TR_FUNCTIONS( GwLayerCatalog )

  public:
    //! Name of the custom layer property that stores the definition id on created layers.
    static const char *const LAYER_ID_PROPERTY;

    /**
     * Reads every `*.json` file in \a layersDir into \a catalog.
     *
     * Returns false when the folder is missing or empty, or when a file is not valid
     * JSON, is not a valid definition or repeats another file's id. \a error, when
     * not null, then receives one translated line per fault, each naming the file,
     * and \a catalog is left unchanged.
     */
    static bool load( const QString &layersDir, GwLayerCatalog &catalog, QString *error = nullptr );

    //! Returns the definitions ordered by z order (bottom first), then by id.
    QList<GwLayerDefinition> definitions() const { return mDefinitions; }

    //! Returns the definition with \a id, or an invalid definition when there is none.
    GwLayerDefinition definition( const QString &id ) const;

    /**
     * Creates one vector layer per definition on the GeoPackage \a gpkgPath, in the
     * order of definitions() (bottom first). QgsMapSettings::setLayers() expects the
     * top layer first, so reverse the list for it.
     *
     * Each layer reads `gpkgPath|layername=<table>` through the "ogr" provider and is
     * named after the translated title. It gets the style from \a stylesDir with
     * translated legend labels. Its layer and label scale limits come from the
     * definition, which overrides those in the style. The custom property
     * LAYER_ID_PROPERTY stores the definition id (see definitionId()).
     *
     * A table missing from the file, a table that fails to open, or a style that is
     * missing or fails to load adds a translated line to \a warnings naming the file
     * and the table or style. A layer whose table is missing or fails to open is
     * left out, and the other layers are still created. A layer whose style fails
     * is kept with the QGIS default style. When the GeoPackage itself cannot be
     * opened the list is empty.
     *
     * The caller owns the returned layers: add them to a QgsProject, which takes
     * ownership, or delete them.
     */
    QList<QgsVectorLayer *> createLayers( const QString &gpkgPath, const QString &stylesDir, QStringList *warnings = nullptr ) const;

    //! Returns the definition id stored on a layer made by createLayers(), or an empty string.
    static QString definitionId( const QgsMapLayer *layer );

  private:
    static std::unique_ptr<QgsVectorLayer> openLayer( const GwLayerDefinition &definition, const QString &gpkgPath, QStringList &messages );
    //! Returns whether the style file was loaded.
    static bool applyStyle( const GwLayerDefinition &definition, const QString &stylesDir, QgsVectorLayer &layer, QStringList &messages );
    static void applyScales( const GwLayerDefinition &definition, bool styled, QgsVectorLayer &layer, QStringList &messages );

    QList<GwLayerDefinition> mDefinitions;
};
