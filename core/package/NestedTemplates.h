// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <string_view>

namespace grantscope {

/**
 * Reads the template that an `AWS::CloudFormation::StackSet` or `AWS::CloudFormation::Stack` deploys,
 * as part of the package:
 *
 * - an inline `TemplateBody` (a YAML or JSON string, literal or built with Fn::Sub / Fn::Join, already
 *   resolved in `properties`) is parsed and loaded with the parent's `Parameters`; its locations are moved
 *   into the parent file (the body's line plus the line inside it), so findings point at the parent;
 * - a `TemplateURL` that names a file of the package (LoadOptions::packageFile) is that file, loaded with
 *   the parent's parameter values; any other URL is a "remote-document" note.
 *
 * Roles read this way keep the parent's logical id as a prefix ("MemberRoles/ScannerRole") and say in
 * RoleRecord::deployment where they are created (StackSet targets and regions, or a nested stack). A body
 * that does not parse, is not a template, or nests deeper than four levels is a "unreviewed" note.
 * `sourceText` is the parent file's text when known; it places a YAML block body's columns exactly.
 */
void loadNestedTemplate(const SourceMember& resource, const std::string& type, const SourceNode& properties,
    const QString& file, std::string_view sourceText, const LoadOptions& options, ReviewSubject& subject);

} // namespace grantscope
