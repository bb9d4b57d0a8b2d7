// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/NameIndex.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace grantscope {

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;

// Eight bytes at a time, ASCII letters lower-cased in all of them at once: where a byte's low seven bits
// reach 'A' but not past 'Z' (and its top bit is clear), 0x20 is set.
uint64_t lower8(uint64_t x)
{
    const uint64_t low7 = x & (0x7F * kOnes);
    const uint64_t fromA = low7 + (0x80 - 'A') * kOnes;
    const uint64_t pastZ = low7 + (0x80 - 'Z' - 1) * kOnes;
    return x | ((fromA & ~pastZ & ~x & (0x80 * kOnes)) >> 2);
}

// Bytes [at, at + count) of `s` (count <= 8) as a word, the rest zero.
uint64_t load(const char* s, size_t count)
{
    uint64_t w = 0;
    std::memcpy(&w, s, count);
    return w;
}

} // namespace

uint64_t NameIndex::hashLower(std::string_view key)
{
    // A word at a time (a name is some 25 bytes: four steps, not 25 multiplications one after another),
    // then a final mix so the low bits used for the slot depend on all.
    uint64_t h = 0x9e3779b97f4a7c15ull ^ key.size();
    size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        h = (h ^ lower8(load(key.data() + i, 8))) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    if (i < key.size()) {
        h = (h ^ lower8(load(key.data() + i, key.size() - i))) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    h *= 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 29);
}

void NameIndex::build(const std::vector<std::string>& names)
{
    m_ownedOffsets.clear();
    m_ownedOffsets.reserve(names.size() + 1);
    m_owned.clear();
    for (const std::string& name : names) {
        m_ownedOffsets.push_back(static_cast<uint32_t>(m_owned.size()));
        m_owned += name;
    }
    m_ownedOffsets.push_back(static_cast<uint32_t>(m_owned.size()));
    build(m_owned, m_ownedOffsets);
}

void NameIndex::build(std::string_view bytes, std::span<const uint32_t> offsets)
{
    const size_t count = offsets.empty() ? 0 : offsets.size() - 1;
    // Up to 70% full: the 22,000 catalogue names fit 32,768 slots. Linear probes stay within a cache line or
    // two, since eight slots share one.
    const size_t capacity = std::bit_ceil(std::max<size_t>(16, count * 10 / 7 + 1));
    m_mask = capacity - 1;
    m_ownedSlots.assign(capacity, Slot {});
    for (size_t i = 0; i < count; ++i) {
        const uint64_t h = hashLower(bytes.substr(offsets[i], offsets[i + 1] - offsets[i]));
        const Slot filled { static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(i + 1) };
        for (uint64_t slot = h & m_mask;; slot = (slot + 1) & m_mask)
            if (m_ownedSlots[slot].index == 0) {
                m_ownedSlots[slot] = filled;
                break;
            }
    }
    m_slots = m_ownedSlots;
    m_bytes = bytes;
    m_offsets = offsets;
}

void NameIndex::view(std::span<const Slot> slots, std::string_view bytes, std::span<const uint32_t> offsets)
{
    m_ownedSlots.clear();
    m_slots = slots;
    m_mask = slots.empty() ? 0 : slots.size() - 1;
    m_bytes = bytes;
    m_offsets = offsets;
}

int NameIndex::find(std::string_view key) const
{
    if (m_slots.empty())
        return -1;
    const uint64_t h = hashLower(key);
    const auto tag = static_cast<uint32_t>(h >> 32);
    for (uint64_t slot = h & m_mask;; slot = (slot + 1) & m_mask) {
        const Slot& s = m_slots[slot];
        if (s.index == 0)
            return -1;
        if (s.tag != tag)
            continue;
        const uint32_t offset = m_offsets[s.index - 1];
        if (m_offsets[s.index] - offset != key.size())
            continue;
        const char* name = m_bytes.data() + offset;
        size_t k = 0;
        for (; k + 8 <= key.size(); k += 8)
            if (lower8(load(key.data() + k, 8)) != load(name + k, 8))
                break;
        if (k + 8 <= key.size())
            continue;
        if (k == key.size() || lower8(load(key.data() + k, key.size() - k)) == load(name + k, key.size() - k))
            return static_cast<int>(s.index - 1);
    }
}

} // namespace grantscope
