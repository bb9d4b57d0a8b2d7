// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/ActionSet.h"

#include <algorithm>

namespace grantscope {

namespace {
size_t wordsFor(int bits)
{
    return (static_cast<size_t>(bits) + 63) / 64;
}
} // namespace

ActionSet::ActionSet(int size)
    : m_size(size)
    , m_words(wordsFor(size), 0)
{ }

void ActionSet::grow(int size)
{
    if (size > m_size) {
        m_size = size;
        m_words.resize(wordsFor(size), 0);
    }
}

void ActionSet::set(int index)
{
    if (index < 0)
        return;
    grow(index + 1);
    m_words[static_cast<size_t>(index) / 64] |= uint64_t(1) << (index % 64);
}

void ActionSet::reset(int index)
{
    if (index < 0 || index >= m_size)
        return;
    m_words[static_cast<size_t>(index) / 64] &= ~(uint64_t(1) << (index % 64));
}

void ActionSet::setAll()
{
    std::fill(m_words.begin(), m_words.end(), ~uint64_t(0));
    if (m_size % 64 && !m_words.empty())
        m_words.back() &= (uint64_t(1) << (m_size % 64)) - 1;
}

void ActionSet::setRange(int begin, int end)
{
    begin = std::max(begin, 0);
    if (begin >= end)
        return;
    grow(end);
    const size_t first = static_cast<size_t>(begin) / 64;
    const size_t last = static_cast<size_t>(end - 1) / 64;
    const uint64_t firstMask = ~uint64_t(0) << (begin % 64);
    const uint64_t lastMask = end % 64 ? ~uint64_t(0) >> (64 - end % 64) : ~uint64_t(0);
    if (first == last) {
        m_words[first] |= firstMask & lastMask;
        return;
    }
    m_words[first] |= firstMask;
    for (size_t w = first + 1; w < last; ++w)
        m_words[w] = ~uint64_t(0);
    m_words[last] |= lastMask;
}

void ActionSet::clear()
{
    std::fill(m_words.begin(), m_words.end(), 0);
}

int ActionSet::count() const
{
    int n = 0;
    for (uint64_t w : m_words)
        n += __builtin_popcountll(w);
    return n;
}

bool ActionSet::any() const
{
    return std::any_of(m_words.begin(), m_words.end(), [](uint64_t w) { return w != 0; });
}

bool ActionSet::isSubsetOf(const ActionSet& other) const
{
    for (size_t i = 0; i < m_words.size(); ++i) {
        const uint64_t o = i < other.m_words.size() ? other.m_words[i] : 0;
        if (m_words[i] & ~o)
            return false;
    }
    return true;
}

bool ActionSet::intersects(const ActionSet& other) const
{
    const size_t n = std::min(m_words.size(), other.m_words.size());
    for (size_t i = 0; i < n; ++i)
        if (m_words[i] & other.m_words[i])
            return true;
    return false;
}

bool ActionSet::anyInRange(int begin, int end) const
{
    begin = std::max(begin, 0);
    end = std::min(end, m_size);
    if (begin >= end)
        return false;
    // Whole words between the two partial ones at the ends, masked: no bit-by-bit walk.
    const size_t first = static_cast<size_t>(begin) / 64;
    const size_t last = static_cast<size_t>(end - 1) / 64;
    const uint64_t firstMask = ~uint64_t(0) << (begin % 64);
    const uint64_t lastMask = end % 64 ? ~uint64_t(0) >> (64 - end % 64) : ~uint64_t(0);
    if (first == last)
        return (m_words[first] & firstMask & lastMask) != 0;
    if (m_words[first] & firstMask)
        return true;
    for (size_t w = first + 1; w < last; ++w)
        if (m_words[w])
            return true;
    return (m_words[last] & lastMask) != 0;
}

ActionSet& ActionSet::operator|=(const ActionSet& other)
{
    grow(other.m_size);
    for (size_t i = 0; i < other.m_words.size(); ++i)
        m_words[i] |= other.m_words[i];
    return *this;
}

ActionSet& ActionSet::operator&=(const ActionSet& other)
{
    for (size_t i = 0; i < m_words.size(); ++i)
        m_words[i] &= i < other.m_words.size() ? other.m_words[i] : 0;
    return *this;
}

ActionSet& ActionSet::operator-=(const ActionSet& other)
{
    const size_t n = std::min(m_words.size(), other.m_words.size());
    for (size_t i = 0; i < n; ++i)
        m_words[i] &= ~other.m_words[i];
    return *this;
}

ActionSet ActionSet::complement() const
{
    ActionSet out(m_size);
    for (size_t i = 0; i < m_words.size(); ++i)
        out.m_words[i] = ~m_words[i];
    if (m_size % 64 && !out.m_words.empty())
        out.m_words.back() &= (uint64_t(1) << (m_size % 64)) - 1;
    return out;
}

bool operator==(const ActionSet& a, const ActionSet& b)
{
    const size_t n = std::max(a.m_words.size(), b.m_words.size());
    for (size_t i = 0; i < n; ++i) {
        const uint64_t x = i < a.m_words.size() ? a.m_words[i] : 0;
        const uint64_t y = i < b.m_words.size() ? b.m_words[i] : 0;
        if (x != y)
            return false;
    }
    return true;
}

std::vector<int> ActionSet::indices() const
{
    std::vector<int> out;
    out.reserve(static_cast<size_t>(count()));
    forEach([&](int i) { out.push_back(i); });
    return out;
}

} // namespace grantscope
