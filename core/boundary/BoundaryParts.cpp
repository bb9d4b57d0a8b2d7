// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundaryParts.h"

#include "boundary/BoundarySnippets.h"
#include "policy/PolicyWriter.h"

#include <QCoreApplication>

#include <charconv>
#include <limits>

namespace grantscope {

namespace {

// Translated under the context "BoundaryCompactor", beside the compactor's own size messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BoundaryCompactor)
};

constexpr std::string_view kPart = " part ";
constexpr std::string_view kOf = " of ";

std::optional<size_t> number(std::string_view text)
{
    size_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

Policy emptyPart(const Policy& whole, const std::string& id)
{
    Policy p;
    p.file = whole.file;
    p.kind = whole.kind;
    p.version = whole.version.empty() ? "2012-10-17" : whole.version;
    p.id = id;
    p.location = whole.location;
    return p;
}

// Packs the Deny statements of `whole` after its Allow statements; false when a statement (or a single pattern
// of one) is larger than an empty part can hold.
bool pack(const Policy& whole, const std::string& reservedId, size_t limit, std::vector<Policy>& parts)
{
    parts = { emptyPart(whole, reservedId) };
    for (const Statement& st : whole.statements)
        if (st.effect != Effect::Deny)
            parts.front().statements.push_back(st);
    if (policySizeForLimits(parts.front()) > limit)
        return false; // the Allow part must stay in the boundary itself: elsewhere it would grant, not bound
    const auto startPart = [&] {
        if (!parts.back().statements.empty())
            parts.push_back(emptyPart(whole, reservedId));
    };
    for (const Statement& st : whole.statements) {
        if (st.effect != Effect::Deny)
            continue;
        parts.back().statements.push_back(st);
        if (policySizeForLimits(parts.back()) <= limit)
            continue;
        parts.back().statements.pop_back();
        // Deny (A ∪ B) is Deny A and Deny B; Deny NotAction (A ∪ B) is not the pair of NotAction denies.
        if (st.notAction || st.actions.size() < 2) {
            startPart();
            parts.back().statements.push_back(st);
            if (policySizeForLimits(parts.back()) > limit)
                return false;
            continue;
        }
        size_t next = 0;
        while (next < st.actions.size()) {
            Statement chunk = st;
            chunk.actions.clear();
            Policy& part = parts.back();
            part.statements.push_back(std::move(chunk));
            size_t added = 0;
            for (; next < st.actions.size(); ++next, ++added) {
                part.statements.back().actions.push_back(st.actions[next]);
                if (policySizeForLimits(part) > limit) {
                    part.statements.back().actions.pop_back();
                    break;
                }
            }
            if (added == 0) {
                part.statements.pop_back();
                if (part.statements.empty())
                    return false;
            }
            if (next < st.actions.size())
                startPart();
        }
    }
    return true;
}

} // namespace

std::string boundaryPartId(const std::string& name, size_t part, size_t count)
{
    return name + std::string(kPart) + std::to_string(part) + std::string(kOf) + std::to_string(count);
}

std::optional<BoundaryPartMark> parseBoundaryPartId(std::string_view id)
{
    const size_t of = id.rfind(kOf);
    if (of == std::string_view::npos)
        return std::nullopt;
    const size_t part = id.substr(0, of).rfind(kPart);
    if (part == std::string_view::npos || part == 0)
        return std::nullopt;
    const std::optional<size_t> index = number(id.substr(part + kPart.size(), of - part - kPart.size()));
    const std::optional<size_t> count = number(id.substr(of + kOf.size()));
    if (!index || !count || *index < 1 || *index > *count)
        return std::nullopt;
    return BoundaryPartMark { std::string(id.substr(0, part)), *index, *count };
}

BoundaryParts BoundaryParts::split(const Catalog& catalog, const Policy& policy, const CompactedBoundary& compacted,
    const std::string& name, size_t limit)
{
    BoundaryParts out;
    if (compacted.fits) {
        out.parts = { compacted };
        out.parts.front().policy.name = name;
        out.fits = true;
        out.diagnostics = compacted.diagnostics;
        return out;
    }
    for (const Diagnostic& d : compacted.diagnostics)
        if (d.code != "boundary-too-large")
            out.diagnostics.push_back(d);
    // Measured with an Id at least as long as the final one (at most 99 parts: ~600,000 characters of denies).
    const std::string reserved = boundaryPartId(name, 99, 99);
    std::vector<Policy> policies;
    const CompactedBoundary readable = BoundaryCompactor::compact(catalog, policy, std::numeric_limits<size_t>::max());
    if ((!pack(readable.policy, reserved, limit, policies) || policies.size() > 99)
        && (!pack(compacted.policy, reserved, limit, policies) || policies.size() > 99)) {
        out.diagnostics = compacted.diagnostics;
        return out;
    }
    const size_t count = policies.size();
    for (size_t i = 0; i < count; ++i) {
        Policy& p = policies[i];
        p.id = count == 1 ? policy.id : boundaryPartId(name, i + 1, count);
        p.name = i == 0 ? name : iamPolicyName(name.substr(0, 110) + "-part" + std::to_string(i + 1));
        for (size_t s = 0; s < p.statements.size(); ++s)
            p.statements[s].index = static_cast<int>(s);
        CompactedBoundary part;
        part.size = policySizeForLimits(p);
        part.fits = part.size <= limit;
        part.json = writePolicyJson(p, 2);
        part.policy = std::move(p);
        out.parts.push_back(std::move(part));
    }
    out.fits = true;
    if (count == 1)
        return out; // the compactor could not try: one readable policy holds it
    out.diagnostics.push_back({ DiagnosticSeverity::Warning, "boundary-split", compacted.policy.file,
        compacted.policy.location,
        Tr::tr("the boundary needs %1 characters, more than the %2 AWS accepts in one managed policy: it is written as "
               "%3 managed policies. Set the first as the role's permissions boundary and attach the others to the "
               "role as managed policies: they hold only Deny statements, which apply wherever they are attached")
            .arg(compacted.size)
            .arg(limit)
            .arg(count) });
    return out;
}

} // namespace grantscope
