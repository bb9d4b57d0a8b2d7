// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a Terraform .tf file of a vendor package, through loadDocument() (HCL
// reading, expression evaluation, the Terraform loader) and the whole analysis, as a package folder with
// one .tf file is reviewed. It must never crash, hang or leak.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace grantscope;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    ReviewSubject subject;
    loadDocument(QStringLiteral("vendor/main.tf"), bytes, {}, subject);
    const PackageAnalysis analysis = analyzePackage(subject, Catalog::bundled(), RuleSet::bundled());
    (void)analysis;
    return 0;
}
