// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace grantscope {

/**
 * A set of catalogue actions as a bitset over their dense indices (Catalog::action). Union,
 * intersection and difference of whole permission sets cost a few hundred word operations.
 * Sets of different sizes combine as if the shorter were padded with zeros.
 *
 * Only the words between the first and the last that can hold a member are stored (a window): an empty
 * set of the catalogue's 22,000 actions allocates nothing, and a statement's actions of one service (one
 * run of indices) take a few words instead of 2.7 KB. Every word outside the window is zero.
 */
class ActionSet {
public:
    ActionSet() = default;
    explicit ActionSet(int size);

    int size() const { return m_size; }
    void set(int index);
    void reset(int index);
    bool test(int index) const
    {
        // Unsigned: a negative index wraps round to a huge one and fails the bound, one compare for both.
        if (static_cast<unsigned>(index) >= static_cast<unsigned>(m_size))
            return false;
        return (word(static_cast<std::size_t>(index) / 64) >> (index % 64)) & 1U;
    }
    void setAll();
    /** Sets every index in [begin, end), growing the set as set() does; a word at a time. */
    void setRange(int begin, int end);
    void clear();

    int count() const;
    bool any() const;
    bool none() const { return !any(); }
    bool isSubsetOf(const ActionSet& other) const;
    bool intersects(const ActionSet& other) const;
    /** Is any index in [begin, end) set? */
    bool anyInRange(int begin, int end) const;

    ActionSet& operator|=(const ActionSet& other);
    ActionSet& operator&=(const ActionSet& other);
    ActionSet& operator-=(const ActionSet& other);
    friend ActionSet operator|(ActionSet a, const ActionSet& b) { return a |= b; }
    /** Built over the two windows' overlap only, not a copy of `a` narrowed afterwards. */
    friend ActionSet operator&(const ActionSet& a, const ActionSet& b);
    friend ActionSet operator-(ActionSet a, const ActionSet& b) { return a -= b; }
    /**
     * Narrows the stored words to those from the first to the last member, and gives back memory when most
     * of it is unused: for a set made by reset()s of a copy (operators narrow their results themselves).
     */
    void trim();
    /** Every action of a catalogue of `size()` actions that is not in this set. */
    ActionSet complement() const;

    friend bool operator==(const ActionSet& a, const ActionSet& b);

    std::vector<int> indices() const;
    template <typename F> void forEach(F&& f) const { forEachInRange(0, m_size, f); }
    /** Calls f(index) for each set index in [begin, end), ascending; a word at a time, not a bit. */
    template <typename F> void forEachInRange(int begin, int end, F&& f) const
    {
        forEachWordInRange(begin, end, [&](std::size_t w, uint64_t bits) {
            while (bits) {
                const int bit = __builtin_ctzll(bits);
                f(static_cast<int>(w * 64 + static_cast<std::size_t>(bit)));
                bits &= bits - 1;
            }
        });
    }

    /**
     * Calls f(first, last) for each run of consecutive set indices [first, last) within [begin, end),
     * ascending; a run that crosses a word boundary is one call. Found a word at a time.
     */
    template <typename F> void forEachRunInRange(int begin, int end, F&& f) const
    {
        int runFirst = -1;
        int runLast = -1;
        forEachWordInRange(begin, end, [&](std::size_t w, uint64_t bits) {
            const int base = static_cast<int>(w * 64);
            while (bits) {
                const int low = __builtin_ctzll(bits);
                // The run's length: the ones from `low` up, counted as the zeros of their complement.
                const uint64_t above = ~(bits >> low);
                const int length = above ? __builtin_ctzll(above) : 64;
                if (runLast == base + low) {
                    runLast += length;
                } else {
                    if (runFirst >= 0)
                        f(runFirst, runLast);
                    runFirst = base + low;
                    runLast = runFirst + length;
                }
                bits = low + length >= 64 ? 0 : bits & (~uint64_t(0) << (low + length));
            }
        });
        if (runFirst >= 0)
            f(runFirst, runLast);
    }

private:
    /**
     * Calls f(w, bits) for each stored word w that overlaps [begin, end), ascending, with the bits outside the
     * range cleared (a word may come with none set).
     */
    template <typename F> void forEachWordInRange(int begin, int end, F&& f) const
    {
        begin = begin < 0 ? 0 : begin;
        end = end > m_size ? m_size : end;
        if (begin >= end || m_words.empty())
            return;
        const std::size_t first = static_cast<std::size_t>(begin) / 64;
        const std::size_t last = static_cast<std::size_t>(end - 1) / 64;
        const std::size_t from = first > m_first ? first : m_first;
        const std::size_t to = last < m_first + m_words.size() - 1 ? last : m_first + m_words.size() - 1;
        for (std::size_t w = from; w <= to; ++w) {
            uint64_t bits = m_words[w - m_first];
            if (w == first)
                bits &= ~uint64_t(0) << (begin % 64);
            if (w == last && end % 64)
                bits &= ~uint64_t(0) >> (64 - end % 64);
            f(w, bits);
        }
    }

    void grow(int size);
    /** Widens the window to hold words [first, last] (zero-filled). */
    void cover(std::size_t first, std::size_t last);
    /** Word `w` of the whole set (zero outside the window). */
    uint64_t word(std::size_t w) const
    {
        return w >= m_first && w - m_first < m_words.size() ? m_words[w - m_first] : 0;
    }
    std::size_t windowEnd() const { return m_first + m_words.size(); }

    int m_size = 0;
    std::size_t m_first = 0; // index of the first stored word
    std::vector<uint64_t> m_words; // words [m_first, m_first + size)
};

} // namespace grantscope
