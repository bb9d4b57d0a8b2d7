// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessLevel.h"
#include "catalog/ActionSet.h"
#include "catalog/CatalogImage.h"
#include "catalog/NameIndex.h"

#include <QString>

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace grantscope {

struct ResourceTypeInfo {
    std::string_view name; // "instance"
    std::string_view arnFormat; // "arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}"
};

struct ConditionKeyInfo {
    std::string_view key; // "ec2:InstanceType"
    std::string_view type; // "String", "ArrayOfString", "Numeric", ...
};

struct ActionResource {
    int resourceType = -1; // index into the service's resourceTypes
    bool required = false;
};

/** A list of names kept in a catalogue's image (an action's condition keys), read as string views. */
class CatalogTextList {
public:
    using Ref = catalog_image::Text;
    class iterator {
    public:
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        iterator() = default;
        iterator(const Ref* at, const char* text)
            : m_at(at)
            , m_text(text)
        { }
        std::string_view operator*() const { return { m_text + m_at->offset, m_at->size }; }
        iterator& operator++()
        {
            ++m_at;
            return *this;
        }
        iterator operator++(int)
        {
            iterator before = *this;
            ++m_at;
            return before;
        }
        bool operator==(const iterator& o) const { return m_at == o.m_at; }

    private:
        const Ref* m_at = nullptr;
        const char* m_text = nullptr;
    };

    CatalogTextList() = default;
    CatalogTextList(std::span<const Ref> refs, const char* text)
        : m_refs(refs)
        , m_text(text)
    { }
    size_t size() const { return m_refs.size(); }
    bool empty() const { return m_refs.empty(); }
    std::string_view operator[](size_t i) const { return *iterator(m_refs.data() + i, m_text); }
    iterator begin() const { return { m_refs.data(), m_text }; }
    iterator end() const { return { m_refs.data() + m_refs.size(), m_text }; }

private:
    std::span<const Ref> m_refs;
    const char* m_text = nullptr;
};

/** One action, as Catalog::action() gives it: views into the catalogue, valid as long as it is. */
struct ActionInfo {
    int service = -1;
    std::string_view name; // AWS casing: "GetObject"
    AccessLevels levels = 0;
    std::span<const ActionResource> resources; // empty: the action cannot be scoped to a resource (only "*")
    CatalogTextList conditionKeys;
};

struct ServiceInfo {
    std::string_view prefix; // "s3"
    std::string_view name; // "Amazon S3"
    int firstAction = 0;
    int actionCount = 0;
    std::span<const ResourceTypeInfo> resourceTypes;
    std::span<const ConditionKeyInfo> conditionKeys;
};

/** How an action pattern (an element of Action or NotAction) related to the catalogue. */
enum class PatternStatus {
    Matched, // matched one or more catalogue actions
    UnknownService, // no service with that prefix (a retired or misspelt service)
    UnknownAction, // the service exists, the named action does not
    NoMatch, // a wildcard pattern that matches no catalogue action
    Invalid, // not of the form "service:action" or "*"
};

struct PatternMatch {
    ActionSet actions;
    PatternStatus status = PatternStatus::Invalid;
};

/**
 * The AWS action catalogue: every service, action (with access levels, resource types and
 * condition keys) and resource type. Actions have dense indices 0..actionCount()-1, grouped by
 * service and sorted by name within it, so an ActionSet is a bitset over them. Immutable after
 * loading; safe to share between threads.
 *
 * It reads an image of tables (CatalogImage.h) in place: the text form (catalog.tsv) is parsed into one, by
 * the build for the catalogue compiled into the program, and by fromText() for any other.
 */
class Catalog {
public:
    /**
     * The catalogue compiled into the program (resources/aws/catalog.tsv, as an image the build made of it),
     * loaded on first use: the image's header is read, nothing parsed.
     */
    static const Catalog& bundled();
    /** Whether bundled() has been called yet: commands that do not need the catalogue never load it. */
    static bool bundledLoaded();
    /** The image compiled into the program (what bundled() reads), made by the build from catalog.tsv. */
    static std::string_view bundledImage();
    /** Parses catalogue text in the catalog.tsv format; nullptr and `error` set when it is malformed. */
    static std::unique_ptr<Catalog> fromText(std::string_view text, QString* error);
    /** The image of catalogue text (see fromText()); empty and `error` set when the text is malformed. */
    static std::string imageFromText(std::string_view text, QString* error);
    /**
     * Reads an image made by imageFromText() of this build in place (it must outlive the catalogue); nullptr
     * and `error` set when its header shows another layout, byte order or size. Its records are trusted.
     */
    static std::unique_ptr<Catalog> fromImage(std::string_view image, QString* error);
    ~Catalog();
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    int actionCount() const { return static_cast<int>(m_header->actionCount); }
    int serviceCount() const { return static_cast<int>(m_services.size()); }
    /** Action `index`, its names and lists viewing the catalogue. Made from the image's record on each call. */
    ActionInfo action(int index) const
    {
        const catalog_image::Action& a = m_actions[static_cast<size_t>(index)];
        return { static_cast<int>(a.service), text(a.name), static_cast<AccessLevels>(a.levels),
            { m_actionResources + a.firstResource, a.resourceCount },
            CatalogTextList({ m_actionKeys + a.firstKey, a.keyCount }, m_text) };
    }
    /** The service of action `index` (action(index).service without the rest). */
    int actionService(int index) const { return static_cast<int>(m_actions[static_cast<size_t>(index)].service); }
    const ServiceInfo& service(int index) const { return m_services[static_cast<size_t>(index)]; }
    const std::string& dataVersion() const { return m_dataVersion; }

    /** "s3:GetObject" in AWS's casing. */
    std::string actionName(int index) const;
    /** "s3:getobject", the form the CLI prints; a view into the catalogue, valid as long as it is. */
    std::string_view lowerActionName(int index) const
    {
        const auto i = static_cast<size_t>(index);
        return { m_text + m_lowerNames[i], m_lowerNames[i + 1] - m_lowerNames[i] };
    }

    /**
     * Service indices ordered so that walking their actions in index order lists lower-case
     * "svc:action" names in byte order ("s3-outposts:..." sorts before "s3:...").
     */
    const std::vector<int>& servicesInNameOrder() const { return m_serviceNameOrder; }
    /** Calls f(index) for each action of `set` in byte order of the lower-case "svc:action" name. */
    template <typename F> void forEachSorted(const ActionSet& set, F&& f) const
    {
        for (int si : m_serviceNameOrder) {
            const ServiceInfo& s = m_services[static_cast<size_t>(si)];
            set.forEachInRange(s.firstAction, s.firstAction + s.actionCount, f);
        }
    }

    /** Index of "svc:Action" (any case), or -1. Allocates nothing. */
    int findAction(std::string_view qualifiedName) const;
    /** Index of a service prefix (any case), or -1. Allocates nothing. */
    int findService(std::string_view prefix) const;

    ActionSet emptySet() const { return ActionSet(actionCount()); }
    ActionSet allActions() const;
    ActionSet serviceActions(int service) const;
    /** Every action with `level` among its levels; made once, when first asked for. */
    const ActionSet& actionsWithLevel(AccessLevel level) const;

    /**
     * Expands one Action element: "*", "svc:*", "svc:Get*", "s3:?etObject", wildcards in the service
     * part too ("*:Describe*"); case-insensitive, as AWS matches actions.
     */
    PatternMatch match(std::string_view pattern) const;
    /**
     * As match(), adding the matched actions to `into`. An exact name is a hash look-up without
     * allocation; "svc:Prefix*" is a binary search of the service's sorted names; any other wildcard
     * pattern is matched against the catalogue once and its actions remembered for the next time.
     */
    PatternStatus matchInto(std::string_view pattern, ActionSet& into) const;

    /**
     * Closest known action or service names to a misspelt one, best first (for "did you mean"). The
     * answer for each name is computed once and remembered: the same misspelling recurs across policies.
     */
    std::vector<std::string> suggest(std::string_view qualifiedName, int max = 3) const;

private:
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    struct CompiledPattern {
        PatternStatus status = PatternStatus::NoMatch;
        std::vector<int> actions;
    };

    Catalog() = default;
    bool load(QString* error); // reads m_image
    template <typename T> const T* table(uint32_t offset) const
    {
        return reinterpret_cast<const T*>(m_image.data() + offset);
    }
    std::string_view text(catalog_image::Text t) const { return { m_text + t.offset, t.size }; }
    std::vector<std::string> computeSuggestions(std::string_view qualifiedName, int max) const;

    std::string m_storage; // owns the image when it was made from text
    std::string_view m_image; // the tables every view above points into
    const catalog_image::Header* m_header = nullptr;
    const catalog_image::Action* m_actions = nullptr;
    const ActionResource* m_actionResources = nullptr;
    const catalog_image::Text* m_actionKeys = nullptr;
    const uint32_t* m_lowerNames = nullptr;
    const char* m_text = nullptr;
    std::string m_dataVersion;
    // The services' records with views in place of offsets (some 450, with their resource types and keys).
    std::vector<ServiceInfo> m_services;
    std::vector<ResourceTypeInfo> m_resourceTypes;
    std::vector<ConditionKeyInfo> m_serviceKeys;
    std::vector<int> m_serviceNameOrder;
    NameIndex m_actionIndex; // lower-case "svc:action" -> index
    NameIndex m_serviceIndex; // lower-case prefix -> index
    size_t m_longestName = 0; // longest "svc:action": longer names are not looked up at all
    mutable std::once_flag m_levelSetsMade;
    mutable std::array<ActionSet, std::size(kAccessLevels)> m_levelSets; // by the level's bit position

    // Remembered answers: wildcard patterns (keyed as written) and suggestions (keyed by name and max).
    mutable std::mutex m_cacheMutex;
    mutable std::unordered_map<std::string, CompiledPattern, StringHash, std::equal_to<>> m_patterns;
    mutable std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> m_suggestions;
};

} // namespace grantscope
