// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwschema.h"

namespace
{
  using GwSchema::Table;
  using GwSchema::TableKind;

  Table features( const char *name, const char *geometryType, const QStringList &columns )
  {
    return Table { QString::fromLatin1( name ), TableKind::Features, QString::fromLatin1( geometryType ), columns };
  }

  Table attributes( const char *name, const QStringList &columns )
  {
    return Table { QString::fromLatin1( name ), TableKind::Attributes, QString(), columns };
  }

  // Times are ISO 8601 text in UTC with milliseconds and a Z suffix, so that text order
  // is time order. Keys such as kind, role and state are the stable keys of GwDomainTerms.
  QVector<Table> version1Tables()
  {
    return {
      features( "communities", "MULTIPOLYGON", {
        QStringLiteral( "code TEXT NOT NULL UNIQUE" ),
        QStringLiteral( "name TEXT NOT NULL" ),
      } ),
      features( "grids", "POLYGON", {
        QStringLiteral( "code TEXT NOT NULL UNIQUE" ),
        QStringLiteral( "name TEXT NOT NULL" ),
        QStringLiteral( "community_code TEXT" ),
        QStringLiteral( "households INTEGER" ),
      } ),
      features( "roads", "LINESTRING", {
        QStringLiteral( "name TEXT" ),
        QStringLiteral( "kind TEXT NOT NULL" ),
        QStringLiteral( "source TEXT" ),
        QStringLiteral( "osm_id TEXT" ),
      } ),
      features( "compounds", "POLYGON", {
        QStringLiteral( "name TEXT NOT NULL" ),
        QStringLiteral( "kind TEXT NOT NULL" ),
        QStringLiteral( "grid_code TEXT" ),
      } ),
      features( "buildings", "MULTIPOLYGON", {
        QStringLiteral( "name TEXT" ),
        QStringLiteral( "kind TEXT NOT NULL" ),
        QStringLiteral( "compound_id INTEGER" ),
        QStringLiteral( "grid_code TEXT" ),
        QStringLiteral( "floors INTEGER" ),
        QStringLiteral( "source TEXT" ),
        QStringLiteral( "osm_id TEXT" ),
      } ),
      attributes( "units", {
        QStringLiteral( "building_id INTEGER NOT NULL" ),
        QStringLiteral( "number INTEGER NOT NULL" ),
      } ),
      features( "plates", "POINT", {
        QStringLiteral( "kind TEXT NOT NULL" ),
        QStringLiteral( "number TEXT NOT NULL" ),
        QStringLiteral( "label TEXT NOT NULL" ),
        QStringLiteral( "road_name TEXT" ),
        QStringLiteral( "grid_code TEXT" ),
        QStringLiteral( "sequence INTEGER" ),
        QStringLiteral( "building_id INTEGER" ),
      } ),
      attributes( "dwellings", {
        QStringLiteral( "building_id INTEGER NOT NULL" ),
        QStringLiteral( "unit_id INTEGER" ),
        QStringLiteral( "floor INTEGER" ),
        QStringLiteral( "room TEXT" ),
        QStringLiteral( "plate_id INTEGER" ),
        QStringLiteral( "address TEXT NOT NULL" ),
        QStringLiteral( "grid_code TEXT" ),
      } ),
      attributes( "wechat_groups", {
        QStringLiteral( "name TEXT NOT NULL" ),
        QStringLiteral( "grid_code TEXT" ),
        QStringLiteral( "community_code TEXT" ),
      } ),
      attributes( "households", {
        QStringLiteral( "dwelling_id INTEGER NOT NULL" ),
        QStringLiteral( "grid_code TEXT" ),
        QStringLiteral( "wechat_group_id INTEGER" ),
      } ),
      attributes( "residents", {
        QStringLiteral( "household_id INTEGER NOT NULL" ),
        QStringLiteral( "name TEXT NOT NULL" ),
        QStringLiteral( "id_number TEXT" ),
        QStringLiteral( "phone TEXT" ),
        QStringLiteral( "relation TEXT" ),
      } ),
      features( "organisations", "POINT", {
        QStringLiteral( "name TEXT NOT NULL" ),
        QStringLiteral( "kind TEXT" ),
        QStringLiteral( "address TEXT" ),
        QStringLiteral( "grid_code TEXT" ),
      } ),
      features( "staff", "POINT", {
        QStringLiteral( "name TEXT NOT NULL" ),
        QStringLiteral( "role TEXT NOT NULL" ),
        QStringLiteral( "grid_code TEXT" ),
        QStringLiteral( "community_code TEXT" ),
        QStringLiteral( "phone TEXT" ),
        QStringLiteral( "on_duty INTEGER NOT NULL DEFAULT 0" ),
      } ),
      features( "cameras", "POINT", {
        QStringLiteral( "device_id TEXT NOT NULL UNIQUE" ),
        QStringLiteral( "name TEXT" ),
        QStringLiteral( "source TEXT NOT NULL" ),
        QStringLiteral( "kind TEXT NOT NULL" ),
        QStringLiteral( "direction_deg REAL" ),
        QStringLiteral( "fov_deg REAL" ),
        QStringLiteral( "range_m REAL" ),
        QStringLiteral( "online INTEGER NOT NULL DEFAULT 1" ),
        QStringLiteral( "status_changed_at TEXT" ),
        QStringLiteral( "grid_code TEXT" ),
        QStringLiteral( "compound_id INTEGER" ),
      } ),
      attributes( "camera_status_log", {
        QStringLiteral( "camera_id INTEGER NOT NULL" ),
        QStringLiteral( "online INTEGER NOT NULL" ),
        QStringLiteral( "at TEXT NOT NULL" ),
      } ),
      features( "incidents", "POINT", {
        QStringLiteral( "client_id TEXT UNIQUE" ),
        QStringLiteral( "category TEXT NOT NULL" ),
        QStringLiteral( "source TEXT NOT NULL" ),
        QStringLiteral( "state TEXT NOT NULL" ),
        QStringLiteral( "priority INTEGER NOT NULL DEFAULT 3" ),
        QStringLiteral( "title TEXT" ),
        QStringLiteral( "description TEXT" ),
        QStringLiteral( "grid_code TEXT" ),
        QStringLiteral( "reported_at TEXT NOT NULL" ),
        QStringLiteral( "updated_at TEXT" ),
        QStringLiteral( "closed_at TEXT" ),
        QStringLiteral( "resolution TEXT" ),
        QStringLiteral( "version INTEGER NOT NULL DEFAULT 1" ),
      } ),
      attributes( "tasks", {
        QStringLiteral( "incident_id INTEGER NOT NULL" ),
        QStringLiteral( "staff_id INTEGER NOT NULL" ),
        QStringLiteral( "state TEXT NOT NULL" ),
        QStringLiteral( "assigned_at TEXT NOT NULL" ),
        QStringLiteral( "due_at TEXT" ),
        QStringLiteral( "done_at TEXT" ),
        QStringLiteral( "version INTEGER NOT NULL DEFAULT 1" ),
      } ),
      attributes( "events", {
        QStringLiteral( "incident_id INTEGER" ),
        QStringLiteral( "task_id INTEGER" ),
        QStringLiteral( "actor TEXT NOT NULL" ),
        QStringLiteral( "at TEXT NOT NULL" ),
        QStringLiteral( "from_state TEXT" ),
        QStringLiteral( "to_state TEXT" ),
        QStringLiteral( "reason TEXT" ),
      } ),
    };
  }
}

