// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/ResourcePolicies.h"

#include "package/CloudFormationLoader.h"

#include <algorithm>
#include <map>
#include <set>

namespace grantscope {

namespace {

struct PolicyProperty {
    const char* property;
    const char* what; // shown in the subject's policy name
};

const std::map<std::string, PolicyProperty, std::less<>>& resourcePolicyTypes()
{
    static const std::map<std::string, PolicyProperty, std::less<>> types = {
        { "AWS::KMS::Key", { "KeyPolicy", "key policy" } },
        { "AWS::S3::BucketPolicy", { "PolicyDocument", "bucket policy" } },
        { "AWS::SNS::TopicPolicy", { "PolicyDocument", "topic policy" } },
        { "AWS::SQS::QueuePolicy", { "PolicyDocument", "queue policy" } },
        { "AWS::SecretsManager::ResourcePolicy", { "ResourcePolicy", "secret policy" } },
        { "AWS::ECR::Repository", { "RepositoryPolicyText", "repository policy" } },
    };
    return types;
}

// Someone the customer does not control: another account, anyone, or a federated identity. Service
// principals act for the customer and are left to the service.
bool outsider(const PrincipalEntry& p, const std::string& account)
{
    if (p.type == "*" || p.value == "*" || p.type == "Federated")
        return true;
    return p.type == "AWS" && p.value != account && p.value.find(":" + account + ":") == std::string::npos;
}

SourceNode text(std::string value, SourceLocation at)
{
    SourceNode n;
    n.kind = SourceNode::Kind::String;
    n.text = std::move(value);
    n.location = at;
    return n;
}

SourceNode object(SourceLocation at)
{
    SourceNode n;
    n.kind = SourceNode::Kind::Object;
    n.location = at;
    return n;
}

void add(SourceNode& into, std::string key, SourceNode value)
{
    const SourceLocation at = value.location;
    into.members.push_back({ std::move(key), at, std::move(value) });
}

// A Principal of a Lambda or EventBridge permission: "*", an account or an ARN, or a service.
SourceNode principalNode(const SourceNode& principal)
{
    if (principal.isScalar() && principal.text == "*")
        return text("*", principal.location);
    if (!principal.isScalar())
        return principal; // already a policy Principal (an EventBusPolicy Statement)
    SourceNode p = object(principal.location);
    const bool service = principal.text.ends_with(".amazonaws.com") || principal.text.ends_with(".amazonaws.com.cn")
        || principal.text.ends_with(".amazon.com");
    add(p, service ? "Service" : "AWS", text(principal.text, principal.location));
    return p;
}

SourceNode document(SourceNode statement, SourceLocation at)
{
    SourceNode doc = object(at);
    add(doc, "Version", text("2012-10-17", at));
    SourceNode list;
    list.kind = SourceNode::Kind::Array;
    list.location = statement.location;
    list.items.push_back(std::move(statement));
    add(doc, "Statement", std::move(list));
    return doc;
}

std::string lowered(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return s;
}

bool limitedToSource(const Statement& st)
{
    return std::any_of(st.conditions.begin(), st.conditions.end(), [](const ConditionClause& c) {
        const std::string key = lowered(c.key);
        return key == "aws:sourceaccount" || key == "aws:sourcearn" || key == "aws:sourceowner";
    });
}

} // namespace

SourceNode lambdaPermissionPolicy(const SourceNode& properties, SourceLocation at, const LoadOptions& options)
{
    SourceNode st = object(at);
    add(st, "Effect", text("Allow", at));
    if (const SourceNode* principal = properties.find("Principal"))
        add(st, "Principal", principalNode(*principal));
    const SourceNode* action = properties.find("Action");
    add(st, "Action", action && action->isScalar() ? *action : text("lambda:InvokeFunction", at));
    const SourceNode* function = properties.find("FunctionName");
    std::string arn = function && function->isScalar() ? function->text : std::string("*");
    if (arn.starts_with("${") && arn.ends_with(".Arn}")) // GetAtt of a function the template creates
        arn = arn.substr(0, arn.size() - 5) + "}";
    if (!arn.starts_with("arn:") && arn != "*")
        arn = "arn:" + options.partition + ":lambda:" + options.region + ":" + options.accountId + ":function:" + arn;
    add(st, "Resource", text(arn, function ? function->location : at));
    SourceNode conditions = object(at);
    auto condition = [&](const char* property, const char* op, const char* key) {
        const SourceNode* value = properties.find(property);
        if (!value || !value->isScalar() || value->text.empty())
            return;
        SourceNode test = object(value->location);
        add(test, key, text(value->text, value->location));
        add(conditions, op, std::move(test));
    };
    condition("SourceAccount", "StringEquals", "aws:SourceAccount");
    condition("SourceArn", "ArnLike", "aws:SourceArn");
    condition("PrincipalOrgID", "StringEquals", "aws:PrincipalOrgID");
    condition("FunctionUrlAuthType", "StringEquals", "lambda:FunctionUrlAuthType");
    // Operators repeat when several conditions share one: merge them into one block per operator.
    SourceNode merged = object(at);
    for (SourceMember& m : conditions.members) {
        auto it = std::find_if(
            merged.members.begin(), merged.members.end(), [&](const SourceMember& x) { return x.key == m.key; });
        if (it == merged.members.end())
            merged.members.push_back(std::move(m));
        else
            for (SourceMember& inner : m.value.members)
                it->value.members.push_back(std::move(inner));
    }
    if (!merged.members.empty())
        add(st, "Condition", std::move(merged));
    return document(std::move(st), at);
}

SourceNode eventBusPolicy(const SourceNode& properties, SourceLocation at, const LoadOptions& options)
{
    const SourceNode* bus = properties.find("EventBusName");
    const std::string busName = bus && bus->isScalar() && !bus->text.empty() ? bus->text : std::string("default");
    const std::string busArn = busName.starts_with("arn:")
        ? busName
        : "arn:" + options.partition + ":events:" + options.region + ":" + options.accountId + ":event-bus/" + busName;
    if (const SourceNode* statement = properties.find("Statement"); statement && statement->isObject()) {
        SourceNode st = *statement;
        if (!st.find("Resource") && !st.find("NotResource"))
            add(st, "Resource", text(busArn, statement->location));
        return document(std::move(st), statement->location);
    }
    SourceNode st = object(at);
    add(st, "Effect", text("Allow", at));
    if (const SourceNode* principal = properties.find("Principal"))
        add(st, "Principal", principalNode(*principal));
    const SourceNode* action = properties.find("Action");
    add(st, "Action", action && action->isScalar() ? *action : text("events:PutEvents", at));
    add(st, "Resource", text(busArn, bus ? bus->location : at));
    if (const SourceNode* condition = properties.find("Condition"); condition && condition->isObject()) {
        const SourceNode* type = condition->find("Type");
        const SourceNode* key = condition->find("Key");
        const SourceNode* value = condition->find("Value");
        if (type && key && value && type->isScalar() && key->isScalar()) {
            SourceNode test = object(condition->location);
            add(test, key->text, *value);
            SourceNode block = object(condition->location);
            add(block, type->text, std::move(test));
            add(st, "Condition", std::move(block));
        }
    }
    return document(std::move(st), at);
}

bool readResourcePolicy(const SourceMember& resource, const std::string& type, const SourceNode& properties,
    const QString& file, const LoadOptions& options, ReviewSubject& subject)
{
    if (type == "AWS::Lambda::Permission" || type == "AWS::Events::EventBusPolicy") {
        const bool lambda = type == "AWS::Lambda::Permission";
        const SourceNode doc = lambda ? lambdaPermissionPolicy(properties, resource.keyLocation, options)
                                      : eventBusPolicy(properties, resource.keyLocation, options);
        const std::string name = resource.key + (lambda ? " (function policy)" : " (event bus policy)");
        addResourcePolicySubject(resource.key, file, resource.keyLocation,
            policyFromNode(doc, PolicyKind::Resource, PolicyOrigin::Inline, name, file, subject), false, options,
            subject, lambda);
        return true;
    }
    const auto& types = resourcePolicyTypes();
    const auto it = types.find(type);
    if (it == types.end())
        return false;
    const SourceNode* document = properties.find(it->second.property);
    if (!document)
        return true; // a key or repository without a policy of its own: the account's IAM decides
    const std::string name = resource.key + " (" + it->second.what + ")";
    addResourcePolicySubject(resource.key, file, resource.keyLocation,
        policyFromNode(*document, PolicyKind::Resource, PolicyOrigin::Inline, name, file, subject),
        type == "AWS::KMS::Key", options, subject);
    return true;
}

const char* terraformResourcePolicyArgument(const std::string& type)
{
    static const std::set<std::string, std::less<>> types
        = { "aws_kms_key", "aws_s3_bucket_policy", "aws_sns_topic_policy", "aws_sqs_queue_policy",
              "aws_secretsmanager_secret_policy", "aws_ecr_repository_policy", "aws_cloudwatch_event_bus_policy" };
    return types.count(type) ? "policy" : nullptr;
}

void addResourcePolicySubject(const std::string& name, const QString& file, SourceLocation at, PolicyRecord record,
    bool keyPolicy, const LoadOptions& options, ReviewSubject& subject, bool serviceNeedsSource)
{
    RoleRecord grantee;
    grantee.kind = "resource-policy";
    grantee.name = name;
    grantee.logicalId = name;
    grantee.file = file;
    grantee.location = at;
    grantee.trustPolicy.file = file;
    grantee.trustPolicy.name = record.name;
    grantee.trustPolicy.kind = PolicyKind::Resource;
    grantee.trustPolicy.location = record.policy.location;
    std::vector<Statement> outside;
    for (Statement& st : record.policy.statements) {
        if (st.effect != Effect::Allow)
            continue;
        const bool external
            = st.notPrincipal || std::any_of(st.principals.begin(), st.principals.end(), [&](const PrincipalEntry& p) {
                  return outsider(p, options.accountId)
                      || (serviceNeedsSource && p.type == "Service" && !limitedToSource(st));
              });
        if (!external)
            continue;
        if (keyPolicy)
            for (LocatedString& r : st.resources)
                if (r.value == "*")
                    r.value = "arn:" + options.partition + ":kms:" + options.region + ":" + options.accountId
                        + ":key/${" + name + "}";
        outside.push_back(st);
    }
    if (outside.empty())
        return;
    grantee.hasTrustPolicy = true;
    grantee.trustPolicy.statements = outside;
    record.policy.statements = std::move(outside);
    grantee.policies.push_back(std::move(record));
    subject.roles.push_back(std::move(grantee));
}

} // namespace grantscope
