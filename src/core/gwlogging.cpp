// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwlogging.h"

Q_LOGGING_CATEGORY( gwCore, "gw.core", QtWarningMsg )
Q_LOGGING_CATEGORY( gwStore, "gw.store", QtWarningMsg )
Q_LOGGING_CATEGORY( gwGis, "gw.gis", QtWarningMsg )
Q_LOGGING_CATEGORY( gwApp, "gw.app", QtWarningMsg )
