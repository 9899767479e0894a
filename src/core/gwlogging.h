// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLoggingCategory>

// Developer debug output, one category per library; enable with
// QT_LOGGING_RULES="gw.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY( gwCore )
Q_DECLARE_LOGGING_CATEGORY( gwStore )
Q_DECLARE_LOGGING_CATEGORY( gwGis )
Q_DECLARE_LOGGING_CATEGORY( gwApp )
