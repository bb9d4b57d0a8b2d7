// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Palette.h"

namespace grantscope {

PaletteEntry severityPalette(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return { { 0xb7, 0x1c, 0x1c }, { 0xff, 0x52, 0x52 } };
    case Severity::High:
        return { { 0xe6, 0x51, 0x00 }, { 0xff, 0x8a, 0x50 } };
    case Severity::Medium:
        return { { 0xd4, 0xa0, 0x00 }, { 0xf5, 0xd0, 0x4c } };
    case Severity::Low:
        return { { 0x25, 0x63, 0xeb }, { 0x60, 0xa5, 0xfa } };
    case Severity::Info:
        break;
    }
    return { { 0x6b, 0x72, 0x80 }, { 0x9c, 0xa3, 0xaf } };
}

PaletteEntry accessLevelPalette(AccessLevel level)
{
    switch (level) {
    case AccessLevel::List:
        return { { 0xa7, 0xb4, 0xc2 }, { 0x7f, 0x8c, 0x9a } };
    case AccessLevel::Read:
        return { { 0x3b, 0x82, 0xc4 }, { 0x4f, 0xa3, 0xe0 } };
    case AccessLevel::Write:
        return { { 0x7e, 0x57, 0xc2 }, { 0xb3, 0x88, 0xeb } };
    case AccessLevel::PermissionsManagement:
        return { { 0xc2, 0x18, 0x5b }, { 0xf0, 0x62, 0x92 } };
    case AccessLevel::Tagging:
        break;
    }
    return { { 0x26, 0xa6, 0x9a }, { 0x4d, 0xd0, 0xb5 } };
}

PaletteEntry gradePalette(QChar grade)
{
    switch (grade.toLatin1()) {
    case 'A':
        return { { 0x15, 0x80, 0x3d }, { 0x4a, 0xde, 0x80 } };
    case 'B':
        return { { 0x65, 0xa3, 0x0d }, { 0xa3, 0xe6, 0x35 } };
    case 'C':
        return { { 0xd9, 0x77, 0x06 }, { 0xfb, 0xbf, 0x24 } };
    case 'D':
        return { { 0xea, 0x58, 0x0c }, { 0xfb, 0x92, 0x3c } };
    default:
        break;
    }
    return { { 0xb9, 0x1c, 0x1c }, { 0xf8, 0x71, 0x71 } };
}

PaletteEntry recommendationPalette(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::Approve:
        return gradePalette(QLatin1Char('A'));
    case Recommendation::ApproveWithBoundary:
        return { { 0xb4, 0x53, 0x09 }, { 0xfb, 0xbf, 0x24 } };
    case Recommendation::Reject:
        break;
    }
    return gradePalette(QLatin1Char('F'));
}

std::string hexColor(PaletteColor color)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "#";
    for (unsigned char c : { color.red, color.green, color.blue }) {
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    return out;
}

} // namespace grantscope
