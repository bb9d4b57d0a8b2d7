// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/**
 * Case-insensitive (ASCII) look-up of a fixed list of lower-case names: an open-addressed table of
 * indexes in one array. A look-up hashes the key while lower-casing it and compares it with the stored
 * name byte by byte, so it neither allocates nor copies the key, and a probe touches one array (not a
 * node per entry as std::unordered_map does): the catalogue's 22,000 names are looked up once per action
 * written in every policy.
 */
class NameIndex {
public:
    // A slot is eight bytes, so the catalogue's table is 256 KiB and stays in cache across look-ups; a probe
    // compares tags only, and the name's bytes are read once the tag matches (a false match is one in 2^32).
    struct Slot {
        uint32_t tag = 0; // high bits of the name's hash
        uint32_t index = 0; // index + 1 of the name; 0 = empty
    };

    NameIndex() = default;
    // The index may view its own copy of the names: it is built in place and never copied or moved.
    NameIndex(const NameIndex&) = delete;
    NameIndex& operator=(const NameIndex&) = delete;

    /** Indexes `names` (already lower case; of equal names the first is found), keeping a copy of them. */
    void build(const std::vector<std::string>& names);
    /**
     * Indexes names laid out one after another in `bytes`, name i at [offsets[i], offsets[i + 1]), already
     * lower case, without a copy: `bytes` and `offsets` must outlive the index and not move.
     */
    void build(std::string_view bytes, std::span<const uint32_t> offsets);
    /**
     * Uses a table another index built (slots(), kept with the names and offsets it was built over), without a
     * copy: all three must outlive the index. The slot count must be a power of two.
     */
    void view(std::span<const Slot> slots, std::string_view bytes, std::span<const uint32_t> offsets);
    /** The table, for view(): saved with the names, it needs no building when read again. */
    std::span<const Slot> slots() const { return m_slots; }
    /** The index of the name equal to `key` ignoring ASCII case, or -1. */
    int find(std::string_view key) const;

private:
    static uint64_t hashLower(std::string_view key);

    std::vector<Slot> m_ownedSlots; // the table, when built here
    std::span<const Slot> m_slots; // m_ownedSlots or a table built elsewhere
    std::string m_owned; // the names one after another, when given as strings
    std::string_view m_bytes; // the names one after another (m_owned or the caller's)
    std::vector<uint32_t> m_ownedOffsets; // when given as strings
    std::span<const uint32_t> m_offsets; // name i is [m_offsets[i], m_offsets[i + 1]) of m_bytes
    uint64_t m_mask = 0;
};

} // namespace grantscope
