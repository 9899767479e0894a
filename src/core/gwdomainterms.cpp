// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdomainterms.h"

#include <QVector>

namespace
{
  struct Term
  {
    const char *key;
    const char *name;
  };

  // Source names are English; the zh_CN translation carries the Chinese terms.
  const QVector<Term> &terms( GwDomainTerms::Vocabulary vocabulary )
  {
    using V = GwDomainTerms::Vocabulary;
    static const QVector<Term> staffRoles = {
      { "grid_head", QT_TRANSLATE_NOOP( "GwDomainTerms", "Grid head" ) },
      { "full_time_worker", QT_TRANSLATE_NOOP( "GwDomainTerms", "Full-time grid worker" ) },
      { "grid_worker", QT_TRANSLATE_NOOP( "GwDomainTerms", "Grid worker" ) },
      { "instructor", QT_TRANSLATE_NOOP( "GwDomainTerms", "Grid instructor" ) },
      { "cadre", QT_TRANSLATE_NOOP( "GwDomainTerms", "Community cadre" ) },
      { "group_leader", QT_TRANSLATE_NOOP( "GwDomainTerms", "Group leader" ) },
      { "building_leader", QT_TRANSLATE_NOOP( "GwDomainTerms", "Building leader" ) },
    };
    static const QVector<Term> compoundKinds = {
      { "self_managed", QT_TRANSLATE_NOOP( "GwDomainTerms", "Self-managed" ) },
      { "property_managed", QT_TRANSLATE_NOOP( "GwDomainTerms", "Property-managed" ) },
      { "work_unit", QT_TRANSLATE_NOOP( "GwDomainTerms", "Work-unit" ) },
    };
    static const QVector<Term> buildingKinds = {
      { "shop_front", QT_TRANSLATE_NOOP( "GwDomainTerms", "Shop front" ) },
      { "self_built", QT_TRANSLATE_NOOP( "GwDomainTerms", "Self-built house" ) },
      { "commercial", QT_TRANSLATE_NOOP( "GwDomainTerms", "Commercial housing" ) },
      { "other", QT_TRANSLATE_NOOP( "GwDomainTerms", "Other building" ) },
    };
    static const QVector<Term> plateKinds = {
      { "door", QT_TRANSLATE_NOOP( "GwDomainTerms", "Door plate" ) },
      { "building", QT_TRANSLATE_NOOP( "GwDomainTerms", "Building plate" ) },
      { "unit", QT_TRANSLATE_NOOP( "GwDomainTerms", "Unit plate" ) },
      { "room", QT_TRANSLATE_NOOP( "GwDomainTerms", "Room plate" ) },
    };
    static const QVector<Term> cameraSources = {
      { "xueliang", QT_TRANSLATE_NOOP( "GwDomainTerms", "Sharp Eyes project" ) },
      { "tianwang", QT_TRANSLATE_NOOP( "GwDomainTerms", "Skynet" ) },
      { "traffic", QT_TRANSLATE_NOOP( "GwDomainTerms", "Traffic" ) },
      { "education", QT_TRANSLATE_NOOP( "GwDomainTerms", "Education" ) },
    };
    static const QVector<Term> cameraKinds = {
      { "hd", QT_TRANSLATE_NOOP( "GwDomainTerms", "HD camera" ) },
      { "dome", QT_TRANSLATE_NOOP( "GwDomainTerms", "Dome camera" ) },
      { "legacy", QT_TRANSLATE_NOOP( "GwDomainTerms", "Legacy camera" ) },
    };
    static const QVector<Term> incidentCategories = {
      { "dispute_family", QT_TRANSLATE_NOOP( "GwDomainTerms", "Marriage and family dispute" ) },
      { "dispute_neighbour", QT_TRANSLATE_NOOP( "GwDomainTerms", "Neighbour dispute" ) },
      { "dispute_property", QT_TRANSLATE_NOOP( "GwDomainTerms", "Property dispute" ) },
      { "dispute_labour", QT_TRANSLATE_NOOP( "GwDomainTerms", "Labour dispute" ) },
      { "resident_request", QT_TRANSLATE_NOOP( "GwDomainTerms", "Resident request" ) },
      { "sanitation", QT_TRANSLATE_NOOP( "GwDomainTerms", "Sanitation" ) },
      { "public_facility", QT_TRANSLATE_NOOP( "GwDomainTerms", "Public facility" ) },
      { "safety_hazard", QT_TRANSLATE_NOOP( "GwDomainTerms", "Safety hazard" ) },
      { "traffic_order", QT_TRANSLATE_NOOP( "GwDomainTerms", "Traffic order" ) },
      { "fire_smoke", QT_TRANSLATE_NOOP( "GwDomainTerms", "Fire or smoke" ) },
      { "straw_burning", QT_TRANSLATE_NOOP( "GwDomainTerms", "Straw burning" ) },
      { "dumping", QT_TRANSLATE_NOOP( "GwDomainTerms", "Rubbish dumping" ) },
      { "crowd", QT_TRANSLATE_NOOP( "GwDomainTerms", "Crowd density" ) },
      { "intrusion", QT_TRANSLATE_NOOP( "GwDomainTerms", "Intrusion into a closed area" ) },
      { "camera_offline", QT_TRANSLATE_NOOP( "GwDomainTerms", "Camera offline" ) },
    };
    static const QVector<Term> incidentSources = {
      { "grid_worker", QT_TRANSLATE_NOOP( "GwDomainTerms", "Grid worker" ) },
      { "resident_group", QT_TRANSLATE_NOOP( "GwDomainTerms", "Resident WeChat group" ) },
      { "platform_580", QT_TRANSLATE_NOOP( "GwDomainTerms", "580 platform" ) },
      { "hotline", QT_TRANSLATE_NOOP( "GwDomainTerms", "Hotline" ) },
      { "drone", QT_TRANSLATE_NOOP( "GwDomainTerms", "Drone patrol" ) },
      { "camera_alarm", QT_TRANSLATE_NOOP( "GwDomainTerms", "Camera alarm" ) },
    };
    static const QVector<Term> incidentStates = {
      { "reported", QT_TRANSLATE_NOOP( "GwDomainTerms", "Reported" ) },
      { "dispatched", QT_TRANSLATE_NOOP( "GwDomainTerms", "Dispatched" ) },
      { "accepted", QT_TRANSLATE_NOOP( "GwDomainTerms", "Accepted" ) },
      { "on_site", QT_TRANSLATE_NOOP( "GwDomainTerms", "On site" ) },
      { "resolved", QT_TRANSLATE_NOOP( "GwDomainTerms", "Resolved" ) },
      { "closed", QT_TRANSLATE_NOOP( "GwDomainTerms", "Closed" ) },
      { "rejected", QT_TRANSLATE_NOOP( "GwDomainTerms", "Rejected" ) },
      { "merged", QT_TRANSLATE_NOOP( "GwDomainTerms", "Merged" ) },
    };
    static const QVector<Term> resolutions = {
      { "grid_mediation", QT_TRANSLATE_NOOP( "GwDomainTerms", "Mediated by grid work" ) },
      { "social_forces", QT_TRANSLATE_NOOP( "GwDomainTerms", "Handled with social forces" ) },
      { "department", QT_TRANSLATE_NOOP( "GwDomainTerms", "Handled by a department" ) },
    };

    switch ( vocabulary )
    {
      case V::StaffRole:
        return staffRoles;
      case V::CompoundKind:
        return compoundKinds;
      case V::BuildingKind:
        return buildingKinds;
      case V::PlateKind:
        return plateKinds;
      case V::CameraSource:
        return cameraSources;
      case V::CameraKind:
        return cameraKinds;
      case V::IncidentCategory:
        return incidentCategories;
      case V::IncidentSource:
        return incidentSources;
      case V::IncidentState:
        return incidentStates;
      case V::Resolution:
        return resolutions;
    }
    return staffRoles;
  }
}

QStringList GwDomainTerms::keys( Vocabulary vocabulary )
{
  QStringList result;
  for ( const Term &term : terms( vocabulary ) )
    result << QString::fromLatin1( term.key );
  return result;
}

bool GwDomainTerms::contains( Vocabulary vocabulary, const QString &key )
{
  for ( const Term &term : terms( vocabulary ) )
  {
    if ( key == QLatin1String( term.key ) )
      return true;
  }
  return false;
}

QString GwDomainTerms::displayName( Vocabulary vocabulary, const QString &key )
{
  for ( const Term &term : terms( vocabulary ) )
  {
    if ( key == QLatin1String( term.key ) )
      return tr( term.name );
  }
  return key;
}
