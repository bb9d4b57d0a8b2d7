// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/ActionSet.h"

#include <memory>
#include <string>
#include <vector>

namespace grantscope {

class Catalog;
struct ResourceScope;

/**
 * The account a review is about: its partition (`aws`, `aws-us-gov`, `aws-cn`) and, when it is known
 * for sure, its id. ARNs of another partition (or, with an id, of another account) neither keep nor
 * remove anything in it.
 */
struct AccountScope {
    std::string partition = "aws";
    std::string account; // empty: any account (the package never pins it down)
    friend bool operator==(const AccountScope&, const AccountScope&) = default;
};

/**
 * What each action can act on, from the catalogue's ARN formats: the ARNs of its resource types in the
 * account's partition (and account, when known), or, for an action without resource-level permissions,
 * only the literal resource `*` that AWS puts in its requests. Actions with the same resource types form
 * one class, so a question about a whole ActionSet is answered once per class, not once per action.
 *
 * Following the IAM User Guide: an Allow grants an action only where one of its Resource patterns can
 * match an ARN of one of the action's resource types (a pattern matching the literal `*` for an action
 * that cannot be scoped); a Deny removes an action only where its patterns cover every ARN of every such
 * resource type that the grant reaches. Both answers are sound for a review: reach is never understated,
 * removal never overstated. Immutable; safe to share between threads.
 */
class ResourceUniverse {
public:
    ResourceUniverse(const Catalog& catalog, AccountScope account);

    /** A universe for `catalog` and `account`, built once and kept for the program's lifetime. */
    static std::shared_ptr<const ResourceUniverse> of(const Catalog& catalog, const AccountScope& account);

    const AccountScope& account() const { return m_account; }
    int classOf(int action) const { return m_classOf[static_cast<size_t>(action)]; }
    int classCount() const { return static_cast<int>(m_classes.size()); }
    /** True for actions AWS only authorizes on `*` (no resource types in the catalogue). */
    bool isUnscoped(int cls) const { return m_classes[static_cast<size_t>(cls)].unscoped; }
    /** The class's ARN patterns: formats with the partition (and account) filled in, other placeholders kept. */
    const std::vector<std::string>& patterns(int cls) const { return m_classes[static_cast<size_t>(cls)].patterns; }
    /** The ARN patterns an action can act on; {"*"} for an action that cannot be scoped. */
    const std::vector<std::string>& patternsOfAction(int action) const { return patterns(classOf(action)); }

    /** Can `scope` (a statement's Resource or NotResource) reach something the class acts on? */
    bool reaches(int cls, const ResourceScope& scope) const;
    /** Does an applicable Deny on `deny` remove the class wherever `grant` reaches it? */
    bool removes(int cls, const ResourceScope& deny, const ResourceScope& grant) const;
    /** May a Deny on `deny` remove the class somewhere `grant` reaches it? */
    bool touches(int cls, const ResourceScope& deny, const ResourceScope& grant) const;

    /** The actions of `actions` that `scope` reaches. */
    ActionSet reachable(const ActionSet& actions, const ResourceScope& scope) const;
    /** The actions of `actions` that `deny` removes wherever `grant` reaches them. */
    ActionSet removed(const ActionSet& actions, const ResourceScope& deny, const ResourceScope& grant) const;
    /** The actions of `actions` that `deny` may remove somewhere `grant` reaches them. */
    ActionSet touched(const ActionSet& actions, const ResourceScope& deny, const ResourceScope& grant) const;

    /** True when the glob `pattern` (a Resource element) matches the literal resource "*". */
    static bool matchesLiteralStar(const std::string& pattern);
    /** May the ARN pattern `pattern` (a Resource element) match an ARN of the pattern `arn`? */
    static bool arnPatternsOverlap(const std::string& pattern, const std::string& arn);
    /** Does a statement on `scope` surely apply to every ARN of the pattern `arn`? */
    static bool scopeHolds(const ResourceScope& scope, const std::string& arn);
    /** Does the Resource element `pattern` surely match every ARN of the pattern `arn`? */
    static bool arnPatternCovers(const std::string& pattern, const std::string& arn);

private:
    static bool computeOverlap(const std::string& pattern, const std::string& arn); // arnPatternsOverlap, uncached
    struct Class {
        bool unscoped = false;
        std::vector<std::string> patterns;
    };
    template <typename Test> ActionSet select(const ActionSet& actions, Test&& test) const;

    AccountScope m_account;
    std::vector<int> m_classOf;
    std::vector<Class> m_classes;
};

} // namespace grantscope
