// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include "common/ResourceData.h"
#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <bit>
#include <charconv>
#include <mutex>

namespace grantscope {

namespace {

// Splits `line` at tabs into at most `max` fields.
int splitFields(std::string_view line, std::string_view* fields, int max)
{
    int n = 0;
    size_t start = 0;
    while (n < max) {
        const size_t tab = line.find('\t', start);
        fields[n++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        if (tab == std::string_view::npos)
            break;
        start = tab + 1;
    }
    return n;
}

// Lower-cases `s` into `buffer` when it fits, else into `spill`: a look-up key without allocating.
std::string_view lowerKey(std::string_view s, char (&buffer)[256], std::string& spill)
{
    if (s.size() > sizeof buffer) {
        spill = toLowerAscii(s);
        return spill;
    }
    for (size_t i = 0; i < s.size(); ++i)
        buffer[i] = lowerAscii(s[i]);
    return { buffer, s.size() };
}

template <typename F> void forEachCommaItem(std::string_view list, F&& f)
{
    size_t start = 0;
    while (start < list.size()) {
        size_t comma = list.find(',', start);
        if (comma == std::string_view::npos)
            comma = list.size();
        if (comma > start)
            f(list.substr(start, comma - start));
        start = comma + 1;
    }
}

} // namespace

namespace {
std::atomic<bool> g_bundledLoaded { false };
}

bool Catalog::bundledLoaded()
{
    return g_bundledLoaded.load();
}

const Catalog& Catalog::bundled()
{
    static std::unique_ptr<Catalog> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        g_bundledLoaded = true;
        QString error;
        // Compiled in uncompressed (core/CMakeLists.txt): parsed where it lies, no copy of 1.5 MB.
        const std::string_view mapped = bundledResourceView(QStringLiteral(":/aws/catalog.tsv"));
        instance = mapped.empty() ? fromText(bundledResourceText(QStringLiteral(":/aws/catalog.tsv")), &error)
                                  : fromStaticText(mapped, &error);
        if (!instance)
            qFatal("bundled AWS catalogue is unreadable: %s", qPrintable(error));
    });
    return *instance;
}

std::unique_ptr<Catalog> Catalog::fromText(std::string text, QString* error)
{
    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_storage = std::move(text);
    catalog->m_text = catalog->m_storage;
    if (!catalog->parse(error))
        return nullptr;
    return catalog;
}

std::unique_ptr<Catalog> Catalog::fromStaticText(std::string_view text, QString* error)
{
    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_text = text;
    if (!catalog->parse(error))
        return nullptr;
    return catalog;
}

Catalog::~Catalog() = default;

