// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/GraphStyle.h"

#include "style/Palette.h"

#include <QPalette>

namespace grantscope::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
        static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
        static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

bool GraphStyle::isDark(const QPalette& palette)
{
    return style::isDark(palette);
}

QColor GraphStyle::accent(std::optional<Severity> severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    if (!severity || *severity == Severity::Info)
        return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), dark ? 0.45 : 0.38);
    return style::severityColor(*severity, dark);
}

QColor GraphStyle::fill(std::optional<Severity> severity, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (!severity || *severity == Severity::Info)
        return mix(base, palette.color(QPalette::Text), isDark(palette) ? 0.08 : 0.03);
    return mix(base, accent(severity, palette), isDark(palette) ? 0.22 : 0.12);
}

QColor GraphStyle::edge(std::optional<Severity> severity, const QPalette& palette)
{
    QColor c = accent(severity, palette);
    if (!severity || *severity == Severity::Info)
        c = mix(palette.color(QPalette::Base), palette.color(QPalette::Text), isDark(palette) ? 0.35 : 0.28);
    return c;
}

QColor GraphStyle::secondaryText(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.62);
}

QColor GraphStyle::levelColor(AccessLevel level, const QPalette& palette)
{
    return style::accessLevelColor(level, palette);
}

QFont GraphStyle::headerFont(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    f.setCapitalization(QFont::AllUppercase);
    f.setLetterSpacing(QFont::PercentageSpacing, 108);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.82);
    return f;
}

} // namespace grantscope::ui
