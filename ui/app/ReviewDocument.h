// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "analysis/PackageAnalysis.h"
#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundaryDraft.h"
#include "diff/SemanticDiff.h"
#include "package/ReviewSubject.h"
#include "review/ReviewSession.h"

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

    /** The reviewer's general notes on the package. */
    const QString& notes() const { return m_notes; }
    void setNotes(const QString& notes);

    /**
     * True when verdicts, notes or the boundary changed since the package was opened, the session was
     * applied or markSaved() was called.
     */
    bool isModified() const;
    void markSaved();
    /** Marks the review changed although nothing was edited (a session recovered from its autosave). */
    void markModified();

    /**
     * The review as a session value: package paths and load options, verdicts and notes keyed by
     * ReviewSession::findingKey (including verdicts of a loaded session that match no finding now, so
     * that saving never drops them), the boundary draft and the selected finding. The caller adds the view.
     */
    ReviewSession toSession() const;
    /**
     * Takes over a saved session for the review now loaded: verdicts matched to findings by key, notes,
     * the boundary draft (undo history starts afresh) and the selected finding. Leaves the review unmodified.
     * Returns how many saved verdicts match no finding of this analysis (they are kept for saving).
     */
    int applySession(const ReviewSession& session);

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
    void notesChanged();
    /** isModified() may have changed. */
    void modifiedChanged(bool modified);

private:
    void resetBoundary();
    void evaluateBoundary();

    std::shared_ptr<const LoadedReview> m_review;
    BoundaryDraft m_draft;
    std::vector<std::string> m_vendorActions;
    std::shared_ptr<const BoundaryEvaluation> m_boundary;
    std::shared_ptr<const SemanticDiff> m_baseline;
    QUndoStack* m_undo = nullptr;
    void setDirty(bool dirty);

    std::map<int, FindingVerdict> m_verdicts;
    std::map<std::string, SessionVerdict> m_unmatchedVerdicts; // from a session, matching no finding now
    QString m_notes;
    QDateTime m_created;
    bool m_dirty = false;
    bool m_wasModified = false;
    int m_current = -1;
};

/** Loads `paths` and analyses them: pure work, safe to run on a worker thread. */
std::shared_ptr<LoadedReview> loadReview(const QStringList& paths, const LoadOptions& options);

} // namespace grantscope::ui
