// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "gwdemonames.h"
#include "gwstore.h"

#include <QDateTime>
#include <QHash>
#include <QPointF>
#include <QRandomGenerator>
#include <QStringList>
#include <QVector>

#include <functional>

/**
 * Builds the rows of the demo subdistrict in memory, table by table, in the order they
 * must be written. Row ids are assigned in advance (1, 2, … per table), which is what a
 * new GeoPackage table gives them; the writer checks that.
 */
class GwDemoBuilder
{
  public:
    //! Converts local metres (east, north of the subdistrict's south-west corner) to lon/lat.
    using Projector = std::function<QPointF( const QPointF & )>;
    //! Unions polygons given as WKB into one multipolygon WKB (done by the GIS layer).
    using Unioner = std::function<QByteArray( const QVector<QByteArray> & )>;

    GwDemoBuilder( quint32 seed, const QDateTime &now, const Projector &projector, const Unioner &unioner );

    void build();

    //! Returns the table names in write order.
    QStringList tableOrder() const { return mOrder; }
    QVector<GwFeature> &rows( const QString &table ) { return mTables[table]; }
    QVariantMap metadata() const { return mMetadata; }

  private:
    struct Cell
    {
      //! Corners in local metres: south-west, south-east, north-east, north-west.
      QPointF corners[4];
      int gridIndex = 0;
      QString communityCode;
      QString gridCode;
      QString stem;
      //! 0 rural edge … 2 town centre: steers the building mix.
      int density = 1;
      int dwellingsBegin = 0;
      int dwellingsEnd = 0;
      QVector<int> staffIds;
    };

    struct Lane
    {
      QString name;
      QPointF from;
      QPointF to;
    };

    QPointF cellPoint( const Cell &cell, double u, double v ) const;
    QByteArray pointWkb( const QPointF &local ) const;
    QByteArray polygonWkb( const QVector<QPointF> &local ) const;
    QByteArray multiPolygonWkb( const QVector<QPointF> &local ) const;
    QVector<QPointF> cellQuad( const Cell &cell, double u0, double v0, double u1, double v1 ) const;
    qint64 append( const QString &table, const QVariantMap &attributes, const QByteArray &wkb = QByteArray() );
    QString isoTime( const QDateTime &time ) const;
    QString phoneNumber();
    QString idNumber( const QDate &birth, bool male );

    void buildCommunitiesAndGrids();
    void buildMainRoads();
    void buildGridContent( Cell &cell );
    void buildHouseholds();
    void buildStaff();
    void buildOrganisations();
    void buildCameras();
    void buildIncidents();

    QRandomGenerator mRandom;
    GwDemoNames mNames;
    QDateTime mNow;
    Projector mProjector;
    Unioner mUnioner;

    QStringList mOrder;
    QHash<QString, QVector<GwFeature>> mTables;
    QVariantMap mMetadata;
    QVector<Cell> mCells;
    QVector<QVector<QPointF>> mLattice;
    QVector<Lane> mLanes;
    qint64 mDongHuId = 0;
    QVector<QPointF> mShopFronts;
    QVector<QPointF> mCompoundGates;
    QVector<qint64> mCompoundGateIds;
};
