// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RiskAnalyzer.h"

#include "analysis/ConditionEffect.h"
#include "analysis/Expansion.h"
#include "analysis/RequestEvaluator.h"
#include "analysis/RuleSet.h"
#include "analysis/SeverityReason.h"
#include "catalog/Catalog.h"
#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace grantscope {

namespace {

// Translated under the context "RiskAnalyzer" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RiskAnalyzer)
};

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// How far a statement reaches, weakest first: narrowed means a condition limits it to what the customer chose.
enum Tier { None = 0, SpecificNarrowed = 1, Specific = 2, BroadNarrowed = 3, Broad = 4 };

struct GrantingStatement {
    const PolicyRecord* record = nullptr;
    int statement = -1;
    ActionSet actions;
    bool broad = false;
    ConditionEffect conditions;
    Tier tier = None;

    const Statement& st() const { return record->policy.statements[static_cast<size_t>(statement)]; }
};

/** The statements that grant a rule's actions at their strongest tier. */
struct Hit {
    Tier tier = None;
    ActionSet actions;
    std::vector<const GrantingStatement*> statements;
};

const ActionSet& unscopableActions(const Catalog& catalog)
{
    static const ActionSet set = [&catalog] {
        ActionSet s = catalog.emptySet();
        for (int i = 0; i < catalog.actionCount(); ++i)
            if (catalog.action(i).resources.empty())
                s.set(i);
        return s;
    }();
    return set;
}

class Analyzer {
public:
    Analyzer(const Catalog& catalog, const RuleSet& rules, const PermissionSubject& subject)
        : m_catalog(catalog)
        , m_rules(rules)
        , m_subject(subject)
    {
        collect();
        m_administratorRule = std::any_of(
            rules.rules().begin(), rules.rules().end(), [](const Rule& r) { return r.builtin == "admin"; });
    }

    void applyRule(const Rule& rule, std::vector<Finding>& out) const
    {
        std::vector<Hit> groups;
        if (rule.allOf.empty()) {
            groups.push_back(bestHit(rule.anyOf, rule));
        } else {
            for (const ActionSet& group : rule.allOf)
                groups.push_back(bestHit(group, rule));
            if (rule.anyOf.any())
                groups.push_back(bestHit(rule.anyOf, rule));
        }
        const auto weakest = std::min_element(
            groups.begin(), groups.end(), [](const Hit& a, const Hit& b) { return a.tier < b.tier; });
        if (weakest == groups.end() || weakest->tier == None)
            return;
        ActionSet hits = m_catalog.emptySet();
        for (const Hit& h : groups)
            hits |= h.actions;

        if (onlyFromAdministrator(hits, rule))
            return;
        Finding f = baseFinding(rule);
        SeverityAssessment a;
        a.base = rule.severity;
        a.baseReason = rule.basis.isEmpty() ? rule.title : rule.basis;
        const QString scope = scopeSteps(*weakest, rule.scope, a);
        f.title = scope.isEmpty() ? rule.title : scopedTitle(rule) + scope;
        if (rule.path)
            f.title = chain(groups) + QStringLiteral(": ") + f.title;
        a.applyTo(f);
        fillEvidence(f, hits, rule);
        out.push_back(std::move(f));
    }

