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
 * wildcard is a candidate only for a range whose actions are all wanted. "Prefix*" matches, ignoring case,
 * exactly the names that share the prefix, which is the range itself: no catalogue lookup per trie node
 * (that made compaction quadratic in the size of a service). compactActions checks the whole result once.
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
        // The catalogue keeps a service's actions sorted by lower-case name (Catalog::parse checks it).
        for (int i = s.firstAction; i < s.firstAction + s.actionCount; ++i)
            m_order.push_back(i);
        m_wantedBefore.assign(m_order.size() + 1, 0);
        for (size_t k = 0; k < m_order.size(); ++k)
            m_wantedBefore[k + 1] = m_wantedBefore[k] + (wanted.test(m_order[k]) ? 1 : 0);
    }

    Cover solve()
    {
        Cover out;
        out.cost = solve(0, m_order.size(), 0, out.patterns);
        return out;
    }

private:
    std::string_view lowerName(int action) const
    {
        return std::string_view(m_catalog.lowerActionName(action)).substr(m_prefix.size());
    }

    /**
     * Appends the cheapest cover of the wanted actions among m_order[lo, hi) (the names that share their
     * first `depth` characters) to `out` and returns its cost. Edges of the trie are taken whole: the
     * recursion only stops where names part, so its work is linear in the number of names, and a pattern
     * is built once and dropped at most once (when a wildcard over it is cheaper).
     */
    size_t solve(size_t lo, size_t hi, size_t depth, std::vector<std::string>& out)
    {
        const size_t wanted = m_wantedBefore[hi] - m_wantedBefore[lo];
        if (wanted == 0)
            return 0;
        // Every name of the range shares its first `common` characters (sorted: first and last suffice).
        const std::string_view first = lowerName(m_order[lo]);
        const std::string_view last = lowerName(m_order[hi - 1]);
        size_t common = depth;
        while (common < first.size() && common < last.size() && first[common] == last[common])
            ++common;
        const size_t mark = out.size();
        size_t cost = 0;
        size_t i = lo;
        if (first.size() == common) { // the shared prefix is itself an action
            if (m_wanted.test(m_order[lo])) {
                std::string name = m_catalog.actionName(m_order[lo]);
                cost += entryCost(name.size());
                out.push_back(std::move(name));
            }
            ++i;
        }
        while (i < hi) {
            const char c = lowerName(m_order[i])[common];
            size_t j = i;
            while (j < hi && lowerName(m_order[j])[common] == c)
                ++j;
            cost += solve(i, j, common + 1, out);
            i = j;
        }
        if (wanted != hi - lo)
            return cost;
        // Any stem length from `depth` to `common` names this same range; the shortest allowed is cheapest.
        for (size_t d = depth; d <= common; ++d) {
            if (!wildcardAllowed(lo, hi, d))
                continue;
            const size_t wildcardCost = entryCost(m_prefix.size() + d + 1);
            const std::string_view stem = m_catalog.action(m_order[lo]).name.substr(0, d);
            if (wildcardCost < cost && stem.find_first_of("*?") == std::string_view::npos) {
                out.resize(mark);
                out.push_back(m_prefix + std::string(stem) + "*");
                return wildcardCost;
            }
            break;
        }
        return cost;
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

    const Catalog& m_catalog;
    const ActionSet& m_wanted;
    bool m_anyPrefix;
    std::string m_prefix;
    std::vector<int> m_order;
    std::vector<size_t> m_wantedBefore;
};

// A lower bound on what any list naming exactly these actions costs: one "prefix:*" per service touched
// (a set of every action is the single "*", which compactActions handles before this matters).
size_t costFloor(const Catalog& catalog, const ActionSet& actions, size_t enough)
{
    size_t cost = 0;
    for (int si : catalog.servicesInNameOrder()) {
        const ServiceInfo& s = catalog.service(si);
        if (actions.anyInRange(s.firstAction, s.firstAction + s.actionCount))
            cost += entryCost(s.prefix.size() + 2);
        if (cost >= enough)
            break;
    }
    return cost;
}

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
            const size_t now = listCost(statements[i].actions);
            if (current != catalog.allActions() && costFloor(catalog, current, now) >= now)
                continue; // already as short as any rewrite could be: skip the walk of the catalogue
            std::vector<std::string> patterns = compactActions(catalog, current, anyPrefix);
            if (!patterns.empty() && listCost(patterns) < now)
                statements[i].actions = located(std::move(patterns));
        }
    };
    // No list can be shorter than one "*": when even that does not fit, no rewrite can, and compaction (a
    // walk of the catalogue per statement and pass) is skipped.
    Policy floor = out.policy;
    for (size_t i = 0; i < statements.size(); ++i)
        if (compactable[i])
            floor.statements[i].actions = { { "*", {} } };
    const bool canFit = policySizeForLimits(floor) <= limit;
    if (canFit)
        rewrite(false);
    out.size = policySizeForLimits(out.policy);
    if (canFit && out.size > limit) {
        rewrite(true);
        out.size = policySizeForLimits(out.policy);
    }
    // Last resort: name what the statement leaves out instead (Action ↔ NotAction), largest gain first.
    if (canFit && out.size > limit) {
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
            const size_t now = listCost(statements[i].actions);
            if (other != catalog.allActions() && costFloor(catalog, other, now) >= now)
                continue;
            std::vector<std::string> patterns = compactActions(catalog, other, true);
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
