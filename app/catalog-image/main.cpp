// SPDX-License-Identifier: GPL-3.0-or-later
// Build step: makes the catalogue's image (core/catalog/CatalogImage.h) of resources/aws/catalog.tsv and writes
// it as a C++ source that the core library compiles in, so the programs read the catalogue without parsing it.
//
//   grantscope-catalog-image CATALOG.tsv OUTPUT.cpp
#include "catalog/Catalog.h"

#include <QString>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace {

// The image as string literals, a line of at most some 100 characters each: printable ASCII as it is (the
// names make up most of the image), every other byte as a three-digit octal escape, which unlike a hexadecimal
// one cannot run on into the next character.
std::string literal(const std::string& bytes)
{
    std::string out;
    out.reserve(bytes.size() * 2);
    size_t lineStart = out.size();
    out += '"';
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7F && c != '"' && c != '\\' && c != '?') {
            out += c;
        } else {
            char escape[5];
            std::snprintf(escape, sizeof escape, "\\%03o", u);
            out += escape;
        }
        if (out.size() - lineStart > 100) {
            out += "\"\n";
            lineStart = out.size();
            out += '"';
        }
    }
    out += "\"";
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: grantscope-catalog-image CATALOG.tsv OUTPUT.cpp\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "%s: cannot be read\n", argv[1]);
        return 1;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    QString error;
    const std::string image = grantscope::Catalog::imageFromText(text, &error);
    if (image.empty()) {
        std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(error));
        return 1;
    }
    std::ostringstream source;
    std::string name = argv[1];
    name.erase(0, name.find_last_of('/') + 1);
    source << "// Generated from " << name << " by grantscope-catalog-image at build time: not to be edited.\n"
           << "#include <cstddef>\n\nnamespace grantscope::generated {\n"
           << "extern const char kCatalogImage[];\nextern const size_t kCatalogImageSize;\n"
           << "// Aligned as the image's tables need (eight bytes); a cache line, to share none with other data.\n"
           << "alignas(64) const char kCatalogImage[] =\n"
           << literal(image) << ";\nconst size_t kCatalogImageSize = " << image.size() << ";\n"
           << "} // namespace grantscope::generated\n";
    // Written whole to a new file and renamed over the old: a build stopped half way leaves no half a source.
    const std::string out = argv[2];
    const std::string temporary = out + ".part";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file << source.str();
        if (!file.flush()) {
            std::fprintf(stderr, "%s: cannot be written\n", temporary.c_str());
            return 1;
        }
    }
    if (std::rename(temporary.c_str(), out.c_str()) != 0) {
        std::fprintf(stderr, "%s: cannot be written\n", out.c_str());
        return 1;
    }
    return 0;
}
