// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Expansion.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "package/CloudFormationLoader.h"
#include "package/TerraformLoader.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <thread>

namespace grantscope::cli {

namespace {

void writeJson(std::FILE* out, const Catalog& catalog, const std::map<std::string, ActionSet>& results)
{
    std::string buffer;
    buffer.reserve(1 << 20);
    buffer += '{';
    bool firstPolicy = true;
    for (const auto& [name, actions] : results) {
        if (!firstPolicy)
            buffer += ',';
        firstPolicy = false;
        buffer += "\n  ";
        appendJsonString(buffer, name);
        buffer += ": [";
        bool first = true;
        catalog.forEachSorted(actions, [&](int i) {
            if (!first)
                buffer += ", ";
            first = false;
            buffer += '"';
            buffer += catalog.lowerActionName(i);
            buffer += '"';
        });
        buffer += ']';
        if (buffer.size() > (1 << 20)) {
            write(out, buffer);
            buffer.clear();
        }
    }
    buffer += firstPolicy ? "}\n" : "\n}\n";
    write(out, buffer);
}

void writeTable(std::FILE* out, const Catalog& catalog, const std::map<std::string, ActionSet>& results)
{
    std::string text;
    for (const auto& [name, actions] : results) {
        text += name + ": " + std::to_string(actions.count()) + " actions\n";
        int currentService = -1;
        std::string line;
        auto flush = [&] {
            if (!line.empty())
                text += line + '\n';
            line.clear();
        };
        actions.forEach([&](int i) {
            const ActionInfo& a = catalog.action(i);
            if (a.service != currentService) {
                flush();
                currentService = a.service;
                const ServiceInfo& s = catalog.service(a.service);
                line = "  " + std::string(s.prefix) + ": ";
            } else {
                line += ", ";
            }
            line += a.name;
        });
        flush();
    }
    write(out, text);
}

// A template or Terraform file given to expand: say which command reads it instead of a syntax error.
void templateAdvice(const QString& file, SourceLocation at, Diagnostics& diagnostics)
{
    diagnostics.push_back({ DiagnosticSeverity::Error, "expand-not-a-policy", file, at,
        QCoreApplication::translate("cli",
            "this is a CloudFormation template or Terraform configuration, not a policy: "
            "expand reads IAM policy documents; review the package with "
            "grantscope-cli analyze %1")
            .arg(file) });
}

bool isTemplate(const QString& file, std::string_view bytes, Diagnostics& diagnostics)
{
    const size_t start = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool json = start != std::string_view::npos && (bytes[start] == '{' || bytes[start] == '[');
    static const QStringList suffixes { QStringLiteral(".yaml"), QStringLiteral(".yml"), QStringLiteral(".template"),
        QStringLiteral(".tf") };
    const bool templateName = std::any_of(
        suffixes.begin(), suffixes.end(), [&](const QString& s) { return file.endsWith(s, Qt::CaseInsensitive); });
    if (json || !templateName)
        return false;
    templateAdvice(file, { 1, 1 }, diagnostics);
    return true;
}

} // namespace

int runExpand(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("expand"),
        QCoreApplication::translate("cli", "List the actions each policy's Allow statements grant."));
    cl.addFlag(
        { QStringLiteral("json") }, QCoreApplication::translate("cli", "write a JSON object of policy: actions"));
    cl.addFlag({ QStringLiteral("q"), QStringLiteral("quiet") },
        QCoreApplication::translate("cli", "print errors only, no warnings"));
    cl.addArgument(QCoreApplication::translate("cli", "PATH..."),
        QCoreApplication::translate(
            "cli", "a policy JSON file, a folder of *.json policies, or \"-\" for one policy on standard input"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    const bool json = cl.isSet(QStringLiteral("json"));
    const bool quiet = cl.isSet(QStringLiteral("quiet"));
    const QStringList paths = cl.positionalArguments();
    if (paths.isEmpty())
        return cl.usageError(err, QCoreApplication::translate("cli", "no PATH given"));
    if (paths.count(QStringLiteral("-")) > 1)
        return cl.usageError(err, QCoreApplication::translate("cli", "standard input (\"-\") can be read only once"));

    Diagnostics diagnostics;
    const std::vector<InputFile> files = collectPolicyFiles(paths, diagnostics);
    const Catalog& catalog = Catalog::bundled();
    std::map<std::string, ActionSet> results;
    bool bad = hasErrors(diagnostics);
    // Each file is read, parsed and expanded on its own; two workers share the list (the machine
    // has two cores), and the results are merged in file order so the output does not depend on timing.
    struct FileResult {
        bool ok = false;
        bool bad = false;
        ActionSet allowed;
        Diagnostics diagnostics;
    };
    std::vector<FileResult> perFile(files.size());
    auto work = [&](size_t begin, size_t step) {
        for (size_t i = begin; i < files.size(); i += step) {
            const InputFile& f = files[i];
            FileResult& r = perFile[i];
            std::optional<SourceText> text = readInput(f.path, r.diagnostics);
            std::optional<SourceNode> root;
            if (text && isTemplate(f.display, text->bytes, r.diagnostics)) {
                r.bad = true;
                continue;
            }
            if (text)
                root = readJson(text->bytes, f.display, r.diagnostics);
            if (root && (looksLikeCloudFormation(*root) || looksLikeTerraform(*root))) {
                templateAdvice(f.display, root->location, r.diagnostics);
                r.bad = true;
                continue;
            }
            if (!root) {
                r.bad = true;
                continue;
            }
            PolicyParser::Result parsed
                = PolicyParser::parse(*root, PolicyParser::guessKind(*root), f.display, f.stem, r.diagnostics);
            r.bad = !parsed.ok;
            r.allowed = expandPolicy(catalog, parsed.policy, &r.diagnostics).allowed;
            r.ok = true;
        }
    };
    if (files.size() > 16) {
        std::thread helper(work, size_t(1), size_t(2));
        work(0, 2);
        helper.join();
    } else {
        work(0, 1);
    }
    for (size_t i = 0; i < files.size(); ++i) {
        FileResult& r = perFile[i];
        bad = bad || r.bad;
        diagnostics.insert(diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
        if (!r.ok)
            continue;
        auto [it, inserted] = results.try_emplace(files[i].stem, std::move(r.allowed));
        if (!inserted)
            it->second |= r.allowed;
    }
    printDiagnostics(err, diagnostics, !quiet);
    if (json)
        writeJson(out, catalog, results);
    else
        writeTable(out, catalog, results);
    return bad ? BadInput : Success;
}

} // namespace grantscope::cli
