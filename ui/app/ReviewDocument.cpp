// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ReviewDocument.h"

#include "analysis/RuleSet.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/BoundaryUndoCommand.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QUndoStack>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBoundary, "grantscope.ui.boundary")

namespace grantscope::ui {

namespace {

void addAllowPatterns(const Policy& policy, std::vector<std::string>& out)
{
    for (const Statement& s : policy.statements)
        if (s.effect == Effect::Allow && !s.notAction)
            for (const LocatedString& a : s.actions)
                if (std::find(out.begin(), out.end(), a.value) == out.end())
                    out.push_back(a.value);
}

std::vector<std::string> vendorAllowPatterns(const ReviewSubject& package)
{
    std::vector<std::string> out;
    for (const RoleRecord& role : package.roles)
        for (const PolicyRecord& p : role.policies)
            addAllowPatterns(p.policy, out);
    for (const PolicyRecord& p : package.standalonePolicies)
        addAllowPatterns(p.policy, out);
    return out;
}

} // namespace

ReviewDocument::ReviewDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    m_undo->setObjectName(QStringLiteral("boundaryUndoStack"));
    // Every push, undo and redo moves the index: one place to re-evaluate the draft.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { evaluateBoundary(); });
    resetBoundary();
}

void ReviewDocument::setReview(std::shared_ptr<const LoadedReview> review)
{
    m_review = std::move(review);
    m_verdicts.clear();
    m_current = -1;
    resetBoundary();
    Q_EMIT reviewChanged();
}

void ReviewDocument::resetBoundary()
{
    const QSignalBlocker blocker(m_undo);
    m_undo->clear();
    m_draft = BoundaryDraft{};
    m_vendorActions = m_review ? vendorAllowPatterns(m_review->package) : std::vector<std::string>{};
    m_draft.vendorActions = m_vendorActions;
    auto baseline = std::make_shared<SemanticDiff>();
    if (m_review)
        *baseline = computeSemanticDiff(Catalog::bundled(), m_review->package, nullptr, m_review->analysis.findings,
                                        nullptr);
    m_baseline = std::move(baseline);
    evaluateBoundary();
}

void ReviewDocument::evaluateBoundary()
{
    QElapsedTimer timer;
    timer.start();
    const Catalog& catalog = Catalog::bundled();
    auto eval = std::make_shared<BoundaryEvaluation>();
    eval->draft = m_draft;
    eval->policy = m_draft.toPolicy(catalog);
    eval->compacted = BoundaryCompactor::compact(catalog, eval->policy);
    eval->problems = m_draft.check(catalog);
    if (m_review)
        eval->diff = computeSemanticDiff(catalog, m_review->package, &eval->policy, m_review->analysis.findings,
                                         nullptr);
    eval->milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    qCDebug(lcBoundary) << "boundary evaluated in" << eval->milliseconds << "ms";
    m_boundary = std::move(eval);
    Q_EMIT boundaryChanged();
}

void ReviewDocument::pushBoundaryEdit(const BoundaryEdit& edit)
{
    m_undo->push(new BoundaryUndoCommand(edit, &m_draft, nullptr));
}

void ReviewDocument::pushBoundaryEdits(const std::vector<BoundaryEdit>& edits, const QString& text)
{
    if (edits.empty())
        return;
    if (edits.size() == 1 && text.isEmpty()) {
        pushBoundaryEdit(edits.front());
        return;
    }
    // One parent command, so that one undo takes back the whole group and the draft is evaluated once.
    auto* group = new QUndoCommand(text.isEmpty() ? edits.front().description() : text);
    for (const BoundaryEdit& e : edits)
        new BoundaryUndoCommand(e, &m_draft, nullptr, group);
    m_undo->push(group);
}

MitigationState ReviewDocument::findingMitigation(int finding) const
{
    const auto& outcomes = m_boundary->diff.findings;
    if (finding < 0 || static_cast<size_t>(finding) >= outcomes.size())
        return MitigationState::NotApplicable;
    return outcomes[static_cast<size_t>(finding)].state;
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
