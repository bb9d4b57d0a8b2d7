// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for readHcl(): besides crashes and sanitizer reports, it traps when the reader breaks its
// contract (a tree together with an error, no tree without a located error). A tree that reads is then
// evaluated and loaded as a Terraform module, as a .tf file of a package is.
#include "doc/HclReader.h"
#include "package/TerraformHcl.h"
#include "package/TerraformLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace grantscope;
    static const QString file = QStringLiteral("fuzz.tf");
    ReadLimits limits;
    limits.maxBytes = 1u << 20;
    limits.maxDepth = 64;
    limits.maxNodes = 100'000;
    Diagnostics diagnostics;
    std::optional<SourceNode> root
        = readHcl(std::string_view(reinterpret_cast<const char*>(data), size), file, diagnostics, limits);
    if (root.has_value() == hasErrors(diagnostics))
        __builtin_trap();
    for (const Diagnostic& d : diagnostics)
        if (!d.location.isValid() || d.location.column < 1 || d.message.isEmpty())
            __builtin_trap();
    if (!root)
        return 0;
    // The module's files: one policy, whatever path is asked for.
    const TerraformModuleFiles files = [](const QString&) -> std::optional<std::string> {
        return std::string(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "${a}", )"
                           R"("Resource": ${jsonencode(b)}}]})");
    };
    ReviewSubject subject;
    evaluateTerraformHcl(*root, file, files, subject);
    loadTerraform(*root, file, LoadOptions(), subject);
    return 0;
}
