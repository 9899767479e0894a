// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

/**
 * The GridWall schema: the domain's tables and the ordered migrations that build them.
 *
 * Migration n brings a database from schema version n - 1 to n. Migrations are not
 * edited once released. A change to the schema is a new migration, so that opening an
 * older file replays exactly the steps it lacks.
 */
namespace GwSchema
{
  enum class TableKind
  {
    Features,   //!< registered in gpkg_contents as "features", has a geometry column
    Attributes, //!< registered in gpkg_contents as "attributes"
    Internal,   //!< not registered: bookkeeping that GIS clients need not list
  };

  struct Table
  {
    QString name;
    TableKind kind = TableKind::Attributes;
    //! GeoPackage geometry type name (POINT, LINESTRING, POLYGON, MULTIPOLYGON) for feature tables.
    QString geometryType;
    //! Column definitions after the primary key and geometry, in SQL.
    QStringList columns;
  };

  struct Migration
  {
    int version = 0;
    QString description;
    //! Domain tables created by this migration.
    QVector<Table> tables;
    //! Further statements (indexes, column changes), run after the tables are created.
    QStringList statements;
  };

  //! Returns every migration in version order, starting at version 1.
  const QVector<Migration> &migrations();

  //! Returns the version a freshly created or fully upgraded database has.
  int currentVersion();

  //! Returns the names of the tables that may be written through GwStore.
  QStringList writableTables();

  //! CRS of every geometry column: WGS 84 longitude/latitude.
  constexpr int StoreSrsId = 4326;

  //! Names of the geometry column and primary key of feature and attribute tables.
  inline QString geometryColumn() { return QStringLiteral( "geom" ); }
  inline QString idColumn() { return QStringLiteral( "fid" ); }
}