    void applyBuiltin(const Rule& rule, std::vector<Finding>& out) const
    {
        for (const GrantingStatement& g : m_statements) {
            const Statement& st = g.st();
            bool hit = false;
            std::vector<std::string> actions;
            SourceLocation at = st.location;
            SeverityAssessment a;
            a.base = rule.severity;
            a.baseReason = rule.basis.isEmpty() ? rule.title : rule.basis;
            RuleScope scope = RuleScope::Broad;
            QString title = rule.title;
            if (rule.builtin == "admin") {
                hit = g.actions.count() == m_catalog.actionCount() && g.tier >= BroadNarrowed;
                actions = { "*" };
            } else if (rule.builtin == "service-wildcard") {
                for (const LocatedString& pattern : st.actions) {
                    const size_t colon = pattern.value.find(':');
                    if (st.notAction || colon == std::string::npos || pattern.value.substr(colon) != ":*")
                        continue;
                    const int service = m_catalog.findService(pattern.value.substr(0, colon));
                    if (service < 0)
                        continue;
                    const ActionSet granted = m_catalog.serviceActions(service) & g.actions;
                    if (granted.none())
                        continue;
                    const std::string name = toLowerAscii(pattern.value);
                    if (!hit || worseThan(granted, g, a)) {
                        a = worst(granted, g, rule, name, &scope);
                        at = pattern.location;
                        title = Tr::tr("Every action of %1 (%2)").arg(q(m_catalog.service(service).name), q(name));
                    }
                    hit = true;
                    actions.push_back(name);
                }
            } else if (rule.builtin == "notaction-allow") {
                hit = st.notAction && g.actions.any();
                if (hit) {
                    // Everything but the listed actions: rated, like a service wildcard, by the worst it includes.
                    std::string listed;
                    for (const LocatedString& pattern : st.actions)
                        listed += (listed.empty() ? "" : ", ") + pattern.value;
                    a = worst(g.actions, g, rule, "NotAction [" + listed + "]", &scope);
                }
            } else if (rule.builtin == "notresource-allow") {
                hit = st.notResource && g.actions.any();
            }
            if (!hit)
                continue;
            Hit h;
            h.tier = g.tier;
            h.statements = { &g };
            const QString words = scopeSteps(h, scope, a);
            Finding f = baseFinding(rule);
            f.title = title + words;
            a.applyTo(f);
            f.actions = actions;
            for (const LocatedString& r : st.resources)
                f.resources.push_back(r.value);
            f.file = g.record->policy.file;
            f.location = at;
            f.evidence.push_back({ g.record->policy.file, st.location, g.record->name, st.sid, g.statement });
            out.push_back(std::move(f));
        }
    }

private:
    std::vector<std::string> servicesOf(const ActionSet& actions) const
    {
        std::vector<std::string> out;
        for (int s = 0; s < m_catalog.serviceCount(); ++s) {
            const ServiceInfo& info = m_catalog.service(s);
            if (actions.anyInRange(info.firstAction, info.firstAction + info.actionCount))
                out.emplace_back(toLowerAscii(info.prefix));
        }
        return out;
    }

    void collect()
    {
        ActionSet deniedEverywhere = m_catalog.emptySet();
        for (const PolicyRecord* record : m_subject.policies) {
            if (!record || !record->resolved)
                continue;
            const Policy& p = record->policy;
            for (size_t i = 0; i < p.statements.size(); ++i) {
                const Statement& st = p.statements[i];
                if (!st.hasResource)
                    continue;
                ActionSet actions = expandActions(m_catalog, st, p.file, nullptr);
                if (st.effect == Effect::Deny) {
                    std::vector<std::string> resources;
                    for (const LocatedString& r : st.resources)
                        resources.push_back(r.value);
                    if (st.conditions.empty() && !st.notResource && isWildcardResource(resources))
                        deniedEverywhere |= actions;
                    continue;
                }
                GrantingStatement g;
                g.record = record;
                g.statement = static_cast<int>(i);
                g.actions = std::move(actions);
                g.broad = st.notResource;
                for (const LocatedString& r : st.resources)
                    g.broad = g.broad || isBroadResourcePattern(r.value);
                m_statements.push_back(std::move(g));
            }
        }
        ActionSet keep = deniedEverywhere.complement();
        if (m_subject.boundary && m_subject.boundary->resolved) {
            const PolicyExpansion b = expandPolicy(m_catalog, m_subject.boundary->policy, nullptr);
            ActionSet allowedByBoundary = b.allowed;
            for (const StatementExpansion& s : b.statements)
                if (s.effect == Effect::Deny && !s.conditional && !s.notResource && isWildcardResource(s.resources))
                    allowedByBoundary -= s.actions;
            keep &= allowedByBoundary;
        }
        m_granted = m_catalog.emptySet();
        for (GrantingStatement& g : m_statements) {
            g.actions &= keep;
            m_granted |= g.actions;
        }

        // Which services' resources this subject can tag itself: a tag condition on them proves nothing.
        const ActionSet tagging = m_catalog.actionsWithLevel(AccessLevel::Tagging);
        for (const GrantingStatement& g : m_statements) {
            const ActionSet t = g.actions & tagging;
            if (t.none() || classifyConditions(g.st(), {}).narrows())
                continue;
            m_catalog.forEachSorted(t, [&](int i) {
                const ActionInfo& info = m_catalog.action(i);
                const std::string service = toLowerAscii(m_catalog.service(info.service).prefix);
                if (!m_tags.services.contains(service))
                    m_tags.services[service]
                        = std::string(m_catalog.service(info.service).prefix) + ':' + std::string(info.name);
            });
        }
        for (GrantingStatement& g : m_statements) {
            g.conditions = classifyConditions(g.st(), servicesOf(g.actions), m_tags);
            const bool narrowed = g.conditions.narrows();
            g.tier = g.broad ? (narrowed ? BroadNarrowed : Broad) : (narrowed ? SpecificNarrowed : Specific);
        }
    }

