// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pieces the review report's HTML writer shares between its files (ReviewReportHtml*.cpp); not a public API.

#include "analysis/Finding.h"
#include "common/Diagnostic.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

struct ReportReleaseChanges;
struct ReviewReport;

namespace reporthtml {

std::string esc(std::string_view s);
std::string esc(const QString& s);
/** A text marked with QT_TRANSLATE_NOOP("ReviewReport", …), translated and escaped. */
std::string t(const char* text);
/** Escaped; in a run of over 30 characters without a space, a line-break opportunity (<wbr>) after ':', '/' and ','. */
std::string breakable(std::string_view s);
std::string badge(Severity s);
std::string place(const QString& file, const SourceLocation& l);
/** At most `max` items, escaped and breakable, then "… and N more". */
std::string list(const std::vector<std::string>& items, size_t max);

/**
 * Each part of the report is one <section class="block">: browsers keep it on one printed page
 * (break-inside: avoid) and the PDF writer (ui/report/PdfReport.cpp) lays out and places each one whole,
 * breaking a block taller than a page only between table rows or lines. Blocks are never nested, and a
 * heading opens the block of what it heads, so it never ends a page alone.
 */
inline const char* const kBlockOpen = "<section class=\"block\">";
inline const char* const kBlockClose = "</section>\n";

void frontMatter(const ReviewReport& r, std::string& h); // recommendation, reviewer, files, residual risk
void releaseChangesHtml(const ReportReleaseChanges& c, std::string& h); // what changed since the reviewed version
void boundaryChanges(const ReviewReport& r, std::string& h); // what the boundary changes, service by service
void boundaryPolicy(const ReviewReport& r, std::string& h); // conditional denies and the policy itself

} // namespace reporthtml
} // namespace grantscope
