// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/SourceNode.h"

#include <algorithm>

namespace grantscope {

namespace {
bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}
} // namespace

const SourceMember* SourceNode::findMember(std::string_view key) const
{
    for (const auto& m : members)
        if (m.key == key)
            return &m;
    return nullptr;
}

const SourceNode* SourceNode::find(std::string_view key) const
{
    const SourceMember* m = findMember(key);
    return m ? &m->value : nullptr;
}

const SourceNode* SourceNode::findIgnoreCase(std::string_view key) const
{
    for (const auto& m : members)
        if (equalsIgnoreCase(m.key, key))
            return &m.value;
    return nullptr;
}

const char* SourceNode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return "null";
    case Kind::Bool:
        return "boolean";
    case Kind::Number:
        return "number";
    case Kind::String:
        return "string";
    case Kind::Array:
        return "array";
    case Kind::Object:
        return "object";
    }
    return "value";
}

bool operator==(const SourceNode& a, const SourceNode& b)
{
    return a.kind == b.kind && a.location == b.location && a.text == b.text && a.tag == b.tag && a.items == b.items
        && a.members == b.members;
}

} // namespace grantscope
