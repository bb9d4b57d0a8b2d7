// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/ArchiveReader.h"

#include <QCoreApplication>
#include <QFile>
#include <archive.h>
#include <archive_entry.h>
#include <dlfcn.h>
#include <exception>
#include <memory>

namespace grantscope {

namespace {

// Translated under the context "ArchiveReader" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

constexpr size_t kBlockSize = 64 * 1024;

// libarchive, and the seven compression and XML libraries it links, are loaded when the first archive is read,
// not when the program starts: every run of the command-line tool paid 2-3 ms for loading them, though few
// packages are archives. The functions keep their libarchive names and types (from its headers).
#define GRANTSCOPE_ARCHIVE_FUNCTIONS(X)                                                                                \
    X(archive_read_new)                                                                                                \
    X(archive_read_free)                                                                                               \
    X(archive_error_string)                                                                                            \
    X(archive_read_support_format_zip)                                                                                 \
    X(archive_read_support_format_tar)                                                                                 \
    X(archive_read_support_format_gnutar)                                                                              \
    X(archive_read_support_filter_gzip)                                                                                \
    X(archive_read_open_filename)                                                                                      \
    X(archive_read_next_header)                                                                                        \
    X(archive_read_data)                                                                                               \
    X(archive_entry_pathname_utf8)                                                                                     \
    X(archive_entry_pathname)                                                                                          \
    X(archive_entry_filetype)                                                                                          \
    X(archive_entry_hardlink)                                                                                          \
    X(archive_entry_symlink)                                                                                           \
    X(archive_entry_is_encrypted)                                                                                      \
    X(archive_entry_size_is_set)                                                                                       \
    X(archive_entry_size)

struct LibArchive {
#define GRANTSCOPE_ARCHIVE_FIELD(name) decltype(&::name) name = nullptr;
    GRANTSCOPE_ARCHIVE_FUNCTIONS(GRANTSCOPE_ARCHIVE_FIELD)
#undef GRANTSCOPE_ARCHIVE_FIELD
    QString error; // why it could not be loaded; empty when every function was found
};

LibArchive loadLibArchive()
{
    LibArchive lib;
    // Kept loaded for the rest of the run: the handle is never closed.
    void* handle = dlopen(GRANTSCOPE_LIBARCHIVE_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        lib.error = QString::fromLocal8Bit(dlerror());
        return lib;
    }
#define GRANTSCOPE_ARCHIVE_LOAD(name)                                                                                  \
    lib.name = reinterpret_cast<decltype(lib.name)>(dlsym(handle, #name));                                             \
    if (!lib.name) {                                                                                                   \
        lib.error = QStringLiteral(GRANTSCOPE_LIBARCHIVE_SONAME ": no function " #name);                               \
        return lib;                                                                                                    \
    }
    GRANTSCOPE_ARCHIVE_FUNCTIONS(GRANTSCOPE_ARCHIVE_LOAD)
#undef GRANTSCOPE_ARCHIVE_LOAD
    return lib;
}

const LibArchive& libArchive()
{
    static const LibArchive lib = loadLibArchive();
    return lib;
}

struct ArchiveDeleter {
    void operator()(archive* a) const { libArchive().archive_read_free(a); }
};

QString errorText(const LibArchive& lib, archive* a)
{
    const char* text = lib.archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : Tr::tr("unknown error");
}

/** "./a//b\\c.json" -> "a/b/c.json"; `unsafe` when absolute or when a segment is "..". */
std::string normalisedName(std::string name, bool& unsafe)
{
    for (char& c : name)
        if (c == '\\')
            c = '/';
    unsafe = name.starts_with('/') || (name.size() > 1 && name[1] == ':'); // "/etc/passwd", "C:/..."
    std::string out;
    size_t start = 0;
    while (start <= name.size()) {
        size_t end = name.find('/', start);
        if (end == std::string::npos)
            end = name.size();
        const std::string_view segment = std::string_view(name).substr(start, end - start);
        if (segment == "..")
            unsafe = true;
        if (!segment.empty() && segment != ".") {
            if (!out.empty())
                out += '/';
            out += segment;
        }
        start = end + 1;
    }
    return out;
}

class Reader {
public:
    Reader(const QString& path, const LoadOptions& options, Diagnostics& diagnostics,
        const std::function<void(const QString&, std::string)>& entry)
        : m_path(path)
        , m_options(options)
        , m_diagnostics(diagnostics)
        , m_entry(entry)
    { }

    bool read()
    {
        if (!m_lib.error.isEmpty())
            return fail(
                "archive", Tr::tr("cannot read archives: libarchive could not be loaded (%1)").arg(m_lib.error));
        std::unique_ptr<archive, ArchiveDeleter> owner(m_lib.archive_read_new());
        archive* a = owner.get();
        if (!a)
            return fail("archive", Tr::tr("cannot read archives (out of memory)"));
        m_lib.archive_read_support_format_zip(a);
        m_lib.archive_read_support_format_tar(a);
        m_lib.archive_read_support_format_gnutar(a);
        m_lib.archive_read_support_filter_gzip(a);
        const QByteArray encoded = QFile::encodeName(m_path);
        if (m_lib.archive_read_open_filename(a, encoded.constData(), kBlockSize) != ARCHIVE_OK)
            return fail("archive", Tr::tr("cannot open the archive: %1").arg(errorText(m_lib, a)));
        size_t entries = 0;
        while (true) {
            archive_entry* e = nullptr;
            const int status = m_lib.archive_read_next_header(a, &e);
            if (status == ARCHIVE_EOF)
                return true;
            if (status < ARCHIVE_WARN || !e) // ARCHIVE_FAILED, ARCHIVE_FATAL, ARCHIVE_RETRY
                return fail("archive", Tr::tr("not a readable zip or tar archive: %1").arg(errorText(m_lib, a)));
            if (++entries > m_options.maxArchiveEntries)
                return fail("archive-limit",
                    Tr::tr("the archive has more than %1 entries; reading stopped").arg(m_options.maxArchiveEntries));
            if (!readEntry(a, e))
                return false;
        }
    }

private:
    bool fail(const char* code, const QString& message)
    {
        m_diagnostics.push_back({ DiagnosticSeverity::Error, code, m_path, {}, message });
        return false;
    }

    void warn(const char* code, const QString& name, const QString& message)
    {
        m_diagnostics.push_back({ DiagnosticSeverity::Warning, code, m_path + QLatin1Char('!') + name, {}, message });
    }

    // False when reading must stop (a limit or a broken archive).
    bool readEntry(archive* a, archive_entry* e)
    {
        const char* utf8 = m_lib.archive_entry_pathname_utf8(e);
        const char* raw = utf8 ? utf8 : m_lib.archive_entry_pathname(e);
        bool unsafe = false;
        const std::string name = normalisedName(raw ? raw : "", unsafe);
        const QString shown = q(name.empty() && raw ? std::string_view(raw) : std::string_view(name));
        const auto type = m_lib.archive_entry_filetype(e);
        if (type == AE_IFDIR && !unsafe)
            return true; // folders carry nothing to read
        if (unsafe || name.empty()) {
            warn("archive-unsafe-entry", q(raw ? raw : ""),
                Tr::tr("skipped: the name is absolute or climbs out of the archive with \"..\""));
            return true;
        }
        if (m_lib.archive_entry_hardlink(e) || m_lib.archive_entry_symlink(e) || type != AE_IFREG) {
            warn("archive-unsafe-entry", shown, Tr::tr("skipped: not a regular file (a link, a folder or a device)"));
            return true;
        }
        if (m_lib.archive_entry_is_encrypted(e)) {
            warn("archive-entry", shown, Tr::tr("skipped: the entry is encrypted"));
            return true;
        }
        bool tooLarge = m_lib.archive_entry_size_is_set(e) && m_lib.archive_entry_size(e) >= 0
            && static_cast<size_t>(m_lib.archive_entry_size(e)) > m_options.maxFileBytes;
        // Declared sizes can lie, and skipping an entry of a compressed stream still decompresses it: every
        // decompressed byte counts against the archive's budget, read one block at a time, kept or not.
        std::string bytes;
        std::unique_ptr<char[]> block(new char[kBlockSize]);
        while (true) {
            const la_ssize_t n = m_lib.archive_read_data(a, block.get(), kBlockSize);
            if (n == 0)
                break;
            if (n < 0) {
                if (n == ARCHIVE_FATAL)
                    return fail(
                        "archive", Tr::tr("the archive is damaged at \"%1\": %2").arg(shown, errorText(m_lib, a)));
                warn("archive-entry", shown, Tr::tr("skipped: %1").arg(errorText(m_lib, a)));
                return true;
            }
            m_total += static_cast<size_t>(n);
            if (m_total > m_options.maxArchiveBytes)
                return fail("archive-limit",
                    Tr::tr("the archive decompresses to more than %1 bytes (at \"%2\"); reading "
                           "stopped")
                        .arg(m_options.maxArchiveBytes)
                        .arg(shown));
            if (!tooLarge && bytes.size() + static_cast<size_t>(n) > m_options.maxFileBytes) {
                tooLarge = true;
                bytes = std::string();
            }
            if (!tooLarge)
                bytes.append(block.get(), static_cast<size_t>(n));
        }
        if (tooLarge) {
            warn("archive-entry-size", shown,
                Tr::tr("skipped: larger than the %1 bytes a single file may have").arg(m_options.maxFileBytes));
            return true;
        }
        m_entry(shown, std::move(bytes));
        return true;
    }

    const LibArchive& m_lib = libArchive();
    const QString& m_path;
    const LoadOptions& m_options;
    Diagnostics& m_diagnostics;
    const std::function<void(const QString&, std::string)>& m_entry;
    size_t m_total = 0;
};

} // namespace

bool readArchive(const QString& path, const LoadOptions& options, Diagnostics& diagnostics,
    const std::function<void(const QString& name, std::string bytes)>& entry)
{
    try {
        return Reader(path, options, diagnostics, entry).read();
    } catch (const std::exception& e) {
        diagnostics.push_back({ DiagnosticSeverity::Error, "archive", path, {},
            Tr::tr("cannot read the archive: %1").arg(QString::fromLocal8Bit(e.what())) });
    } catch (...) {
        diagnostics.push_back({ DiagnosticSeverity::Error, "archive", path, {}, Tr::tr("cannot read the archive") });
    }
    return false;
}

} // namespace grantscope
