// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/ReviewDocument.h"

#include "analysis/RuleSet.h"
#include "boundary/BoundaryEdit.h"
#include "catalog/Catalog.h"
#include "document/BoundaryUndoCommand.h"
#include "package/AuthorizationDetails.h"
#include "package/PackageLoader.h"
#include "review/PackageFiles.h"
#include "review/ReleaseComparison.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBoundary, "grantscope.ui.boundary", QtInfoMsg)

namespace grantscope::ui {

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

bool ReviewDocument::isModified() const
{
    return m_dirty || !m_undo->isClean();
}

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

void ReviewDocument::markModified()
{
    setDirty(true);
}

void ReviewDocument::setNotes(const QString& notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    Q_EMIT notesChanged();
    setDirty(true);
}

void ReviewDocument::setReviewer(const QString& reviewer)
{
    if (reviewer == m_reviewer)
        return;
    m_reviewer = reviewer;
    Q_EMIT signOffChanged();
    setDirty(true);
}

void ReviewDocument::setRecommendationChoice(std::optional<Recommendation> choice)
{
    if (choice == m_recommendation)
        return;
    m_recommendation = choice;
    Q_EMIT signOffChanged();
    setDirty(true);
}

ReviewRecommendation ReviewDocument::recommendation() const
{
    const std::vector<Finding>& findings = m_review ? m_review->analysis.findings : m_empty.analysis.findings;
    return recommend(
        findings, [this](size_t i) { return verdict(static_cast<int>(i)).decision; },
        [this](size_t i) { return findingMitigation(static_cast<int>(i)); }, m_recommendation);
}

ResidualRisk ReviewDocument::residualRisk() const
{
    return computeResidualRisk(
        m_review ? m_review->analysis : m_empty.analysis,
        [this](size_t i) { return verdict(static_cast<int>(i)).decision; },
        [this](size_t i) { return findingMitigation(static_cast<int>(i)); });
}

ReviewSession ReviewDocument::toSession() const
{
    ReviewSession s;
    s.created = m_created.isValid() ? m_created : QDateTime::currentDateTimeUtc();
    s.modified = QDateTime::currentDateTimeUtc();
    s.notes = m_notes;
    s.reviewer = m_reviewer;
    s.recommendation = m_recommendation;
    s.verdicts = m_unmatchedVerdicts;
    s.hasBoundary = true;
    s.boundary = m_draft;
    if (m_review) {
        s.packagePaths = m_review->paths;
        for (QString& p : s.packagePaths)
            p = QFileInfo(p).absoluteFilePath();
        s.setLoadOptions(m_review->options);
        s.packageFiles = m_review->files;
        const std::vector<Finding>& findings = m_review->analysis.findings;
        for (const auto& [index, v] : m_verdicts)
            if (index >= 0 && static_cast<size_t>(index) < findings.size())
                s.setVerdict(findings[static_cast<size_t>(index)], v);
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
        // Paired as `compare` and `analyze --baseline` pair findings: a verdict follows its finding when the
        // statement moved (a comment added above it), not only when its key is exactly the same.
        std::vector<std::string> keys;
        keys.reserve(session.verdicts.size());
        for (const auto& [key, verdict] : session.verdicts)
            keys.push_back(key);
        for (const FindingMatch& m : pairFindingKeys(keys, findings)) {
            m_verdicts[static_cast<int>(m.newIndex)] = session.verdicts.at(keys[m.oldIndex]);
            m_unmatchedVerdicts.erase(keys[m.oldIndex]);
        }
        for (size_t i = 0; i < findings.size(); ++i)
            if (ReviewSession::findingKey(findings[i]) == session.currentFinding)
                current = static_cast<int>(i);
    }
    for (const auto& [index, v] : m_verdicts)
        Q_EMIT verdictChanged(index);
    if (session.notes != m_notes) {
        m_notes = session.notes;
        Q_EMIT notesChanged();
    }
    if (!session.reviewer.isEmpty())
        m_reviewer = session.reviewer;
    m_recommendation = session.recommendation;
    Q_EMIT signOffChanged();
    // The decisions were made on the files the session recorded: say so when they are not the files read now.
    m_packageChanges = comparePackageFiles(session.packageFiles, m_review ? m_review->files : m_empty.files);
    Q_EMIT packageChangesChanged();
    {
        const QSignalBlocker blocker(m_undo);
        m_undo->clear();
    }
    if (session.hasBoundary) {
        m_draft = session.boundary;
        m_draft.vendorActions = vendorActions();
        evaluateBoundary();
    }
    setCurrentFinding(current);
    markSaved();
    return static_cast<int>(m_unmatchedVerdicts.size());
}

void ReviewDocument::setReview(std::shared_ptr<const Review> review)
{
    m_review = std::move(review);
    m_verdicts.clear();
    m_unmatchedVerdicts.clear();
    m_created = QDateTime::currentDateTimeUtc();
    m_current = -1;
    m_recommendation.reset();
    m_packageChanges.clear();
    resetBoundary();
    takeInventory();
    if (!m_notes.isEmpty()) {
        m_notes.clear();
        Q_EMIT notesChanged();
    }
    m_dirty = false;
    setDirty(false);
    Q_EMIT reviewChanged();
    Q_EMIT signOffChanged();
    Q_EMIT packageChangesChanged();
}

void ReviewDocument::resetBoundary()
{
    const QSignalBlocker blocker(m_undo);
    m_undo->clear();
    m_draft = BoundaryDraft {};
    m_draft.vendorActions = vendorActions();
    evaluateBoundary();
}

void ReviewDocument::evaluateBoundary()
{
    const quint64 generation = ++m_generation;
    // "Allow everything" is the review's baseline, made when it was read: no work, and a new package must never
    // show the evaluation of the one before.
    if (!m_review || m_draft.allowsEverything() || m_review->expansions.size() < kBackgroundPolicies) {
        m_pending = 0;
        m_boundary = std::make_shared<const BoundaryEvaluation>(
            grantscope::evaluateBoundary(m_review ? *m_review : m_empty, m_draft, ConditionChoice::NoContextKeys));
        qCDebug(lcBoundary) << "boundary evaluated in" << m_boundary->milliseconds << "ms";
        Q_EMIT boundaryChanged();
        return;
    }
    // One semantic diff of a large package takes long enough to be felt: on a worker, the latest edit wins (an
    // evaluation overtaken by another edit is dropped when it arrives).
    m_pending = generation;
    m_evaluation = QtConcurrent::run([review = m_review, draft = m_draft] {
        return std::make_shared<const BoundaryEvaluation>(
            grantscope::evaluateBoundary(*review, draft, ConditionChoice::NoContextKeys));
    });
    auto* watcher = new QFutureWatcher<std::shared_ptr<const BoundaryEvaluation>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        takeEvaluation(generation);
    });
    watcher->setFuture(m_evaluation);
    Q_EMIT boundaryEvaluating();
}

