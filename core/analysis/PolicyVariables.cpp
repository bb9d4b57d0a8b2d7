// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PolicyVariables.h"

#include "analysis/RequestContext.h"

namespace grantscope {

namespace {

std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

// Index of the '}' closing a variable whose body starts at `from`, skipping a quoted default value
// (so "${aws:userid, 'a}b'}" closes after the quote); npos when it is never closed.
size_t findClosingBrace(std::string_view value, size_t from)
{
    bool quoted = false;
    for (size_t i = from; i < value.size(); ++i) {
        if (value[i] == '\'')
            quoted = !quoted;
        else if (value[i] == '}' && !quoted)
            return i;
    }
    return std::string_view::npos;
}

// A `${LogicalId}` or `${aws_kms_key.archive}` that a package loader wrote for a value only known once the
// package is deployed (a resource's ARN or id, an unset parameter): every AWS policy variable names a
// context key, and every context key has a ':' ("aws:username", "s3:prefix", "saml:sub"). Such a
// placeholder is not looked up; it stands for itself, so a request on the resource it names can match it.
bool isPlaceholder(std::string_view body)
{
    return !body.empty() && body.find(':') == std::string_view::npos && body.find(',') == std::string_view::npos;
}

// The value of the body of `${body}`; nullopt when it cannot be resolved.
std::optional<std::string> lookUp(std::string_view body, const RequestContext& context)
{
    std::string_view name = body;
    std::optional<std::string_view> fallback;
    if (const size_t comma = body.find(','); comma != std::string_view::npos) {
        name = body.substr(0, comma);
        const std::string_view rest = trimSpaces(body.substr(comma + 1));
        // A malformed default is not something AWS would accept; refuse to guess what it means.
        if (rest.size() < 2 || rest.front() != '\'' || rest.back() != '\'')
            return std::nullopt;
        fallback = rest.substr(1, rest.size() - 2);
    }
    name = trimSpaces(name);
    if (name.empty())
        return std::nullopt;
    if (const std::vector<std::string>* values = context.find(name); values && !values->empty()) {
        if (values->size() != 1)
            return std::nullopt;
        return values->front();
    }
    if (fallback)
        return std::string(*fallback);
    return std::nullopt;
}

std::optional<std::string> substitute(
    std::string_view value, const RequestContext& context, VariableMode mode, bool asPattern)
{
    std::string out;
    out.reserve(value.size());
    auto appendLiteral = [&](std::string_view text) {
        for (char c : text) {
            if (asPattern && (c == '*' || c == '?' || c == '\\'))
                out += '\\';
            out += c;
        }
    };
    for (size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '$' && mode != VariableMode::Literal && i + 1 < value.size() && value[i + 1] == '{') {
            const size_t close = findClosingBrace(value, i + 2);
            if (close != std::string_view::npos) {
                const std::string_view body = value.substr(i + 2, close - i - 2);
                if (body == "*" || body == "?" || body == "$") {
                    appendLiteral(body);
                } else if (mode == VariableMode::EscapesOnly || isPlaceholder(body)) {
                    appendLiteral(value.substr(i, close - i + 1));
                } else {
                    const std::optional<std::string> resolved = lookUp(body, context);
                    if (!resolved)
                        return std::nullopt;
                    appendLiteral(*resolved);
                }
                i = close;
                continue;
            }
        }
        if (c == '*' || c == '?')
            out += c;
        else
            appendLiteral(std::string_view(&value[i], 1));
    }
    return out;
}

} // namespace

std::optional<std::string> substituteAsPattern(std::string_view value, const RequestContext& context, VariableMode mode)
{
    return substitute(value, context, mode, /*asPattern=*/true);
}

std::optional<std::string> substituteAsText(std::string_view value, const RequestContext& context, VariableMode mode)
{
    return substitute(value, context, mode, /*asPattern=*/false);
}

size_t arnResourcePartStart(std::string_view pattern)
{
    int colons = 0;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '$' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
            const size_t close = findClosingBrace(pattern, i + 2);
            if (close != std::string_view::npos) {
                i = close;
                continue;
            }
        }
        if (pattern[i] == ':' && ++colons == 5)
            return i + 1;
    }
    return std::string_view::npos;
}

} // namespace grantscope
