// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstddef>
#include <memory>

struct libdeflate_decompressor;

namespace grantscope {

/**
 * Reads one trail file into memory, inflating it when it is gzip (recognised by its magic bytes, not
 * its name; concatenated gzip members are read in turn). One delivery file is small, so it is held
 * whole, never a whole folder. The text is followed by zeroed padding, as simdjson needs.
 * Reusable: a reader keeps its buffers and decompressor between files (one reader per thread).
 */
class DeliveryFile {
public:
    static constexpr size_t kPadding = 64;

    explicit DeliveryFile(size_t maxBytes = size_t(1) << 30);
    ~DeliveryFile();
    DeliveryFile(const DeliveryFile&) = delete;
    DeliveryFile& operator=(const DeliveryFile&) = delete;

    /** Loads `path`; false with `error` set (translated) when it cannot be read or inflated. */
    bool load(const QString& path, QString* error);

    const char* data() const { return m_text.get(); }
    size_t size() const { return m_size; }

private:
    bool reserve(size_t bytes);
    bool inflate(const unsigned char* in, size_t inSize, QString* error);

    size_t m_maxBytes;
    std::unique_ptr<char[]> m_raw;
    size_t m_rawCapacity = 0;
    std::unique_ptr<char[]> m_text;
    size_t m_capacity = 0;
    size_t m_size = 0;
    libdeflate_decompressor* m_decompressor = nullptr;
};

} // namespace grantscope
