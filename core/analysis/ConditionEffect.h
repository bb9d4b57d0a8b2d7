// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Policy.h"

#include <QString>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/**
 * The services whose resources a principal can tag itself (ec2:CreateTags, *:TagResource, ...) through
 * a statement without a narrowing condition of its own: a resource-tag condition on those services
 * rests on a value the principal controls, so it does not narrow.
 */
struct TagControl {
    std::map<std::string, std::string> services; // lower-case prefix -> the tagging action ("ec2:CreateTags")
    std::string everyService; // non-empty: a tagging action that reaches every service ("*" or "*:TagResource")

    /** The tagging action that defeats a tag condition on `service`, or empty when there is none. */
    std::string taggedBy(std::string_view service) const;
};

/** What one condition clause does to the reach of its statement. */
struct ClauseEffect {
    enum class Kind {
        Narrows, // limits the resources or principals to ones the customer chose
        OptOut, // a negated operator or ...IfExists: excludes only what the customer marks
        Region, // limits regions, not resources
        GranteeControlled, // a resource tag the same principal can set
        Neutral, // limits something else (transport, time, source address, request tags)
    };
    Kind kind = Kind::Neutral;
    const ConditionClause* clause = nullptr;
    QString why; // one phrase: "only through ec2.eu-west-1.amazonaws.com (kms:ViaService)"
};

/** The conditions of one statement, judged by what they do. */
struct ConditionEffect {
    std::vector<ClauseEffect> clauses;

    bool any() const { return !clauses.empty(); }
    /** The first clause that narrows; conditions are ANDed, so one narrowing clause narrows the statement. */
    const ClauseEffect* narrowing() const;
    bool narrows() const { return narrowing() != nullptr; }
    /** Why the conditions do not narrow ("... does not narrow: ..."), empty when they narrow or there are none. */
    QString whyNot() const;
};

/**
 * Classifies the conditions of an Allow statement. `services` are the lower-case prefixes of the actions the
 * statement grants (an `aws:ResourceTag` condition concerns their resources); `tags` says which of them the
 * same principal can tag.
 */
ConditionEffect classifyConditions(
    const Statement& statement, const std::vector<std::string>& services, const TagControl& tags = {});

/** "kms:ViaService StringEquals ec2.eu-west-1.amazonaws.com" for display. */
QString describeClause(const ConditionClause& clause);

} // namespace grantscope
