// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include "common/ResourceData.h"

#include <QtGlobal>

#include <atomic>
#include <mutex>

namespace grantscope {

// The image of resources/aws/catalog.tsv, written by grantscope-catalog-image as a generated source of this
// library at build time (core/CMakeLists.txt).
namespace generated {
extern const char kCatalogImage[];
extern const size_t kCatalogImageSize;
} // namespace generated

namespace {
std::atomic<bool> g_bundledLoaded { false };
}

bool Catalog::bundledLoaded()
{
    return g_bundledLoaded.load();
}

std::string_view Catalog::bundledImage()
{
    return { generated::kCatalogImage, generated::kCatalogImageSize };
}

const Catalog& Catalog::bundled()
{
    static std::unique_ptr<Catalog> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        g_bundledLoaded = true;
        QString error;
        // Read in place where the program is mapped: no parse, no copy, and only the pages a command uses.
        instance = fromImage(bundledImage(), &error);
        if (!instance) {
            // Only a build whose image does not fit the program (made elsewhere, say) comes here: the text the
            // image was made from is compiled in too, and parsed instead.
            qWarning("bundled AWS catalogue image not used (%s): parsing its text", qPrintable(error));
            instance = fromText(bundledResourceText(QStringLiteral(":/aws/catalog.tsv")), &error);
        }
        if (!instance)
            qFatal("bundled AWS catalogue is unreadable: %s", qPrintable(error));
    });
    return *instance;
}

} // namespace grantscope
