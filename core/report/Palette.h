// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "catalog/AccessLevel.h"
#include "review/Recommendation.h"

#include <QChar>

#include <string>

namespace grantscope {

/** An sRGB colour. */
struct PaletteColor {
    unsigned char red = 0;
    unsigned char green = 0;
    unsigned char blue = 0;
    friend bool operator==(const PaletteColor&, const PaletteColor&) = default;
};

/** One colour for a light background and its counterpart for a dark one. */
struct PaletteEntry {
    PaletteColor light;
    PaletteColor dark;
};

/**
 * The one table of severity, access-level, grade and recommendation colours: the findings table, the access
 * graph, the dashboard (through ui/style/Palette.h) and the report's HTML and SVG charts all read it. Critical red,
 * high orange, medium amber, low blue, info grey; access levels cool for reads, warm for permissions.
 */
PaletteEntry severityPalette(Severity severity);
PaletteEntry accessLevelPalette(AccessLevel level);
/** The risk grade's colour (A green … F red): the dashboard's score card and the report's grade. */
PaletteEntry gradePalette(QChar grade);
/** The recommendation's colour: approve green, approve with the boundary amber, reject red. */
PaletteEntry recommendationPalette(Recommendation recommendation);

/** "#rrggbb". */
std::string hexColor(PaletteColor color);

} // namespace grantscope
