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

QColor GraphStyle::conditional(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xa7, 0x8b, 0xfa) : QColor(0x6d, 0x28, 0xd9);
}

QColor GraphStyle::subjectKind(const std::string& kind, const QPalette& palette)
{
    const bool dark = isDark(palette);
    if (kind == "user")
        return dark ? QColor(0x2d, 0xd4, 0xbf) : QColor(0x0d, 0x94, 0x88);
    if (kind == "group")
        return dark ? QColor(0xa3, 0xe6, 0x35) : QColor(0x4d, 0x7c, 0x0f);
    if (kind == "resource-policy")
        return dark ? QColor(0xfb, 0x92, 0x3c) : QColor(0xc2, 0x41, 0x0c);
    return secondaryText(palette);
}

QColor GraphStyle::release(bool removed, const QPalette& palette)
{
    const bool dark = isDark(palette);
    if (removed)
        return dark ? QColor(0x94, 0xa3, 0xb8) : QColor(0x47, 0x55, 0x69);
    return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
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
