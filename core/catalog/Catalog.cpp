// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cstring>
#include <mutex>

namespace grantscope {

namespace {

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

} // namespace

std::unique_ptr<Catalog> Catalog::fromImage(std::string_view image, QString* error)
{
    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_image = image;
    if (!catalog->load(error))
        return nullptr;
    return catalog;
}

std::unique_ptr<Catalog> Catalog::fromText(std::string_view text, QString* error)
{
    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_storage = imageFromText(text, error);
    if (catalog->m_storage.empty())
        return nullptr;
    catalog->m_image = catalog->m_storage;
    if (!catalog->load(error))
        return nullptr;
    return catalog;
}

Catalog::~Catalog() = default;

bool Catalog::load(QString* error)
{
    namespace img = catalog_image;
    auto fail = [error](const char* what) {
        if (error)
            *error = QCoreApplication::translate("Catalog", "catalogue image: %1").arg(QLatin1String(what));
        return false;
    };
    const std::string_view image = m_image;
    if (image.size() < sizeof(img::Header) || reinterpret_cast<uintptr_t>(image.data()) % 8 != 0)
        return fail("too short or not aligned");
    const auto* h = reinterpret_cast<const img::Header*>(image.data());
    if (std::memcmp(h->magic, img::kMagic, sizeof h->magic) != 0 || h->layout != img::kLayout
        || h->byteOrder != img::kByteOrder)
        return fail("made by another build of the program");
    if (h->size != image.size() || h->actionCount == 0 || !std::has_single_bit(h->actionSlotCount)
        || !std::has_single_bit(h->serviceSlotCount))
        return fail("damaged header");
    // Each table lies within the image: the records themselves are trusted (made by this build).
    const auto fits = [&](uint32_t at, size_t count, size_t size) {
        return at % 8 == 0 && at <= image.size() && count <= (image.size() - at) / size;
    };
    if (!fits(h->services, h->serviceCount, sizeof(img::Service))
        || !fits(h->actions, h->actionCount, sizeof(img::Action))
        || !fits(h->resourceTypes, h->resourceTypeCount, sizeof(img::ResourceType))
        || !fits(h->serviceKeys, h->serviceKeyCount, sizeof(img::ConditionKey))
        || !fits(h->actionResources, h->actionResourceCount, sizeof(ActionResource))
        || !fits(h->actionKeys, h->actionKeyCount, sizeof(img::Text))
        || !fits(h->lowerNames, size_t(h->actionCount) + 1, sizeof(uint32_t))
        || !fits(h->lowerPrefixes, size_t(h->serviceCount) + 1, sizeof(uint32_t))
        || !fits(h->actionSlots, h->actionSlotCount, sizeof(NameIndex::Slot))
        || !fits(h->serviceSlots, h->serviceSlotCount, sizeof(NameIndex::Slot))
        || !fits(h->serviceNameOrder, h->serviceCount, sizeof(int32_t)) || !fits(h->text, h->textSize, 1))
        return fail("a table lies outside the image");
    m_header = h;
    m_actions = table<img::Action>(h->actions);
    m_actionResources = table<ActionResource>(h->actionResources);
    m_actionKeys = table<img::Text>(h->actionKeys);
    m_lowerNames = table<uint32_t>(h->lowerNames);
    m_text = image.data() + h->text;
    m_dataVersion = std::string(text(h->dataVersion));
    m_longestName = h->longestName;

    // The services with views for offsets: a few hundred records, not the 22,000 actions.
    const auto* resourceTypes = table<img::ResourceType>(h->resourceTypes);
    m_resourceTypes.reserve(h->resourceTypeCount);
    for (uint32_t i = 0; i < h->resourceTypeCount; ++i)
        m_resourceTypes.push_back({ text(resourceTypes[i].name), text(resourceTypes[i].arnFormat) });
    const auto* keys = table<img::ConditionKey>(h->serviceKeys);
    m_serviceKeys.reserve(h->serviceKeyCount);
    for (uint32_t i = 0; i < h->serviceKeyCount; ++i)
        m_serviceKeys.push_back({ text(keys[i].key), text(keys[i].type) });
    const auto* services = table<img::Service>(h->services);
    m_services.reserve(h->serviceCount);
    for (uint32_t i = 0; i < h->serviceCount; ++i) {
        const img::Service& s = services[i];
        m_services.push_back(
            { text(s.prefix), text(s.name), static_cast<int>(s.firstAction), static_cast<int>(s.actionCount),
                std::span(m_resourceTypes).subspan(s.firstResourceType, s.resourceTypeCount),
                std::span(m_serviceKeys).subspan(s.firstKey, s.keyCount) });
    }
    const auto* order = table<int32_t>(h->serviceNameOrder);
    m_serviceNameOrder.assign(order, order + h->serviceCount);

    const std::string_view names(m_text, h->textSize);
    m_actionIndex.view({ table<NameIndex::Slot>(h->actionSlots), h->actionSlotCount }, names,
        { m_lowerNames, size_t(h->actionCount) + 1 });
    m_serviceIndex.view({ table<NameIndex::Slot>(h->serviceSlots), h->serviceSlotCount }, names,
        { table<uint32_t>(h->lowerPrefixes), size_t(h->serviceCount) + 1 });
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
    // Asked for once per subject by the risk rules and per draft by the composer: made once, on first use.
    std::call_once(m_levelSetsMade, [this] {
        for (const AccessLevel l : kAccessLevels) {
            ActionSet& set = m_levelSets[static_cast<size_t>(std::countr_zero(static_cast<unsigned>(l)))];
            set = emptySet();
            for (int i = 0; i < actionCount(); ++i)
                if (hasLevel(static_cast<AccessLevels>(m_actions[static_cast<size_t>(i)].levels), l))
                    set.set(i);
        }
    });
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
