// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "boundary/BoundaryDraft.h"
#include "diff/SemanticDiff.h"
#include "review/BoundaryEvaluation.h"
#include "review/Inventory.h"
#include "review/PackageFiles.h"
#include "review/Recommendation.h"
#include "review/Review.h"
#include "review/ReviewSession.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace grantscope {
class BoundaryEdit;
}

namespace grantscope::ui {

/**
 * The review the window shows: the current core Review (replaced as a whole when a package is opened),
 * the reviewer's verdicts, keyed by the finding's index in `analysis.findings`, and the permission
 * boundary being composed, whose edits go through an undo stack. It computes nothing itself: every
 * change of the draft is evaluated by evaluateBoundary(), the function the report and the command line
 * call. Views read it and listen to its signals.
 */
class ReviewDocument : public QObject {
    Q_OBJECT

public:
    explicit ReviewDocument(QObject* parent = nullptr);

    const Review* review() const { return m_review.get(); }
    std::shared_ptr<const Review> shared() const { return m_review; }
    void setReview(std::shared_ptr<const Review> review);

    SessionVerdict verdict(int finding) const;
    void setVerdict(int finding, const SessionVerdict& verdict);

    /** The reviewer's general notes on the package. */
    const QString& notes() const { return m_notes; }
    void setNotes(const QString& notes);

    /** Who reviews, as the report names them; kept when another package is opened. */
    const QString& reviewer() const { return m_reviewer; }
    void setReviewer(const QString& reviewer);
    /** The reviewer's own recommendation; none: the one the decisions give. Reset when a package is opened. */
    std::optional<Recommendation> recommendationChoice() const { return m_recommendation; }
    void setRecommendationChoice(std::optional<Recommendation> choice);
    /** The recommendation from the decisions and the boundary by core recommend(), the report's own. */
    ReviewRecommendation recommendation() const;
    /** The risk score before and after the boundary by core computeResidualRisk(), as the report shows it. */
    ResidualRisk residualRisk() const;

    /**
     * How the package's files differ from those the applied session recorded (changed, missing, added);
     * empty when they match, when the session recorded none, or for a package opened on its own.
     */
    const std::vector<PackageFileChange>& packageChanges() const { return m_packageChanges; }

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
     * Takes over a saved session for the review now loaded: verdicts paired with findings as `compare` pairs
     * two releases' findings (pairFindingKeys(): a finding whose statement moved keeps its verdict), notes,
     * the boundary draft (undo history starts afresh) and the selected finding. Leaves the review unmodified.
     * Returns how many saved verdicts match no finding of this analysis (they are kept for saving).
     */
    int applySession(const ReviewSession& session);

    /** The finding the reviewer selected (-1: none); views follow it. */
    int currentFinding() const { return m_current; }
    void setCurrentFinding(int finding);

    /** The boundary draft; reset to "allow all" when a package is opened. Changed only through edits. */
    const BoundaryDraft& boundaryDraft() const { return m_draft; }
    /**
     * The draft's evaluation by evaluateBoundary() (ConditionChoice::NoContextKeys); never null once
     * constructed (an empty package gives an empty diff). For a package of kBackgroundPolicies permission
     * policies or more an edit is evaluated on a worker: until it arrives (boundaryChanged) this is the
     * evaluation of the draft before, of the same review, and isEvaluatingBoundary() is true.
     */
    std::shared_ptr<const BoundaryEvaluation> boundary() const { return m_boundary; }
    /** From this many permission policies on, an edited boundary is evaluated off the GUI thread. */
    static constexpr size_t kBackgroundPolicies = 64;
    /** An edit of the draft is being evaluated on a worker. */
    bool isEvaluatingBoundary() const { return m_pending != 0; }
    /**
     * Waits for the evaluation on a worker, if any, and takes it: what is exported or reported must be the
     * draft's own evaluation.
     */
    void waitForBoundary();
    /** The package with no boundary added (the review's baseline; empty before a package is opened). */
    const SemanticDiff& baseline() const { return m_review ? m_review->baseline : m_empty.baseline; }
    /** What the package grants, for the "vendor grants" base (the review's vendorActions). */
    const std::vector<std::string>& vendorActions() const
    {
        return m_review ? m_review->vendorActions : m_empty.vendorActions;
    }
    /** Undo history of the boundary edits; cleared when a package is opened. */
    QUndoStack* undoStack() const { return m_undo; }
    /** Applies `edit` to the draft as one undoable step. */
    void pushBoundaryEdit(const BoundaryEdit& edit);
    /** Applies `edits` as one undoable step named `text` (empty: the first edit's description). */
    void pushBoundaryEdits(const std::vector<BoundaryEdit>& edits, const QString& text = {});

