// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

/**
 * GeoPackage geometry blobs (OGC 12-128r18, section 2.1.3): a "GP" header with the SRS id
 * and an XY envelope, followed by standard WKB.
 */
namespace GwGeoPackageGeometry
{
  /**
   * Wraps \a wkb in a GeoPackage header for \a srsId. Empty geometries get the empty
   * flag and no envelope. Returns an empty array when \a wkb is unreadable.
   */
  QByteArray fromWkb( const QByteArray &wkb, int srsId );

  //! Returns the WKB part of a GeoPackage blob, or an empty array when the header is invalid.
  QByteArray toWkb( const QByteArray &blob );
}
