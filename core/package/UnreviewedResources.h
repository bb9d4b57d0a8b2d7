// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace grantscope {

/**
 * What the review does not model but that can carry access. A resource type that grants access
 * (users, access keys, SSO permission sets, service control policies, resource policies...) and that
 * the loaders do not read into a subject must be reported, never skipped in silence: these functions
 * say why a resource is such a gap ("the AWS::SSO::PermissionSet ... is not reviewed: ..."), or
 * nothing when the resource grants nothing the review would miss.
 */

/** `type` is a CloudFormation type the loader does not model; `properties` its (resolved) Properties. */
std::optional<QString> unreviewedCloudFormationResource(
    const std::string& logicalId, const std::string& type, const SourceNode& properties);

/** `type` is a Terraform resource type the loader does not model; `body` its block body or plan values. */
std::optional<QString> unreviewedTerraformResource(
    const std::string& address, const std::string& type, const SourceNode& body);

/** Records a "package-unreviewed" note. */
void noteUnreviewed(
    ReviewSubject& subject, const QString& file, SourceLocation at, const std::string& what, const QString& message);

} // namespace grantscope
