// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwcommand.h"

//! `gridwall demo-data OUT.gpkg [--seed N]`: writes the demo subdistrict to a new data file.
class GwDemoDataCommand : public GwCommand
{
    Q_DECLARE_TR_FUNCTIONS( GwDemoDataCommand )

  public:
    QString name() const override { return QStringLiteral( "demo-data" ); }
    QString summary() const override;
    Application application() const override { return Application::Headless; }
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionalArguments() const override;

  protected:
    int execute( const QCommandLineParser &parser ) override;
};
