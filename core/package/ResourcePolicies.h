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
 * (RepositoryPolicyText). The Allow statements whose principal is another account, `*` or a federated
 * identity become a subject of kind "resource-policy" (a RoleRecord named after the resource, its
 * principals as the trust policy, the grant as its one policy), so the risk rules apply to what outsiders
 * get; `*` in a key policy's Resource means the key itself. Returns false when `type` is none of these;
 * true when it was read, whether or not it lets anyone outside in.
 */
bool readResourcePolicy(const SourceMember& resource, const std::string& type, const SourceNode& properties,
                        const QString& file, const LoadOptions& options, ReviewSubject& subject);

} // namespace grantscope
