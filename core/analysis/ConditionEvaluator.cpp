// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ConditionEvaluator.h"

#include "analysis/ArnMatcher.h"
#include "analysis/ConditionValues.h"
#include "analysis/IpMatch.h"
#include "analysis/PatternMatch.h"
#include "analysis/RequestContext.h"
#include "policy/Policy.h"

#include <QString>
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace grantscope {

namespace {

enum class Family { Unknown, String, StringIgnoreCase, StringLike, Numeric, Date, Bool, Binary, Ip, Arn, Null };
enum class Comparison { Equal, Less, LessEqual, Greater, GreaterEqual };

struct OperatorInfo {
    Family family = Family::Unknown;
    Comparison comparison = Comparison::Equal;
    bool negated = false;
};

OperatorInfo describe(ConditionOperator op)
{
    using Op = ConditionOperator;
    switch (op) {
    case Op::StringEquals:
        return { Family::String, Comparison::Equal, false };
    case Op::StringNotEquals:
        return { Family::String, Comparison::Equal, true };
    case Op::StringEqualsIgnoreCase:
        return { Family::StringIgnoreCase, Comparison::Equal, false };
    case Op::StringNotEqualsIgnoreCase:
        return { Family::StringIgnoreCase, Comparison::Equal, true };
    case Op::StringLike:
        return { Family::StringLike, Comparison::Equal, false };
    case Op::StringNotLike:
        return { Family::StringLike, Comparison::Equal, true };
    case Op::NumericEquals:
        return { Family::Numeric, Comparison::Equal, false };
    case Op::NumericNotEquals:
        return { Family::Numeric, Comparison::Equal, true };
    case Op::NumericLessThan:
        return { Family::Numeric, Comparison::Less, false };
    case Op::NumericLessThanEquals:
        return { Family::Numeric, Comparison::LessEqual, false };
    case Op::NumericGreaterThan:
        return { Family::Numeric, Comparison::Greater, false };
    case Op::NumericGreaterThanEquals:
        return { Family::Numeric, Comparison::GreaterEqual, false };
    case Op::DateEquals:
        return { Family::Date, Comparison::Equal, false };
    case Op::DateNotEquals:
        return { Family::Date, Comparison::Equal, true };
    case Op::DateLessThan:
        return { Family::Date, Comparison::Less, false };
    case Op::DateLessThanEquals:
        return { Family::Date, Comparison::LessEqual, false };
    case Op::DateGreaterThan:
        return { Family::Date, Comparison::Greater, false };
    case Op::DateGreaterThanEquals:
        return { Family::Date, Comparison::GreaterEqual, false };
    case Op::Bool:
        return { Family::Bool, Comparison::Equal, false };
    case Op::BinaryEquals:
        return { Family::Binary, Comparison::Equal, false };
    case Op::IpAddress:
        return { Family::Ip, Comparison::Equal, false };
    case Op::NotIpAddress:
        return { Family::Ip, Comparison::Equal, true };
    // "The ArnEquals and ArnLike condition operators behave identically."
    case Op::ArnEquals:
    case Op::ArnLike:
        return { Family::Arn, Comparison::Equal, false };
    case Op::ArnNotEquals:
    case Op::ArnNotLike:
        return { Family::Arn, Comparison::Equal, true };
    case Op::Null:
        return { Family::Null, Comparison::Equal, false };
    }
    return {};
}

enum class Outcome { Match, NoMatch, Invalid };

// A policy or context value converted once for its operator family; `valid` is false when it does not parse
// or a policy variable in it cannot be resolved.
struct Operand {
    bool valid = false;
    std::string text; // String and Arn: the text (Arn policy values: an escaped pattern); Binary: the bytes
    QString folded; // StringIgnoreCase
    std::vector<PatternToken> tokens; // StringLike policy values
    Decimal number;
    Instant instant;
    bool boolean = false;
    IpNetwork network; // IpAddress policy values
    IpValue address; // IpAddress context values
};

template <typename T> void assign(Operand& operand, const std::optional<T>& parsed, T Operand::*field)
{
    operand.valid = parsed.has_value();
    if (parsed)
        operand.*field = *parsed;
}

Operand preparePolicyValue(
    Family family, const std::string& value, const RequestContext& context, VariableMode variables)
{
    Operand p;
    switch (family) {
    case Family::String:
        assign(p, substituteAsText(value, context, variables), &Operand::text);
        break;
    case Family::StringIgnoreCase:
        if (const auto text = substituteAsText(value, context, variables)) {
            p.valid = true;
            p.folded = QString::fromUtf8(text->data(), static_cast<qsizetype>(text->size())).toCaseFolded();
        }
        break;
    case Family::StringLike:
        if (const auto pattern = substituteAsPattern(value, context, variables)) {
            p.valid = true;
            p.tokens = compilePattern(*pattern);
        }
        break;
    case Family::Arn:
        if (auto pattern = substituteAsPattern(value, context, variables); pattern && hasArnComponents(*pattern)) {
            p.valid = true;
            p.text = std::move(*pattern);
        }
        break;
    case Family::Bool:
        if (const auto text = substituteAsText(value, context, variables))
            assign(p, parseBool(*text), &Operand::boolean);
        break;
    // AWS: no policy variables with Numeric, Date, Binary, IP address or Null operators.
    case Family::Numeric:
        assign(p, parseDecimal(value), &Operand::number);
        break;
    case Family::Date:
        assign(p, parseDateTime(value), &Operand::instant);
        break;
    case Family::Binary:
        assign(p, decodeBase64(value), &Operand::text);
        break;
    case Family::Ip:
        assign(p, parseIpNetwork(value), &Operand::network);
        break;
    case Family::Null:
    case Family::Unknown:
        break;
    }
    return p;
}

Operand prepareContextValue(Family family, const std::string& value)
{
    Operand c;
    switch (family) {
    case Family::String:
    case Family::StringLike:
        c.valid = true;
        c.text = value;
        break;
    case Family::Arn:
        c.valid = hasArnComponents(value);
        c.text = value;
        break;
    case Family::StringIgnoreCase:
        c.valid = true;
        c.folded = QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())).toCaseFolded();
        break;
    case Family::Bool:
        assign(c, parseBool(value), &Operand::boolean);
        break;
    case Family::Numeric:
        assign(c, parseDecimal(value), &Operand::number);
        break;
    case Family::Date:
        assign(c, parseDateTime(value), &Operand::instant);
        break;
    // Request contexts carry text, so a binary key is given as base64 like the policy value.
    case Family::Binary:
        assign(c, decodeBase64(value), &Operand::text);
        break;
    case Family::Ip:
        assign(c, parseIpAddress(value), &Operand::address);
        break;
    case Family::Null:
    case Family::Unknown:
        break;
    }
    return c;
}

