// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessLevel.h"

#include <QColor>
#include <QPalette>

class QAbstractAxis;
class QChart;
class QValueAxis;

namespace grantscope::ui {

/**
 * Makes Qt Charts follow the widget palette: the chart theme by the palette's lightness, then
 * background, title, legend, axes and grid in palette colours, animations off (so screenshots are
 * deterministic). Also holds the dashboard's fixed colours for access levels.
 */
class ChartStyle {
public:
    static bool isDark(const QPalette& palette);
    /** Resets `chart` to the palette: call before adding series, then colour the series. */
    static void prepare(QChart* chart, const QPalette& palette);
    static void styleAxis(QAbstractAxis* axis, const QPalette& palette);
    /** Integer ticks from 0 to a round number at or above `max`. */
    static void setCountRange(QValueAxis* axis, int max);
    /** A colour per access level, cool for reads, warm for writes, red for permissions management. */
    static QColor accessLevelColor(AccessLevel level, const QPalette& palette);
    static QColor mix(const QColor& a, const QColor& b, qreal amountOfB);
};

} // namespace grantscope::ui
