// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/SourceFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <limits>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
    const QByteArray name = QFile::encodeName(path);
    const auto systemError = [&](const char* what, int error) {
        return fail(QCoreApplication::translate("SourceFile", what).arg(shown, qt_error_string(error)));
    };
    // One stat tells a folder, and a named pipe (opening it blocks until something writes) or a device (it
    // never ends) from a regular file: only regular files (or links to them) are opened at all. A missing
    // or unreachable file is reported from the stat, as opening it would.
    struct stat status { };
    if (::stat(name.constData(), &status) != 0)
        return systemError(QT_TRANSLATE_NOOP("SourceFile", "cannot open %1: %2"), errno);
    if (S_ISDIR(status.st_mode))
        return fail(QCoreApplication::translate("SourceFile", "%1 is a directory, not a file").arg(shown));
    const auto notRegular = [&] {
        return fail(QCoreApplication::translate("SourceFile",
            "%1 is not a regular file (a pipe, device or socket): "
            "not read")
                        .arg(shown));
    };
    if (!S_ISREG(status.st_mode))
        return notRegular();
    const auto size = static_cast<size_t>(std::max<off_t>(status.st_size, 0));
    if (size > maxBytes)
        return tooLarge();

    // Non-blocking: should the path become a pipe between the stat and the open, the open does not wait for
    // a writer and the read below ends at once.
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return systemError(QT_TRANSLATE_NOOP("SourceFile", "cannot open %1: %2"), errno);
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };
    const size_t cap = maxBytes == std::numeric_limits<size_t>::max() ? maxBytes : maxBytes + 1;

    std::optional<SourceText> text(SourceText { path, {} });
    try {
        std::string& bytes = text->bytes;
        // One read of the stat's size plus a byte: a regular file that returns less than asked has ended, so
        // an unchanged file costs open, read and close. A file that grew meanwhile is read on to its end (or
        // one byte past the limit, which tells "too large").
        size_t filled = 0;
        size_t want = std::min(cap, size + 1);
        for (;;) {
            bytes.resize(filled + want);
            ssize_t got = 0;
            do
                got = ::read(fd, bytes.data() + filled, want);
            while (got < 0 && errno == EINTR);
            if (got < 0) {
                const int error = errno;
                // Only a pipe says "try again": the path was replaced after the stat. Refused, not read as empty.
                if (error == EAGAIN || error == EWOULDBLOCK)
                    return notRegular();
                return systemError(QT_TRANSLATE_NOOP("SourceFile", "cannot read %1: %2"), error);
            }
            filled += size_t(got);
            if (got == 0 || size_t(got) < want || filled >= cap)
                break;
            want = std::min(size_t(64 * 1024), cap - filled);
        }
        bytes.resize(filled);
    } catch (const std::exception&) {
        return fail(QCoreApplication::translate("SourceFile", "not enough memory to read %1").arg(shown));
    }
    if (text->bytes.size() > maxBytes)
        return tooLarge();
    return text;
}

} // namespace grantscope