const QVector<GwSchema::Migration> &GwSchema::migrations()
{
  static const QVector<Migration> all = {
    { 1, QStringLiteral( "domain tables" ), version1Tables(), {} },
    { 2, QStringLiteral( "indexes for the wall's and the dispatcher's queries" ), {}, {
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_grids_community ON grids(community_code)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_plates_grid ON plates(grid_code)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_dwellings_building ON dwellings(building_id)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_households_dwelling ON households(dwelling_id)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_residents_household ON residents(household_id)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_residents_id_number ON residents(id_number)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_incidents_state ON incidents(state)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_tasks_state_due ON tasks(state, due_at)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_events_incident ON events(incident_id)" ),
      }
    },
    { 3, QStringLiteral( "intake and dispatch" ), {}, {
        // Fingerprint of a report's content, so that a repeated client id with other content is distinguished from a resubmission.
        QStringLiteral( "ALTER TABLE incidents ADD COLUMN content_hash TEXT" ),
        // The incident this one was merged into as a duplicate.
        QStringLiteral( "ALTER TABLE incidents ADD COLUMN duplicate_of INTEGER" ),
        // Evidence media of an anonymous alarm: a file name or URL, never a person.
        QStringLiteral( "ALTER TABLE incidents ADD COLUMN evidence TEXT" ),
        // Deadline of the open task, copied here so that the wall's style can mark overdue incidents.
        QStringLiteral( "ALTER TABLE incidents ADD COLUMN due_at TEXT" ),
        QStringLiteral( "ALTER TABLE staff ADD COLUMN position_at TEXT" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_incidents_reported ON incidents(reported_at)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_tasks_incident ON tasks(incident_id)" ),
        QStringLiteral( "CREATE INDEX IF NOT EXISTS idx_tasks_staff ON tasks(staff_id, state)" ),
      }
    },
  };
  return all;
}

int GwSchema::currentVersion()
{
  return migrations().last().version;
}

QStringList GwSchema::writableTables()
{
  QStringList names;
  for ( const Migration &migration : migrations() )
  {
    for ( const Table &table : migration.tables )
      names << table.name;
  }
  return names;
}
