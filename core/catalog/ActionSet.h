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
 */
class ActionSet {
public:
    ActionSet() = default;
    explicit ActionSet(int size);

    int size() const { return m_size; }
    void set(int index);
    void reset(int index);
    bool test(int index) const;
    void setAll();
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
    friend ActionSet operator&(ActionSet a, const ActionSet& b) { return a &= b; }
    friend ActionSet operator-(ActionSet a, const ActionSet& b) { return a -= b; }
    /** Every action of a catalogue of `size()` actions that is not in this set. */
    ActionSet complement() const;

    friend bool operator==(const ActionSet& a, const ActionSet& b);

    std::vector<int> indices() const;
    template <typename F> void forEach(F&& f) const
    {
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            uint64_t bits = m_words[w];
            while (bits) {
                const int bit = __builtin_ctzll(bits);
                f(static_cast<int>(w * 64 + static_cast<std::size_t>(bit)));
                bits &= bits - 1;
            }
        }
    }

private:
    void grow(int size);
    int m_size = 0;
    std::vector<uint64_t> m_words;
};

} // namespace grantscope
