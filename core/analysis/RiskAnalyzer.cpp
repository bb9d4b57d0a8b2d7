// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RiskAnalyzer.h"

#include "analysis/Expansion.h"
#include "analysis/RequestEvaluator.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace grantscope {

namespace {

// Translated under the context "RiskAnalyzer" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RiskAnalyzer)
};

// Tiers of how strongly an action is granted, weakest first.
enum Tier { None = 0, SpecificConditional = 1, Specific = 2, BroadConditional = 3, Broad = 4 };

struct GrantingStatement {
    const PolicyRecord* record = nullptr;
    int statement = -1;
    ActionSet actions;
    Tier tier = None;
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

int severityDrop(Tier tier, RuleScope scope)
{
    switch (tier) {
    case Broad:
        return 0;
    case BroadConditional:
        return 1;
    case Specific:
        return scope == RuleScope::Broad ? 2 : 1;
    case SpecificConditional:
        return scope == RuleScope::Broad ? 3 : 2;
    case None:
        break;
    }
    return 4;
}

QString tierReason(Tier tier)
{
    switch (tier) {
    case BroadConditional:
        return Tr::tr("granted on all resources, but only when the statement's conditions hold");
    case Specific:
        return Tr::tr("limited to specific resources");
    case SpecificConditional:
        return Tr::tr("limited to specific resources and guarded by conditions");
    default:
        return {};
    }
}

class Analyzer {
public:
    Analyzer(const Catalog& catalog, const PermissionSubject& subject)
        : m_catalog(catalog)
        , m_subject(subject)
    {
        for (ActionSet& t : m_tiers)
            t = catalog.emptySet();
        collect();
    }

    void applyRule(const Rule& rule, std::vector<Finding>& out)
    {
        if (!rule.builtin.empty())
            return;
        ActionSet hits = m_catalog.emptySet();
        Tier tier = None;
        if (rule.allOf.empty()) {
            tier = bestTier(rule.anyOf, rule, &hits);
        } else {
            tier = Broad;
            for (const ActionSet& group : rule.allOf) {
                ActionSet groupHits = m_catalog.emptySet();
                const Tier t = bestTier(group, rule, &groupHits);
                if (t == None)
                    return;
                tier = std::min(tier, t);
                hits |= groupHits;
            }
            if (rule.anyOf.any()) {
                const Tier t = bestTier(rule.anyOf, rule, &hits);
                if (t == None)
                    return;
                tier = std::min(tier, t);
            }
        }
        if (tier == None)
            return;
        Finding f = baseFinding(rule);
        f.severity = lowered(rule.severity, severityDrop(tier, rule.scope));
        f.severityReason = tierReason(tier);
        fillEvidence(f, hits);
        out.push_back(std::move(f));
    }

