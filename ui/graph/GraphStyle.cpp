// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/GraphStyle.h"

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

bool GraphStyle::isDark(const QPalette& palette) { return palette.color(QPalette::Base).lightness() < 128; }

QColor GraphStyle::accent(std::optional<Severity> severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    if (!severity || *severity == Severity::Info)
        return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), dark ? 0.45 : 0.38);
    switch (*severity) {
    case Severity::Critical:
        return dark ? QColor(0xff, 0x52, 0x52) : QColor(0xb7, 0x1c, 0x1c);
    case Severity::High:
        return dark ? QColor(0xef, 0x5f, 0x5f) : QColor(0xd3, 0x2f, 0x2f);
    case Severity::Medium:
        return dark ? QColor(0xff, 0x9f, 0x43) : QColor(0xe6, 0x6a, 0x00);
    case Severity::Low:
        return dark ? QColor(0xf5, 0xd0, 0x4c) : QColor(0xd4, 0xa0, 0x00);
    case Severity::Info:
        break;
    }
    return palette.color(QPalette::Mid);
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
    const bool dark = isDark(palette);
    switch (level) {
    case AccessLevel::List:
        return dark ? QColor(0x7f, 0x8c, 0x9a) : QColor(0xa7, 0xb4, 0xc2);
    case AccessLevel::Read:
        return dark ? QColor(0x4f, 0xa3, 0xe0) : QColor(0x3b, 0x82, 0xc4);
    case AccessLevel::Write:
        return dark ? QColor(0xb3, 0x88, 0xeb) : QColor(0x7e, 0x57, 0xc2);
    case AccessLevel::PermissionsManagement:
        return dark ? QColor(0xf0, 0x62, 0x92) : QColor(0xc2, 0x18, 0x5b);
    case AccessLevel::Tagging:
        return dark ? QColor(0x4d, 0xd0, 0xb5) : QColor(0x26, 0xa6, 0x9a);
    }
    return palette.color(QPalette::Mid);
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
