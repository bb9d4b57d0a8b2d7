// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a vendor package file (JSON or YAML; CloudFormation, Terraform or
// policy), through loading and the whole analysis. It must never crash, hang or leak.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const char* name : { "fuzz.json", "fuzz.yaml" }) {
        grantscope::ReviewSubject subject;
        grantscope::loadDocument(QString::fromLatin1(name), bytes, {}, subject);
        const grantscope::PackageAnalysis analysis
            = grantscope::analyzePackage(subject, grantscope::Catalog::bundled(), grantscope::RuleSet::bundled());
        (void)analysis;
    }
    return 0;
}
