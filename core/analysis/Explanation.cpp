// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Explanation.h"

#include "analysis/ConditionEvaluator.h"
#include "analysis/Finding.h"
#include "analysis/PrincipalText.h"
#include "boundary/BoundaryDraft.h"
#include "catalog/Catalog.h"
#include "common/QtText.h"
#include "common/Suggestions.h"
#include "package/ReviewSubject.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace grantscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Explanation)
};

QString quoted(std::string_view s)
{
    return QLatin1Char('"') + toQString(s) + QLatin1Char('"');
}

/** A subject as the evaluator sees it: its resolved permission policies and its own boundary. */
struct SubjectView {
    std::string name;
    std::string kind;
    std::vector<const PolicyRecord*> policies;
    const PolicyRecord* ownBoundary = nullptr;
};

std::vector<SubjectView> subjectsOf(const ReviewSubject& package)
{
    std::vector<SubjectView> out;
    for (const RoleRecord& role : package.roles) {
        SubjectView s { role.name, role.kind, {}, nullptr };
        for (const PolicyRecord& p : role.policies)
            s.policies.push_back(&p);
        if (role.hasBoundary)
            s.ownBoundary = &role.boundary;
        out.push_back(std::move(s));
    }
    for (const PolicyRecord& p : package.standalonePolicies)
        out.push_back({ p.name, "policy", { &p }, nullptr });
    return out;
}

QString subjectList(const std::vector<SubjectView>& subjects)
{
    QStringList names;
    for (const SubjectView& s : subjects)
        names << QStringLiteral("%1 (%2)").arg(toQString(s.name), toQString(s.kind));
    return names.join(QStringLiteral(", "));
}

// The subject `wanted` names (its name, the logical id of a role, or the name in another case), or the only
// role (else the only subject) when it is empty; nullptr with `error` set otherwise.
const SubjectView* findSubject(
    const ReviewSubject& package, const std::vector<SubjectView>& subjects, const std::string& wanted, QString& error)
{
    if (subjects.empty()) {
        error = Tr::tr("the package has no role, user or policy to ask about");
        return nullptr;
    }
    if (wanted.empty()) {
        const auto isRole = [](const SubjectView& s) { return s.kind == "role"; };
        if (std::count_if(subjects.begin(), subjects.end(), isRole) == 1)
            return &*std::find_if(subjects.begin(), subjects.end(), isRole);
        if (subjects.size() == 1)
            return &subjects.front();
        error = Tr::tr("the package has several subjects; name one of: %1").arg(subjectList(subjects));
        return nullptr;
    }
    for (const SubjectView& s : subjects)
        if (s.name == wanted)
            return &s;
    for (size_t i = 0; i < package.roles.size(); ++i)
        if (package.roles[i].logicalId == wanted)
            return &subjects[i];
    const QString folded = toQString(wanted).toCaseFolded();
    for (const SubjectView& s : subjects)
        if (toQString(s.name).toCaseFolded() == folded)
            return &s;
    std::vector<std::string> names;
    for (const SubjectView& s : subjects)
        names.push_back(s.name);
    error = Tr::tr("no subject %1 in the package").arg(quoted(wanted));
    if (const std::vector<std::string> close = closestNames(wanted, names); !close.empty())
        error += Tr::tr("; did you mean %1?").arg(quoted(close.front()));
    error += Tr::tr(" (subjects: %1)").arg(subjectList(subjects));
    return nullptr;
}

ConditionTrace traceCondition(const ConditionClause& clause, const RequestContext& context, VariableMode variables)
{
    ConditionTrace c;
    c.operatorText = clause.operatorText;
    c.key = clause.key;
    c.values = clause.values;
    c.location = clause.location;
    if (const std::vector<std::string>* values = context.find(clause.key)) {
        c.requestHasKey = true;
        c.requestValues = *values;
    }
    c.holds = conditionHolds(clause, context, variables);
    return c;
}

// Does a statement apply to `principal`? Statements without Principal (identity policies) apply to anyone.
bool admits(const Statement& st, const std::string& principal)
{
    if (principal.empty() || !st.hasPrincipal)
        return true;
    const bool named = std::any_of(st.principals.begin(), st.principals.end(),
        [&](const PrincipalEntry& e) { return principalCovers(e, principal); });
    return st.notPrincipal ? !named : named;
}

void traceStatements(const Policy& policy, ExplainedPolicyKind kind, const Request& request,
    const std::string& principal, Explanation& out)
{
    const bool variables = usesPolicyVariables(policy);
    for (size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& st = policy.statements[i];
        StatementTrace t;
        t.kind = kind;
        t.policy = policy.name;
        t.file = policy.file;
        t.location = st.location;
        t.index = static_cast<int>(i);
        t.sid = st.sid;
        t.effect = st.effect;
        t.notAction = st.notAction;
        t.hasResource = st.hasResource;
        t.notResource = st.notResource;
        t.mismatch = admits(st, principal) ? statementMismatch(st, request, variables) : StatementMismatch::Principal;
        if (t.mismatch == StatementMismatch::None || t.mismatch == StatementMismatch::Condition)
            for (const ConditionClause& clause : st.conditions)
                t.conditions.push_back(
                    traceCondition(clause, request.context, variables ? VariableMode::Resolve : VariableMode::Literal));
        (t.mismatch == StatementMismatch::None ? out.matched : out.notMatched).push_back(std::move(t));
    }
}

