// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/SourceFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <limits>
#include <system_error>

namespace grantscope {

namespace {
constexpr size_t kChunkBytes = 64 * 1024;
} // namespace

std::optional<SourceText> readSourceFile(const QString& path, Diagnostics& diagnostics, size_t maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString& message) {
        diagnostics.push_back(Diagnostic { DiagnosticSeverity::Error, "io", path, SourceLocation {}, message });
        return std::nullopt;
    };
    const auto tooLarge = [&] {
        return fail(QCoreApplication::translate("SourceFile", "%1 is larger than the limit of %2 bytes")
                        .arg(shown)
                        .arg(qulonglong(maxBytes)));
    };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("SourceFile", "no file name given"));
    if (QFileInfo(path).isDir())
        return fail(QCoreApplication::translate("SourceFile", "%1 is a directory, not a file").arg(shown));
    // Opening a named pipe blocks until something writes to it, and a device never ends: only regular files
    // (or links to them) are read.
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(path.toStdString(), error);
    if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        return fail(QCoreApplication::translate("SourceFile",
            "%1 is not a regular file (a pipe, device or socket): "
            "not read")
                        .arg(shown));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(QCoreApplication::translate("SourceFile", "cannot open %1: %2").arg(shown, file.errorString()));
    // Devices and pipes report no useful size, so reading is capped as well: one byte past the limit tells "too large".
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size > 0 && quint64(size) > maxBytes)
        return tooLarge();
    const size_t cap = maxBytes == std::numeric_limits<size_t>::max() ? maxBytes : maxBytes + 1;

    std::optional<SourceText> text(SourceText { path, {} });
    try {
        std::string& bytes = text->bytes;
        bytes.reserve(std::min(cap, size_t(size)));
        for (;;) {
            // Ask for the whole reported size plus one byte at once, so a regular file needs two reads.
            size_t want = kChunkBytes;
            if (bytes.size() <= size_t(size))
                want = std::max(want, size_t(size) - bytes.size() + 1);
            want = std::min(want, cap - bytes.size());
            if (want == 0)
                break;
            const size_t old = bytes.size();
            bytes.resize(old + want);
            const qint64 got = file.read(bytes.data() + old, qint64(want));
            bytes.resize(old + size_t(std::max<qint64>(got, 0)));
            if (got < 0)
                return fail(
                    QCoreApplication::translate("SourceFile", "cannot read %1: %2").arg(shown, file.errorString()));
            if (got == 0)
                break;
        }
    } catch (const std::exception&) {
        return fail(QCoreApplication::translate("SourceFile", "not enough memory to read %1").arg(shown));
    }
    if (text->bytes.size() > maxBytes)
        return tooLarge();
    return text;
}

} // namespace grantscope
