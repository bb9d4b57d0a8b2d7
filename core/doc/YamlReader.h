// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "doc/JsonReader.h"
#include "doc/SourceNode.h"

#include <optional>
#include <string_view>

namespace grantscope {

/**
 * Parses YAML text (with yaml-cpp) into the same located tree as readJson(), so CloudFormation
 * templates in YAML and JSON are handled alike. Locations are 1-based. Short-form tags such as
 * `!Ref` or `!Sub` are kept in SourceNode::tag. Plain scalars become Null ("", "~", "null"), Bool
 * ("true"/"false"), Number (numeric literals) or String; quoted scalars are always String.
 *
 * Untrusted input is bounded: input size, nesting depth, and the number of nodes after aliases are
 * expanded (an alias bomb stops at `limits.maxNodes`), all enforced while the events are read, so
 * memory stays proportional to the values kept. A key repeated in one mapping is an error at the second
 * occurrence ("yaml-duplicate-key"): which value another reader would apply cannot be known. Reading
 * is linear in the input. Parsing runs on a worker thread with a large stack so that yaml-cpp's
 * recursive parser cannot exhaust the caller's stack. Returns std::nullopt with a located Error
 * diagnostic ("yaml-syntax", "yaml-depth", "yaml-size", "yaml-duplicate-key") on failure; never throws.
 */
std::optional<SourceNode> readYaml(
    std::string_view text, const QString& file, Diagnostics& diagnostics, const ReadLimits& limits = {});

} // namespace grantscope