// The boundary with `edit` applied: to the composer's draft when there is one, else the edit's Deny statements
// added to the boundary in force (to an allow-all boundary when there is none).
Policy editedBoundary(
    const Catalog& catalog, const ExplainQuestion& question, const Policy* boundary, BoundaryEdit edit)
{
    if (question.draft) {
        BoundaryDraft draft = *question.draft;
        edit.apply(draft);
        return draft.toPolicy(catalog);
    }
    BoundaryDraft alone;
    edit.apply(alone);
    Policy denies = alone.toPolicy(catalog);
    if (!boundary)
        return denies;
    Policy out = *boundary;
    for (Statement& st : denies.statements) {
        if (st.effect != Effect::Deny)
            continue;
        st.index = static_cast<int>(out.statements.size());
        out.statements.push_back(std::move(st));
    }
    return out;
}

} // namespace

const char* explainedPolicyKindKey(ExplainedPolicyKind kind)
{
    switch (kind) {
    case ExplainedPolicyKind::Identity:
        return "identity";
    case ExplainedPolicyKind::Boundary:
        return "boundary";
    case ExplainedPolicyKind::Resource:
        return "resource";
    }
    return "identity";
}

const char* statementMismatchKey(StatementMismatch mismatch)
{
    switch (mismatch) {
    case StatementMismatch::None:
        return "";
    case StatementMismatch::Action:
        return "action";
    case StatementMismatch::Resource:
        return "resource";
    case StatementMismatch::Condition:
        return "condition";
    case StatementMismatch::Principal:
        return "principal";
    }
    return "";
}

QString mismatchText(const StatementTrace& statement, const std::string& action, const std::string& resource)
{
    switch (statement.mismatch) {
    case StatementMismatch::None:
        return {};
    case StatementMismatch::Action:
        return statement.notAction ? Tr::tr("the action %1 is in its NotAction").arg(toQString(action))
                                   : Tr::tr("its Action does not name %1").arg(toQString(action));
    case StatementMismatch::Resource:
        if (!statement.hasResource)
            return Tr::tr("it has neither Resource nor NotResource");
        return statement.notResource ? Tr::tr("the resource %1 is in its NotResource").arg(toQString(resource))
                                     : Tr::tr("its Resource does not cover %1").arg(toQString(resource));
    case StatementMismatch::Principal:
        return Tr::tr("its Principal does not name the principal asked about");
    case StatementMismatch::Condition: {
        QStringList failing;
        for (const ConditionTrace& c : statement.conditions)
            if (!c.holds)
                failing << QStringLiteral("%1 %2").arg(toQString(c.operatorText), toQString(c.key));
        return Tr::tr("its condition does not hold: %1").arg(failing.join(QStringLiteral(", ")));
    }
    }
    return {};
}

bool principalCovers(const PrincipalEntry& entry, const std::string& principal)
{
    if (entry.type == "*" || entry.value == "*")
        return true;
    if (entry.type != "AWS")
        return toQString(entry.value).compare(toQString(principal), Qt::CaseInsensitive) == 0;
    if (entry.value == principal)
        return true;
    // An account, by id or root ARN, stands for every principal in it.
    const bool wholeAccount = entry.value.find(':') == std::string::npos || entry.value.ends_with(":root");
    const std::string account = principalAccount(entry.value);
    return wholeAccount && !account.empty() && principalAccount(principal) == account;
}

std::vector<std::string> explainSubjects(const ReviewSubject& package)
{
    std::vector<std::string> out;
    for (const SubjectView& s : subjectsOf(package))
        out.push_back(s.name);
    return out;
}

std::vector<std::string> resourceTemplates(const Catalog& catalog, const std::string& action)
{
    const int index = catalog.findAction(action);
    if (index < 0)
        return {};
    const ActionInfo& info = catalog.action(index);
    if (info.resources.empty())
        return { "*" };
    const ServiceInfo& service = catalog.service(info.service);
    std::vector<std::string> out;
    for (const ActionResource& r : info.resources) {
        if (r.resourceType < 0 || static_cast<size_t>(r.resourceType) >= service.resourceTypes.size())
            continue;
        std::string format(service.resourceTypes[static_cast<size_t>(r.resourceType)].arnFormat);
        if (std::find(out.begin(), out.end(), format) == out.end())
            out.push_back(std::move(format));
    }
    return out;
}

ExplainQuestion questionFromFinding(const Catalog& catalog, const Finding& finding)
{
    ExplainQuestion q;
    q.subject = finding.subject;
    // A trust finding's actions are the role's sts:AssumeRole* and its "resources" the principals let in.
    if (!finding.actions.empty() && finding.category != "trust") {
        const int index = catalog.findAction(finding.actions.front());
        q.action = index >= 0 ? catalog.actionName(index) : finding.actions.front();
    }
    q.resource = finding.resources.empty() ? std::string("*") : finding.resources.front();
    return q;
}

