// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RequestEvaluator.h"
#include "report/Palette.h"

#include <QColor>
#include <QPalette>

namespace grantscope::ui::style {

/** True when the palette's base is dark (dark mode): the dark half of each palette entry applies. */
inline bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

inline QColor toQColor(PaletteColor c)
{
    return QColor(c.red, c.green, c.blue);
}

/** The severity colour of the one core table (report/Palette.h), for a light or dark palette. */
inline QColor severityColor(Severity severity, bool dark = false)
{
    const PaletteEntry e = severityPalette(severity);
    return toQColor(dark ? e.dark : e.light);
}

/** The access-level colour of the one core table, for a light or dark palette. */
inline QColor accessLevelColor(AccessLevel level, const QPalette& palette)
{
    const PaletteEntry e = accessLevelPalette(level);
    return toQColor(isDark(palette) ? e.dark : e.light);
}

/**
 * The colour of a request's decision ("can the vendor do this?"): allowed in the high-severity colour (the
 * vendor can), denied either way in the approving recommendation's (it cannot), for a light or dark palette.
 */
inline QColor decisionColor(Decision decision, const QPalette& palette)
{
    const PaletteEntry e = decision == Decision::Allowed ? severityPalette(Severity::High)
                                                         : recommendationPalette(Recommendation::Approve);
    return toQColor(isDark(palette) ? e.dark : e.light);
}

} // namespace grantscope::ui::style
