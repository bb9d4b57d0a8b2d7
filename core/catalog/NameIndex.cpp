// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/NameIndex.h"

#include "common/Text.h"

#include <algorithm>
#include <bit>

namespace grantscope {

uint64_t NameIndex::hashLower(std::string_view key)
{
    // FNV-1a over the lower-cased bytes, then a final mix so the low bits used for the slot depend on all.
    uint64_t h = 14695981039346656037ull;
    for (const char c : key) {
        h ^= static_cast<unsigned char>(lowerAscii(c));
        h *= 1099511628211ull;
    }
    h ^= h >> 32;
    h *= 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 29);
}

void NameIndex::build(const std::vector<std::string>& names)
{
    // At most half full: probes stay short and an absent key meets an empty slot soon.
    const size_t capacity = std::bit_ceil(std::max<size_t>(16, names.size() * 2));
    m_mask = capacity - 1;
    m_slots.assign(capacity, Slot {});
    m_bytes.clear();
    for (size_t i = 0; i < names.size(); ++i) {
        const uint64_t h = hashLower(names[i]);
        const Slot filled { static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(i + 1),
            static_cast<uint32_t>(m_bytes.size()), static_cast<uint32_t>(names[i].size()) };
        m_bytes += names[i];
        for (uint64_t slot = h & m_mask;; slot = (slot + 1) & m_mask)
            if (m_slots[slot].index == 0) {
                m_slots[slot] = filled;
                break;
            }
    }
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
        if (s.tag != tag || s.length != key.size())
            continue;
        const char* name = m_bytes.data() + s.offset;
        size_t k = 0;
        while (k < key.size() && lowerAscii(key[k]) == name[k])
            ++k;
        if (k == key.size())
            return static_cast<int>(s.index - 1);
    }
}

} // namespace grantscope
