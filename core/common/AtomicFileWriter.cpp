// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AtomicFileWriter.h"

#include <QFile>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace grantscope {

AtomicFileWriter::AtomicFileWriter(const QString& path)
    : m_path(path)
{ }

AtomicFileWriter::~AtomicFileWriter() = default; // QSaveFile discards an uncommitted file

bool AtomicFileWriter::open()
{
    // A device or a pipe (-o /dev/null, -o /dev/stderr, a FIFO) is written in place: replacing it by a new file,
    // as an atomic save does, would destroy it (run as root, /dev/null would become an ordinary file).
    std::error_code failed;
    const std::filesystem::file_status status
        = std::filesystem::status(std::filesystem::path(QFile::encodeName(m_path).toStdString()), failed);
    const bool inPlace = !failed && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)
        && !std::filesystem::is_directory(status);
    if (inPlace) {
        m_device = std::make_unique<QFile>(m_path);
        m_file = m_device.get();
    } else {
        m_save = std::make_unique<QSaveFile>(m_path);
        m_file = m_save.get();
    }
    if (!m_file->open(inPlace ? QIODevice::WriteOnly | QIODevice::Unbuffered : QIODevice::WriteOnly))
        return fail();
    return true;
}

bool AtomicFileWriter::write(std::string_view bytes)
{
    if (m_failed || !m_file || !m_file->isOpen())
        return false;
    const auto size = static_cast<qint64>(bytes.size());
    if (size > 0 && m_file->write(bytes.data(), size) != size)
        return fail();
    return true;
}

bool AtomicFileWriter::commit()
{
    if (m_failed || !m_file || !m_file->isOpen())
        return false;
    if (m_device) {
        m_device->close();
        return true;
    }
    if (!m_save->commit())
        return fail();
    return true;
}

bool AtomicFileWriter::fail()
{
    if (!m_failed && m_file)
        m_error = m_file->errorString();
    m_failed = true;
    if (m_save)
        m_save->cancelWriting();
    return false;
}

} // namespace grantscope
