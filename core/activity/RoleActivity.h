// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity/LastAccessed.h"
#include "analysis/Finding.h"
#include "catalog/ActionSet.h"

#include <QString>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace grantscope {

class Catalog;
class EventMapping;
struct ActivityLog;
struct ReviewSubject;

/** A role of the package as it exists in the customer's account, with what it is granted. */
struct ActivityRole {
    std::string name; // as `analyze` names it
    std::string arn; // arn:<partition>:iam::<account>:role/<name>, or as the reviewer gave it
    std::string account; // the account part of the ARN
    ActionSet granted; // allowed on at least one resource (unconditionally or under conditions)
};

/** What one role did in the trails. Actions are lower-case "svc:action", sorted. */
struct RoleUsage {
    std::string name;
    std::string arn;
    std::int64_t events = 0; // its events in its own account, successful or not
    std::optional<std::int64_t> firstSeen;
    std::optional<std::int64_t> lastSeen;
    std::vector<std::string> used; // actions of its successful events
    std::vector<std::string> denied; // failed with an authorization error and never successful
    std::vector<std::string> unused; // granted − used − unobservable
    std::vector<std::string> unobservable; // granted, but CloudTrail could not have shown their use
    std::map<std::string, std::int64_t> lastUsed; // used action → time of its last successful event
    std::map<std::string, std::set<std::string>> resourcesSeen; // used action → ARNs its events named
    std::set<std::string> usedWithoutResource; // used actions with an event that named no resource
};

/** A conclusion drawn from the trails. */
struct ActivityFinding {
    std::string rule; // "activity-role-never-used", "activity-role-idle", "activity-unused-dangerous-grant",
                      // "activity-no-data-events", "activity-access-key-old", "activity-access-key-never-used",
                      // "activity-console-and-keys"
    Severity severity = Severity::Medium;
    std::string role;
    QString title;
    std::vector<std::string> actions; // lower-case, sorted
    std::string finding; // for unused dangerous grants: the rule of the package's finding
    std::vector<std::string> sources; // for missing data events: the eventSources concerned
    std::optional<std::int64_t> lastSeen;
    std::string user; // for credential-report findings: the IAM user
};

struct ActivityOptions {
    std::optional<std::int64_t> since; // events before are ignored
    std::optional<std::int64_t> until; // events after are ignored; also the "now" idleness is measured from
    int idleDays = 90;
    // From IAM last-accessed reports: action-level entries count as use; service-level ones keep a role
    // from counting as never used or idle. Matched to roles by entity ARN (or to the only role when absent).
    std::vector<LastAccessedEntry> lastAccessed;
};

struct ActivityReport {
    std::vector<RoleUsage> roles;
    std::vector<ActivityFinding> findings;
    std::int64_t matched = 0; // events of the package's roles in their accounts, within the time window
    std::int64_t reference = 0; // the moment idleness is measured from: --until, else the last event read
};

/**
 * The package's roles as created in `account`: ARN from the role name (or from `arns`, role name →
 * ARN, when the reviewer gives it), granted actions from the engine's effective permissions under the
 * role's own boundary. Names in `arns` that are no role of the package are returned in `unknown`.
 */
std::vector<ActivityRole> activityRoles(const ReviewSubject& package, const Catalog& catalog,
    const std::string& partition, const std::string& account, const std::map<std::string, std::string>& arns,
    std::vector<std::string>* unknown);

/**
 * Usage of each role from the trails: a role's events are those whose session issuer is the role's
 * ARN (never matched by session or role name alone), recorded in the role's own account. Findings:
 * roles never used or idle for more than `idleDays`; the high and critical package findings of a role
 * whose observable actions were never used; data-event actions that the trails could not show.
 */
ActivityReport analyzeActivity(const ActivityLog& log, const std::vector<ActivityRole>& roles, const Catalog& catalog,
    const EventMapping& mapping, const std::vector<Finding>& packageFindings, const ActivityOptions& options);

} // namespace grantscope
