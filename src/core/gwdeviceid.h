// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * GB/T 28181 device and channel IDs (国标编码): 20 decimal digits in five fields.
 *
 * | digits | field | meaning |
 * |---|---|---|
 * | 1–8 | centre code | administrative division of the monitoring centre (GB/T 2260): province 2, city 2, district 2, grass-roots unit 2; unused trailing levels are 0 |
 * | 9–10 | industry code | sector that owns the device |
 * | 11–13 | type code | 111 DVR, 118 NVR, 131 camera, 132 IP camera, 200 centre signalling server, 215 business group, 216 virtual organisation … |
 * | 14 | network flag | network the device is on, such as the video private network or the Internet |
 * | 15–20 | serial number | unique within the fields before it |
 */
class GwDeviceId
{
    Q_DECLARE_TR_FUNCTIONS( GwDeviceId )

  public:
    //! Type codes named in this project; other codes are valid but unnamed.
    enum Type
    {
      Dvr = 111,
      Nvr = 118,
      Camera = 131,
      IpCamera = 132,
      CentreSignallingServer = 200,
      BusinessGroup = 215,
      VirtualOrganisation = 216,
    };

    //! Fields of a parsed ID. Every member is empty or 0 unless valid is true.
    struct Parts
    {
      bool valid = false;

      //! Translated message naming the ID and what is wrong; empty when valid.
      QString error;

      //! The 8-digit centre code, the four levels below concatenated.
      QString centreCode;
      QString provinceCode;
      QString cityCode;
      QString districtCode;
      QString grassRootsCode;

      int industry = 0;
      int type = 0;
      int network = 0;
      int serial = 0;
    };

    //! Splits \a id into its fields; it must be exactly 20 ASCII digits.
    static Parts parse( const QString &id );

    //! Returns whether \a id is exactly 20 ASCII digits.
    static bool isValid( const QString &id );

    /**
     * Builds an ID from its fields, zero-padded to their widths. Returns an empty string
     * unless \a civilCode8 is 8 ASCII digits, \a industry is 0–99, \a type is 0–999,
     * \a network is 0–9 and \a serial is 0–999999.
     */
    static QString make( const QString &civilCode8, int industry, int type, int network, int serial );

    //! Returns the translated name of a type code from Type, or an empty string for other codes.
    static QString typeName( int type );
};
