// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

struct ReportServiceRow;

/**
 * The review report's charts, drawn as self-contained inline SVG (no script, no external reference).
 * Every text placed in a chart is XML-escaped.
 */
class ReportCharts {
public:
    /** Escapes & < > " ' for HTML and XML text and attribute values. */
    static std::string escape(std::string_view text);

    /** Severity colour of the one palette (report/Palette.h), as CSS hex; index = Severity. */
    static std::string severityColor(int severity);
    /** Access-level colour; index in kAccessLevels order. */
    static std::string levelColor(int level);

    /** Horizontal bars of findings per severity, Critical first; `labels` are the severity names. */
    static std::string severityBars(const std::array<int, 5>& counts, const std::array<std::string, 5>& labels);

    /**
     * Stacked bars of actions per access level for the first `maxRows` services; with `withAfter`, a second
     * thinner bar per service shows what the boundary leaves. `levelNames` label the legend.
     */
    static std::string serviceLevels(const std::vector<ReportServiceRow>& rows, bool withAfter,
        const std::array<std::string, 5>& levelNames, const std::string& afterLabel, size_t maxRows = 15);
};

} // namespace grantscope