    bool reaches(const GrantingStatement& g, const Rule& rule) const
    {
        if (rule.onResources.empty() || g.st().notResource)
            return true;
        for (const LocatedString& r : g.st().resources)
            for (const std::string& target : rule.onResources)
                if (globMatch(r.value, target, false))
                    return true;
        return false;
    }

    Hit bestHit(const ActionSet& wanted, const Rule& rule) const
    {
        // Most rules meet none of a subject's statements: one test against all they grant, before any set is made.
        if (!wanted.intersects(m_granted))
            return {};
        for (Tier t : { Broad, BroadNarrowed, Specific, SpecificNarrowed }) {
            Hit h;
            for (const GrantingStatement& g : m_statements) {
                if (g.tier != t || !wanted.intersects(g.actions) || !reaches(g, rule))
                    continue;
                ActionSet a = wanted & g.actions;
                if (rule.scope == RuleScope::Broad && !rule.blameUnscopable && (t == Broad || t == BroadNarrowed))
                    a -= unscopableActions(m_catalog);
                if (a.none())
                    continue;
                if (h.actions.size() == 0)
                    h.actions = std::move(a);
                else
                    h.actions |= a;
                h.statements.push_back(&g);
            }
            if (h.actions.size() != 0 && h.actions.any()) {
                h.tier = t;
                return h;
            }
        }
        return {};
    }

    // Adds the steps for the scope and the conditions of `hit` and returns the scope in words for a title
    // (" on 1 KMS key", ", only through ... (kms:ViaService)"), empty at full scope.
    QString scopeSteps(const Hit& hit, RuleScope scope, SeverityAssessment& a) const
    {
        QString words;
        if (hit.tier == Specific || hit.tier == SpecificNarrowed) {
            std::vector<std::string> resources;
            for (const GrantingStatement* g : hit.statements)
                for (const LocatedString& r : g->st().resources)
                    if (std::find(resources.begin(), resources.end(), r.value) == resources.end())
                        resources.push_back(r.value);
            const bool self = std::all_of(resources.begin(), resources.end(),
                [](const std::string& r) { return toLowerAscii(r).find("${aws:username}") != std::string::npos; });
            if (self) {
                // "user/${aws:username}": the caller's own user, never another's (a role session has no user name).
                a.step(-2, Tr::tr("limited to the caller's own user (${aws:username})"));
                words = Tr::tr(" on the caller's own user");
            } else {
                const QString where = describeScope(resources);
                a.step(scope == RuleScope::Broad ? -2 : -1, Tr::tr("limited to %1").arg(where));
                words = Tr::tr(" on %1").arg(where);
            }
        }
        if (hit.tier == BroadNarrowed || hit.tier == SpecificNarrowed) {
            for (const GrantingStatement* g : hit.statements) {
                if (const ClauseEffect* n = g->conditions.narrowing()) {
                    a.step(-1, n->why);
                    words += QStringLiteral(", ") + n->why;
                    break;
                }
            }
        } else {
            for (const GrantingStatement* g : hit.statements) {
                if (g->conditions.any()) {
                    a.step(0, g->conditions.whyNot());
                    break;
                }
            }
        }
        return words;
    }

