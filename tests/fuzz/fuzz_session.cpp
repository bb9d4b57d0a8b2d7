// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a review session file. Reading must never crash or hang; a session
// that reads must write and read back to the same value; its boundary, when it fits, must come back
// from the CloudFormation snippet as the same policy.
#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundarySnippets.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"
#include "policy/PolicyWriter.h"
#include "review/ReviewSession.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace grantscope;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const QString file = QStringLiteral("/fuzz/review.grantscope");
    Diagnostics diagnostics;
    const std::optional<ReviewSession> session = ReviewSession::fromJson(bytes, file, diagnostics);
    if (!session)
        return 0;
    Diagnostics again;
    const std::optional<ReviewSession> reread = ReviewSession::fromJson(session->toJson(file), file, again);
    if (!reread || !(*reread == *session))
        std::abort();
    const BoundaryDraft& b = session->boundary;
    if (!session->hasBoundary
        || b.deniedActions.size() + b.arnDenies.size() + b.conditionalDenies.size() + b.exceptDenies.size() > 64)
        return 0;
    const Catalog& catalog = Catalog::bundled();
    const CompactedBoundary compacted = BoundaryCompactor::compact(catalog, session->boundary.toPolicy(catalog));
    if (!compacted.fits)
        return 0;
    ReviewSubject back;
    loadDocument(QStringLiteral("boundary.yaml"),
        writeBoundary(compacted, BoundaryFormat::CloudFormation, session->boundary.name, {}), {}, back);
    if (back.standalonePolicies.size() != 1
        || writePolicyJson(back.standalonePolicies.front().policy) != writePolicyJson(compacted.policy))
        std::abort();
    return 0;
}