bool Catalog::parse(QString* error)
{
    auto fail = [error](int lineNo, const char* what) {
        if (error)
            *error
                = QCoreApplication::translate("Catalog", "catalogue line %1: %2").arg(lineNo).arg(QLatin1String(what));
        return false;
    };
    const std::string_view text = m_text;
    if (!text.starts_with("#grantscope-catalog\t1\t"))
        return fail(1, "not a GrantScope catalogue (version 1)");

    m_actions.reserve(23000);
    // Each action's resources and condition keys as (start, count) in the shared arrays while they grow;
    // made into views once parsing is done.
    std::vector<std::pair<uint32_t, uint32_t>> resourceRuns;
    std::vector<std::pair<uint32_t, uint32_t>> keyRuns;
    resourceRuns.reserve(23000);
    keyRuns.reserve(23000);
    m_actionResources.reserve(32000);
    m_actionConditionKeys.reserve(24000);
    size_t pos = 0;
    int lineNo = 0;
    std::string_view fields[6];
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.empty())
            continue;
        const int n = splitFields(line, fields, 6);
        if (line[0] == '#') {
            if (n >= 4)
                m_dataVersion = std::string(fields[3]);
            continue;
        }
        if (fields[0] == "S") {
            if (n < 3)
                return fail(lineNo, "service line needs a prefix and a name");
            ServiceInfo s;
            s.prefix = fields[1];
            s.name = fields[2];
            s.firstAction = static_cast<int>(m_actions.size());
            m_lowerPrefixes.push_back(toLowerAscii(s.prefix));
            m_services.push_back(std::move(s));
            continue;
        }
        if (m_services.empty())
            return fail(lineNo, "record before the first service");
        ServiceInfo& service = m_services.back();
        if (fields[0] == "R") {
            if (n < 3)
                return fail(lineNo, "resource line needs a name and an ARN format");
            service.resourceTypes.push_back({ fields[1], fields[2] });
        } else if (fields[0] == "K") {
            if (n < 3)
                return fail(lineNo, "condition key line needs a key and a type");
            service.conditionKeys.push_back({ fields[1], fields[2] });
        } else if (fields[0] == "A") {
            if (n < 5)
                return fail(lineNo, "action line needs five fields");
            ActionInfo a;
            a.service = static_cast<int>(m_services.size()) - 1;
            a.name = fields[1];
            unsigned levels = 0;
            auto [ptr, ec] = std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), levels);
            if (ec != std::errc() || ptr != fields[2].data() + fields[2].size() || levels == 0 || levels > 31)
                return fail(lineNo, "bad access level mask");
            a.levels = static_cast<AccessLevels>(levels);
            const auto resourceStart = static_cast<uint32_t>(m_actionResources.size());
            const auto keyStart = static_cast<uint32_t>(m_actionConditionKeys.size());
            forEachCommaItem(fields[3], [&](std::string_view item) {
                const bool required = item.ends_with('*');
                if (required)
                    item.remove_suffix(1);
                for (size_t i = 0; i < service.resourceTypes.size(); ++i)
                    if (service.resourceTypes[i].name == item) {
                        m_actionResources.push_back({ static_cast<int>(i), required });
                        break;
                    }
            });
            forEachCommaItem(fields[4], [&](std::string_view item) { m_actionConditionKeys.push_back(item); });
            resourceRuns.emplace_back(resourceStart, static_cast<uint32_t>(m_actionResources.size()) - resourceStart);
            keyRuns.emplace_back(keyStart, static_cast<uint32_t>(m_actionConditionKeys.size()) - keyStart);
            m_actions.push_back(a);
            m_actionLines.push_back(lineNo);
            ++service.actionCount;
        } else {
            return fail(lineNo, "unknown record type");
        }
    }
    if (m_actions.empty())
        return fail(lineNo, "no actions");
    for (size_t i = 0; i < m_actions.size(); ++i) {
        m_actions[i].resources = std::span(m_actionResources).subspan(resourceRuns[i].first, resourceRuns[i].second);
        m_actions[i].conditionKeys = std::span(m_actionConditionKeys).subspan(keyRuns[i].first, keyRuns[i].second);
    }

    // Lower-cased straight into one buffer: the names of 22,000 actions, not as many strings.
    size_t lowerSize = 0;
    for (const ActionInfo& a : m_actions)
        lowerSize += m_services[static_cast<size_t>(a.service)].prefix.size() + 1 + a.name.size();
    m_lowerNames.resize(lowerSize);
    m_lowerOffsets.resize(m_actions.size() + 1);
    char* out = m_lowerNames.data();
    for (size_t i = 0; i < m_actions.size(); ++i) {
        m_lowerOffsets[i] = static_cast<uint32_t>(out - m_lowerNames.data());
        const ActionInfo& a = m_actions[i];
        for (const char c : m_services[static_cast<size_t>(a.service)].prefix)
            *out++ = lowerAscii(c);
        *out++ = ':';
        for (const char c : a.name)
            *out++ = lowerAscii(c);
    }
    m_lowerOffsets[m_actions.size()] = static_cast<uint32_t>(lowerSize);
    m_serviceNameOrder.resize(m_services.size());
    std::vector<std::string> orderKeys; // "prefix:" in lower case: what the names of the service start with
    orderKeys.reserve(m_services.size());
    for (size_t i = 0; i < m_services.size(); ++i) {
        m_serviceNameOrder[i] = static_cast<int>(i);
        orderKeys.push_back(m_lowerPrefixes[i] + ':');
    }
    std::sort(m_serviceNameOrder.begin(), m_serviceNameOrder.end(),
        [&](int a, int b) { return orderKeys[static_cast<size_t>(a)] < orderKeys[static_cast<size_t>(b)]; });
    // Within a service the generator sorts actions by lower-case name; verify rather than assume.
    for (const ServiceInfo& s : m_services)
        for (int i = s.firstAction + 1; i < s.firstAction + s.actionCount; ++i)
            if (!(lowerActionName(i - 1) < lowerActionName(i)))
                return fail(m_actionLines[static_cast<size_t>(i)], "actions of a service are not sorted by name");
    m_actionLines.clear();
    m_actionLines.shrink_to_fit();
    // The indexes view the lower-case names, which no longer move.
    m_actionIndex.build(m_lowerNames, m_lowerOffsets);
    for (size_t i = 0; i < m_actions.size(); ++i)
        m_longestName = std::max<size_t>(m_longestName, m_lowerOffsets[i + 1] - m_lowerOffsets[i]);
    // Asked for once per subject by the risk rules and per draft by the composer: made once here.
    for (const AccessLevel level : kAccessLevels) {
        ActionSet& set = m_levelSets[static_cast<size_t>(std::countr_zero(static_cast<unsigned>(level)))];
        set = emptySet();
        for (size_t i = 0; i < m_actions.size(); ++i)
            if (hasLevel(m_actions[i].levels, level))
                set.set(static_cast<int>(i));
    }
    m_serviceIndex.build(m_lowerPrefixes);
    return true;
}

