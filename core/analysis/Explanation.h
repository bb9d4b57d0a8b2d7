// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RequestContext.h"
#include "analysis/RequestEvaluator.h"
#include "boundary/BoundaryEdit.h"
#include "policy/Policy.h"

#include <QString>

#include <string>
#include <vector>

namespace grantscope {

class Catalog;
struct BoundaryDraft;
struct Finding;
struct ReviewSubject;

/**
 * "Can the vendor do this?": one request of a subject of the package (a role, user, group, resource-policy
 * grantee or stand-alone policy), with the request context and, optionally, the boundary the reviewer is
 * composing. `boundary` nullptr: the subject's own PermissionsBoundary, if the package sets one. `draft`: the
 * composer's draft `boundary` was made from; fixes are then verified by applying them to it.
 */
struct ExplainQuestion {
    std::string subject; // a subject's name or logical id; empty: the package's only role (or only subject)
    std::string action; // "kms:Decrypt", any case
    std::string resource; // an ARN, or "*" for an action that takes no resource
    RequestContext context;
    /**
     * Who asks, for a resource-policy grantee: an account id, an ARN in an account, a service principal
     * ("s3.amazonaws.com") or a federated one. A resource policy statement whose Principal (NotPrincipal)
     * does not cover it does not apply. Empty: every principal the statements name.
     */
    std::string principal;
    const Policy* boundary = nullptr;
    const BoundaryDraft* draft = nullptr;
};

/** One key test of a Condition block, decided for the request by conditionHolds(). */
struct ConditionTrace {
    std::string operatorText; // as written: "ForAnyValue:StringLikeIfExists"
    std::string key; // as written
    std::vector<std::string> values; // the policy's values, as written
    bool requestHasKey = false;
    std::vector<std::string> requestValues; // the request's values of the key (none when it lacks it)
    bool holds = false;
    SourceLocation location; // of the key
    friend bool operator==(const ConditionTrace&, const ConditionTrace&) = default;
};

/**
 * Which policies of the request a statement belongs to. A resource-policy grantee's grant is its resource
 * policy's statements that let it in, decided as the grantee's permissions (principals are not matched).
 */
enum class ExplainedPolicyKind { Identity, Boundary, Resource };

/** "identity", "boundary" or "resource", as the JSON output writes it. */
const char* explainedPolicyKindKey(ExplainedPolicyKind kind);

/** One statement of the subject's policies or of the boundary, and how it took part in the decision. */
struct StatementTrace {
    ExplainedPolicyKind kind = ExplainedPolicyKind::Identity;
    std::string policy; // the policy's name
    QString file;
    SourceLocation location; // of the statement
    int index = 0; // in the policy's Statement list
    std::string sid;
    Effect effect = Effect::Allow;
    bool notAction = false; // its actions are a NotAction list
    bool hasResource = true; // it has a Resource or NotResource element
    bool notResource = false; // its resources are a NotResource list
    StatementMismatch mismatch = StatementMismatch::None; // None: it matched
    /** Every clause when action and resource matched (those that fail say why), else none: not reached. */
    std::vector<ConditionTrace> conditions;
    friend bool operator==(const StatementTrace&, const StatementTrace&) = default;
};

/** "action", "resource", "condition" or "principal" ("" for None), as the JSON output writes a reason. */
const char* statementMismatchKey(StatementMismatch mismatch);
/** One translated sentence saying why a statement did not match. */
QString mismatchText(const StatementTrace& statement, const std::string& action, const std::string& resource);

/** A boundary edit that denies the request, checked by deciding the request again with it applied. */
struct ExplainFix {
    BoundaryEdit edit; // ready for the composer's undo stack
    Decision decision = Decision::ExplicitlyDenied; // the request's decision with the edit applied
};

/** What the evaluator decided and why. `error` non-empty: the question could not be asked. */
struct Explanation {
    QString error;
    std::string subject; // the subject's name
    std::string subjectKind; // "role", "user", "group", "resource-policy", "policy"
    std::string action; // as the catalogue spells it: "kms:Decrypt"
    std::string resource;
    /**
     * Where the boundary came from: "" none, "subject" the package's PermissionsBoundary, "given";
     * "not-applicable" for a resource-policy grantee, whose access no boundary of the customer's limits (no
     * boundary is applied and no fixes are offered).
     */
    std::string boundarySource;
    std::string boundaryName;
    Decision decision = Decision::ImplicitlyDenied; // evaluateRequest()'s, the same as `evaluate` prints
    bool identityAllows = false;
    bool boundaryAllows = false;
    bool needsNoPermission = false; // allowed to every caller whatever the policies say (see needsNoPermission())
    std::vector<StatementTrace> matched; // identity policies first, then the boundary, in statement order
    std::vector<StatementTrace> notMatched;
    std::vector<std::string> unresolvedPolicies; // attached policies whose documents are not in the package
    std::vector<ExplainFix> fixes; // smallest first; none unless the request is allowed

    bool ok() const { return error.isEmpty(); }
};

/**
 * Does a Principal entry name `principal`? "*" names everyone; an account (its id or its root ARN) names every
 * principal of that account; any other entry names the principal it spells (service and federated names
 * ignoring case).
 */
bool principalCovers(const PrincipalEntry& entry, const std::string& principal);

/** The names explainRequest() accepts as a subject, in package order ("name (kind)" for messages). */
std::vector<std::string> explainSubjects(const ReviewSubject& package);

/**
 * The ARN formats of the resource types `action` ("svc:Action", any case) can take, as templates for a
 * resource field ("arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}"); "*" alone for an action that
 * takes no resource; none for an unknown action.
 */
std::vector<std::string> resourceTemplates(const Catalog& catalog, const std::string& action);

/**
 * The question a finding raises, for "explain" on it: its subject, its first action as the catalogue spells it
 * and its first resource pattern ("*" when it names none), without context keys or boundary. The reviewer
 * then narrows the resource to a concrete ARN (see resourceTemplates()). A finding that is not about a grant
 * (trust, hidden content, validation: no actions, or principals rather than resources) gives an empty action,
 * which explainRequest() refuses.
 */
ExplainQuestion questionFromFinding(const Catalog& catalog, const Finding& finding);

/**
 * Decides `question` with evaluateRequest() over the subject's resolved policies and the boundary, and
 * explains it: every statement that matched and every one that did not with the first part that failed,
 * each condition with the request's values and its outcome, and, when the request is allowed, the smallest
 * boundary edits that deny it (deny the action on the resource, deny the action, deny the service on the
 * resource), each kept only when the request decided again with it applied is denied. An unknown subject
 * or action (with the closest names) or an empty resource is an error.
 */
Explanation explainRequest(const Catalog& catalog, const ReviewSubject& package, const ExplainQuestion& question);

} // namespace grantscope
