// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * Stable keys of the domain's enumerations as stored in the database, and their
 * translated display names.
 *
 * Keys are lower-case ASCII and do not change once files exist with them. Display
 * names follow the UI language, such as 网格长 under zh_CN.
 */
class GwDomainTerms
{
    Q_DECLARE_TR_FUNCTIONS( GwDomainTerms )

  public:
    enum class Vocabulary
    {
      StaffRole,
      CompoundKind,
      BuildingKind,
      PlateKind,
      CameraSource,
      CameraKind,
      IncidentCategory,
      IncidentSource,
      IncidentState,
      Resolution,
    };

    //! Returns every key of \a vocabulary in display order.
    static QStringList keys( Vocabulary vocabulary );

    //! Returns whether \a key belongs to \a vocabulary.
    static bool contains( Vocabulary vocabulary, const QString &key );

    //! Returns the translated name of \a key, or \a key itself when it is unknown.
    static QString displayName( Vocabulary vocabulary, const QString &key );
};