std::string Catalog::actionName(int index) const
{
    const ActionInfo& a = action(index);
    std::string out(m_services[static_cast<size_t>(a.service)].prefix);
    out += ':';
    out += a.name;
    return out;
}

int Catalog::findAction(std::string_view qualifiedName) const
{
    return qualifiedName.size() > m_longestName ? -1 : m_actionIndex.find(qualifiedName);
}

int Catalog::findService(std::string_view prefix) const
{
    return prefix.size() > m_longestName ? -1 : m_serviceIndex.find(prefix);
}

ActionSet Catalog::allActions() const
{
    ActionSet s(actionCount());
    s.setAll();
    return s;
}

ActionSet Catalog::serviceActions(int serviceIndex) const
{
    ActionSet s(actionCount());
    const ServiceInfo& svc = service(serviceIndex);
    for (int i = 0; i < svc.actionCount; ++i)
        s.set(svc.firstAction + i);
    return s;
}

const ActionSet& Catalog::actionsWithLevel(AccessLevel level) const
{
    return m_levelSets[static_cast<size_t>(std::countr_zero(static_cast<unsigned>(level)))];
}

PatternMatch Catalog::match(std::string_view pattern) const
{
    PatternMatch result;
    result.actions = emptySet();
    result.status = matchInto(pattern, result.actions);
    return result;
}

PatternStatus Catalog::matchInto(std::string_view pattern, ActionSet& into) const
{
    if (pattern == "*") {
        into.setRange(0, actionCount());
        return PatternStatus::Matched;
    }
    const size_t colon = pattern.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == pattern.size()
        || pattern.find(':', colon + 1) != std::string_view::npos)
        return PatternStatus::Invalid;
    const std::string_view servicePart = pattern.substr(0, colon);
    const std::string_view actionPart = pattern.substr(colon + 1);
    // A loop, not find_first_of("*?"), which calls memchr on the two wildcards for every byte of the name.
    auto wildcardAt = [](std::string_view s) {
        for (size_t i = 0; i < s.size(); ++i)
            if (s[i] == '*' || s[i] == '?')
                return i;
        return std::string_view::npos;
    };
    const bool serviceWild = wildcardAt(servicePart) != std::string_view::npos;
    const size_t actionWildAt = wildcardAt(actionPart);

    int si = -1;
    if (!serviceWild) {
        // The common case first: an exact name, one look-up.
        if (actionWildAt == std::string_view::npos) {
            const int idx = findAction(pattern);
            if (idx >= 0) {
                into.set(idx);
                return PatternStatus::Matched;
            }
            return findService(servicePart) < 0 ? PatternStatus::UnknownService : PatternStatus::UnknownAction;
        }
        si = findService(servicePart);
        if (si < 0)
            return PatternStatus::UnknownService;
        const ServiceInfo& svc = service(si);
        if (actionPart == "*") {
            into.setRange(svc.firstAction, svc.firstAction + svc.actionCount);
            return svc.actionCount ? PatternStatus::Matched : PatternStatus::NoMatch;
        }
        // "svc:Get*": the service's names are sorted in lower case, so its matches are one run of them.
        if (actionWildAt + 1 == actionPart.size() && actionPart.back() == '*' && pattern.size() <= m_longestName) {
            char buffer[256];
            std::string spill;
            const std::string_view prefix = lowerKey(pattern.substr(0, pattern.size() - 1), buffer, spill);
            int first = svc.firstAction;
            for (int count = svc.actionCount; count > 0;) { // lower bound of the prefix among the names
                const int half = count / 2;
                if (lowerActionName(first + half) < prefix) {
                    first += half + 1;
                    count -= half + 1;
                } else {
                    count = half;
                }
            }
            int last = first;
            while (last < svc.firstAction + svc.actionCount && lowerActionName(last).starts_with(prefix))
                ++last;
            into.setRange(first, last);
            return first < last ? PatternStatus::Matched : PatternStatus::NoMatch;
        }
    }
    {
        const std::lock_guard lock(m_cacheMutex);
        if (auto it = m_patterns.find(pattern); it != m_patterns.end()) {
            for (int i : it->second.actions)
                into.set(i);
            return it->second.status;
        }
    }
    CompiledPattern compiled;
    auto matchService = [&](int s) {
        const ServiceInfo& svc = service(s);
        for (int i = svc.firstAction; i < svc.firstAction + svc.actionCount; ++i)
            if (globMatch(actionPart, action(i).name, /*ignoreCase=*/true, /*utf8=*/false))
                compiled.actions.push_back(i);
    };
    if (si >= 0) {
        matchService(si);
    } else {
        for (int s = 0; s < serviceCount(); ++s)
            if (globMatch(servicePart, service(s).prefix, true, false))
                matchService(s);
    }
    compiled.status = compiled.actions.empty() ? PatternStatus::NoMatch : PatternStatus::Matched;
    for (int i : compiled.actions)
        into.set(i);
    const PatternStatus status = compiled.status;
    const std::lock_guard lock(m_cacheMutex);
    m_patterns.try_emplace(std::string(pattern), std::move(compiled));
    return status;
}