bool ordered(std::strong_ordering order, Comparison comparison)
{
    switch (comparison) {
    case Comparison::Equal:
        return std::is_eq(order);
    case Comparison::Less:
        return std::is_lt(order);
    case Comparison::LessEqual:
        return std::is_lteq(order);
    case Comparison::Greater:
        return std::is_gt(order);
    case Comparison::GreaterEqual:
        return std::is_gteq(order);
    }
    return false;
}

// The positive test of one context value against one policy value ("context OP policy").
Outcome test(const OperatorInfo& info, const Operand& policy, const Operand& context)
{
    if (!policy.valid || !context.valid)
        return Outcome::Invalid;
    bool match = false;
    switch (info.family) {
    case Family::String:
    case Family::Binary:
        match = context.text == policy.text;
        break;
    case Family::StringIgnoreCase:
        match = context.folded == policy.folded;
        break;
    case Family::StringLike:
        match = matchPattern(policy.tokens, context.text);
        break;
    case Family::Arn:
        match = arnLikeEscaped(policy.text, context.text);
        break;
    case Family::Bool:
        match = context.boolean == policy.boolean;
        break;
    case Family::Numeric:
        match = ordered(compareDecimals(context.number, policy.number), info.comparison);
        break;
    case Family::Date:
        match = ordered(context.instant <=> policy.instant, info.comparison);
        break;
    case Family::Ip:
        match = networkContains(policy.network, context.address);
        break;
    case Family::Null:
    case Family::Unknown:
        return Outcome::Invalid;
    }
    return match ? Outcome::Match : Outcome::NoMatch;
}

// Does one context value satisfy the operator? Positive: it matches some policy value (OR). Negated: it
// matches none of them (NOR), and every comparison could be made.
bool satisfies(const OperatorInfo& info, const std::vector<Operand>& policyValues, const Operand& context)
{
    if (!info.negated) {
        return std::any_of(policyValues.begin(), policyValues.end(),
            [&](const Operand& p) { return test(info, p, context) == Outcome::Match; });
    }
    return std::all_of(policyValues.begin(), policyValues.end(),
        [&](const Operand& p) { return test(info, p, context) == Outcome::NoMatch; });
}

// A key that is absent, has no values, or only empty strings ("a null dataset, such as an empty string").
bool isNullDataset(const std::vector<std::string>* values)
{
    return !values || std::all_of(values->begin(), values->end(), [](const std::string& v) { return v.empty(); });
}

bool nullHolds(const ConditionClause& clause, const std::vector<std::string>* values)
{
    const bool isNull = isNullDataset(values);
    return std::any_of(clause.values.begin(), clause.values.end(), [&](const std::string& v) {
        const std::optional<bool> expected = parseBool(v);
        return expected && *expected == isNull;
    });
}

} // namespace

bool conditionHolds(const ConditionClause& clause, const RequestContext& context, VariableMode variables)
{
    const OperatorInfo info = describe(clause.op);
    if (info.family == Family::Unknown)
        return false;
    const std::vector<std::string>* values = context.find(clause.key);
    if (info.family == Family::Null)
        return nullHolds(clause, values);

    if (!values || values->empty()) {
        if (clause.ifExists)
            return true;
        switch (clause.qualifier) {
        case SetQualifier::ForAllValues:
            return true;
        case SetQualifier::ForAnyValue:
            return false;
        case SetQualifier::None:
            return info.negated;
        }
        return false;
    }
    if (clause.qualifier != SetQualifier::None && isNullDataset(values))
        return clause.qualifier == SetQualifier::ForAllValues;

    std::vector<Operand> policyValues;
    policyValues.reserve(clause.values.size());
    for (const std::string& v : clause.values)
        policyValues.push_back(preparePolicyValue(info.family, v, context, variables));

    auto holdsFor
        = [&](const std::string& v) { return satisfies(info, policyValues, prepareContextValue(info.family, v)); };
    const bool everyValue
        = clause.qualifier == SetQualifier::ForAllValues || (clause.qualifier == SetQualifier::None && info.negated);
    return everyValue ? std::all_of(values->begin(), values->end(), holdsFor)
                      : std::any_of(values->begin(), values->end(), holdsFor);
}

bool conditionsHold(const std::vector<ConditionClause>& clauses, const RequestContext& context, VariableMode variables)
{
    return std::all_of(clauses.begin(), clauses.end(),
        [&](const ConditionClause& c) { return conditionHolds(c, context, variables); });
}

} // namespace grantscope
