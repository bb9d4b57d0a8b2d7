// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/DeliveryFile.h"

#include <QFile>
#include <algorithm>
#include <cstring>
#include <libdeflate.h>

namespace grantscope {

namespace {

bool isGzip(const unsigned char* p, size_t n)
{
    return n >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

} // namespace

DeliveryFile::DeliveryFile(size_t maxBytes)
    : m_maxBytes(maxBytes)
{ }

DeliveryFile::~DeliveryFile()
{
    if (m_decompressor)
        libdeflate_free_decompressor(m_decompressor);
}

bool DeliveryFile::reserve(size_t bytes)
{
    if (bytes + kPadding <= m_capacity)
        return true;
    size_t capacity = m_capacity ? m_capacity : 1 << 20;
    while (capacity < bytes + kPadding)
        capacity *= 2;
    std::unique_ptr<char[]> grown(new (std::nothrow) char[capacity]);
    if (!grown)
        return false;
    if (m_size)
        std::memcpy(grown.get(), m_text.get(), m_size);
    m_text = std::move(grown);
    m_capacity = capacity;
    return true;
}

bool DeliveryFile::load(const QString& path, QString* error)
{
    m_size = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read: %1").arg(file.errorString());
        return false;
    }
    const qint64 fileSize = file.size();
    if (fileSize < 0 || static_cast<quint64>(fileSize) > m_maxBytes) {
        *error = QStringLiteral("file larger than %1 MB").arg(m_maxBytes >> 20);
        return false;
    }
    const auto n = static_cast<size_t>(fileSize);
    if (n + kPadding > m_rawCapacity) {
        m_rawCapacity = std::max<size_t>(n + kPadding, m_rawCapacity * 2);
        m_raw.reset(new char[m_rawCapacity]);
    }
    if (file.read(m_raw.get(), fileSize) != fileSize) {
        *error = QStringLiteral("cannot read: %1").arg(file.errorString());
        return false;
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_raw.get());
    if (isGzip(bytes, n))
        return inflate(bytes, n, error);
    // Plain JSON: hand the raw buffer over and keep the other one for the next file.
    std::memset(m_raw.get() + n, 0, kPadding);
    std::swap(m_raw, m_text);
    std::swap(m_rawCapacity, m_capacity);
    m_size = n;
    return true;
}

bool DeliveryFile::inflate(const unsigned char* in, size_t inSize, QString* error)
{
    if (!m_decompressor)
        m_decompressor = libdeflate_alloc_decompressor();
    if (!m_decompressor) {
        *error = QStringLiteral("out of memory");
        return false;
    }
    size_t pos = 0;
    while (pos < inSize) {
        // The gzip trailer holds the size of the last member (mod 4 GiB): a good first guess.
        size_t guess = 0;
        if (inSize >= 4) {
            const unsigned char* t = in + inSize - 4;
            guess = size_t(t[0]) | size_t(t[1]) << 8 | size_t(t[2]) << 16 | size_t(t[3]) << 24;
        }
        guess = std::max(guess, (inSize - pos) * 4);
        for (;;) {
            const size_t want = std::min(m_size + guess, m_maxBytes);
            if (!reserve(want)) {
                *error = QStringLiteral("out of memory");
                return false;
            }
            size_t used = 0, produced = 0;
            const libdeflate_result r = libdeflate_gzip_decompress_ex(m_decompressor, in + pos, inSize - pos,
                m_text.get() + m_size, m_capacity - kPadding - m_size, &used, &produced);
            if (r == LIBDEFLATE_SUCCESS) {
                pos += used;
                m_size += produced;
                break;
            }
            if (r == LIBDEFLATE_INSUFFICIENT_SPACE) {
                if (m_capacity - kPadding >= m_maxBytes) {
                    *error = QStringLiteral("inflates to more than %1 MB").arg(m_maxBytes >> 20);
                    return false;
                }
                guess = (m_capacity - m_size) * 2;
                continue;
            }
            *error = QStringLiteral("damaged or truncated gzip data");
            return false;
        }
        // Stop at trailing zero padding; anything else must be another gzip member.
        size_t next = pos;
        while (next < inSize && in[next] == 0)
            ++next;
        if (next == inSize)
            break;
        if (!isGzip(in + pos, inSize - pos)) {
            *error = QStringLiteral("unexpected bytes after the gzip data");
            return false;
        }
    }
    std::memset(m_text.get() + m_size, 0, kPadding);
    return true;
}

} // namespace grantscope
