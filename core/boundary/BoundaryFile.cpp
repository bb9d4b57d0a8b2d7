// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundaryFile.h"

#include "boundary/BoundaryParts.h"
#include "doc/HclReader.h"
#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "package/PackageLoader.h"
#include "package/TerraformHcl.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <map>

namespace grantscope {

namespace {

// Translated under the context "BoundaryFile" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BoundaryFile)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

struct Candidate {
    Policy policy;
    std::string label; // policy name, logical id or Terraform name
    SourceLocation location;
};

void error(Diagnostics& diagnostics, const QString& file, SourceLocation at, const char* code, const QString& message)
{
    diagnostics.push_back(
        { DiagnosticSeverity::Error, code, file, at.line > 0 ? at : SourceLocation { 1, 1 }, message });
}

QString listed(const std::vector<Candidate>& candidates)
{
    QStringList out;
    for (const Candidate& c : candidates)
        out << Tr::tr("%1 (line %2)").arg(q(c.label)).arg(c.location.line);
    return out.join(QStringLiteral(", "));
}

Policy asBoundary(Policy policy)
{
    policy.kind = PolicyKind::Boundary;
    return policy;
}

// The parts of one boundary, merged; nullopt (with an Error) when they are not all there.
std::optional<Policy> mergeParts(const QString& file, const std::vector<Candidate>& candidates,
    const BoundaryPartMark& first, Diagnostics& diagnostics)
{
    std::map<size_t, const Candidate*> byPart;
    for (const Candidate& c : candidates) {
        const std::optional<BoundaryPartMark> mark = parseBoundaryPartId(c.policy.id);
        if (!mark || mark->name != first.name || mark->count != first.count || byPart.count(mark->part)) {
            error(diagnostics, file, c.location, "boundary-parts",
                Tr::tr("%1 holds policies that are not the parts of one boundary (%2): keep only the parts of the "
                       "boundary \"%3\" in the file")
                    .arg(file, listed(candidates), q(first.name)));
            return std::nullopt;
        }
        byPart[mark->part] = &c;
    }
    for (size_t part = 1; part <= first.count; ++part)
        if (!byPart.count(part)) {
            error(diagnostics, file, candidates.front().location, "boundary-parts",
                Tr::tr("%1 holds part %2 of %3 of the boundary \"%4\" but not part %5: the boundary is every part "
                       "together, and its denies would be missed")
                    .arg(file)
                    .arg(byPart.begin()->first)
                    .arg(first.count)
                    .arg(q(first.name))
                    .arg(part));
            return std::nullopt;
        }
    Policy merged = byPart.at(1)->policy;
    merged.name = first.name;
    merged.id.clear();
    for (size_t part = 2; part <= first.count; ++part) {
        const std::vector<Statement>& more = byPart.at(part)->policy.statements;
        merged.statements.insert(merged.statements.end(), more.begin(), more.end());
    }
    for (size_t i = 0; i < merged.statements.size(); ++i)
        merged.statements[i].index = static_cast<int>(i);
    return asBoundary(std::move(merged));
}

std::optional<Policy> choose(const QString& file, std::vector<Candidate> candidates,
    const std::vector<Candidate>& roleBoundaries, Diagnostics& diagnostics)
{
    for (const Candidate& c : candidates)
        if (const std::optional<BoundaryPartMark> mark = parseBoundaryPartId(c.policy.id))
            return mergeParts(file, candidates, *mark, diagnostics);
    if (roleBoundaries.size() == 1)
        return asBoundary(roleBoundaries.front().policy);
    if (candidates.size() == 1)
        return asBoundary(std::move(candidates.front().policy));
    if (candidates.empty() && roleBoundaries.empty()) {
        error(diagnostics, file, {}, "boundary-none",
            Tr::tr("%1 holds no boundary policy: give an IAM policy document, a CloudFormation template with an "
                   "AWS::IAM::ManagedPolicy, or Terraform with an aws_iam_policy")
                .arg(file));
        return std::nullopt;
    }
    const std::vector<Candidate>& all = candidates.empty() ? roleBoundaries : candidates;
    error(diagnostics, file, all.front().location, "boundary-ambiguous",
        Tr::tr("%1 holds %2 policies (%3); a permissions boundary is one policy: keep only the boundary in the file "
               "(or name it as the PermissionsBoundary of the file's role)")
            .arg(file)
            .arg(all.size())
            .arg(listed(all)));
    return std::nullopt;
}

std::optional<Policy> fromPolicyJson(
    const QString& name, const SourceNode& root, const std::string& stem, Diagnostics& diagnostics)
{
    std::vector<Candidate> candidates;
    const std::vector<SourceNode> single { root };
    for (const SourceNode& document : root.isArray() ? root.items : single) {
        PolicyParser::Result parsed = PolicyParser::parse(document, PolicyKind::Boundary, name, stem, diagnostics);
        if (!parsed.ok)
            return std::nullopt;
        const std::string label = parsed.policy.id.empty() ? stem : parsed.policy.id;
        candidates.push_back({ std::move(parsed.policy), label, document.location });
    }
    return choose(name, std::move(candidates), {}, diagnostics);
}

// The data "aws_iam_policy_document" sources of a `.tf` file, by name. The loader reads a document only where a
// resource uses it; a boundary file may hold the document alone.
std::vector<std::string> policyDocumentSources(const QString& name, std::string_view bytes)
{
    Diagnostics ignored; // the loader reports the file's syntax errors itself
    const std::optional<SourceNode> root = readHcl(bytes, name, ignored);
    const SourceNode* data = root ? root->find("data") : nullptr;
    const SourceNode* documents = data ? data->find("aws_iam_policy_document") : nullptr;
    std::vector<std::string> out;
    const auto collect = [&](const SourceNode& object) {
        for (const SourceMember& m : object.members)
            out.push_back(m.key);
    };
    if (documents && documents->isObject())
        collect(*documents);
    else if (documents && documents->isArray())
        for (const SourceNode& item : documents->items)
            if (item.isObject())
                collect(item);
    return out;
}

} // namespace

std::optional<Policy> readBoundaryText(const QString& name, std::string_view bytes, Diagnostics& diagnostics)
{
    const std::string stem = QFileInfo(name).completeBaseName().toStdString();
    const std::string_view trimmed
        = bytes.substr(std::min(bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF"), bytes.size()));
    if (!isTerraformHclFile(name) && (trimmed.starts_with('{') || trimmed.starts_with('['))) {
        const size_t before = diagnostics.size();
        const std::optional<SourceNode> root = readJson(bytes, name, diagnostics);
        if (!root)
            return std::nullopt;
        if (root->isArray() || (root->isObject() && root->find("Statement") && !root->find("Resources")))
            return fromPolicyJson(name, *root, stem, diagnostics);
        diagnostics.resize(before); // read again below, as a template
    }

    ReviewSubject subject;
    loadDocument(name, bytes, LoadOptions {}, subject);
    if (isTerraformHclFile(name) && subject.standalonePolicies.empty() && subject.roles.empty()
        && !hasErrors(subject.diagnostics)) {
        // Policy documents alone: read as the aws_iam_policy each would be, added after the file's last line so
        // that every location stays where it is.
        std::string text(bytes);
        for (const std::string& source : policyDocumentSources(name, bytes))
            text += "\nresource \"aws_iam_policy\" \"" + source + "\" {\n  policy = data.aws_iam_policy_document."
                + source + ".json\n}\n";
        if (text.size() > bytes.size()) {
            subject = ReviewSubject();
            loadDocument(name, text, LoadOptions {}, subject);
        }
    }
    diagnostics.insert(diagnostics.end(), subject.diagnostics.begin(), subject.diagnostics.end());
    if (hasErrors(subject.diagnostics))
        return std::nullopt;
    // What the loader could not see into (a parameter without a value, a document built at deploy time) stays
    // visible: the boundary is read as written, placeholders included.
    for (const PackageNote& n : subject.notes)
        diagnostics.push_back({ DiagnosticSeverity::Warning, "boundary-" + n.kind, n.file.isEmpty() ? name : n.file,
            n.location, n.message });

    std::vector<Candidate> candidates;
    for (const PolicyRecord& p : subject.standalonePolicies)
        if (p.origin != PolicyOrigin::AwsManaged && p.resolved)
            candidates.push_back({ p.policy, p.name, p.location });
    std::vector<Candidate> roleBoundaries;
    for (const RoleRecord& r : subject.roles)
        if (r.hasBoundary && r.boundary.resolved
            && std::none_of(roleBoundaries.begin(), roleBoundaries.end(),
                [&](const Candidate& c) { return c.label == r.boundary.name; }))
            roleBoundaries.push_back({ r.boundary.policy, r.boundary.name, r.boundary.location });
    return choose(name, std::move(candidates), roleBoundaries, diagnostics);
}

std::optional<Policy> readBoundaryFile(const QString& path, Diagnostics& diagnostics)
{
    const std::optional<SourceText> text = readSourceFile(path, diagnostics);
    if (!text)
        return std::nullopt;
    return readBoundaryText(path, text->bytes, diagnostics);
}

} // namespace grantscope
