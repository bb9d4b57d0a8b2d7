// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AtomicFile.h"

#include <QFile>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace grantscope {

bool writeFileAtomically(const QString& path, std::string_view bytes, QString* error)
{
    // A device or a pipe (-o /dev/null, -o /dev/stderr, a FIFO) is written in place: replacing it by a new file,
    // as an atomic save does, would destroy it (run as root, /dev/null would become an ordinary file).
    std::error_code failed;
    const std::filesystem::file_status status
        = std::filesystem::status(std::filesystem::path(QFile::encodeName(path).toStdString()), failed);
    if (!failed && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)
        && !std::filesystem::is_directory(status)) {
        QFile device(path);
        const auto size = static_cast<qint64>(bytes.size());
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || device.write(bytes.data(), size) != size) {
            if (error)
                *error = device.errorString();
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    const auto size = static_cast<qint64>(bytes.size());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), size) != size || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace grantscope
