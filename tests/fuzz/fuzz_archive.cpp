// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for readArchive(): any bytes as a vendor's zip or tar(.gz). libarchive reads from a
// path, so the input is written to one temporary file per process. Besides crashes and sanitizer
// reports, it traps when the reader breaks its contract: an entry delivered with an empty, absolute or
// climbing name, or un-normalised separators; an entry over the per-file limit; more entries or bytes
// than the limits allow; a failure without an Error diagnostic.
#include "package/ArchiveReader.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <unistd.h>

namespace {

bool safeName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return false;
    for (const QString& segment : name.split(QLatin1Char('/')))
        if (segment.isEmpty() || segment == QLatin1String("..") || segment == QLatin1String("."))
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace grantscope;
    static const QString path
        = QDir::temp().filePath(QStringLiteral("grantscope-fuzz-archive-%1.bin").arg(QString::number(::getpid())));
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) != static_cast<qint64>(size))
            std::abort(); // the harness itself failed, not the reader
    }
    LoadOptions options;
    options.maxFileBytes = 256u * 1024;
    options.maxArchiveEntries = 64;
    options.maxArchiveBytes = 1u << 20;
    Diagnostics diagnostics;
    size_t entries = 0;
    size_t bytes = 0;
    const bool ok = readArchive(path, options, diagnostics, [&](const QString& name, std::string content) {
        ++entries;
        bytes += content.size();
        if (!safeName(name) || content.size() > options.maxFileBytes)
            __builtin_trap();
    });
    if (entries > options.maxArchiveEntries || bytes > options.maxArchiveBytes)
        __builtin_trap();
    if (!ok && !hasErrors(diagnostics))
        __builtin_trap();
    for (const Diagnostic& d : diagnostics)
        if (d.message.isEmpty() || d.file.isEmpty())
            __builtin_trap();
    return 0;
}
