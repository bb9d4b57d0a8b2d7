// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/SourceFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <limits>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace grantscope {

namespace {

// Every refusal is an "io" Error naming the path; the messages are the same for both ways of reading.
class Refusals {
public:
    Refusals(const QString& path, Diagnostics& diagnostics, size_t maxBytes)
        : m_path(path)
        , m_shown(QDir::toNativeSeparators(path))
        , m_diagnostics(diagnostics)
        , m_maxBytes(maxBytes)
    { }
    std::nullopt_t fail(const QString& message) const
    {
        m_diagnostics.push_back(Diagnostic { DiagnosticSeverity::Error, "io", m_path, SourceLocation {}, message });
        return std::nullopt;
    }
    std::nullopt_t noName() const { return fail(QCoreApplication::translate("SourceFile", "no file name given")); }
    std::nullopt_t tooLarge() const
    {
        return fail(QCoreApplication::translate("SourceFile", "%1 is larger than the limit of %2 bytes")
                        .arg(m_shown)
                        .arg(qulonglong(m_maxBytes)));
    }
    std::nullopt_t directory() const
    {
        return fail(QCoreApplication::translate("SourceFile", "%1 is a directory, not a file").arg(m_shown));
    }
    std::nullopt_t notRegular() const
    {
        return fail(QCoreApplication::translate("SourceFile",
            "%1 is not a regular file (a pipe, device or socket): "
            "not read")
                        .arg(m_shown));
    }
    std::nullopt_t cannotOpen(int error) const
    {
        return fail(
            QCoreApplication::translate("SourceFile", "cannot open %1: %2").arg(m_shown, qt_error_string(error)));
    }
    std::nullopt_t cannotRead(int error) const
    {
        // Only a pipe says "try again": the path was replaced after it was looked at. Refused, not read as empty.
        if (error == EAGAIN || error == EWOULDBLOCK)
            return notRegular();
        if (error == EISDIR)
            return directory();
        return fail(
            QCoreApplication::translate("SourceFile", "cannot read %1: %2").arg(m_shown, qt_error_string(error)));
    }
    std::nullopt_t noMemory() const
    {
        return fail(QCoreApplication::translate("SourceFile", "not enough memory to read %1").arg(m_shown));
    }

private:
    const QString& m_path;
    QString m_shown;
    Diagnostics& m_diagnostics;
    size_t m_maxBytes;
};

// Non-blocking: should the path be a pipe after all, the open does not wait for a writer and a read ends at once.
int openForReading(const QByteArray& name)
{
    return ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
}

// What a stat says of a path or an open file: its size when it is a regular file within the limit; otherwise
// the refusal is reported and nothing returned.
std::optional<size_t> readableSize(const struct stat& status, size_t maxBytes, const Refusals& refuse)
{
    if (S_ISDIR(status.st_mode))
        return refuse.directory();
    if (!S_ISREG(status.st_mode))
        return refuse.notRegular();
    const auto size = static_cast<size_t>(std::max<off_t>(status.st_size, 0));
    if (size > maxBytes)
        return refuse.tooLarge();
    return size;
}

struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
};

ssize_t readSome(int fd, char* into, size_t want)
{
    ssize_t got = 0;
    do
        got = ::read(fd, into, want);
    while (got < 0 && errno == EINTR);
    return got;
}

// Reads on from `bytes.size()` to the end of a regular file whose size was `size` when looked at: first that
// size plus a byte (a regular file that returns less than asked has ended), then on to the end should it have
// grown, or one byte past the limit, which tells "too large".
std::optional<SourceText> readToEnd(int fd, SourceText text, size_t size, size_t maxBytes, const Refusals& refuse)
{
    const size_t cap = maxBytes == std::numeric_limits<size_t>::max() ? maxBytes : maxBytes + 1;
    try {
        std::string& bytes = text.bytes;
        size_t filled = bytes.size();
        size_t want = filled < std::min(cap, size + 1) ? std::min(cap, size + 1) - filled : 1;
        while (filled < cap) {
            want = std::min(want, cap - filled);
            bytes.resize(filled + want);
            const ssize_t got = readSome(fd, bytes.data() + filled, want);
            if (got < 0) {
                const int error = errno;
                return refuse.cannotRead(error);
            }
            filled += size_t(got);
            if (got == 0 || size_t(got) < want)
                break;
            want = 64 * 1024;
        }
        bytes.resize(filled);
    } catch (const std::exception&) {
        return refuse.noMemory();
    }
    if (text.bytes.size() > maxBytes)
        return refuse.tooLarge();
    return text;
}

} // namespace

std::optional<SourceText> readSourceFile(const QString& path, Diagnostics& diagnostics, size_t maxBytes)
{
    const Refusals refuse(path, diagnostics, maxBytes);
    if (path.isEmpty())
        return refuse.noName();
    const QByteArray name = QFile::encodeName(path);
    // One stat tells a folder, and a named pipe (opening it blocks until something writes) or a device (it
    // never ends) from a regular file: only regular files (or links to them) are opened at all. A missing
    // or unreachable file is reported from the stat, as opening it would.
    struct stat status { };
    if (::stat(name.constData(), &status) != 0)
        return refuse.cannotOpen(errno);
    const std::optional<size_t> size = readableSize(status, maxBytes, refuse);
    if (!size)
        return std::nullopt;
    const int fd = openForReading(name);
    if (fd < 0)
        return refuse.cannotOpen(errno);
    const Closer closer { fd };
    return readToEnd(fd, SourceText { path, {} }, *size, maxBytes, refuse);
}

std::optional<SourceText> readListedFile(const QString& path, Diagnostics& diagnostics, size_t maxBytes)
{
    const Refusals refuse(path, diagnostics, maxBytes);
    if (path.isEmpty())
        return refuse.noName();
    const int fd = openForReading(QFile::encodeName(path));
    if (fd < 0)
        return refuse.cannotOpen(errno);
    const Closer closer { fd };
    // A policy is a few kilobytes: one read into this thread's buffer sees all of it and that it has ended
    // (a regular file returns less than asked only at its end). Not zero-filled: only what was read is used.
    constexpr size_t kBuffer = 64 * 1024;
    thread_local const std::unique_ptr<char[]> buffer(new char[kBuffer]);
    const ssize_t got = readSome(fd, buffer.get(), kBuffer);
    if (got < 0) {
        const int error = errno;
        return refuse.cannotRead(error);
    }
    const auto first = static_cast<size_t>(got);
    if (first > 0 && first < kBuffer) {
        if (first > maxBytes)
            return refuse.tooLarge();
        return SourceText { path, std::string(buffer.get(), first) };
    }
    // Nothing, or a whole buffer: a pipe or device put where the file was listed reads as nothing or without
    // end, so what the open file is decides, as the stat does for readSourceFile().
    struct stat status { };
    if (::fstat(fd, &status) != 0)
        return refuse.cannotOpen(errno);
    const std::optional<size_t> size = readableSize(status, maxBytes, refuse);
    if (!size)
        return std::nullopt;
    if (first > maxBytes)
        return refuse.tooLarge();
    SourceText text { path, {} };
    try {
        text.bytes.assign(buffer.get(), first);
    } catch (const std::exception&) {
        return refuse.noMemory();
    }
    if (first == 0)
        return text;
    return readToEnd(fd, std::move(text), *size, maxBytes, refuse);
}

} // namespace grantscope
