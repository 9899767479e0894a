// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QgsFeedback;

struct GwDemoOptions
{
  //! Seed of every random choice: the same seed and time give the same file content.
  quint32 seed = 20261204;

  /**
   * End of the demo's year of incidents, in UTC. Open incidents and task deadlines are
   * placed just before it. An invalid time means the current hour.
   */
  QDateTime now;
};

/**
 * Generates the demo subdistrict: 汪家桥街道 of 津市市, Hunan, around lon 111.88,
 * lat 29.61, with its five real communities and the figures its command centre reports.
 *
 * Geometry is laid out in CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546) metres
 * and stored in EPSG:4326. Streets, compounds, people and incidents are fictional.
 * Resident ID numbers have valid check digits but belong to no real person.
 */
class GwDemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS( GwDemoGenerator )

  public:
    // Figures of the demo data set, as reported for the subdistrict.
    static constexpr int GridCount = 17;
    static constexpr int Households = 19960;
    static constexpr int WeChatGroups = 53;
    static constexpr int WeChatMembers = 16895;
    static constexpr int Cameras = 582;
    static constexpr int DongHuCameras = 13;
    static constexpr int ChengdongGroup5Cameras = 15;
    static constexpr int GridMediatedDisputes = 79;
    static constexpr int GridMediatedFamilyDisputes = 21;
    static constexpr int SocialForcesDisputes = 31;
    static constexpr int ResolvedResidentRequests = 13;

    explicit GwDemoGenerator( const GwDemoOptions &options );

    /**
     * Writes a new data file at \a path. Fails when \a path exists. The file is built
     * under a temporary name and renamed at the end, so a failure or a cancel through
     * \a feedback (may be null) leaves nothing at \a path.
     */
    bool generate( const QString &path, QgsFeedback *feedback, QString *error );

  private:
    GwDemoOptions mOptions;
};