    void applyBuiltin(const Rule& rule, std::vector<Finding>& out)
    {
        for (const GrantingStatement& g : m_statements) {
            const Statement& st = g.record->policy.statements[static_cast<size_t>(g.statement)];
            bool hit = false;
            std::vector<std::string> actions;
            SourceLocation at = st.location;
            if (rule.builtin == "admin") {
                hit = g.actions.count() == m_catalog.actionCount() && g.tier >= BroadConditional;
                actions = { "*" };
            } else if (rule.builtin == "service-wildcard") {
                for (const LocatedString& a : st.actions) {
                    const size_t colon = a.value.find(':');
                    if (!st.notAction && colon != std::string::npos && a.value.substr(colon) == ":*") {
                        hit = true;
                        actions.push_back(toLowerAscii(a.value));
                        at = a.location;
                    }
                }
            } else if (rule.builtin == "notaction-allow") {
                hit = st.notAction;
            } else if (rule.builtin == "notresource-allow") {
                hit = st.notResource;
            }
            if (!hit)
                continue;
            Finding f = baseFinding(rule);
            f.severity = lowered(rule.severity, st.conditions.empty() ? 0 : 1);
            if (!st.conditions.empty())
                f.severityReason = tierReason(BroadConditional);
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
                bool broad = st.notResource;
                for (const LocatedString& r : st.resources)
                    broad = broad || isBroadResourcePattern(r.value);
                if (st.effect == Effect::Deny) {
                    const bool everywhere
                        = st.conditions.empty() && !st.notResource && isWildcardResource(resourcesOf(st));
                    if (everywhere)
                        deniedEverywhere |= actions;
                    continue;
                }
                const bool conditional = !st.conditions.empty();
                const Tier tier
                    = broad ? (conditional ? BroadConditional : Broad) : (conditional ? SpecificConditional : Specific);
                m_tiers[tier] |= actions;
                m_statements.push_back({ record, static_cast<int>(i), std::move(actions), tier });
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
        for (ActionSet& t : m_tiers)
            t &= keep;
        for (GrantingStatement& g : m_statements)
            g.actions &= keep;
    }

    static std::vector<std::string> resourcesOf(const Statement& st)
    {
        std::vector<std::string> out;
        for (const LocatedString& r : st.resources)
            out.push_back(r.value);
        return out;
    }

    Tier bestTier(const ActionSet& wanted, const Rule& rule, ActionSet* hits) const
    {
        for (Tier t : { Broad, BroadConditional, Specific, SpecificConditional }) {
            ActionSet h = wanted & m_tiers[t];
            if (rule.scope == RuleScope::Broad && !rule.blameUnscopable && (t == Broad || t == BroadConditional))
                h -= unscopableActions(m_catalog);
            if (h.any()) {
                *hits |= h;
                return t;
            }
        }
        return None;
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

    void fillEvidence(Finding& f, const ActionSet& hits) const
    {
        m_catalog.forEachSorted(hits, [&](int i) { f.actions.push_back(m_catalog.lowerActionName(i)); });
        bool first = true;
        for (const GrantingStatement& g : m_statements) {
            if (!g.actions.intersects(hits))
                continue;
            const Statement& st = g.record->policy.statements[static_cast<size_t>(g.statement)];
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
    const PermissionSubject& m_subject;
    std::array<ActionSet, 5> m_tiers;
    std::vector<GrantingStatement> m_statements;
};

} // namespace

bool isBroadResourcePattern(std::string_view pattern)
{
    if (pattern.find_first_not_of('*') == std::string_view::npos)
        return !pattern.empty();
    if (!pattern.starts_with("arn:"))
        return false;
    // arn:partition:service:region:account:resource. The resource part names no particular resource
    // when it is "*", or a resource type followed by "/*" or ":*", or starts with a wildcard type.
    size_t pos = 0;
    size_t serviceStart = 0;
    for (int i = 0; i < 5; ++i) {
        pos = pattern.find(':', pos);
        if (pos == std::string_view::npos)
            return pattern.back() == '*';
        ++pos;
        if (i == 1)
            serviceStart = pos;
    }
    const std::string_view resource = pattern.substr(pos);
    if (resource.empty() || resource.front() == '*')
        return true;
    // S3 bucket and object ARNs carry no type prefix: "bucket/*" is every object of one bucket.
    if (pattern.substr(serviceStart).starts_with("s3:"))
        return false;
    const size_t sep = resource.find_first_of("/:");
    if (sep == std::string_view::npos)
        return false;
    const std::string_view type = resource.substr(0, sep);
    const std::string_view rest = resource.substr(sep + 1);
    return rest == "*" && type.find_first_of("*?") == std::string_view::npos;
}

std::vector<Finding> analyzeRisks(const Catalog& catalog, const RuleSet& rules, const PermissionSubject& subject)
{
    std::vector<Finding> out;
    Analyzer analyzer(catalog, subject);
    for (const Rule& rule : rules.rules()) {
        if (rule.builtin.empty())
            analyzer.applyRule(rule, out);
        else if (rule.builtin == "admin" || rule.builtin == "service-wildcard" || rule.builtin == "notaction-allow"
            || rule.builtin == "notresource-allow")
            analyzer.applyBuiltin(rule, out);
    }
    return out;
}

} // namespace grantscope
