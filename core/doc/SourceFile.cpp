// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/SourceFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <limits>
#include <system_error>

namespace grantscope {

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
    // One stat tells a folder, and a named pipe (opening it blocks until something writes) or a device (it
    // never ends) from a regular file: only regular files (or links to them) are read.
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(path.toStdString(), error);
    if (!error && std::filesystem::is_directory(status))
        return fail(QCoreApplication::translate("SourceFile", "%1 is a directory, not a file").arg(shown));
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
        // The reported size is read straight into the string (sized once, never a zero-filled spare chunk);
        // whatever follows it (a file that grew, a device) comes through a small buffer until the end.
        bytes.resize(std::min(cap, size_t(size)));
        size_t filled = 0;
        while (filled < bytes.size()) {
            const qint64 got = file.read(bytes.data() + filled, qint64(bytes.size() - filled));
            if (got < 0)
                return fail(
                    QCoreApplication::translate("SourceFile", "cannot read %1: %2").arg(shown, file.errorString()));
            if (got == 0)
                break;
            filled += size_t(got);
        }
        bytes.resize(filled);
        if (filled == size_t(std::max<qint64>(size, 0))) {
            char more[4096];
            for (;;) {
                const size_t want = std::min(sizeof more, cap - bytes.size());
                if (want == 0)
                    break;
                const qint64 got = file.read(more, qint64(want));
                if (got < 0)
                    return fail(
                        QCoreApplication::translate("SourceFile", "cannot read %1: %2").arg(shown, file.errorString()));
                if (got == 0)
                    break;
                bytes.append(more, size_t(got));
            }
        }
    } catch (const std::exception&) {
        return fail(QCoreApplication::translate("SourceFile", "not enough memory to read %1").arg(shown));
    }
    if (text->bytes.size() > maxBytes)
        return tooLarge();
    return text;
}

} // namespace grantscope
