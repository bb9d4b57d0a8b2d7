// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "common/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <array>

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

std::vector<InputFile> collectPolicyFiles(const QStringList& paths, Diagnostics& diagnostics)
{
    std::vector<InputFile> files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (path == QStringLiteral("-")) {
            files.push_back({ path, standardInputName(), standardInputName().toStdString() });
        } else if (info.isDir()) {
            const QDir dir(path);
            const QStringList names
                = dir.entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
            for (const QString& name : names) {
                const QString full = dir.filePath(name);
                files.push_back({ full, full, QFileInfo(name).completeBaseName().toStdString() });
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
