// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pieces the report writers share: the review report's (ReviewReport*.cpp) and the inventory's
// (InventoryReport.cpp); not a public API.

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
/**
 * Escaped; in a run of over 30 characters without a space, a line-break opportunity (<wbr>) after ':', '/' and
 * ',', and in a part still 20 characters long after '-', '_' or between a lower-case letter and a capital.
 */
std::string breakable(std::string_view s);
std::string badge(Severity s);
std::string place(const QString& file, const SourceLocation& l);
/** At most `max` items, escaped and breakable, then "… and N more". */
std::string list(const std::vector<std::string>& items, size_t max);
/** A dashed "conditional" pill with the condition as its hover text; empty without a condition. */
std::string conditionalBadge(const std::string& condition);
/** A web reference as a link; anything else as text, never as an active URL. */
std::string reference(const std::string& url);
/** A label (marked with QT_TRANSLATE_NOOP("ReviewReport", …)) and its value (HTML) as one table row. */
std::string row(const char* label, const std::string& value);
/** A finding's "Actions" and "Resources" rows (the first 30 and 10, then how many more), when it has any. */
std::string scopeRows(const Finding& f);
/** The reports' stylesheet: screen and print (blocks kept whole, headings kept with what follows). */
extern const char* const kStyle;

/** Escaped for Markdown: its markup characters and HTML's get a backslash, line breaks become spaces. */
std::string mdEscape(std::string_view s);
std::string mdEscape(const QString& s);

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
