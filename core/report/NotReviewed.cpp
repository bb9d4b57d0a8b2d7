// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/NotReviewed.h"

#include "package/ReviewSubject.h"
#include "report/SubjectLabels.h"

namespace grantscope {

std::vector<NotReviewedPart> notReviewedParts(const PackageAnalysis& analysis, const ReviewSubject* package)
{
    std::vector<NotReviewedPart> parts;
    for (size_t i : notReviewedFindings(analysis)) {
        const Finding& f = analysis.findings[i];
        const std::string& what = f.resources.empty() ? f.subject : f.resources.front();
        parts.push_back({ f.file, f.location,
            what.empty() ? f.rationale : QString::fromStdString(what) + QStringLiteral(": ") + f.rationale, true });
    }
    if (!package)
        return parts;
    for (const Diagnostic& d : package->diagnostics) {
        if (d.code == "package-not-reviewed" || d.code == "package-excluded"
            || (d.code == "io" && d.severity == DiagnosticSeverity::Error && !d.file.isEmpty()))
            parts.push_back({ d.file, d.location, d.message, false });
    }
    return parts;
}

} // namespace grantscope
