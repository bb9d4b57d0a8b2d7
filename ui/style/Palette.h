// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace grantscope::ui::style