    static QString scopedTitle(const Rule& rule) { return rule.scopedTitle.isEmpty() ? rule.title : rule.scopedTitle; }

    QString actionName(int i) const
    {
        const ActionInfo& info = m_catalog.action(i);
        return q(m_catalog.service(info.service).prefix) + QLatin1Char(':') + q(info.name);
    }

    // "iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction": the first action of each group.
    QString chain(const std::vector<Hit>& groups) const
    {
        QStringList parts;
        for (const Hit& h : groups) {
            QStringList names;
            m_catalog.forEachSorted(h.actions, [&](int i) {
                if (names.size() < 3)
                    names << actionName(i);
            });
            if (h.actions.count() > 3)
                names << Tr::tr("%1 more").arg(h.actions.count() - 3);
            parts << names.join(groups.size() == 1 ? QStringLiteral(", ") : QStringLiteral("/"));
        }
        return parts.join(QStringLiteral(" + "));
    }

    // The worst rule the actions of one service wildcard would trip on their own.
    const Rule* worstRule(const ActionSet& granted, bool broad) const
    {
        const Rule* worst = nullptr;
        for (const Rule& r : m_rules.rules()) {
            if (!r.builtin.empty() || (worst && r.severity <= worst->severity))
                continue;
            bool fires = true;
            auto reached = [&](const ActionSet& wanted) {
                ActionSet a = wanted & granted;
                if (broad && r.scope == RuleScope::Broad && !r.blameUnscopable)
                    a -= unscopableActions(m_catalog);
                return a.any();
            };
            if (r.allOf.empty())
                fires = reached(r.anyOf);
            for (const ActionSet& group : r.allOf)
                fires = fires && reached(group);
            if (fires)
                worst = &r;
        }
        return worst;
    }

    bool worseThan(const ActionSet& granted, const GrantingStatement& g, const SeverityAssessment& current) const
    {
        const Rule* r = worstRule(granted, g.broad);
        return r && r->severity > current.base;
    }

    SeverityAssessment worst(const ActionSet& granted, const GrantingStatement& g, const Rule& rule,
        const std::string& pattern, RuleScope* scope) const
    {
        SeverityAssessment a;
        a.base = rule.severity;
        a.baseReason = rule.basis.isEmpty() ? rule.title : rule.basis;
        if (const Rule* r = worstRule(granted, g.broad); r && r->severity > rule.severity) {
            a.base = r->severity;
            *scope = r->scope;
            a.baseReason = Tr::tr("%1 includes what \"%2\" (%3) finds").arg(q(pattern), r->title, q(r->id));
        }
        return a;
    }

    Finding baseFinding(const Rule& rule) const
    {
        Finding f;
        f.rule = rule.id;
        f.category = rule.category;
        f.title = rule.title;
        f.rationale = rule.rationale;
        f.mitigation = rule.mitigation;
        f.references = rule.references;
        f.subject = m_subject.name;
        f.file = m_subject.file;
        f.location = m_subject.location;
        return f;
    }

    bool isAdministrator(const GrantingStatement& g) const
    {
        return g.tier == Broad && g.actions.count() == m_catalog.actionCount();
    }

