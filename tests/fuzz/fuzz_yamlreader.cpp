// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for readYaml(): besides crashes, hangs and sanitizer reports, it traps when the reader
// breaks its contract (a tree together with an error, no tree without a located error, a diagnostic
// without a place or a message).
#include "doc/YamlReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace grantscope;
    static const QString file = QStringLiteral("fuzz.yaml");
    ReadLimits limits;
    limits.maxBytes = 1u << 20;
    limits.maxDepth = 64;
    limits.maxNodes = 100'000;
    Diagnostics diagnostics;
    const std::optional<SourceNode> root
        = readYaml(std::string_view(reinterpret_cast<const char*>(data), size), file, diagnostics, limits);
    if (root.has_value() == hasErrors(diagnostics))
        __builtin_trap();
    for (const Diagnostic& d : diagnostics)
        if (!d.location.isValid() || d.location.column < 1 || d.message.isEmpty())
            __builtin_trap();
    return 0;
}
