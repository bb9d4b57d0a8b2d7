// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "boundary/BoundaryDraft.h"
#include "common/Diagnostic.h"
#include "package/ReviewSubject.h"
#include "review/PackageFiles.h"
#include "review/Recommendation.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace grantscope {

/** The reviewer's verdict on one finding, with a note. */
struct SessionVerdict {
    FindingDecision decision = FindingDecision::Open;
    QString note;
    friend bool operator==(const SessionVerdict&, const SessionVerdict&) = default;
};

const char* findingDecisionKey(FindingDecision decision); // "open", "accepted-risk", "to-mitigate", "false-positive"
std::optional<FindingDecision> parseFindingDecision(std::string_view key);
QString findingDecisionName(FindingDecision decision); // translated

/**
 * A saved review, as a plain value: which package (paths, load options), the reviewer's verdicts and
 * notes, the boundary draft and when it was made. Verdicts are keyed by findingKey() (rule, subject,
 * file name, line, column), not by a finding's index, so they still match after the package is
 * analysed again. The file is versioned JSON (format 1); a newer format is refused, never guessed at.
 * Saving is atomic (QSaveFile): a failed save leaves the previous file as it was.
 */
struct ReviewSession {
    static constexpr int kFormatVersion = 1;

    QStringList packagePaths; // absolute in memory; written relative to the session file when possible
    std::map<std::string, std::string> parameters;
    std::string accountId = "123456789012";
    std::string region = "us-east-1";
    std::vector<std::string> orgAccounts; // other accounts of the customer's organization (12 digits each)
    std::string partition; // empty: taken from the package's ARNs ("aws" when they name none)
    std::map<std::string, SessionVerdict> verdicts; // by findingKey()
    QString notes; // the reviewer's general notes on the package
    QString reviewer; // who reviewed, as the report names them
    std::optional<Recommendation> recommendation; // the reviewer's choice; none: computed from the decisions
    // The package's files with their SHA-256 when the review was saved (absolute in memory, written relative
    // to the session file when possible), to tell the reviewer when the package changed since.
    std::vector<PackageFile> packageFiles;
    bool hasBoundary = false;
    BoundaryDraft boundary;
    QDateTime created; // UTC
    QDateTime modified; // UTC
    // Where the reviewer was, so that reopening shows the same view (optional in the file).
    QString view; // the view shown: "dashboard", "graph", "findings", "summary", "boundary", "diff"
    std::string currentFinding; // findingKey() of the selected finding

    /** "rule|subject|file|line|column"; the file without its folder, so a moved package still matches. */
    static std::string findingKey(const Finding& finding);

    SessionVerdict verdict(const Finding& finding) const;
    /** Stores the verdict; an Open verdict without a note is removed rather than kept. */
    void setVerdict(const Finding& finding, const SessionVerdict& verdict);

    LoadOptions loadOptions() const;
    void setLoadOptions(const LoadOptions& options);

    /** The session as JSON; package paths are written relative to the folder of `sessionFile` when given. */
    std::string toJson(const QString& sessionFile = {}) const;
    /**
     * Reads a session; relative package paths are resolved against the folder of `file`. On error returns
     * std::nullopt with Error diagnostics located in `file` (codes "json-*", "session-format",
     * "session-version").
     */
    static std::optional<ReviewSession> fromJson(std::string_view text, const QString& file, Diagnostics& diagnostics);
    static std::optional<ReviewSession> load(const QString& path, Diagnostics& diagnostics);

    /** Writes toJson(path) atomically; on failure returns false with `error` set and `path` untouched. */
    bool save(const QString& path, QString* error = nullptr) const;

    /** Where the autosave of the session at `path` goes: "<path>.autosave". */
    static QString autosavePath(const QString& path);
    /** True when an autosave exists that is newer than `path` (or `path` does not exist): offer recovery. */
    static bool hasNewerAutosave(const QString& path);
    bool saveAutosave(const QString& path, QString* error = nullptr) const;
    static void discardAutosave(const QString& path);

    friend bool operator==(const ReviewSession&, const ReviewSession&) = default;
};

} // namespace grantscope
