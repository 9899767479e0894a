// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * Locates the read-only resource folders that ship beside the program: `layers/`
 * (layer definitions), `styles/` (QGIS .qml styles) and `ui/`.
 *
 * The roots are searched in this order, and the first root that contains the
 * requested folder wins:
 *
 * 1. the folder named by the environment variable GRIDWALL_RESOURCE_DIR, when set;
 * 2. `<executable dir>/../share/gridwall`, the installed layout (only when a
 *    QCoreApplication exists, because the executable dir comes from it);
 * 3. the source tree the library was built from, so that programs and tests run
 *    from a build folder without installing.
 */
class GwResourcePaths
{
    Q_DECLARE_TR_FUNCTIONS( GwResourcePaths )

  public:
    //! Name of the environment variable that overrides the resource root.
    static const char *const ENVIRONMENT_VARIABLE;

    /**
     * Returns the absolute path of the resource folder \a name (such as "layers"),
     * or an empty string when no root contains it.
     *
     * When the folder is not found and \a error is not null, \a error receives a
     * translated message that lists every root searched.
     */
    static QString findFolder( const QString &name, QString *error = nullptr );

    //! Returns the `layers/` folder, see findFolder().
    static QString layersDir( QString *error = nullptr );

    //! Returns the `styles/` folder, see findFolder().
    static QString stylesDir( QString *error = nullptr );

    //! Returns the `ui/` folder, see findFolder().
    static QString uiDir( QString *error = nullptr );

    //! Returns the roots that findFolder() searches, in search order, as absolute paths.
    static QStringList searchRoots();
};
