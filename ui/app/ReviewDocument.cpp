// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ReviewDocument.h"

#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

namespace grantscope::ui {

ReviewDocument::ReviewDocument(QObject* parent)
    : QObject(parent)
{
}

void ReviewDocument::setReview(std::shared_ptr<const LoadedReview> review)
{
    m_review = std::move(review);
    m_verdicts.clear();
    m_current = -1;
    Q_EMIT reviewChanged();
}

FindingVerdict ReviewDocument::verdict(int finding) const
{
    auto it = m_verdicts.find(finding);
    return it == m_verdicts.end() ? FindingVerdict{} : it->second;
}

void ReviewDocument::setVerdict(int finding, const FindingVerdict& verdict)
{
    m_verdicts[finding] = verdict;
    Q_EMIT verdictChanged(finding);
}

void ReviewDocument::setCurrentFinding(int finding)
{
    if (finding == m_current)
        return;
    m_current = finding;
    Q_EMIT currentFindingChanged(finding);
}

std::shared_ptr<LoadedReview> loadReview(const QStringList& paths, const LoadOptions& options)
{
    auto review = std::make_shared<LoadedReview>();
    review->paths = paths;
    review->options = options;
    review->package = loadPackage(paths, options);
    review->analysis = analyzePackage(review->package, Catalog::bundled(), RuleSet::bundled(), options);
    return review;
}

} // namespace grantscope::ui
