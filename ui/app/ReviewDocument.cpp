// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ReviewDocument.h"

#include "analysis/RuleSet.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/BoundaryUndoCommand.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUndoStack>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBoundary, "grantscope.ui.boundary", QtInfoMsg)

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
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { setDirty(m_dirty); });
    resetBoundary();
}

bool ReviewDocument::isModified() const { return m_dirty || !m_undo->isClean(); }

void ReviewDocument::setDirty(bool dirty)
{
    m_dirty = dirty;
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ReviewDocument::markSaved()
{
    m_undo->setClean();
    setDirty(false);
}

void ReviewDocument::markModified() { setDirty(true); }

void ReviewDocument::setNotes(const QString& notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    Q_EMIT notesChanged();
    setDirty(true);
}

ReviewSession ReviewDocument::toSession() const
{
    ReviewSession s;
    s.created = m_created.isValid() ? m_created : QDateTime::currentDateTimeUtc();
    s.modified = QDateTime::currentDateTimeUtc();
    s.notes = m_notes;
    s.verdicts = m_unmatchedVerdicts;
    s.hasBoundary = true;
    s.boundary = m_draft;
    if (m_review) {
        s.packagePaths = m_review->paths;
        for (QString& p : s.packagePaths)
            p = QFileInfo(p).absoluteFilePath();
        s.setLoadOptions(m_review->options);
        const std::vector<Finding>& findings = m_review->analysis.findings;
        for (const auto& [index, v] : m_verdicts)
            if (index >= 0 && static_cast<size_t>(index) < findings.size())
                s.setVerdict(findings[static_cast<size_t>(index)], {v.decision, v.note});
        if (m_current >= 0 && static_cast<size_t>(m_current) < findings.size())
            s.currentFinding = ReviewSession::findingKey(findings[static_cast<size_t>(m_current)]);
    }
    return s;
}

int ReviewDocument::applySession(const ReviewSession& session)
{
    m_created = session.created;
    m_verdicts.clear();
    m_unmatchedVerdicts = session.verdicts;
    int current = -1;
    if (m_review) {
        const std::vector<Finding>& findings = m_review->analysis.findings;
        for (size_t i = 0; i < findings.size(); ++i) {
            const std::string key = ReviewSession::findingKey(findings[i]);
            if (const auto it = session.verdicts.find(key); it != session.verdicts.end()) {
                m_verdicts[static_cast<int>(i)] = {it->second.decision, it->second.note};
                m_unmatchedVerdicts.erase(key);
            }
            if (key == session.currentFinding)
                current = static_cast<int>(i);
        }
    }
    for (const auto& [index, v] : m_verdicts)
        Q_EMIT verdictChanged(index);
    if (session.notes != m_notes) {
        m_notes = session.notes;
        Q_EMIT notesChanged();
    }
    {
        const QSignalBlocker blocker(m_undo);
        m_undo->clear();
    }
    if (session.hasBoundary) {
        m_draft = session.boundary;
        evaluateBoundary();
    }
    setCurrentFinding(current);
    markSaved();
    return static_cast<int>(m_unmatchedVerdicts.size());
}

void ReviewDocument::setReview(std::shared_ptr<const LoadedReview> review)
{
    m_review = std::move(review);
    m_verdicts.clear();
    m_unmatchedVerdicts.clear();
    m_created = QDateTime::currentDateTimeUtc();
    m_current = -1;
    resetBoundary();
    if (!m_notes.isEmpty()) {
        m_notes.clear();
        Q_EMIT notesChanged();
    }
    m_dirty = false;
    setDirty(false);
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
    setDirty(true);
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
