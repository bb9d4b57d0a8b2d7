// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

struct SourceMember;

/**
 * A located document tree: what JSON and YAML readers produce, and what the policy parser and the
 * package loaders consume. Every node keeps where it starts in the source so that findings and
 * errors point at the exact text. Scalars keep their text: a number keeps its literal ("3600"),
 * a boolean "true"/"false". YAML short-form tags (`!Ref`) are kept in `tag`.
 */
struct SourceNode {
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    SourceLocation location;
    std::string text; // scalar value (UTF-8); empty for containers and null
    std::string tag; // YAML tag such as "!Sub"; empty in JSON
    std::vector<SourceNode> items; // Array elements
    std::vector<SourceMember> members; // Object members, in source order

    bool isNull() const { return kind == Kind::Null; }
    bool isString() const { return kind == Kind::String; }
    bool isArray() const { return kind == Kind::Array; }
    bool isObject() const { return kind == Kind::Object; }
    bool isScalar() const { return kind == Kind::String || kind == Kind::Number || kind == Kind::Bool; }

    /** First member whose key equals `key` exactly, or nullptr. */
    const SourceNode* find(std::string_view key) const;
    /** First member whose key equals `key` ignoring ASCII case, or nullptr. */
    const SourceNode* findIgnoreCase(std::string_view key) const;
    const SourceMember* findMember(std::string_view key) const;

    /** A short human name of the kind for messages ("string", "object", ...). */
    static const char* kindName(Kind kind);

    friend bool operator==(const SourceNode&, const SourceNode&);
};

struct SourceMember {
    std::string key;
    SourceLocation keyLocation;
    SourceNode value;
    friend bool operator==(const SourceMember&, const SourceMember&) = default;
};

/** A parsed file: its name (for diagnostics) and its root node. */
struct SourceDocument {
    QString file;
    SourceNode root;
};

} // namespace grantscope
