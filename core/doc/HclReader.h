// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "doc/JsonReader.h"
#include "doc/SourceNode.h"

#include <optional>
#include <string_view>

namespace grantscope {

/**
 * Parses HCL2 native syntax (Terraform's `.tf` and `.tfvars`) into the located tree that the same
 * configuration written in Terraform's JSON syntax (`.tf.json`) gives to readJson(), so that one
 * loader reads both:
 *
 * - an attribute `name = expr` is the member "name";
 * - a block `type "label1" "label2" { ... }` is the member "type" whose value is an object keyed by
 *   "label1", whose value is an object keyed by "label2", whose value is the body; blocks of the same
 *   type merge into that object; a repeated block with the same labels (`statement`, `condition`,
 *   `principals`, ...) turns its leaf into an array of bodies, as the JSON syntax spells it;
 * - a literal expression (quoted string, heredoc, number, `true`, `false`, `null`, a tuple `[...]` or an
 *   object `{...}`) is the matching JSON value, each element converted the same way; a string is its
 *   template text (escapes decoded, `${...}` and `%{...}` kept as written, `<<-` indentation removed);
 *   `-5` is a number;
 * - any other expression (reference, function call, operator, conditional, `for`, splat) is the string
 *   "${<expression>}" with the expression's source text, comments removed.
 *
 * Every value, key and label keeps its 1-based line and column (in Unicode code points; a block body's
 * location is its `{`, a string's its opening quote, a heredoc's its `<<`). Comments `#`, `//` and
 * block comments are skipped. The whole expression grammar is checked (operators, conditionals, `for`
 * expressions, splats, template directives `%{if}`/`%{for}` and their ends), so malformed input fails
 * where it is malformed.
 *
 * On any error returns std::nullopt and appends an Error diagnostic at the offending line:column.
 * Codes: "hcl-syntax", "hcl-utf8", "hcl-duplicate" (an attribute set twice in one body, or an
 * attribute and a block of the same name), "hcl-depth" (blocks, brackets and templates nested deeper
 * than `limits.maxDepth`), "hcl-size" (more bytes or values than the limits). Never throws; recursion
 * is bounded by `limits.maxDepth`; runs in time linear in the input.
 */
std::optional<SourceNode> readHcl(
    std::string_view text, const QString& file, Diagnostics& diagnostics, const ReadLimits& limits = {});

} // namespace grantscope
