// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QPointF>
#include <QString>

/**
 * One validated line of the JSON Lines intake stream, as GwIntakeParser produces it.
 * Which fields are set depends on the type; the others keep their defaults.
 */
struct GwIntakeEvent
{
  enum class Type
  {
    IncidentReport,
    Alarm,
    CameraStatus,
    StaffPosition
  };

  Type type = Type::IncidentReport;
  int line = 0;                 // 1-based line number in the stream
  QString clientId;             // "id" field: required for reports and alarms
  QString category;             // report category or alarm kind (GwDomainTerms keys)
  QString source;               // GwDomainTerms IncidentSource key
  QPointF lonLat;               // WGS84 after any GCJ-02/BD-09 conversion
  QDateTime atUtc;
  int priority = 3;
  QString title, description;   // reports
  QString zone, evidence, deviceId;  // alarms (anonymous), camera status
  bool online = true;           // camera status
  qint64 staffId = 0;           // staff position
  QString contentHash;          // SHA-256 hex of the canonical content (everything but line)
};
