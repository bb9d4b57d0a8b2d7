// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "catalog/ActionSet.h"
#include "common/Diagnostic.h"
#include "package/ReviewSubject.h"
#include "review/ReviewSession.h"

#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace grantscope {

class Catalog;
struct Review;

/**
 * Actions whose resources changed the same way between two releases: allowed on `before` in the old release
 * and on `after` in the new ("!p" is every resource except p, a NotResource). `gained` are the patterns of
 * `after` that no pattern of `before` surely covers (the grant widened: "*" replacing a bucket's ARN), `lost`
 * those of `before` that no pattern of `after` covers (it narrowed). A change can do both (one bucket
 * replaced by another).
 */
struct ResourceChange {
    ActionSet actions;
    std::vector<std::string> before;
    std::vector<std::string> after;
    std::vector<std::string> gained;
    std::vector<std::string> lost;
    friend bool operator==(const ResourceChange&, const ResourceChange&) = default;
};

/**
 * A condition clause that every grant of `actions` required in one release and not in the other: dropped (the
 * actions are now allowed without it) or added (they now need it). The clause as written.
 */
struct ConditionChange {
    std::string operatorText;
    std::string key;
    std::vector<std::string> values;
    ActionSet actions;
    friend bool operator==(const ConditionChange&, const ConditionChange&) = default;
};

/** A permission policy attached to a subject in one release and not in the other. */
struct PolicyChange {
    PolicyOrigin origin = PolicyOrigin::Inline;
    std::string name;
    std::string arn; // AWS managed policies: matched by it
    friend bool operator==(const PolicyChange&, const PolicyChange&) = default;
};

/**
 * What changed in who may assume a role (or whom a resource policy lets in). Principals are "TYPE value"
 * ("AWS arn:aws:iam::444455556666:root", "Service ec2.amazonaws.com", "*"); a NotPrincipal entry is
 * prefixed "NotPrincipal ". External ID values are a secret the vendor shares with the customer: they are
 * kept only masked ("acme-****") here, so no report can print them.
 */
struct TrustChange {
    bool hadTrust = false;
    bool hasTrust = false;
    std::vector<std::string> principalsAdded;
    std::vector<std::string> principalsRemoved;
    std::vector<std::string> servicePrincipalsAdded; // the "Service" ones of principalsAdded, value only
    // Does every Allow statement that lets an account in (an AWS principal or "*") test sts:ExternalId?
    // False when there is none.
    bool externalIdBefore = false;
    bool externalIdAfter = false;
    bool externalIdValuesChanged = false; // required before and after, with other values
    std::vector<std::string> externalIdsBefore; // masked
    std::vector<std::string> externalIdsAfter; // masked

    bool changed() const
    {
        return hadTrust != hasTrust || !principalsAdded.empty() || !principalsRemoved.empty()
            || externalIdBefore != externalIdAfter || externalIdValuesChanged;
    }
    friend bool operator==(const TrustChange&, const TrustChange&) = default;
};

/** How a subject of the package fares from the old release to the new. */
enum class SubjectStatus { Added, Removed, Changed, Unchanged };

const char* subjectStatusKey(SubjectStatus status); // "added", "removed", "changed", "unchanged"

/**
 * One subject (role, user, group, resource-policy grantee, stand-alone policy or trust policy) compared across
 * two releases. Subjects are matched by kind and logical id (CloudFormation) or resource address (Terraform),
 * else by name; a subject only in the new release is Added (all it grants is added), one only in the old
 * Removed. Actions are compared after expansion (NotAction complemented), as Review::granted is: a wildcard
 * that replaces a list counts exactly the actions it adds.
 */
struct SubjectComparison {
    std::string kind; // "role", "user", "group", "resource-policy", "policy", "trust-policy"
    std::string name; // in the new release (the old one for a removed subject)
    std::string oldName; // in the old release; differs from `name` when the subject was renamed
    std::string logicalId; // logical id or resource address, when the package has one
    SubjectStatus status = SubjectStatus::Unchanged;
    QString oldFile;
    SourceLocation oldLocation;
    QString newFile;
    SourceLocation newLocation;

    ActionSet added; // allowed by the new release, not by the old
    ActionSet addedConditional; // those of `added` every new grant of which carries a condition
    ActionSet removed;
    std::vector<ResourceChange> resources; // actions allowed in both whose resources changed
    std::vector<ConditionChange> conditionsDropped;
    std::vector<ConditionChange> conditionsAdded;
    TrustChange trust;
    std::vector<PolicyChange> policiesAttached;
    std::vector<PolicyChange> policiesDetached;
    // Deny statements: actions the new release allows that a Deny of the old one named (on some resources or
    // under a condition) and no Deny of the new one names (the guard was dropped), and the reverse. A Deny on
    // every resource without a condition is already taken out of `added` and `removed`.
    ActionSet denyDropped;
    ActionSet denyAdded;
    // The role's permissions boundary in each release (its ARN or name; empty: none). Actions outside a
    // boundary are not counted as allowed, so dropping one shows as added actions too.
    std::string boundaryBefore;
    std::string boundaryAfter;

