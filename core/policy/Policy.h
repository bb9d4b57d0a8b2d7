// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"

#include <QString>

#include <string>
#include <vector>

namespace grantscope {

/** A string value from a policy together with where it was written. */
struct LocatedString {
    std::string value;
    SourceLocation location;
    friend bool operator==(const LocatedString&, const LocatedString&) = default;
};

enum class Effect { Allow, Deny };

/** The condition operators AWS documents, without the set qualifier and without `IfExists`. */
enum class ConditionOperator {
    StringEquals,
    StringNotEquals,
    StringEqualsIgnoreCase,
    StringNotEqualsIgnoreCase,
    StringLike,
    StringNotLike,
    NumericEquals,
    NumericNotEquals,
    NumericLessThan,
    NumericLessThanEquals,
    NumericGreaterThan,
    NumericGreaterThanEquals,
    DateEquals,
    DateNotEquals,
    DateLessThan,
    DateLessThanEquals,
    DateGreaterThan,
    DateGreaterThanEquals,
    Bool,
    BinaryEquals,
    IpAddress,
    NotIpAddress,
    ArnEquals,
    ArnLike,
    ArnNotEquals,
    ArnNotLike,
    Null,
};

enum class SetQualifier { None, ForAllValues, ForAnyValue };

/**
 * One key test of a Condition block: `"StringEquals": {"sts:ExternalId": ["a", "b"]}` gives one
 * ConditionClause with op StringEquals, key "sts:ExternalId" and values {"a", "b"}.
 * Values are kept as text (numbers and booleans as their literal).
 */
struct ConditionClause {
    std::string operatorText; // as written, e.g. "ForAnyValue:StringLikeIfExists"
    ConditionOperator op = ConditionOperator::StringEquals;
    SetQualifier qualifier = SetQualifier::None;
    bool ifExists = false;
    std::string key; // as written; compare case-insensitively
    std::vector<std::string> values;
    SourceLocation location; // of the key
    friend bool operator==(const ConditionClause&, const ConditionClause&) = default;
};

/** A Principal or NotPrincipal element: `"*"`, or typed entries such as {"AWS", "arn:aws:iam::111122223333:root"}. */
struct PrincipalEntry {
    std::string type; // "AWS", "Service", "Federated", "CanonicalUser", or "*" for the bare wildcard
    std::string value;
    SourceLocation location;
    friend bool operator==(const PrincipalEntry&, const PrincipalEntry&) = default;
};

struct Statement {
    std::string sid;
    int index = 0; // position in the policy's Statement list
    SourceLocation location;
    Effect effect = Effect::Allow;

    bool notAction = false; // the actions below are a NotAction list
    std::vector<LocatedString> actions;

    bool hasResource = false; // a Resource or NotResource element was present
    bool notResource = false;
    std::vector<LocatedString> resources;

    bool hasPrincipal = false;
    bool notPrincipal = false;
    std::vector<PrincipalEntry> principals;

    std::vector<ConditionClause> conditions; // all must hold (AND)

    friend bool operator==(const Statement&, const Statement&) = default;
};

/** What a policy document is used as; it decides which elements are required or forbidden. */
enum class PolicyKind { Identity, Trust, Boundary, Resource };

struct Policy {
    QString file; // where it came from, for diagnostics
    std::string name; // policy name (file stem, managed-policy name, CloudFormation logical id)
    PolicyKind kind = PolicyKind::Identity;
    std::string version; // "2012-10-17", "2008-10-17", or empty when missing
    std::string id;
    SourceLocation location;
    std::vector<Statement> statements;
    friend bool operator==(const Policy&, const Policy&) = default;
};

} // namespace grantscope
