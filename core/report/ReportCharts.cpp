// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportCharts.h"

#include "report/Palette.h"
#include "report/ReviewReport.h"

#include <algorithm>
#include <cstdio>

namespace grantscope {

namespace {

std::string num(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

std::string rect(double x, double y, double w, double h, const std::string& fill)
{
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\""
        + fill + "\"/>";
}

std::string text(double x, double y, const std::string& content, const char* anchor = "start", const char* extra = "")
{
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\"" + extra + ">"
        + ReportCharts::escape(content) + "</text>";
}

std::string open(double width, double height, const std::string& label)
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + num(width) + "\" height=\"" + num(height)
        + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" aria-label=\"" + ReportCharts::escape(label)
        + "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" fill=\"#1f2937\">";
}

} // namespace

std::string ReportCharts::escape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string ReportCharts::severityColor(int severity)
{
    return hexColor(severityPalette(static_cast<Severity>(std::clamp(severity, 0, 4))).light);
}

std::string ReportCharts::levelColor(int level)
{
    return hexColor(accessLevelPalette(kAccessLevels[static_cast<size_t>(std::clamp(level, 0, 4))]).light);
}

std::string ReportCharts::severityBars(const std::array<int, 5>& counts, const std::array<std::string, 5>& labels)
{
    const double labelWidth = 90, barWidth = 260, rowHeight = 26, width = labelWidth + barWidth + 40;
    const int most = std::max(1, *std::max_element(counts.begin(), counts.end()));
    std::string svg = open(width, rowHeight * 5 + 4, "findings by severity");
    for (int row = 0; row < 5; ++row) {
        const int severity = 4 - row;
        const double y = 2 + row * rowHeight;
        const int n = counts[static_cast<size_t>(severity)];
        const double w = n == 0 ? 0 : std::max(2.0, barWidth * n / most);
        svg += text(labelWidth - 8, y + 16, labels[static_cast<size_t>(severity)], "end");
        svg += rect(labelWidth, y + 3, barWidth, rowHeight - 8, "#f3f4f6");
        svg += rect(labelWidth, y + 3, w, rowHeight - 8, severityColor(severity));
        svg += text(labelWidth + w + 6, y + 16, std::to_string(n), "start", " font-weight=\"bold\"");
    }
    return svg + "</svg>";
}

std::string ReportCharts::serviceLevels(const std::vector<ReportServiceRow>& rows, bool withAfter,
    const std::array<std::string, 5>& levelNames, const std::string& afterLabel, size_t maxRows)
{
    const size_t n = std::min(rows.size(), maxRows);
    const double labelWidth = 150, barWidth = 420;
    double legendWidth = 15 + 7.2 * static_cast<double>(afterLabel.size());
    for (const std::string& name : levelNames)
        legendWidth += 22 + 7.2 * static_cast<double>(name.size());
    const double width = std::max(labelWidth + barWidth + 50, labelWidth + legendWidth + 10);
    const double rowHeight = withAfter ? 34 : 22, legendHeight = 26;
    int most = 1;
    for (size_t i = 0; i < n; ++i)
        most = std::max(most, rows[i].totalBefore());
    std::string svg
        = open(width, legendHeight + rowHeight * static_cast<double>(n) + 6, "actions per service and access level");
    double lx = labelWidth;
    for (int l = 0; l < 5; ++l) {
        svg += rect(lx, 6, 11, 11, levelColor(l));
        svg += text(lx + 15, 16, levelNames[static_cast<size_t>(l)]);
        lx += 22 + 7.2 * static_cast<double>(levelNames[static_cast<size_t>(l)].size());
    }
    if (withAfter) {
        svg += "<rect x=\"" + num(lx) + "\" y=\"6\" width=\"11\" height=\"11\" fill=\"#ffffff\" stroke=\"#374151\"/>";
        svg += text(lx + 15, 16, afterLabel);
    }
    for (size_t i = 0; i < n; ++i) {
        const ReportServiceRow& r = rows[i];
        const double y = legendHeight + rowHeight * static_cast<double>(i);
        svg += text(labelWidth - 8, y + 14, r.service, "end");
        auto stacked = [&](const std::array<int, 5>& counts, double top, double height, double opacity) {
            double x = labelWidth;
            for (int l = 0; l < 5; ++l) {
                const double w = barWidth * counts[static_cast<size_t>(l)] / most;
                if (w <= 0)
                    continue;
                svg += "<rect x=\"" + num(x) + "\" y=\"" + num(top) + "\" width=\"" + num(w) + "\" height=\""
                    + num(height) + "\" fill=\"" + levelColor(l) + "\" fill-opacity=\"" + num(opacity) + "\"/>";
                x += w;
            }
            return x;
        };
        const double end = stacked(r.before, y + 3, 15, 1.0);
        svg += text(end + 6, y + 14, std::to_string(r.totalBefore()));
        if (withAfter) {
            const double afterEnd = stacked(r.after, y + 20, 8, 0.55);
            svg += "<rect x=\"" + num(labelWidth) + "\" y=\"" + num(y + 20) + "\" width=\""
                + num(std::max(0.0, afterEnd - labelWidth)) + "\" height=\"8\" fill=\"none\" stroke=\"#374151\" "
                + "stroke-width=\"0.6\"/>";
            svg += text(afterEnd + 6, y + 28, std::to_string(r.totalAfter()), "start", " font-size=\"10\"");
        }
    }
    return svg + "</svg>";
}

} // namespace grantscope
