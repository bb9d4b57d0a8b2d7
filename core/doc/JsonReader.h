// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "doc/SourceNode.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>

namespace grantscope {

/**
 * Resource limits for readJson(), so that untrusted input cannot make the reader use unbounded
 * memory or time. `maxDepth` also bounds the recursion of code that later walks the tree
 * (SourceNode's destructor and operator== recurse), so keep it in the hundreds.
 */
struct ReadLimits {
    size_t maxBytes = 16u * 1024 * 1024; // larger input is refused unread ("json-size")
    int maxDepth = 128; // deepest nesting of arrays and objects ("json-depth")
    size_t maxNodes = 500'000; // most values in one document, containers included ("json-size")
    friend bool operator==(const ReadLimits&, const ReadLimits&) = default;
};

/**
 * Parses JSON text (RFC 8259, strict) into a located tree: every value and every object key records
 * its 1-based line and column (in Unicode code points; "\r\n" is one line break; a leading UTF-8 BOM
 * is skipped). Strings are decoded to UTF-8; numbers keep their literal text.
 *
 * On any error returns std::nullopt and appends at least one Error diagnostic located at the
 * offending line:column (at the end of input when the text is truncated). Codes: "json-syntax",
 * "json-utf8" (input is not valid UTF-8), "json-depth", "json-size", "json-duplicate-key" (a key repeated
 * in one object, located at the second occurrence and naming the first: AWS rejects such documents).
 * Never throws, never recurses per nesting level, and runs in time linear in the input.
 */
std::optional<SourceNode> readJson(
    std::string_view text, const QString& file, Diagnostics& diagnostics, const ReadLimits& limits = {});

/** Takes one complete item of a root array (and its index); false stops the reading. */
using JsonItemHandler = std::function<bool(SourceNode& item, size_t index)>;

/**
 * Reads `text` as readJson() does (the same checks, limits and located diagnostics), but when the document is
 * an array, hands each of its items to `onItem` as soon as the item is complete and then forgets it: a long
 * array of large items is never held as one tree; `limits.maxNodes` then bounds each item, not the whole array.
 * Returns the root (an array then holds no items; any other
 * value is returned whole, for the caller to refuse), or std::nullopt when the text is not valid JSON or
 * `onItem` returned false (it says why in `diagnostics`). Items handed over before a later error stay handed
 * over: the caller decides what to do with work done on them.
 */
std::optional<SourceNode> readJsonArray(std::string_view text, const QString& file, Diagnostics& diagnostics,
    const JsonItemHandler& onItem, const ReadLimits& limits = {});

} // namespace grantscope
