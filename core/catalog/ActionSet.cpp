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
    : m_size(std::max(size, 0))
{ }

void ActionSet::grow(int size)
{
    m_size = std::max(m_size, size);
}

void ActionSet::cover(size_t first, size_t last)
{
    if (m_words.empty()) {
        m_first = first;
        m_words.assign(last - first + 1, 0);
        return;
    }
    if (first < m_first) {
        m_words.insert(m_words.begin(), m_first - first, 0);
        m_first = first;
    }
    if (last >= windowEnd())
        m_words.resize(last - m_first + 1, 0);
}

void ActionSet::trim()
{
    size_t begin = 0;
    size_t end = m_words.size();
    while (begin < end && m_words[begin] == 0)
        ++begin;
    while (end > begin && m_words[end - 1] == 0)
        --end;
    if (begin == end) {
        m_words.clear();
        m_first = 0;
    } else if (begin > 0 || end < m_words.size()) {
        m_words.erase(m_words.begin() + static_cast<std::ptrdiff_t>(end), m_words.end());
        m_words.erase(m_words.begin(), m_words.begin() + static_cast<std::ptrdiff_t>(begin));
        m_first += begin;
    }
    // A narrowed copy of a large set keeps the large buffer: give it back when three quarters are unused.
    if (m_words.capacity() >= 16 && m_words.size() * 4 < m_words.capacity())
        m_words.shrink_to_fit();
}

void ActionSet::set(int index)
{
    if (index < 0)
        return;
    grow(index + 1);
    const size_t w = static_cast<size_t>(index) / 64;
    cover(w, w);
    m_words[w - m_first] |= uint64_t(1) << (index % 64);
}

void ActionSet::reset(int index)
{
    if (index < 0 || index >= m_size)
        return;
    const size_t w = static_cast<size_t>(index) / 64;
    if (w >= m_first && w < windowEnd())
        m_words[w - m_first] &= ~(uint64_t(1) << (index % 64));
}

void ActionSet::setAll()
{
    m_first = 0;
    m_words.assign(wordsFor(m_size), ~uint64_t(0));
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
    cover(first, last);
    const uint64_t firstMask = ~uint64_t(0) << (begin % 64);
    const uint64_t lastMask = end % 64 ? ~uint64_t(0) >> (64 - end % 64) : ~uint64_t(0);
    uint64_t* words = m_words.data() + (first - m_first); // words[0] is word `first`
    if (first == last) {
        words[0] |= firstMask & lastMask;
        return;
    }
    words[0] |= firstMask;
    for (size_t w = 1; w < last - first; ++w)
        words[w] = ~uint64_t(0);
    words[last - first] |= lastMask;
}

void ActionSet::clear()
{
    m_words.clear();
    m_first = 0;
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
    for (size_t i = 0; i < m_words.size(); ++i)
        if (m_words[i] & ~other.word(m_first + i))
            return false;
    return true;
}

bool ActionSet::intersects(const ActionSet& other) const
{
    const size_t from = std::max(m_first, other.m_first);
    const size_t to = std::min(windowEnd(), other.windowEnd());
    for (size_t w = from; w < to; ++w)
        if (m_words[w - m_first] & other.m_words[w - other.m_first])
            return true;
    return false;
}

bool ActionSet::anyInRange(int begin, int end) const
{
    begin = std::max(begin, 0);
    end = std::min(end, m_size);
    if (begin >= end || m_words.empty())
        return false;
    // Whole words between the two partial ones at the ends, masked: no bit-by-bit walk.
    const size_t first = static_cast<size_t>(begin) / 64;
    const size_t last = static_cast<size_t>(end - 1) / 64;
    const uint64_t firstMask = ~uint64_t(0) << (begin % 64);
    const uint64_t lastMask = end % 64 ? ~uint64_t(0) >> (64 - end % 64) : ~uint64_t(0);
    if (first == last)
        return (word(first) & firstMask & lastMask) != 0;
    if (word(first) & firstMask)
        return true;
    const size_t from = std::max(first + 1, m_first);
    const size_t to = std::min(last, windowEnd());
    for (size_t w = from; w < to; ++w)
        if (m_words[w - m_first])
            return true;
    return (word(last) & lastMask) != 0;
}

ActionSet& ActionSet::operator|=(const ActionSet& other)
{
    grow(other.m_size);
    // Only the other set's non-zero words widen this one's window.
    size_t begin = 0;
    size_t end = other.m_words.size();
    while (begin < end && other.m_words[begin] == 0)
        ++begin;
    while (end > begin && other.m_words[end - 1] == 0)
        --end;
    if (begin == end)
        return *this;
    cover(other.m_first + begin, other.m_first + end - 1);
    for (size_t i = begin; i < end; ++i)
        m_words[other.m_first + i - m_first] |= other.m_words[i];
    return *this;
}

ActionSet& ActionSet::operator&=(const ActionSet& other)
{
    for (size_t i = 0; i < m_words.size(); ++i)
        m_words[i] &= other.word(m_first + i);
    trim();
    return *this;
}

ActionSet operator&(const ActionSet& a, const ActionSet& b)
{
    ActionSet out(std::max(a.m_size, b.m_size));
    const size_t from = std::max(a.m_first, b.m_first);
    const size_t to = std::min(a.windowEnd(), b.windowEnd());
    if (from >= to)
        return out;
    out.m_first = from;
    out.m_words.resize(to - from);
    for (size_t w = from; w < to; ++w)
        out.m_words[w - from] = a.m_words[w - a.m_first] & b.m_words[w - b.m_first];
    out.trim();
    return out;
}

ActionSet& ActionSet::operator-=(const ActionSet& other)
{
    const size_t from = std::max(m_first, other.m_first);
    const size_t to = std::min(windowEnd(), other.windowEnd());
    if (from >= to)
        return *this;
    for (size_t w = from; w < to; ++w)
        m_words[w - m_first] &= ~other.m_words[w - other.m_first];
    trim();
    return *this;
}

ActionSet ActionSet::complement() const
{
    ActionSet out(m_size);
    out.m_words.resize(wordsFor(m_size));
    for (size_t i = 0; i < out.m_words.size(); ++i)
        out.m_words[i] = ~word(i);
    if (m_size % 64 && !out.m_words.empty())
        out.m_words.back() &= (uint64_t(1) << (m_size % 64)) - 1;
    out.trim();
    return out;
}

bool operator==(const ActionSet& a, const ActionSet& b)
{
    const size_t from = std::min(a.m_first, b.m_first);
    const size_t to = std::max(a.windowEnd(), b.windowEnd());
    for (size_t w = from; w < to; ++w)
        if (a.word(w) != b.word(w))
            return false;
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