void ReviewDocument::takeEvaluation(quint64 generation)
{
    if (generation != m_pending || !m_evaluation.isValid())
        return; // overtaken by a later edit, or already taken by waitForBoundary()
    m_pending = 0;
    m_boundary = m_evaluation.result();
    qCDebug(lcBoundary) << "boundary evaluated on a worker in" << m_boundary->milliseconds << "ms";
    Q_EMIT boundaryChanged();
}

void ReviewDocument::waitForBoundary()
{
    if (m_pending == 0)
        return;
    m_evaluation.waitForFinished();
    takeEvaluation(m_pending);
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

SessionVerdict ReviewDocument::verdict(int finding) const
{
    auto it = m_verdicts.find(finding);
    return it == m_verdicts.end() ? SessionVerdict {} : it->second;
}

void ReviewDocument::setVerdict(int finding, const SessionVerdict& verdict)
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

std::shared_ptr<Review> loadSharedReview(const QStringList& paths, const LoadOptions& options)
{
    // An account export says whose account it is, as in analyze: unless the reviewer named an account in the
    // package settings, the export's own principals are not outsiders.
    if (options.accountId != LoadOptions {}.accountId)
        return std::make_shared<Review>(loadReview(paths, options));
    ReviewSubject package = loadPackage(paths, options);
    LoadOptions used = options;
    if (const std::string account = exportAccount(package); !account.empty())
        used.accountId = account;
    PackageAnalysis analysis = analyzePackage(package, Catalog::bundled(), RuleSet::bundled(), used);
    std::vector<PackageFile> files = hashPackageFiles(paths, package.files);
    auto review = std::make_shared<Review>(makeReview(paths, used, std::move(package), std::move(analysis)));
    review->files = std::move(files);
    return review;
}

} // namespace grantscope::ui
