// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "common/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

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

std::vector<InputFile> collectPolicyFiles(const QStringList& paths, Diagnostics& diagnostics)
{
    std::vector<InputFile> files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (path == QStringLiteral("-")) {
            files.push_back({ path, standardInputName(), standardInputName().toStdString() });
        } else if (info.isDir()) {
            // The folder's listing tells files from folders without a stat of each file (QDir's filters
            // stat every entry). A file that cannot be read is listed and fails loudly when read.
            const QDir dir(path);
            std::vector<std::pair<QString, bool>> names; // and whether the entry itself is a regular file
            std::error_code error;
            for (std::filesystem::directory_iterator it(QFile::encodeName(path).toStdString(), error), end;
                 !error && it != end; it.increment(error)) {
                const QString name = QFile::decodeName(QByteArray::fromStdString(it->path().filename().string()));
                std::error_code typeError;
                if (name.startsWith(QLatin1Char('.')) || !name.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                    || !it->is_regular_file(typeError))
                    continue;
                // The entry's own type comes with the listing; a link (to a regular file) is stat'ed when read.
                std::error_code linkError;
                names.emplace_back(name, !it->is_symlink(linkError) && !linkError);
            }
            if (error)
                diagnostics.push_back({ DiagnosticSeverity::Error, "io", path, {},
                    QCoreApplication::translate("cli", "cannot list the folder: %1")
                        .arg(QString::fromStdString(error.message())) });
            std::sort(names.begin(), names.end());
            for (const auto& [name, regular] : names) {
                const QString full = dir.filePath(name);
                files.push_back({ full, full, name.chopped(5).toStdString(), regular });
            }
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
