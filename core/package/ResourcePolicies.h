// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <string>

namespace grantscope {

/**
 * Reads a CloudFormation resource policy that can let principals outside the customer's account in:
 * `AWS::KMS::Key` KeyPolicy, `AWS::S3::BucketPolicy`, `AWS::SNS::TopicPolicy`, `AWS::SQS::QueuePolicy`
 * (PolicyDocument), `AWS::SecretsManager::ResourcePolicy` (ResourcePolicy) and `AWS::ECR::Repository`
 * (RepositoryPolicyText), `AWS::Lambda::Permission` and `AWS::Events::EventBusPolicy` (the statement each adds,
 * see below). The Allow statements whose principal is another account, `*` or a federated
 * identity become a subject of kind "resource-policy" (a RoleRecord named after the resource, its
 * principals as the trust policy, the grant as its one policy), so the risk rules apply to what outsiders
 * get; `*` in a key policy's Resource means the key itself. Returns false when `type` is none of these;
 * true when it was read, whether or not it lets anyone outside in.
 */
bool readResourcePolicy(const SourceMember& resource, const std::string& type, const SourceNode& properties,
    const QString& file, const LoadOptions& options, ReviewSubject& subject);

/**
 * The statement an `AWS::Lambda::Permission` adds to its function's policy, as a policy document: Principal
 * (an account, an ARN, a service such as `s3.amazonaws.com` or `*`), Action, the function as Resource, and
 * SourceAccount / SourceArn / PrincipalOrgID / FunctionUrlAuthType as conditions. `properties` resolved,
 * with the CloudFormation property names (the Terraform loader maps its arguments to them).
 */
SourceNode lambdaPermissionPolicy(const SourceNode& properties, SourceLocation at, const LoadOptions& options);

/**
 * The statement an `AWS::Events::EventBusPolicy` adds to a bus policy: its `Statement`, or the legacy
 * Principal / Action (events:PutEvents by default) / Condition {Type, Key, Value} on EventBusName.
 */
SourceNode eventBusPolicy(const SourceNode& properties, SourceLocation at, const LoadOptions& options);

/**
 * The Terraform equivalents: the argument that holds the policy of `aws_kms_key`, `aws_s3_bucket_policy`,
 * `aws_sns_topic_policy`, `aws_sqs_queue_policy`, `aws_secretsmanager_secret_policy`,
 * `aws_ecr_repository_policy` and `aws_cloudwatch_event_bus_policy` ("policy"), or nullptr for any other type
 * (`aws_lambda_permission` and `aws_cloudwatch_event_permission` are read by the Terraform loader into the
 * properties lambdaPermissionPolicy / eventBusPolicy take).
 */
const char* terraformResourcePolicyArgument(const std::string& type);

/**
 * Adds the subject of kind "resource-policy" for the statements of `record` (a parsed resource policy)
 * that let principals outside `options.accountId` in; nothing when there are none. `keyPolicy`: a
 * Resource of "*" is the key `name`. `serviceNeedsSource`: a service principal without an aws:SourceAccount,
 * aws:SourceArn or aws:SourceOwner condition counts as outside too (any account's resource of that service
 * can use the grant), as for a Lambda function policy.
 */
void addResourcePolicySubject(const std::string& name, const QString& file, SourceLocation at, PolicyRecord record,
    bool keyPolicy, const LoadOptions& options, ReviewSubject& subject, bool serviceNeedsSource = false);

} // namespace grantscope
