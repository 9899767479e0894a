// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwcommand.h"

/**
 * `gridwall import SOURCE OUT.gpkg [--source-crs …] [--name …] [--encoding …]`: imports
 * roads and buildings from an OSM extract or another vector file into a new data file.
 */
class GwImportCommand : public GwCommand
{
    Q_DECLARE_TR_FUNCTIONS( GwImportCommand )

  public:
    QString name() const override { return QStringLiteral( "import" ); }
    QString summary() const override;
    Application application() const override { return Application::Headless; }
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionalArguments() const override;

  protected:
    int execute( const QCommandLineParser &parser ) override;
};