    /**
     * Does the package open hold an account export (get-account-authorization-details), the only packages
     * with an inventory of third parties?
     */
    bool hasInventory() const { return m_hasInventory; }
    /**
     * The third parties of the account export open: takeInventory() of the review with its account, its
     * organization's accounts and the vendor names the reviewer gave (vendorNames()); no roles without an export.
     * The Third parties view, the dashboard and the report read this one value.
     */
    const Inventory& inventory() const { return m_inventory; }
    /** The names the reviewer gave third parties' accounts, remembered in the settings for every export. */
    static std::map<std::string, std::string> vendorNames();
    /** Names a third party's account (an empty name forgets it), remembers it and takes the inventory again. */
    void setVendorName(const std::string& account, const QString& name);

    /** What the current boundary does to a finding (NotApplicable for an unknown index). */
    MitigationState findingMitigation(int finding) const { return m_boundary->findingMitigation(finding); }
    /** True when the boundary removes every action of the finding on the resources it concerns. */
    bool findingMitigated(int finding) const { return findingMitigation(finding) == MitigationState::Mitigated; }

Q_SIGNALS:
    void reviewChanged();
    /** The draft changed (an edit, undo or redo, or a new package): boundary() is up to date. */
    void boundaryChanged();
    /** An edit of the draft is being evaluated on a worker (boundaryChanged follows). */
    void boundaryEvaluating();
    void verdictChanged(int finding);
    void currentFindingChanged(int finding);
    void notesChanged();
    /** The reviewer or the recommendation they chose changed. */
    void signOffChanged();
    /** packageChanges() changed: a session was applied or another package opened. */
    void packageChangesChanged();
    /** isModified() may have changed. */
    void modifiedChanged(bool modified);
    /** inventory() or hasInventory() changed (another package, or a vendor named). */
    void inventoryChanged();

private:
    void resetBoundary();
    void evaluateBoundary();
    void takeInventory();

    std::shared_ptr<const Review> m_review;
    Review m_empty; // stands in before a package is opened
    BoundaryDraft m_draft;
    std::shared_ptr<const BoundaryEvaluation> m_boundary;
    QFuture<std::shared_ptr<const BoundaryEvaluation>> m_evaluation; // the latest one on a worker
    quint64 m_generation = 0; // of the latest evaluation asked for
    quint64 m_pending = 0; // generation being evaluated on a worker; 0: none
    void takeEvaluation(quint64 generation);
    QUndoStack* m_undo = nullptr;
    void setDirty(bool dirty);

    std::map<int, SessionVerdict> m_verdicts;
    std::map<std::string, SessionVerdict> m_unmatchedVerdicts; // from a session, matching no finding now
    QString m_notes;
    QString m_reviewer;
    std::optional<Recommendation> m_recommendation;
    std::vector<PackageFileChange> m_packageChanges;
    QDateTime m_created;
    bool m_dirty = false;
    bool m_wasModified = false;
    int m_current = -1;
    Inventory m_inventory;
    bool m_hasInventory = false;
};

/**
 * loadReview(), shared as the window's views share it: pure work, safe to run on a worker thread. When
 * `options` keep the default account and the package holds an account export, the export's account
 * (exportAccount()) is the customer's, as in `grantscope-cli analyze`.
 */
std::shared_ptr<Review> loadSharedReview(const QStringList& paths, const LoadOptions& options = {});

} // namespace grantscope::ui