    bool widened() const;
    bool narrowed() const;
};

/** A finding of the old release and the same finding in the new one (indices into each review's findings). */
struct FindingMatch {
    size_t oldIndex = 0;
    size_t newIndex = 0;
    friend bool operator==(const FindingMatch&, const FindingMatch&) = default;
};

/**
 * What a new release of a vendor package asks for compared with the release reviewed before: per subject the
 * actions added and removed, resources widened or narrowed, conditions dropped or added, trust changes and
 * policies attached or detached; and the findings that are new and those resolved. Plain values: it outlives
 * the reviews it was computed from.
 */
struct ReleaseComparison {
    std::vector<SubjectComparison> subjects; // new release's order, then the removed ones
    std::vector<Finding> newFindings; // in the new release only, sorted as findings are
    std::vector<Finding> resolvedFindings; // in the old release only
    std::vector<FindingMatch> matchedFindings;

    /** True when a new finding is at least `threshold` (grantscope-cli compare --fail-on-new). */
    bool hasNewFindingAtLeast(Severity threshold) const;
};

/**
 * Compares two reviews of releases of one vendor package. Pure: safe on a worker thread. Findings are matched
 * by ReviewSession::findingKey(); one whose text moved (a line added above it) is matched by its rule, subject
 * (renamed subjects followed) and file name in order, and then by rule and subject, so that moving a statement
 * does not make its finding "new".
 */
ReleaseComparison compareReleases(const Review& oldReview, const Review& newReview);

/**
 * Pairs the findings of two releases: first those with the same ReviewSession::findingKey(); then, of the rest,
 * those with the same rule, subject and file name (in order: a statement that moved); then those with the same
 * rule and subject (the file renamed). `renamed` maps subjects' old names to their new ones.
 */
std::vector<FindingMatch> matchFindings(const std::vector<Finding>& oldFindings,
    const std::vector<Finding>& newFindings, const std::map<std::string, std::string>& renamed = {});

/**
 * matchFindings() against an earlier review known only by its findings' ReviewSession::findingKey()s (an earlier
 * `analyze --json` or a saved review, for `analyze --baseline`): for each of `findings`, whether it pairs with
 * one of `keys`, so that a finding whose statement moved is known, not new, there as in `compare`.
 */
std::vector<bool> findingsInKeys(const std::vector<std::string>& keys, const std::vector<Finding>& findings);

/**
 * The pairs findingsInKeys() finds: `oldIndex` into `keys`, `newIndex` into `findings`, by new index. A saved review
 * opened on a package that changed gives each verdict to the finding it pairs with.
 */
std::vector<FindingMatch> pairFindingKeys(const std::vector<std::string>& keys, const std::vector<Finding>& findings);

/** A verdict of a saved review of the old release that carries over to a finding of the new one. */
struct CarriedVerdict {
    size_t newIndex = 0; // into the new review's findings
    std::string oldKey; // findingKey() the verdict was saved under
    SessionVerdict verdict;
    friend bool operator==(const CarriedVerdict&, const CarriedVerdict&) = default;
};

/**
 * A saved review of the old release carried to the new one: verdicts on findings that still exist carry over
 * (to the matched finding, whose key may differ), findings without one are open, and verdicts on resolved
 * findings (or on findings the old release no longer produces) are left behind.
 */
struct CarriedReview {
    std::vector<CarriedVerdict> carried;
    std::vector<size_t> open; // new review's findings without a verdict, in order
    std::vector<std::string> leftBehind; // keys of verdicts whose finding is gone
    /** The session's verdicts keyed by the new findings' keys, the rest of it unchanged. */
    ReviewSession session;
};

CarriedReview carryReview(const ReviewSession& oldSession, const Review& oldReview, const Review& newReview,
    const ReleaseComparison& comparison);

/**
 * What changed for one subject, one short translated sentence per change, for reports: actions added and removed
 * (counted per service and access level), resources widened and narrowed, conditions dropped and added, trust
 * and attached policies. Actions are named in AWS's casing. Empty for an unchanged subject.
 */
QStringList subjectChangeLines(const Catalog& catalog, const SubjectComparison& subject);

/**
 * Whether the new release lets the subject do more than the old one: a subject added, actions added, resources
 * widened, a condition dropped, a principal trusted or an External ID no longer required.
 */
bool widensAccess(const SubjectComparison& subject);

/** An External ID value as it may be shown: a parameter placeholder as is, otherwise its start and "****". */
std::string maskExternalId(const std::string& value);

} // namespace grantscope
