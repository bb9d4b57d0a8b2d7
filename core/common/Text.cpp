// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Text.h"

#include "common/Utf8.h"

namespace grantscope {

std::string toLowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = lowerAscii(c);
    return out;
}

bool equalsIgnoreCaseAscii(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    return true;
}

bool startsWithIgnoreCaseAscii(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsIgnoreCaseAscii(s.substr(0, prefix.size()), prefix);
}

namespace {
// Length of the UTF-8 sequence starting at s[i] (1 for invalid bytes, so matching always advances).
size_t charLength(std::string_view s, size_t i, bool utf8)
{
    if (!utf8)
        return 1;
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 1;
    if (c >= 0xF0)
        n = 4;
    else if (c >= 0xE0)
        n = 3;
    else if (c >= 0xC0)
        n = 2;
    return i + n <= s.size() ? n : 1;
}
} // namespace

bool globMatch(std::string_view pattern, std::string_view text, bool ignoreCase, bool utf8)
{
    size_t p = 0, t = 0;
    size_t starP = std::string_view::npos, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starT = t;
            continue;
        }
        if (p < pattern.size() && pattern[p] == '?') {
            ++p;
            t += charLength(text, t, utf8);
            continue;
        }
        if (p < pattern.size()
            && (ignoreCase ? lowerAscii(pattern[p]) == lowerAscii(text[t]) : pattern[p] == text[t])) {
            ++p;
            ++t;
            continue;
        }
        if (starP == std::string_view::npos)
            return false;
        // Let the last star absorb one more character and retry from there.
        p = starP + 1;
        starT += charLength(text, starT, utf8);
        t = starT;
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

namespace {

bool disguising(char32_t c)
{
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x200b && c <= 0x200d) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c == 0xfeff;
}

void appendEscape(std::string& out, char32_t c)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(c >> shift) & 0xf];
}

} // namespace

std::string visibleControls(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        // Printable ASCII, newline and tab pass as they are: copied a run at a time.
        const auto* run = p;
        while (p < end && ((*p >= 0x20 && *p < 0x7f) || *p == '\n' || *p == '\t'))
            ++p;
        if (p > run)
            out.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
        if (p == end)
            break;
        const int n = utf8SequenceLength(p, end);
        if (n == 0) {
            appendEscape(out, 0xfffd);
            ++p;
            continue;
        }
        char32_t c = n == 1 ? *p : (*p & (0xff >> (n + 1)));
        for (int i = 1; i < n; ++i)
            c = (c << 6) | (p[i] & 0x3f);
        if (disguising(c))
            appendEscape(out, c);
        else
            out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
        p += n;
    }
    return out;
}

} // namespace grantscope
