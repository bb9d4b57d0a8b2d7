// SPDX-License-Identifier: GPL-3.0-or-later
// The text form of the catalogue (catalog.tsv) made into its image (CatalogImage.h). The build runs this through
// grantscope-catalog-image, so the program itself parses only catalogues given as text.
#include "catalog/Catalog.h"

#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <type_traits>
#include <unordered_map>

namespace grantscope {

namespace {

namespace img = catalog_image;

void lineError(QString* error, int lineNo, const char* what)
{
    if (error)
        *error = QCoreApplication::translate("Catalog", "catalogue line %1: %2").arg(lineNo).arg(QLatin1String(what));
}

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

// The image's text: every name once (a condition key named by many actions is stored once).
class TextPool {
public:
    img::Text add(std::string_view s)
    {
        if (const auto it = m_seen.find(s); it != m_seen.end())
            return it->second;
        const img::Text t = append(s);
        m_seen.emplace(std::string(s), t);
        return t;
    }
    // Appended as it is, not shared: the lower-case names must lie one after another.
    img::Text append(std::string_view s)
    {
        const img::Text t { static_cast<uint32_t>(m_bytes.size()), static_cast<uint32_t>(s.size()) };
        m_bytes += s;
        return t;
    }
    const std::string& bytes() const { return m_bytes; }
    // Valid until the next add() or append().
    std::string_view view(img::Text t) const { return std::string_view(m_bytes).substr(t.offset, t.size); }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    std::string m_bytes;
    std::unordered_map<std::string, img::Text, Hash, std::equal_to<>> m_seen;
};

// The parsed catalogue, as the image's tables.
struct Tables {
    std::string dataVersion;
    std::vector<img::Service> services;
    std::vector<img::Action> actions;
    std::vector<img::ResourceType> resourceTypes;
    std::vector<img::ConditionKey> serviceKeys;
    std::vector<ActionResource> actionResources;
    std::vector<img::Text> actionKeys;
    std::vector<int> actionLines; // the line of each action, for error messages
    TextPool text;
};

bool parseText(std::string_view text, Tables& t, QString* error)
{
    auto fail = [error](int lineNo, const char* what) {
        lineError(error, lineNo, what);
        return false;
    };
    if (!text.starts_with("#grantscope-catalog\t1\t"))
        return fail(1, "not a GrantScope catalogue (version 1)");
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
                t.dataVersion = std::string(fields[3]);
            continue;
        }
        if (fields[0] == "S") {
            if (n < 3)
                return fail(lineNo, "service line needs a prefix and a name");
            img::Service s {};
            s.prefix = t.text.add(fields[1]);
            s.name = t.text.add(fields[2]);
            s.firstAction = static_cast<uint32_t>(t.actions.size());
            s.firstResourceType = static_cast<uint32_t>(t.resourceTypes.size());
            s.firstKey = static_cast<uint32_t>(t.serviceKeys.size());
            t.services.push_back(s);
            continue;
        }
        if (t.services.empty())
            return fail(lineNo, "record before the first service");
        img::Service& service = t.services.back();
        if (fields[0] == "R") {
            if (n < 3)
                return fail(lineNo, "resource line needs a name and an ARN format");
            t.resourceTypes.push_back({ t.text.add(fields[1]), t.text.add(fields[2]) });
            ++service.resourceTypeCount;
        } else if (fields[0] == "K") {
            if (n < 3)
                return fail(lineNo, "condition key line needs a key and a type");
            t.serviceKeys.push_back({ t.text.add(fields[1]), t.text.add(fields[2]) });
            ++service.keyCount;
        } else if (fields[0] == "A") {
            if (n < 5)
                return fail(lineNo, "action line needs five fields");
            img::Action a {};
            a.service = static_cast<uint32_t>(t.services.size() - 1);
            a.name = t.text.add(fields[1]);
            unsigned levels = 0;
            auto [ptr, ec] = std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), levels);
            if (ec != std::errc() || ptr != fields[2].data() + fields[2].size() || levels == 0 || levels > 31)
                return fail(lineNo, "bad access level mask");
            a.levels = levels;
            a.firstResource = static_cast<uint32_t>(t.actionResources.size());
            a.firstKey = static_cast<uint32_t>(t.actionKeys.size());
            forEachCommaItem(fields[3], [&](std::string_view item) {
                const bool required = item.ends_with('*');
                if (required)
                    item.remove_suffix(1);
                for (uint32_t i = 0; i < service.resourceTypeCount; ++i)
                    if (t.text.view(t.resourceTypes[service.firstResourceType + i].name) == item) {
                        t.actionResources.push_back({ static_cast<int>(i), required });
                        break;
                    }
            });
            forEachCommaItem(fields[4], [&](std::string_view item) { t.actionKeys.push_back(t.text.add(item)); });
            a.resourceCount = static_cast<uint32_t>(t.actionResources.size()) - a.firstResource;
            a.keyCount = static_cast<uint32_t>(t.actionKeys.size()) - a.firstKey;
            t.actions.push_back(a);
            t.actionLines.push_back(lineNo);
            ++service.actionCount;
        } else {
            return fail(lineNo, "unknown record type");
        }
    }
    if (t.actions.empty())
        return fail(lineNo, "no actions");
    return true;
}

