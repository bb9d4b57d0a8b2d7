// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundaryCompactor.h"

#include "catalog/Catalog.h"
#include "policy/PolicyWriter.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace grantscope {

namespace {

// Translated under the context "BoundaryCompactor" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BoundaryCompactor)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// What a list entry costs in compact JSON: the text, two quotes and a comma.
size_t entryCost(size_t length)
{
    return length + 3;
}

size_t listCost(const std::vector<std::string>& patterns)
{
    return std::accumulate(patterns.begin(), patterns.end(), size_t { 0 },
        [](size_t sum, const std::string& p) { return sum + entryCost(p.size()); });
}

size_t listCost(const std::vector<LocatedString>& patterns)
{
    return std::accumulate(patterns.begin(), patterns.end(), size_t { 0 },
        [](size_t sum, const LocatedString& p) { return sum + entryCost(p.value.size()); });
}

struct Cover {
    size_t cost = 0;
    std::vector<std::string> patterns;
};

/**
 * Covers the wanted actions of one service with the cheapest mix of names and "Prefix*" wildcards. The
 * service's action names, lower-cased and sorted, form a trie whose subtrees are contiguous ranges; a
 * wildcard is a candidate only for a range whose actions are all wanted, and is used only after
 * Catalog::match has confirmed it names exactly that range.
 */
class ServiceCover {
public:
    ServiceCover(const Catalog& catalog, int service, const ActionSet& wanted, bool anyPrefix)
        : m_catalog(catalog)
        , m_wanted(wanted)
        , m_anyPrefix(anyPrefix)
    {
        const ServiceInfo& s = catalog.service(service);
        m_prefix = std::string(s.prefix) + ":";
        for (int i = s.firstAction; i < s.firstAction + s.actionCount; ++i)
            m_order.push_back(i);
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return lowerName(a) < lowerName(b); });
        m_wantedBefore.assign(m_order.size() + 1, 0);
        for (size_t k = 0; k < m_order.size(); ++k)
            m_wantedBefore[k + 1] = m_wantedBefore[k] + (wanted.test(m_order[k]) ? 1 : 0);
    }

    Cover solve() { return solve(0, m_order.size(), 0); }

private:
    std::string_view lowerName(int action) const
    {
        return std::string_view(m_catalog.lowerActionName(action)).substr(m_prefix.size());
    }

    Cover solve(size_t lo, size_t hi, size_t depth)
    {
        const size_t wanted = m_wantedBefore[hi] - m_wantedBefore[lo];
        if (wanted == 0)
            return {};
        Cover explicitCover;
        size_t i = lo;
        if (lowerName(m_order[lo]).size() == depth) { // the prefix is itself an action
            if (m_wanted.test(m_order[lo])) {
                std::string name = m_catalog.actionName(m_order[lo]);
                explicitCover.cost += entryCost(name.size());
                explicitCover.patterns.push_back(std::move(name));
            }
            ++i;
        }
        while (i < hi) {
            const char c = lowerName(m_order[i])[depth];
            size_t j = i;
            while (j < hi && lowerName(m_order[j])[depth] == c)
                ++j;
            Cover child = solve(i, j, depth + 1);
            explicitCover.cost += child.cost;
            std::move(child.patterns.begin(), child.patterns.end(), std::back_inserter(explicitCover.patterns));
            i = j;
        }
        if (wanted == hi - lo && wildcardAllowed(lo, hi, depth)) {
            const size_t cost = entryCost(m_prefix.size() + depth + 1);
            if (cost < explicitCover.cost) {
                std::string pattern = m_prefix + std::string(m_catalog.action(m_order[lo]).name.substr(0, depth)) + "*";
                if (namesExactly(pattern, lo, hi))
                    return { cost, { std::move(pattern) } };
            }
        }
        return explicitCover;
    }

    // A wildcard ending inside a word ("Descr*"), or standing for one action ("StopInstances" as "Stop*"),
    // is exact today but reads badly; allowed only when the policy does not fit otherwise.
    bool wildcardAllowed(size_t lo, size_t hi, size_t depth) const
    {
        if (m_anyPrefix)
            return true;
        if (hi - lo < 2)
            return false;
        if (depth == 0)
            return true;
        for (size_t k = lo; k < hi; ++k) {
            const std::string_view name = m_catalog.action(m_order[k]).name;
            if (name.size() > depth && name[depth] >= 'a' && name[depth] <= 'z')
                return false;
        }
        return true;
    }

    bool namesExactly(const std::string& pattern, size_t lo, size_t hi) const
    {
        const PatternMatch m = m_catalog.match(pattern);
        if (m.status != PatternStatus::Matched)
            return false;
        ActionSet range = m_catalog.emptySet();
        for (size_t k = lo; k < hi; ++k)
            range.set(m_order[k]);
        return m.actions == range && m.actions.isSubsetOf(m_wanted);
    }

    const Catalog& m_catalog;
    const ActionSet& m_wanted;
    bool m_anyPrefix;
    std::string m_prefix;
    std::vector<int> m_order;
    std::vector<size_t> m_wantedBefore;
};

