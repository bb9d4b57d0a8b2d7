// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ConditionEffect.h"

#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "ConditionEffect" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConditionEffect)
};

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool negated(ConditionOperator op)
{
    switch (op) {
    case ConditionOperator::StringNotEquals:
    case ConditionOperator::StringNotEqualsIgnoreCase:
    case ConditionOperator::StringNotLike:
    case ConditionOperator::NumericNotEquals:
    case ConditionOperator::DateNotEquals:
    case ConditionOperator::NotIpAddress:
    case ConditionOperator::ArnNotEquals:
    case ConditionOperator::ArnNotLike:
        return true;
    default:
        return false;
    }
}

bool positiveMatch(ConditionOperator op)
{
    switch (op) {
    case ConditionOperator::StringEquals:
    case ConditionOperator::StringEqualsIgnoreCase:
    case ConditionOperator::StringLike:
    case ConditionOperator::ArnEquals:
    case ConditionOperator::ArnLike:
        return true;
    default:
        return false;
    }
}

QString values(const ConditionClause& c)
{
    QStringList out;
    for (size_t i = 0; i < c.values.size() && i < 3; ++i)
        out << q(c.values[i]);
    if (c.values.size() > 3)
        out << Tr::tr("%1 more").arg(c.values.size() - 3);
    return out.join(QStringLiteral(", "));
}

// "aws:ResourceTag/team" -> "team"; empty when the key is not a resource-tag key.
std::string resourceTagName(std::string_view lowerKey, std::string_view key, std::string* service)
{
    const size_t colon = lowerKey.find(':');
    if (colon == std::string_view::npos)
        return {};
    const std::string_view name = lowerKey.substr(colon + 1);
    for (std::string_view prefix : { std::string_view("resourcetag/"), std::string_view("existingobjecttag/") }) {
        if (name.starts_with(prefix)) {
            *service = std::string(lowerKey.substr(0, colon));
            return std::string(key.substr(colon + 1 + prefix.size()));
        }
    }
    return {};
}

bool anyOf(std::string_view lowerKey, std::initializer_list<std::string_view> keys)
{
    return std::find(keys.begin(), keys.end(), lowerKey) != keys.end();
}

// A service-specific key that names the resource or the account it concerns: "ssm:DocumentName",
// "lambda:FunctionArn", "ec2:Vpc", "dynamodb:LeadingKeys".
bool identifiesResource(std::string_view lowerKey)
{
    const size_t colon = lowerKey.find(':');
    if (colon == std::string_view::npos || lowerKey.substr(0, colon) == "aws")
        return false;
    const std::string_view name = lowerKey.substr(colon + 1);
    for (std::string_view suffix : { "arn", "name", "account", "accountid", "id", "vpc", "prefix", "bucket",
             "leadingkeys", "attributes", "instanceprofile", "subnet", "tablename", "keyid", "domain" })
        if (name.ends_with(suffix))
            return true;
    return false;
}

