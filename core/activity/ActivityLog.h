// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace grantscope {

/** How a CloudTrail event ended. */
enum class EventOutcome : std::uint8_t {
    Success, // no errorCode
    Denied, // an authorization error (AccessDenied, UnauthorizedOperation, ...)
    Failed, // any other error: the call was not a use of the permission
};

/** One CloudTrail event, reduced to what usage analysis needs; strings are indices into ActivityLog's tables. */
struct ActivityEvent {
    std::int64_t time = 0; // seconds since 1970-01-01T00:00:00Z (eventTime)
    int call = -1; // index into ActivityLog::calls
    int principal = -1; // index into ActivityLog::principals; -1 when the record names no principal
    int account = -1; // index into ActivityLog::accounts (recipientAccountId); -1 when absent
    EventOutcome outcome = EventOutcome::Success;
    friend bool operator==(const ActivityEvent&, const ActivityEvent&) = default;
};

/** An API call as CloudTrail names it. */
struct EventCall {
    std::string source; // eventSource, e.g. "s3.amazonaws.com"
    std::string name; // eventName, e.g. "ListObjectsV2"
    friend bool operator==(const EventCall&, const EventCall&) = default;
};

/**
 * Who made a call. For a role session it is the role (userIdentity.sessionContext.sessionIssuer),
 * never the session name; otherwise userIdentity.arn.
 */
struct EventPrincipal {
    std::string arn;
    std::string account; // sessionIssuer.accountId or userIdentity.accountId
    bool role = false; // a session of this role
    friend bool operator==(const EventPrincipal&, const EventPrincipal&) = default;
};

/**
 * Every distinct CloudTrail event read from a set of trail files: each eventID counted once, however
 * many files hold it. Events are in no particular order (files are read in parallel).
 */
struct ActivityLog {
    std::vector<ActivityEvent> events;
    std::vector<EventCall> calls;
    std::vector<EventPrincipal> principals;
    std::vector<std::string> accounts;
    std::set<std::string> dataEventSources; // eventSources of which the trails hold data events
    std::vector<std::string> resources; // resource ARNs named by events (resources[].ARN)
    std::vector<std::pair<std::uint32_t, int>> eventResources; // (index into events, index into resources)

    int filesRead = 0;
    int filesSkipped = 0; // damaged or not CloudTrail; each has an Error diagnostic
    std::int64_t duplicates = 0; // events already read from another file (same eventID)
    std::int64_t malformed = 0; // records without eventSource, eventName or a valid eventTime
    Diagnostics diagnostics;
};

} // namespace grantscope
