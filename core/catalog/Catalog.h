// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessLevel.h"
#include "catalog/ActionSet.h"
#include "catalog/NameIndex.h"

#include <QString>

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

struct ActionInfo {
    int service = -1;
    std::string_view name; // AWS casing: "GetObject"
    AccessLevels levels = 0;
    // Views into arrays the catalogue keeps for all its actions (one allocation each, not two per action).
    std::span<const ActionResource> resources; // empty: the action cannot be scoped to a resource (only "*")
    std::span<const std::string_view> conditionKeys;
};

struct ServiceInfo {
    std::string_view prefix; // "s3"
    std::string_view name; // "Amazon S3"
    int firstAction = 0;
    int actionCount = 0;
    std::vector<ResourceTypeInfo> resourceTypes;
    std::vector<ConditionKeyInfo> conditionKeys;
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
 */
class Catalog {
public:
    /** The catalogue compiled into the program (resources/aws/catalog.tsv), loaded on first use. */
    static const Catalog& bundled();
    /** Whether bundled() has been called yet: commands that do not need the catalogue never load it. */
    static bool bundledLoaded();
    /** Parses catalogue text in the catalog.tsv format; nullptr and `error` set when it is malformed. */
    static std::unique_ptr<Catalog> fromText(std::string text, QString* error);
    /**
     * As fromText(), reading `text` in place: it must outlive the catalogue (the bundled catalogue is
     * compiled in uncompressed and read where the program is mapped, without a copy).
     */
    static std::unique_ptr<Catalog> fromStaticText(std::string_view text, QString* error);
    ~Catalog();

    int actionCount() const { return static_cast<int>(m_actions.size()); }
    int serviceCount() const { return static_cast<int>(m_services.size()); }
    const ActionInfo& action(int index) const { return m_actions[static_cast<size_t>(index)]; }
    const ServiceInfo& service(int index) const { return m_services[static_cast<size_t>(index)]; }
    const std::string& dataVersion() const { return m_dataVersion; }

    /** "s3:GetObject" in AWS's casing. */
    std::string actionName(int index) const;
    /** "s3:getobject", the form the CLI prints; a view into the catalogue, valid as long as it is. */
    std::string_view lowerActionName(int index) const
    {
        const auto i = static_cast<size_t>(index);
        return { m_lowerNames.data() + m_lowerOffsets[i], m_lowerOffsets[i + 1] - m_lowerOffsets[i] };
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
    /** Every action with `level` among its levels; made once when the catalogue is read. */
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
    bool parse(QString* error);
    std::vector<std::string> computeSuggestions(std::string_view qualifiedName, int max) const;

    std::string m_storage; // owns the text when it was not given in place
    std::string_view m_text; // the bytes every string_view above points into
    std::string m_dataVersion;
    std::vector<ServiceInfo> m_services;
    std::vector<ActionInfo> m_actions;
    std::vector<ActionResource> m_actionResources; // every action's resources, one after another
    std::vector<std::string_view> m_actionConditionKeys; // every action's condition keys, likewise
    // Every action's lower-case "svc:action", one after another in index order (one allocation, not one a
    // name); action i's is [m_lowerOffsets[i], m_lowerOffsets[i + 1]).
    std::string m_lowerNames;
    std::vector<uint32_t> m_lowerOffsets;
    std::vector<int> m_serviceNameOrder;
    std::vector<int> m_actionLines; // while parsing: the line of each action, for error messages
    NameIndex m_actionIndex; // lower-case "svc:action" -> index
    std::vector<std::string> m_lowerPrefixes;
    NameIndex m_serviceIndex; // lower-case prefix -> index
    size_t m_longestName = 0; // longest "svc:action": longer names are not looked up at all
    std::array<ActionSet, std::size(kAccessLevels)> m_levelSets; // by the level's bit position

    // Remembered answers: wildcard patterns (keyed as written) and suggestions (keyed by name and max).
    mutable std::mutex m_cacheMutex;
    mutable std::unordered_map<std::string, CompiledPattern, StringHash, std::equal_to<>> m_patterns;
    mutable std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> m_suggestions;
};

} // namespace grantscope
