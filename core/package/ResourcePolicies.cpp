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

} // namespace

bool readResourcePolicy(const SourceMember& resource, const std::string& type, const SourceNode& properties,
    const QString& file, const LoadOptions& options, ReviewSubject& subject)
{
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
    bool keyPolicy, const LoadOptions& options, ReviewSubject& subject)
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
        const bool external = st.notPrincipal
            || std::any_of(st.principals.begin(), st.principals.end(),
                [&](const PrincipalEntry& p) { return outsider(p, options.accountId); });
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
