// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "analysis/PackageAnalysis.h"
#include "package/ReviewSubject.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

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

/**
 * The review the window shows: the current LoadedReview (replaced as a whole when a package is
 * opened) and the reviewer's verdicts, keyed by the finding's index in `analysis.findings`.
 * Views read it and listen to its signals; they never compute findings themselves.
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

Q_SIGNALS:
    void reviewChanged();
    void verdictChanged(int finding);
    void currentFindingChanged(int finding);

private:
    std::shared_ptr<const LoadedReview> m_review;
    std::map<int, FindingVerdict> m_verdicts;
    int m_current = -1;
};

/** Loads `paths` and analyses them: pure work, safe to run on a worker thread. */
std::shared_ptr<LoadedReview> loadReview(const QStringList& paths, const LoadOptions& options);

} // namespace grantscope::ui