    // Everything this rule finds comes from statements that allow every action on every resource, without a
    // narrowing condition: the critical administrator finding already says it, and more.
    bool onlyFromAdministrator(const ActionSet& hits, const Rule& rule) const
    {
        bool any = false;
        for (const GrantingStatement& g : m_statements) {
            if (!g.actions.intersects(hits) || !reaches(g, rule))
                continue;
            if (!isAdministrator(g))
                return false;
            any = true;
        }
        return any && m_administratorRule;
    }

    void fillEvidence(Finding& f, const ActionSet& hits, const Rule& rule) const
    {
        m_catalog.forEachSorted(hits, [&](int i) { f.actions.emplace_back(m_catalog.lowerActionName(i)); });
        bool first = true;
        for (const GrantingStatement& g : m_statements) {
            if (!g.actions.intersects(hits) || !reaches(g, rule))
                continue;
            const Statement& st = g.st();
            f.evidence.push_back({ g.record->policy.file, st.location, g.record->name, st.sid, g.statement });
            for (const LocatedString& r : st.resources)
                if (std::find(f.resources.begin(), f.resources.end(), r.value) == f.resources.end())
                    f.resources.push_back(r.value);
            if (first && g.record->origin == PolicyOrigin::AwsManaged && g.record->location.isValid()) {
                // Point at the package's own line that attaches the AWS managed policy; the evidence
                // keeps the statement inside the managed policy.
                first = false;
                f.file = g.record->file;
                f.location = g.record->location;
            } else if (first) {
                first = false;
                f.file = g.record->policy.file;
                f.location = st.location;
                // Point at the action pattern that grants it, so a click lands on the exact line.
                for (const LocatedString& a : st.actions) {
                    bool grants = false;
                    hits.forEach([&](int i) {
                        grants = grants || (!st.notAction && actionMatches(a.value, m_catalog.lowerActionName(i)));
                    });
                    if (grants) {
                        f.location = a.location;
                        break;
                    }
                }
            }
        }
    }

    const Catalog& m_catalog;
    const RuleSet& m_rules;
    const PermissionSubject& m_subject;
    std::vector<GrantingStatement> m_statements;
    ActionSet m_granted; // every action some statement grants (after denies and the boundary)
    TagControl m_tags;
    bool m_administratorRule = false;
};

// One finding per escalation path: a finding whose every action is part of a path found at the same
// severity or above says nothing the path does not.
void dropCoveredByPaths(const RuleSet& rules, std::vector<Finding>& findings)
{
    std::vector<bool> isPath(findings.size());
    for (size_t i = 0; i < findings.size(); ++i) {
        const Rule* r = rules.find(findings[i].rule);
        isPath[i] = r && r->path;
    }
    std::vector<Finding> kept;
    for (size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        const Rule* r = rules.find(f.rule);
        bool covered = !isPath[i] && r && r->builtin.empty() && !f.actions.empty();
        if (covered) {
            std::set<std::string> inPaths;
            for (size_t j = 0; j < findings.size(); ++j)
                if (isPath[j] && findings[j].severity >= f.severity)
                    inPaths.insert(findings[j].actions.begin(), findings[j].actions.end());
            covered = std::all_of(
                f.actions.begin(), f.actions.end(), [&](const std::string& a) { return inPaths.contains(a); });
        }
        if (!covered)
            kept.push_back(f);
    }
    findings = std::move(kept);
}

} // namespace

std::vector<Finding> analyzeRisks(const Catalog& catalog, const RuleSet& rules, const PermissionSubject& subject)
{
    std::vector<Finding> out;
    Analyzer analyzer(catalog, rules, subject);
    for (const Rule& rule : rules.rules()) {
        if (rule.builtin.empty())
            analyzer.applyRule(rule, out);
        else if (rule.builtin == "admin" || rule.builtin == "service-wildcard" || rule.builtin == "notaction-allow"
            || rule.builtin == "notresource-allow")
            analyzer.applyBuiltin(rule, out);
    }
    dropCoveredByPaths(rules, out);
    return out;
}

} // namespace grantscope
