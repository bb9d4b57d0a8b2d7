// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Finding.h"

#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace grantscope {

const char* severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Low:
        return "low";
    case Severity::Medium:
        return "medium";
    case Severity::High:
        return "high";
    case Severity::Critical:
        return "critical";
    }
    return "info";
}

std::optional<Severity> parseSeverity(std::string_view text)
{
    const std::string t = toLowerAscii(text);
    for (Severity s : { Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical })
        if (t == severityKey(s))
            return s;
    return std::nullopt;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Severity", "Info");
    case Severity::Low:
        return QCoreApplication::translate("Severity", "Low");
    case Severity::Medium:
        return QCoreApplication::translate("Severity", "Medium");
    case Severity::High:
        return QCoreApplication::translate("Severity", "High");
    case Severity::Critical:
        return QCoreApplication::translate("Severity", "Critical");
    }
    return {};
}

Severity lowered(Severity severity, int steps)
{
    return static_cast<Severity>(std::clamp(static_cast<int>(severity) - steps, 0, 4));
}

void sortFindings(std::vector<Finding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::make_tuple(-static_cast<int>(a.severity), a.file, a.location.line, a.location.column, a.rule)
            < std::make_tuple(-static_cast<int>(b.severity), b.file, b.location.line, b.location.column, b.rule);
    });
}

} // namespace grantscope