ClauseEffect judge(const ConditionClause& c, const std::vector<std::string>& services, const TagControl& tags)
{
    ClauseEffect e;
    e.clause = &c;
    const std::string key = toLowerAscii(c.key);
    const QString shown = describeClause(c);
    auto set = [&](ClauseEffect::Kind kind, const QString& why) {
        e.kind = kind;
        e.why = why;
        return e;
    };

    if (negated(c.op))
        return set(ClauseEffect::Kind::OptOut,
            Tr::tr("%1 only excludes what matches it; everything else stays allowed").arg(shown));
    if (c.ifExists)
        return set(ClauseEffect::Kind::OptOut,
            Tr::tr("%1 is an ...IfExists test: it holds whenever the key is absent").arg(shown));
    if (key == "aws:requestedregion" || key.ends_with(":region"))
        return set(ClauseEffect::Kind::Region, Tr::tr("%1 limits regions, not resources").arg(shown));
    if (c.qualifier == SetQualifier::ForAllValues)
        return set(ClauseEffect::Kind::OptOut,
            Tr::tr("%1 is a ForAllValues test: it holds when the key is absent").arg(shown));

    const bool everyValue = std::all_of(c.values.begin(), c.values.end(),
        [](const std::string& v) { return v.find_first_not_of('*') == std::string::npos; });

    // "Null": {"aws:ResourceTag/x": "false"} requires the tag: it narrows as the tag would.
    bool requiresTag = false;
    if (c.op == ConditionOperator::Null) {
        const bool wantsPresent = std::all_of(
            c.values.begin(), c.values.end(), [](const std::string& v) { return equalsIgnoreCaseAscii(v, "false"); });
        std::string svc;
        if (!wantsPresent || resourceTagName(key, c.key, &svc).empty())
            return set(ClauseEffect::Kind::Neutral, Tr::tr("%1 tests only whether a key is present").arg(shown));
        requiresTag = true;
    }
    if (!requiresTag && c.op == ConditionOperator::Bool) {
        const bool isTrue = std::all_of(
            c.values.begin(), c.values.end(), [](const std::string& v) { return equalsIgnoreCaseAscii(v, "true"); });
        if (isTrue && key == "kms:grantisforawsresource")
            return set(ClauseEffect::Kind::Narrows,
                Tr::tr("only grants for AWS services that use the key for the customer (%1)").arg(shown));
        if (isTrue && key == "aws:viaawsservice")
            return set(ClauseEffect::Kind::Narrows,
                Tr::tr("only when an AWS service makes the call for the principal (%1)").arg(shown));
        return set(ClauseEffect::Kind::Neutral, Tr::tr("%1 does not limit which resources are reached").arg(shown));
    }
    if (!requiresTag && (!positiveMatch(c.op) || c.values.empty()))
        return set(ClauseEffect::Kind::Neutral, Tr::tr("%1 does not limit which resources are reached").arg(shown));
    if (!requiresTag && everyValue)
        return set(ClauseEffect::Kind::OptOut, Tr::tr("%1 matches every value").arg(shown));

    std::string tagService;
    const std::string tag = resourceTagName(key, c.key, &tagService);
    if (!tag.empty()) {
        std::string taggedBy;
        if (tagService == "aws") {
            for (const std::string& s : services)
                if (taggedBy.empty())
                    taggedBy = tags.taggedBy(s);
        } else {
            taggedBy = tags.taggedBy(tagService);
        }
        if (!taggedBy.empty())
            return set(ClauseEffect::Kind::GranteeControlled,
                Tr::tr("%1 rests on a tag the same principal can set with %2").arg(shown, q(taggedBy)));
        if (requiresTag)
            return set(ClauseEffect::Kind::Narrows, Tr::tr("only on resources that carry the tag %1").arg(q(tag)));
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only on resources tagged %1=%2").arg(q(tag), values(c)));
    }

    if (key == "kms:viaservice")
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only through %1 (kms:ViaService)").arg(values(c)));
    if (anyOf(key, { "aws:calledvia", "aws:calledviafirst", "aws:calledvialast" }))
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only when called through %1 (%2)").arg(values(c), q(c.key)));
    if (anyOf(key, { "aws:resourceaccount", "aws:sourceaccount", "aws:sourceowner" }))
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only for account %1 (%2)").arg(values(c), q(c.key)));
    if (anyOf(key, { "aws:resourceorgid", "aws:resourceorgpaths", "aws:sourceorgid", "aws:sourceorgpaths" }))
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only inside organization %1 (%2)").arg(values(c), q(c.key)));
    if (key == "aws:sourcearn")
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only for requests from %1 (aws:SourceArn)").arg(values(c)));
    if (anyOf(key, { "aws:sourcevpc", "aws:sourcevpce" }))
        return set(ClauseEffect::Kind::Narrows,
            Tr::tr("only through the customer's network %1 (%2)").arg(values(c), q(c.key)));
    if (anyOf(key, { "ec2:add/userid", "ec2:add/group" }))
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only shares with %1 (%2)").arg(values(c), q(c.key)));
    if (key == "iam:passedtoservice")
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only passes roles to %1 (iam:PassedToService)").arg(values(c)));
    if (anyOf(key, { "iam:policyarn", "iam:permissionsboundary", "iam:associatedresourcearn" }))
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only with %1 (%2)").arg(values(c), q(c.key)));
    if (key.starts_with("kms:encryptioncontext"))
        return set(ClauseEffect::Kind::Narrows,
            Tr::tr("only for data encrypted with the context %1 (%2)").arg(values(c), q(c.key)));
    if (key == "ec2:createaction")
        return set(
            ClauseEffect::Kind::Narrows, Tr::tr("only while creating with %1 (ec2:CreateAction)").arg(values(c)));
    if (key == "s3:prefix" || key == "s3:dataaccesspointarn" || key == "s3:dataaccesspointaccount")
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only where %1 is %2").arg(q(c.key), values(c)));
    // The caller's own account: the subject is in the customer's account, so this holds for it anyway.
    if (key == "kms:calleraccount")
        return set(ClauseEffect::Kind::Neutral, Tr::tr("%1 names the caller's account, not the resources").arg(shown));
    if (identifiesResource(key))
        return set(ClauseEffect::Kind::Narrows, Tr::tr("only where %1 is %2").arg(q(c.key), values(c)));
    return set(ClauseEffect::Kind::Neutral, Tr::tr("%1 does not limit which resources are reached").arg(shown));
}

} // namespace

std::string TagControl::taggedBy(std::string_view service) const
{
    if (!everyService.empty())
        return everyService;
    const auto it = services.find(toLowerAscii(service));
    return it == services.end() ? std::string() : it->second;
}

const ClauseEffect* ConditionEffect::narrowing() const
{
    for (const ClauseEffect& c : clauses)
        if (c.kind == ClauseEffect::Kind::Narrows)
            return &c;
    return nullptr;
}

QString ConditionEffect::whyNot() const
{
    if (clauses.empty() || narrows())
        return {};
    QStringList parts;
    for (const ClauseEffect& c : clauses)
        parts << c.why;
    return Tr::tr("the conditions do not narrow: %1").arg(parts.join(QStringLiteral("; ")));
}

ConditionEffect classifyConditions(
    const Statement& statement, const std::vector<std::string>& services, const TagControl& tags)
{
    ConditionEffect out;
    for (const ConditionClause& c : statement.conditions)
        out.clauses.push_back(judge(c, services, tags));
    return out;
}

QString describeClause(const ConditionClause& clause)
{
    return QStringLiteral("%1 %2 %3").arg(q(clause.key), q(clause.operatorText), values(clause));
}

} // namespace grantscope
