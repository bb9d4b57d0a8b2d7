// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PackageAnalysis.h"
#include "review/Inventory.h"

#include <QDateTime>

#include <string>

namespace grantscope {

struct ReviewSubject;

/**
 * The whole inventory as a report to print and file: its title, the as-of date, the idle threshold and when it
 * was generated; a "Not reviewed" box whenever a part of the export was not read (notReviewedParts() of
 * `analysis` and `package`: never silently absent); a table of the third parties in Inventory::thirdParties
 * order; then one section per third-party role in Inventory::roles order, each on its own printed page, with
 * who it trusts, its External ID and what that means for the confused deputy, how long it has been idle, and
 * every one of its findings. Values from the export (role names, ARNs) are kept as they are and escaped here.
 */
std::string inventoryToHtml(const Inventory& inventory, const PackageAnalysis& analysis, const ReviewSubject& package,
    const QDateTime& generated);

/** The same report in Markdown: the same parts in the same order, a role per "##" section. */
std::string inventoryToMarkdown(const Inventory& inventory, const PackageAnalysis& analysis,
    const ReviewSubject& package, const QDateTime& generated);

} // namespace grantscope
