// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include "gwintakeevent.h"

/**
 * Validates one line of the JSON Lines intake stream and turns it into a GwIntakeEvent.
 *
 * Each line is checked on its own and either fully accepted or rejected with one
 * message, so a caller can report a bad line and go on with the next.
 *
 * Points are read as WGS84 unless the optional "crs" field is gcj02 or bd09. cgcs2000 is
 * accepted as WGS84, because the two differ by centimetres. The event always contains
 * WGS84. Times follow GwTimeWindow::parse() and are held in UTC. Fields the format does
 * not define are ignored, except that an alarm with a person identifier is rejected.
 * An alarm without a priority gets priority 2, because its kinds (fire, straw burning,
 * intrusion …) need someone on site quickly; a report without one gets 3.
 */
class GwIntakeParser
{
    Q_DECLARE_TR_FUNCTIONS( GwIntakeParser )

  public:
    //! subdistrict: lon/lat box the points must fall in (the grids' extent plus a margin).
    explicit GwIntakeParser( const QRectF &subdistrict );

    //! Parses one line. Returns false with a translated message that starts "Line N:" and
    //! names the field and the problem. Problems are malformed JSON, an unknown type, a
    //! missing field, an unknown category, kind or source, an invalid time, coordinates
    //! outside the subdistrict or swapped (exchanged they would fall inside), and a person
    //! identifier in an alarm. Alarms are anonymous, so keys such as name, person, face,
    //! id_number and phone are rejected.
    bool parse( const QByteArray &line, int lineNumber, GwIntakeEvent &event, QString *error ) const;

  private:
    QRectF mSubdistrict;

    //! Fills the fields of \a event that the type of \a object needs; returns the message
    //! of the first problem, or an empty string.
    QString readFields( const QJsonObject &object, GwIntakeEvent &event ) const;
    QString readPoint( const QJsonObject &object, GwIntakeEvent &event ) const;
};
