// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "common/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cerrno>
#include <system_error>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace grantscope::cli {

void appendJsonString(std::string& out, std::string_view s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void write(std::FILE* stream, std::string_view text)
{
    // Text from a package reaches the terminal: no escape sequence or bidirectional override passes raw.
    if (!text.empty()) {
        const std::string safe = visibleControls(text);
        std::fwrite(safe.data(), 1, safe.size(), stream);
    }
}

void write(std::FILE* stream, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    write(stream, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

void printDiagnostics(std::FILE* err, const Diagnostics& diagnostics, bool warnings)
{
    QString text;
    for (const Diagnostic& d : diagnostics)
        if (warnings || d.severity != DiagnosticSeverity::Warning)
            text += d.toString() + QLatin1Char('\n');
    write(err, text);
}

QString reportFormat(const QString& given, const QString& path)
{
    if (!given.isEmpty())
        return given.toLower();
    if (path.isEmpty() || path == QStringLiteral("-"))
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm"))
        return QStringLiteral("html");
    if (suffix == QStringLiteral("pdf"))
        return QStringLiteral("pdf");
    if (suffix == QStringLiteral("md") || suffix == QStringLiteral("markdown"))
        return QStringLiteral("md");
    return {};
}

QString standardInputName()
{
    return QStringLiteral("<stdin>");
}

std::optional<SourceText> readStandardInput(Diagnostics& diagnostics, size_t maxBytes)
{
    SourceText text { standardInputName(), {} };
    std::array<char, 65536> chunk {};
    while (true) {
        const size_t n = std::fread(chunk.data(), 1, chunk.size(), stdin);
        text.bytes.append(chunk.data(), n);
        if (text.bytes.size() > maxBytes) {
            diagnostics.push_back({ DiagnosticSeverity::Error, "io", text.file, {},
                QCoreApplication::translate("cli", "larger than the %1 bytes an input may have")
                    .arg(qulonglong(maxBytes)) });
            return std::nullopt;
        }
        if (n < chunk.size())
            break;
    }
    if (std::ferror(stdin)) {
        diagnostics.push_back({ DiagnosticSeverity::Error, "io", text.file, {},
            QCoreApplication::translate("cli", "cannot read standard input") });
        return std::nullopt;
    }
    return text;
}

std::optional<SourceText> readInput(const QString& path, Diagnostics& diagnostics)
{
    return path == QStringLiteral("-") ? readStandardInput(diagnostics) : readSourceFile(path, diagnostics);
}

std::optional<SourceText> readInput(const InputFile& file, Diagnostics& diagnostics)
{
    return file.listedRegular ? readListedFile(file.path, diagnostics) : readInput(file.path, diagnostics);
}

namespace {

// A folder's `*.json` files, sorted by name. The folder is read with readdir: each entry's type comes with the
// listing (QDir's filters stat every entry; std::filesystem makes a path object of each), and only the names
// kept are decoded. A link is followed to see whether it leads to a regular file, and stat'ed again when read; a
// file that cannot be read is listed and fails loudly when read.
void appendFolderFiles(const QString& path, std::vector<InputFile>& files, Diagnostics& diagnostics)
{
    auto listingError = [&](int code) {
        diagnostics.push_back({ DiagnosticSeverity::Error, "io", path, {},
            QCoreApplication::translate("cli", "cannot list the folder: %1")
                .arg(QString::fromStdString(std::system_category().message(code))) });
    };
    DIR* dir = opendir(QFile::encodeName(path).constData());
    if (!dir) {
        listingError(errno);
        return;
    }
    std::vector<std::pair<QString, bool>> names; // and whether the entry itself is a regular file
    for (;;) {
        errno = 0;
        const dirent* entry = readdir(dir);
        if (!entry) {
            if (errno != 0)
                listingError(errno);
            break;
        }
        const std::string_view name(entry->d_name);
        if (name.starts_with('.') || name.size() < 5 || !equalsIgnoreCaseAscii(name.substr(name.size() - 5), ".json"))
            continue;
        bool regular = entry->d_type == DT_REG;
        if (!regular) {
            if (entry->d_type != DT_LNK && entry->d_type != DT_UNKNOWN)
                continue;
            struct stat own { };
            struct stat target { };
            // A file system that does not give types says DT_UNKNOWN: its entry is looked at as a link would be.
            if (fstatat(dirfd(dir), entry->d_name, &own, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            regular = S_ISREG(own.st_mode);
            if (!regular
                && !(S_ISLNK(own.st_mode) && fstatat(dirfd(dir), entry->d_name, &target, 0) == 0
                    && S_ISREG(target.st_mode)))
                continue;
        }
        names.emplace_back(QFile::decodeName(QByteArray(name.data(), static_cast<qsizetype>(name.size()))), regular);
    }
    closedir(dir);
    std::sort(names.begin(), names.end());
    // What QDir::filePath() puts before a plain file name, worked out once: "folder/" ("/" for the root).
    const QString prefix = QDir(path).filePath(QStringLiteral("x")).chopped(1);
    files.reserve(files.size() + names.size());
    for (const auto& [name, regular] : names) {
        const QString full = prefix + name;
        files.push_back({ full, full, name.chopped(5).toStdString(), regular });
    }
}

} // namespace

std::vector<InputFile> collectPolicyFiles(const QStringList& paths, Diagnostics& diagnostics)
{
    std::vector<InputFile> files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (path == QStringLiteral("-")) {
            files.push_back({ path, standardInputName(), standardInputName().toStdString() });
        } else if (info.isDir()) {
            appendFolderFiles(path, files, diagnostics);
        } else if (info.exists()) {
            QString stem = info.fileName();
            if (stem.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
                stem.chop(5);
            files.push_back({ path, path, stem.toStdString() });
        } else {
            diagnostics.push_back({ DiagnosticSeverity::Error, "io", path, {},
                QCoreApplication::translate("cli", "no such file or folder") });
        }
    }
    return files;
}

} // namespace grantscope::cli
