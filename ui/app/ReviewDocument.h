// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "analysis/PackageAnalysis.h"
#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundaryDraft.h"
#include "diff/SemanticDiff.h"
#include "package/ReviewSubject.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

class QUndoStack;

namespace grantscope {
class BoundaryEdit;
}

namespace grantscope::ui {

/** A loaded package and its analysis: immutable once built, shared by every view. */
struct LoadedReview {
    QStringList paths;
    LoadOptions options;
    ReviewSubject package;
    PackageAnalysis analysis;
};

/** The reviewer's verdict on one finding, with a note. */
struct FindingVerdict {
    FindingDecision decision = FindingDecision::Open;
    QString note;
};

/** Everything derived from one state of the boundary draft: computed once per change, then shared. */
struct BoundaryEvaluation {
    BoundaryDraft draft;
    Policy policy; // draft.toPolicy(), not compacted
    CompactedBoundary compacted; // what would be saved, with its size against the managed-policy limit
    Diagnostics problems; // draft.check()
    SemanticDiff diff; // the package under this boundary compared with the package as it stands
    double milliseconds = 0; // time the evaluation took
};

/**
 * The review the window shows: the current LoadedReview (replaced as a whole when a package is
 * opened), the reviewer's verdicts, keyed by the finding's index in `analysis.findings`, and the
 * permission boundary being composed, whose edits go through an undo stack. Views read it and listen
 * to its signals; they never compute findings themselves.
 */
class ReviewDocument : public QObject {
    Q_OBJECT

public:
    explicit ReviewDocument(QObject* parent = nullptr);

    const LoadedReview* review() const { return m_review.get(); }
    std::shared_ptr<const LoadedReview> shared() const { return m_review; }
    void setReview(std::shared_ptr<const LoadedReview> review);

    FindingVerdict verdict(int finding) const;
    void setVerdict(int finding, const FindingVerdict& verdict);

    /** The finding the reviewer selected (-1: none); views follow it. */
    int currentFinding() const { return m_current; }
    void setCurrentFinding(int finding);

    /** The boundary draft; reset to "allow all" when a package is opened. Changed only through edits. */
    const BoundaryDraft& boundaryDraft() const { return m_draft; }
    /** The draft's evaluation; never null once constructed (an empty package gives an empty diff). */
    std::shared_ptr<const BoundaryEvaluation> boundary() const { return m_boundary; }
    /** The package with no boundary added (what the vendor's grants give as they stand). */
    std::shared_ptr<const SemanticDiff> baseline() const { return m_baseline; }
    /** Action patterns of the package's Allow statements, for the "vendor grants" base. */
    const std::vector<std::string>& vendorActions() const { return m_vendorActions; }
    /** Undo history of the boundary edits; cleared when a package is opened. */
    QUndoStack* undoStack() const { return m_undo; }
    /** Applies `edit` to the draft as one undoable step. */
    void pushBoundaryEdit(const BoundaryEdit& edit);
    /** Applies `edits` as one undoable step named `text` (empty: the first edit's description). */
    void pushBoundaryEdits(const std::vector<BoundaryEdit>& edits, const QString& text = {});

    /** What the current boundary does to a finding (NotApplicable for an unknown index). */
    MitigationState findingMitigation(int finding) const;
    /** True when the boundary removes every action of the finding on the resources it concerns. */
    bool findingMitigated(int finding) const { return findingMitigation(finding) == MitigationState::Mitigated; }

Q_SIGNALS:
    void reviewChanged();
    /** The draft changed (an edit, undo or redo, or a new package): boundary() is up to date. */
    void boundaryChanged();
    void verdictChanged(int finding);
    void currentFindingChanged(int finding);

private:
    void resetBoundary();
    void evaluateBoundary();

    std::shared_ptr<const LoadedReview> m_review;
    BoundaryDraft m_draft;
    std::vector<std::string> m_vendorActions;
    std::shared_ptr<const BoundaryEvaluation> m_boundary;
    std::shared_ptr<const SemanticDiff> m_baseline;
    QUndoStack* m_undo = nullptr;
    std::map<int, FindingVerdict> m_verdicts;
    int m_current = -1;
};

/** Loads `paths` and analyses them: pure work, safe to run on a worker thread. */
std::shared_ptr<LoadedReview> loadReview(const QStringList& paths, const LoadOptions& options);

} // namespace grantscope::ui