std::vector<std::string> explicitNames(const Catalog& catalog, const ActionSet& actions)
{
    std::vector<std::string> out;
    catalog.forEachSorted(actions, [&](int i) { out.push_back(catalog.actionName(i)); });
    return out;
}

std::vector<LocatedString> located(std::vector<std::string> values)
{
    std::vector<LocatedString> out;
    for (std::string& v : values)
        out.push_back({ std::move(v), {} });
    return out;
}

// The actions a statement's Action/NotAction list names; false when a pattern is unknown to the
// catalogue (such a list is kept as written: AWS may know what the catalogue does not).
bool namedActions(const Catalog& catalog, const Statement& st, ActionSet& named)
{
    named = catalog.emptySet();
    if (st.actions.empty())
        return false;
    for (const LocatedString& p : st.actions)
        if (catalog.matchInto(p.value, named) != PatternStatus::Matched)
            return false;
    return true;
}

} // namespace

std::vector<std::string> BoundaryCompactor::compactActions(
    const Catalog& catalog, const ActionSet& actions, bool anyPrefix)
{
    if (actions.none())
        return {};
    if (actions == catalog.allActions() && catalog.match("*").actions == actions)
        return { "*" };
    std::vector<std::string> out;
    for (int si : catalog.servicesInNameOrder()) {
        const ServiceInfo& s = catalog.service(si);
        if (!actions.anyInRange(s.firstAction, s.firstAction + s.actionCount))
            continue;
        Cover cover = ServiceCover(catalog, si, actions, anyPrefix).solve();
        std::move(cover.patterns.begin(), cover.patterns.end(), std::back_inserter(out));
    }
    // Never trust the construction alone: the patterns must name exactly the wanted actions.
    ActionSet named = catalog.emptySet();
    for (const std::string& p : out)
        catalog.matchInto(p, named);
    return named == actions ? out : explicitNames(catalog, actions);
}

CompactedBoundary BoundaryCompactor::compact(const Catalog& catalog, const Policy& policy, size_t limit)
{
    CompactedBoundary out;
    out.policy = policy;
    std::vector<Statement>& statements = out.policy.statements;
    std::vector<ActionSet> named(statements.size());
    std::vector<bool> compactable(statements.size());
    for (size_t i = 0; i < statements.size(); ++i)
        compactable[i] = namedActions(catalog, statements[i], named[i]);

    auto rewrite = [&](bool anyPrefix) {
        for (size_t i = 0; i < statements.size(); ++i) {
            if (!compactable[i])
                continue;
            // Compact the set the list currently names: after a flip that is the complement.
            const ActionSet current
                = statements[i].notAction == policy.statements[i].notAction ? named[i] : named[i].complement();
            std::vector<std::string> patterns = compactActions(catalog, current, anyPrefix);
            if (!patterns.empty() && listCost(patterns) < listCost(statements[i].actions))
                statements[i].actions = located(std::move(patterns));
        }
    };
    rewrite(false);
    out.size = policySizeForLimits(out.policy);
    if (out.size > limit) {
        rewrite(true);
        out.size = policySizeForLimits(out.policy);
    }
    // Last resort: name what the statement leaves out instead (Action ↔ NotAction), largest gain first.
    if (out.size > limit) {
        struct Flip {
            size_t statement;
            size_t gain;
            std::vector<std::string> patterns;
        };
        std::vector<Flip> flips;
        for (size_t i = 0; i < statements.size(); ++i) {
            if (!compactable[i])
                continue;
            const ActionSet other
                = statements[i].notAction == policy.statements[i].notAction ? named[i].complement() : named[i];
            std::vector<std::string> patterns = compactActions(catalog, other, true);
            const size_t now = listCost(statements[i].actions);
            if (!patterns.empty() && listCost(patterns) < now)
                flips.push_back({ i, now - listCost(patterns), std::move(patterns) });
        }
        std::sort(flips.begin(), flips.end(), [](const Flip& a, const Flip& b) { return a.gain > b.gain; });
        for (Flip& f : flips) {
            if (out.size <= limit)
                break;
            Statement& st = statements[f.statement];
            st.notAction = !st.notAction;
            st.actions = located(std::move(f.patterns));
            out.size = policySizeForLimits(out.policy);
            if (st.effect == Effect::Allow && st.notAction)
                out.diagnostics.push_back({ DiagnosticSeverity::Warning, "boundary-notaction", policy.file, st.location,
                    Tr::tr("to fit the size limit, statement %1 is written with NotAction: it allows the same actions "
                           "today, and also any action AWS adds after catalogue version %2")
                        .arg(q(st.sid.empty() ? std::to_string(f.statement + 1) : st.sid), q(catalog.dataVersion())) });
        }
    }
    out.fits = out.size <= limit;
    if (!out.fits)
        out.diagnostics.push_back({ DiagnosticSeverity::Error, "boundary-too-large", policy.file, policy.location,
            Tr::tr("the boundary needs %1 characters even after compaction; AWS accepts at most %2 for a managed "
                   "policy. Allow fewer services or access levels, or deny fewer separate actions")
                .arg(out.size)
                .arg(limit) });
    out.json = writePolicyJson(out.policy, 2);
    return out;
}

} // namespace grantscope
