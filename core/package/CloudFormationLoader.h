// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <string_view>

namespace grantscope {

/** Does this document look like a CloudFormation template (a Resources map of typed resources)? */
bool looksLikeCloudFormation(const SourceNode& root);

/**
 * Reads the IAM parts of a CloudFormation template (JSON or YAML) into `subject`:
 * `AWS::IAM::Role` (trust policy, inline policies, managed-policy ARNs, permissions boundary),
 * `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy` and `AWS::IAM::RolePolicy` with their attachments.
 * Intrinsic functions are resolved with IntrinsicResolver; AWS managed policies named by ARN are
 * resolved from the bundled copy. StackSet bodies and nested stacks whose template is a file of the
 * package are read as part of it (NestedTemplates.h). What the template cannot show (macros, custom
 * resources, remote templates, unknown ARNs) is recorded as PackageNotes; resource types that can grant
 * access and are not modelled are "unreviewed" notes (UnreviewedResources.h). `sourceText`, when given,
 * is the file's text, used to place inline template bodies exactly.
 */
void loadCloudFormation(const SourceNode& root, const QString& file, const LoadOptions& options, ReviewSubject& subject,
    std::string_view sourceText = {});

/**
 * Resolves an AWS managed policy ARN from the bundled copy into a PolicyRecord; records a note when
 * the ARN is unknown. `location` is where the package names the ARN.
 */
PolicyRecord awsManagedPolicy(
    const std::string& arn, const QString& file, SourceLocation location, ReviewSubject& subject);

/** Parses a policy document given as a tree or as a JSON string into a record. */
PolicyRecord policyFromNode(const SourceNode& document, PolicyKind kind, PolicyOrigin origin, std::string name,
    const QString& file, ReviewSubject& subject);

} // namespace grantscope
