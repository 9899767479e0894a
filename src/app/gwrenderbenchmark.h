// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QVector>

#include <qgsmapsettings.h>

class GwMapProject;

/**
 * Measures how long the map of a data file takes to render, in three cases that match
 * what the wall does. The first is a full redraw without cache, the second a full
 * redraw through the wall's renderer (parallel job with a QgsMapRendererCache). The
 * third is the redraw after one incident changed, which drops only the cache images
 * of the live layers drawn from the incidents table.
 *
 * The incident case writes to the store, so the project must be opened on a copy.
 */
class GwRenderBenchmark
{
    Q_DECLARE_TR_FUNCTIONS( GwRenderBenchmark )

  public:
    //! Renders \a project (which must outlive the benchmark) at its default extent into \a size pixels.
    GwRenderBenchmark( GwMapProject *project, const QSize &size );

    //! Returns the milliseconds of \a repeat full redraws with QgsMapRendererSequentialJob and no cache.
    QVector<double> fullRedrawSequential( int repeat ) const;

    //! Returns the milliseconds of \a repeat full redraws with QgsMapRendererParallelJob and a cleared cache.
    QVector<double> fullRedrawCached( int repeat ) const;

    /**
     * Returns the milliseconds of \a repeat redraws after one incident's state changed
     * through the store: reload of the incidents layer, invalidation of its cache
     * image and a render with the cache. The store write itself is not timed.
     * Returns an empty list and sets \a error when the file has no incident or the
     * write fails.
     *
     * NOTE: with QGIS 3.22 the layers that have labels are drawn again instead of
     * being taken from the cache, because the cached label image is dropped. On the
     * demo data at 3840×2160 this case took as long as a full redraw.
     */
    QVector<double> incidentChangeRedraw( int repeat, QString *error ) const;

    //! Returns the median of \a values, or 0 for none.
    static double median( QVector<double> values );

  private:
    GwMapProject *mProject = nullptr;
    QgsMapSettings mSettings;
};