namespace {
// Two rows of the table, kept by the caller across candidates: one allocation per misspelt name, not two
// per candidate.
struct DistanceRows {
    std::vector<int> prev;
    std::vector<int> cur;
};

int editDistance(std::string_view a, std::string_view b, int cap, DistanceRows& rows)
{
    // Lengths further apart than the cap can never come within it: no table for a megabyte-long name.
    const size_t apart = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (apart > static_cast<size_t>(cap))
        return cap + 1;
    std::vector<int>& prev = rows.prev;
    std::vector<int>& cur = rows.cur;
    prev.resize(b.size() + 1);
    cur.resize(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        int rowMin = cur[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            const int cost = lowerAscii(a[i - 1]) == lowerAscii(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > cap)
            return cap + 1;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}
} // namespace

std::vector<std::string> Catalog::suggest(std::string_view qualifiedName, int max) const
{
    std::string key(qualifiedName);
    key += '\t';
    key += std::to_string(max);
    {
        const std::lock_guard lock(m_cacheMutex);
        if (auto it = m_suggestions.find(key); it != m_suggestions.end())
            return it->second;
    }
    std::vector<std::string> out = computeSuggestions(qualifiedName, max);
    const std::lock_guard lock(m_cacheMutex);
    m_suggestions.try_emplace(std::move(key), out);
    return out;
}

std::vector<std::string> Catalog::computeSuggestions(std::string_view qualifiedName, int max) const
{
    const size_t colon = qualifiedName.find(':');
    std::vector<std::pair<int, std::string>> scored;
    DistanceRows rows;
    const std::string_view servicePart = qualifiedName.substr(0, colon);
    const int si = findService(servicePart);
    if (si < 0 || colon == std::string_view::npos) {
        const int cap = std::max<int>(2, static_cast<int>(servicePart.size()) / 3);
        for (const ServiceInfo& s : m_services) {
            const int d = editDistance(servicePart, s.prefix, cap, rows);
            if (d <= cap)
                scored.emplace_back(d, std::string(s.prefix));
        }
    } else {
        const std::string_view actionPart = qualifiedName.substr(colon + 1);
        const int cap = std::max<int>(2, static_cast<int>(actionPart.size()) / 3);
        const ServiceInfo& s = service(si);
        for (int i = 0; i < s.actionCount; ++i) {
            const int d = editDistance(actionPart, action(s.firstAction + i).name, cap, rows);
            if (d <= cap)
                scored.emplace_back(d, actionName(s.firstAction + i));
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (size_t i = 0; i < scored.size() && static_cast<int>(i) < max; ++i)
        out.push_back(scored[i].second);
    return out;
}

} // namespace grantscope