Explanation explainRequest(const Catalog& catalog, const ReviewSubject& package, const ExplainQuestion& question)
{
    Explanation out;
    const std::vector<SubjectView> subjects = subjectsOf(package);
    const SubjectView* subject = findSubject(package, subjects, question.subject, out.error);
    if (!subject)
        return out;
    out.subject = subject->name;
    out.subjectKind = subject->kind;

    const int action
        = question.action.find_first_of("*?") == std::string::npos ? catalog.findAction(question.action) : -1;
    if (question.action.empty()) {
        out.error = Tr::tr("no action given");
        return out;
    }
    if (action < 0) {
        if (question.action.find_first_of("*?") != std::string::npos) {
            out.error = Tr::tr("%1 is a pattern; a request names one action").arg(quoted(question.action));
            return out;
        }
        out.error = Tr::tr("unknown action %1").arg(quoted(question.action));
        if (const std::vector<std::string> close = catalog.suggest(question.action, 3); !close.empty()) {
            QStringList names;
            for (const std::string& n : close)
                names << toQString(n);
            out.error += Tr::tr("; did you mean %1?").arg(names.join(QStringLiteral(", ")));
        }
        return out;
    }
    if (question.resource.empty()) {
        out.error = Tr::tr("no resource given (an ARN, or \"*\" for an action that takes none)");
        return out;
    }
    out.action = catalog.actionName(action);
    out.resource = question.resource;

    std::vector<const Policy*> identity;
    for (const PolicyRecord* p : subject->policies) {
        if (p->resolved)
            identity.push_back(&p->policy);
        else
            out.unresolvedPolicies.push_back(p->arn.empty() ? p->name : p->arn);
    }
    // A permissions boundary limits the customer's own roles and users, not what a resource policy lets another
    // account do: for a grantee there is nothing a boundary edit could deny.
    const bool boundaryApplies = subject->kind != "resource-policy";
    const Policy* boundary = boundaryApplies ? question.boundary : nullptr;
    if (!boundaryApplies) {
        out.boundarySource = "not-applicable";
    } else if (boundary) {
        out.boundarySource = "given";
    } else if (subject->ownBoundary) {
        if (subject->ownBoundary->resolved) {
            boundary = &subject->ownBoundary->policy;
            out.boundarySource = "subject";
        } else {
            const PolicyRecord& b = *subject->ownBoundary;
            out.unresolvedPolicies.push_back(b.arn.empty() ? b.name : b.arn);
        }
    }
    if (boundary)
        out.boundaryName = boundary->name;

    // Statements of a resource policy that do not let the principal asked about in do not apply to it.
    const std::vector<const Policy*> grants = identity; // as written, for the traces
    std::vector<Policy> admitted;
    if (!question.principal.empty()) {
        admitted.reserve(identity.size());
        for (const Policy*& p : identity) {
            if (std::all_of(p->statements.begin(), p->statements.end(),
                    [&](const Statement& st) { return admits(st, question.principal); }))
                continue;
            Policy copy = *p;
            std::erase_if(copy.statements, [&](const Statement& st) { return !admits(st, question.principal); });
            admitted.push_back(std::move(copy));
            p = &admitted.back();
        }
    }
    const Request request { out.action, out.resource, question.context };
    const DecisionTrace trace = evaluateRequest(identity, boundary, request);
    out.decision = trace.decision;
    out.identityAllows = trace.identityAllows;
    out.boundaryAllows = trace.boundaryAllows;
    out.needsNoPermission = trace.needsNoPermission;
    const ExplainedPolicyKind grantKind
        = subject->kind == "resource-policy" ? ExplainedPolicyKind::Resource : ExplainedPolicyKind::Identity;
    for (const Policy* p : grants)
        traceStatements(*p, grantKind, request, question.principal, out);
    if (boundary)
        traceStatements(*boundary, ExplainedPolicyKind::Boundary, request, {}, out);

    if (out.decision != Decision::Allowed || !boundaryApplies)
        return out;
    const std::string service = out.action.substr(0, out.action.find(':'));
    std::vector<BoundaryEdit> candidates;
    if (out.resource != "*")
        candidates.push_back(BoundaryEdit::denyOnResources({ { out.action, out.resource } }));
    candidates.push_back(BoundaryEdit::denyActions({ out.action }));
    if (out.resource != "*")
        candidates.push_back(BoundaryEdit::denyOnResources({ { service + ":*", out.resource } }));
    for (BoundaryEdit& edit : candidates) {
        const Policy edited = editedBoundary(catalog, question, boundary, edit);
        const Decision after = evaluateRequest(identity, &edited, request).decision;
        if (after != Decision::Allowed)
            out.fixes.push_back({ std::move(edit), after });
    }
    return out;
}

} // namespace grantscope
