// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/** An action that a grant may hold but CloudTrail never records as an event of its own. */
struct UnobservableAction {
    std::string action; // lower-case "svc:action"
    std::string why;
};

/**
 * How CloudTrail events name IAM actions, read from resources/activity/event-mapping.json: the
 * service prefix of an eventSource where it is not the first label ("monitoring.amazonaws.com" is
 * "cloudwatch"), version suffixes of event names ("ListFunctions20150331"), event names whose
 * action differs ("ListObjectsV2" needs "s3:ListBucket"), actions never logged on their own
 * ("iam:PassRole"), the actions logged only as data events, and the error codes of a denied call.
 * Immutable; safe to share between threads.
 */
class EventMapping {
public:
    /** The mapping compiled into the program. */
    static const EventMapping& bundled();
    /** Parses mapping JSON; nullptr and `error` set when it is malformed. */
    static std::unique_ptr<EventMapping> fromJson(std::string_view text, QString* error);

    /** Service prefix of an eventSource: "monitoring.amazonaws.com" → "cloudwatch". */
    std::string servicePrefix(std::string_view eventSource) const;
    /**
     * The lower-case IAM actions an event needs, usually one: "s3.amazonaws.com" + "HeadObject" →
     * {"s3:getobject"}; "lambda.amazonaws.com" + "GetFunction20150331v2" → {"lambda:getfunction"}.
     */
    std::vector<std::string> actionsFor(std::string_view eventSource, std::string_view eventName) const;
    /** Whether an errorCode says the caller was not authorized. */
    bool isAuthorizationError(std::string_view errorCode) const;

    const std::vector<UnobservableAction>& unobservable() const { return m_unobservable; }
    /** eventSource → action patterns that CloudTrail logs only as data events (when the trail selects them). */
    const std::map<std::string, std::vector<std::string>>& dataEventActions() const { return m_dataEvents; }

private:
    EventMapping() = default;

    std::map<std::string, std::string, std::less<>> m_sources;
    std::map<std::string, std::regex, std::less<>> m_suffixes; // service prefix → version suffix
    std::map<std::string, std::vector<std::string>, std::less<>> m_events; // lower "svc:event" → lower actions
    std::vector<UnobservableAction> m_unobservable;
    std::map<std::string, std::vector<std::string>> m_dataEvents;
    std::set<std::string, std::less<>> m_authorizationErrors;
};

} // namespace grantscope
