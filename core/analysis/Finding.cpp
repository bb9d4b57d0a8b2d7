// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Finding.h"

#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

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
    // Sorted through their indices, then each moved once into place: a stable sort of the findings themselves
    // would take a buffer of half of them (tens of megabytes for a large package), and nothing is copied to
    // compare.
    const size_t n = findings.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&findings](size_t i, size_t j) {
        const Finding& a = findings[i];
        const Finding& b = findings[j];
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.file != b.file)
            return a.file < b.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        if (a.location.column != b.location.column)
            return a.location.column < b.location.column;
        return a.rule < b.rule;
    });
    // Position k receives the finding at order[k]: follow each cycle of the permutation with one finding aside.
    std::vector<bool> placed(n);
    for (size_t start = 0; start < n; ++start) {
        if (placed[start])
            continue;
        placed[start] = true;
        if (order[start] == start)
            continue;
        Finding aside = std::move(findings[start]);
        size_t k = start;
        while (order[k] != start) {
            findings[k] = std::move(findings[order[k]]);
            k = order[k];
            placed[k] = true;
        }
        findings[k] = std::move(aside);
    }
}

} // namespace grantscope