// Appends a table to the image at the next multiple of eight; returns where it starts.
template <typename T> uint32_t appendTable(std::string& image, const T* data, size_t count)
{
    static_assert(std::is_trivially_copyable_v<T>);
    image.resize((image.size() + 7) & ~size_t(7), '\0');
    const auto at = static_cast<uint32_t>(image.size());
    image.resize(image.size() + count * sizeof(T), '\0');
    if (count)
        std::memcpy(image.data() + at, data, count * sizeof(T));
    return at;
}

} // namespace

std::string Catalog::imageFromText(std::string_view text, QString* error)
{
    Tables t;
    if (!parseText(text, t, error))
        return {};
    auto fail = [error](int lineNo, const char* what) {
        lineError(error, lineNo, what);
        return std::string();
    };
    const img::Text version = t.text.add(t.dataVersion);
    // The lower-case names, one after another in index order: the indexes' keys and the form the CLI prints.
    std::vector<uint32_t> lowerNames(t.actions.size() + 1);
    size_t longest = 0;
    std::string lower;
    for (size_t i = 0; i < t.actions.size(); ++i) {
        lower = toLowerAscii(t.text.view(t.services[t.actions[i].service].prefix));
        lower += ':';
        lower += toLowerAscii(t.text.view(t.actions[i].name));
        lowerNames[i] = t.text.append(lower).offset;
        longest = std::max(longest, lower.size());
    }
    lowerNames.back() = static_cast<uint32_t>(t.text.bytes().size());
    std::vector<uint32_t> lowerPrefixes(t.services.size() + 1);
    for (size_t i = 0; i < t.services.size(); ++i)
        lowerPrefixes[i] = t.text.append(toLowerAscii(t.text.view(t.services[i].prefix))).offset;
    lowerPrefixes.back() = static_cast<uint32_t>(t.text.bytes().size());
    const std::string_view pool = t.text.bytes();
    auto lowerName = [&](size_t i) { return pool.substr(lowerNames[i], lowerNames[i + 1] - lowerNames[i]); };
    // Within a service the generator sorts actions by lower-case name; verify rather than assume.
    for (const img::Service& s : t.services)
        for (size_t i = s.firstAction + 1; i < size_t(s.firstAction) + s.actionCount; ++i)
            if (!(lowerName(i - 1) < lowerName(i)))
                return fail(t.actionLines[i], "actions of a service are not sorted by name");
    // Services ordered by "prefix:" in lower case, what the names of each service start with.
    std::vector<int32_t> nameOrder(t.services.size());
    for (size_t i = 0; i < nameOrder.size(); ++i)
        nameOrder[i] = static_cast<int32_t>(i);
    auto orderKey = [&](int32_t s) {
        return std::string(
                   pool.substr(lowerPrefixes[size_t(s)], lowerPrefixes[size_t(s) + 1] - lowerPrefixes[size_t(s)]))
            + ':';
    };
    std::sort(nameOrder.begin(), nameOrder.end(), [&](int32_t a, int32_t b) { return orderKey(a) < orderKey(b); });
    NameIndex actionIndex;
    actionIndex.build(pool, lowerNames);
    NameIndex serviceIndex;
    serviceIndex.build(pool, lowerPrefixes);

    img::Header h {};
    std::memcpy(h.magic, img::kMagic, sizeof h.magic);
    h.layout = img::kLayout;
    h.byteOrder = img::kByteOrder;
    h.serviceCount = static_cast<uint32_t>(t.services.size());
    h.actionCount = static_cast<uint32_t>(t.actions.size());
    h.resourceTypeCount = static_cast<uint32_t>(t.resourceTypes.size());
    h.serviceKeyCount = static_cast<uint32_t>(t.serviceKeys.size());
    h.actionResourceCount = static_cast<uint32_t>(t.actionResources.size());
    h.actionKeyCount = static_cast<uint32_t>(t.actionKeys.size());
    h.actionSlotCount = static_cast<uint32_t>(actionIndex.slots().size());
    h.serviceSlotCount = static_cast<uint32_t>(serviceIndex.slots().size());
    h.longestName = static_cast<uint32_t>(longest);
    h.dataVersion = version;

    std::string image(sizeof h, '\0');
    h.services = appendTable(image, t.services.data(), t.services.size());
    h.actions = appendTable(image, t.actions.data(), t.actions.size());
    h.resourceTypes = appendTable(image, t.resourceTypes.data(), t.resourceTypes.size());
    h.serviceKeys = appendTable(image, t.serviceKeys.data(), t.serviceKeys.size());
    // ActionResource has padding after its flag: written field by field, so the image's bytes are all set, and
    // the flag as the one byte a bool is read from (a 32-bit 1 would put it in the last byte on a big-endian
    // machine).
    struct StoredResource {
        int32_t resourceType;
        uint8_t required;
        uint8_t padding[3];
    };
    static_assert(sizeof(ActionResource) == sizeof(StoredResource) && sizeof(bool) == 1
        && offsetof(ActionResource, resourceType) == offsetof(StoredResource, resourceType)
        && offsetof(ActionResource, required) == offsetof(StoredResource, required));
    std::vector<StoredResource> resources;
    resources.reserve(t.actionResources.size());
    for (const ActionResource& r : t.actionResources)
        resources.push_back({ r.resourceType, static_cast<uint8_t>(r.required ? 1 : 0), {} });
    h.actionResources = appendTable(image, resources.data(), resources.size());
    h.actionKeys = appendTable(image, t.actionKeys.data(), t.actionKeys.size());
    h.lowerNames = appendTable(image, lowerNames.data(), lowerNames.size());
    h.lowerPrefixes = appendTable(image, lowerPrefixes.data(), lowerPrefixes.size());
    h.actionSlots = appendTable(image, actionIndex.slots().data(), actionIndex.slots().size());
    h.serviceSlots = appendTable(image, serviceIndex.slots().data(), serviceIndex.slots().size());
    h.serviceNameOrder = appendTable(image, nameOrder.data(), nameOrder.size());
    const std::string& bytes = t.text.bytes();
    h.text = appendTable(image, bytes.data(), bytes.size());
    h.textSize = static_cast<uint32_t>(bytes.size());
    image.resize((image.size() + 7) & ~size_t(7), '\0');
    h.size = static_cast<uint32_t>(image.size());
    std::memcpy(image.data(), &h, sizeof h);
    return image;
}

} // namespace grantscope
