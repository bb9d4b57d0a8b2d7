// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfLoader.h"

#include "PdfModule.h"
#include "cli/Commands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <cstring>
#include <strings.h>

namespace grantscope::cli {

namespace {

pdfmodule::Write g_write = nullptr;
QString g_loadError;

bool renderWithModule(const std::string& html, const QString& path, QString* error)
{
    return g_write(&html, &path, error);
}

bool reportMissingModule(const std::string&, const QString&, QString* error)
{
    if (error)
        *error = g_loadError;
    return false;
}

// The folder of the running program, known before any QCoreApplication exists.
QString programDir(const char* argv0)
{
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!self.isEmpty())
        return QFileInfo(self).absolutePath();
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

} // namespace

bool asksForPdf(int argc, char** argv)
{
    // "--format pdf", "--format=pdf" (inventory: "--report-format pdf"), or a report file named *.pdf however it
    // is spelt ("-o x.pdf", "-ox.pdf", "--output=x.pdf", "--report=x.pdf"): any word ending in .pdf loads the
    // module, which costs nothing more.
    const auto pdfName = [](const char* name) {
        const size_t length = std::strlen(name);
        return length > 4 && strcasecmp(name + length - 4, ".pdf") == 0;
    };
    for (int i = 1; i < argc; ++i)
        if (strcasecmp(argv[i], "--format=pdf") == 0 || strcasecmp(argv[i], "--report-format=pdf") == 0
            || ((std::strcmp(argv[i], "--format") == 0 || std::strcmp(argv[i], "--report-format") == 0) && i + 1 < argc
                && strcasecmp(argv[i + 1], "pdf") == 0)
            || pdfName(argv[i]))
            return true;
    return false;
}

std::unique_ptr<QCoreApplication> loadPdfSupport(int& argc, char** argv)
{
    const QDir dir(programDir(argv[0]));
    // The build tree keeps the module next to the program; an installation in its library folder.
    const QString candidates[] = { dir.filePath(QStringLiteral(GRANTSCOPE_PDF_MODULE)),
        QDir::cleanPath(dir.filePath(QStringLiteral(GRANTSCOPE_PDF_INSTALL_DIR "/" GRANTSCOPE_PDF_MODULE))) };
    // Kept loaded until the program ends: the renderer and the application live in it.
    static QLibrary library;
    QStringList absent;
    g_loadError.clear();
    for (const QString& candidate : candidates) {
        // A module that is there but does not load (a missing QtGui) is the failure to tell; when it is
        // nowhere, every place looked in. (QLibrary would report a variant of the name it also tried.)
        QFile probe(candidate);
        if (!probe.open(QIODevice::ReadOnly)) {
            absent << candidate + QStringLiteral(": ") + probe.errorString();
            continue;
        }
        probe.close();
        library.setFileName(candidate);
        if (!library.load()) {
            g_loadError = library.errorString();
            break;
        }
        const auto make = reinterpret_cast<pdfmodule::MakeApplication>(library.resolve(pdfmodule::kMakeApplication));
        g_write = reinterpret_cast<pdfmodule::Write>(library.resolve(pdfmodule::kWrite));
        if (make && g_write) {
            setPdfRenderer(&renderWithModule);
            return std::unique_ptr<QCoreApplication>(make(&argc, argv));
        }
        g_loadError = library.errorString();
        g_write = nullptr;
        library.unload();
        break;
    }
    if (g_loadError.isEmpty())
        g_loadError = absent.join(QStringLiteral("; "));
    setPdfRenderer(&reportMissingModule);
    return nullptr;
}

} // namespace grantscope::cli
