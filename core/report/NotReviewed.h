// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PackageAnalysis.h"

#include <QString>

#include <vector>

namespace grantscope {

struct ReviewSubject;

/** A part of a vendor package that the review did not read, and why. */
struct NotReviewedPart {
    QString file; // as in findings: a path, or "archive.zip!member"
    SourceLocation location; // where in the file, for a part of a template; invalid for a whole file
    QString reason; // translated; for a part that can grant access, "what: why" as the text listing says it
    bool canGrantAccess = false; // a "package-unreviewed" finding, not a file unrelated to access or excluded
    friend bool operator==(const NotReviewedPart&, const NotReviewedPart&) = default;
};

/**
 * Everything of the package the review did not read: first the parts that can grant access
 * (notReviewedFindings(), in order), then, when `package` is given, the files it left unread as its notes
 * say: files unrelated to AWS access and hidden folders of a package folder or archive
 * ("package-not-reviewed"), files left out with --exclude ("package-excluded") and files that could not be
 * read ("io"). `analyze` lists the same in every format, so no output is silent about a gap.
 */
std::vector<NotReviewedPart> notReviewedParts(const PackageAnalysis& analysis, const ReviewSubject* package);

} // namespace grantscope
