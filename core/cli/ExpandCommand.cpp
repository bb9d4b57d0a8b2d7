// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Expansion.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>

#include <map>

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

} // namespace

int runExpand(const QStringList& args, std::FILE* out, std::FILE* err)
{
    bool json = false, quiet = false;
    QStringList paths;
    for (const QString& a : args) {
        if (a == QStringLiteral("--json"))
            json = true;
        else if (a == QStringLiteral("--quiet") || a == QStringLiteral("-q"))
            quiet = true;
        else if (a.startsWith(QLatin1Char('-')) && a != QStringLiteral("-")) {
            write(err, QCoreApplication::translate("cli", "grantscope-cli expand: unknown option %1\n").arg(a));
            return BadInput;
        } else
            paths << a;
    }
    if (paths.isEmpty()) {
        write(err, QCoreApplication::translate("cli", "Usage: grantscope-cli expand [--json] PATH...\n"));
        return BadInput;
    }

    Diagnostics diagnostics;
    const std::vector<InputFile> files = collectPolicyFiles(paths, diagnostics);
    const Catalog& catalog = Catalog::bundled();
    std::map<std::string, ActionSet> results;
    bool bad = hasErrors(diagnostics);
    for (const InputFile& f : files) {
        std::optional<SourceText> text = readSourceFile(f.path, diagnostics);
        if (!text) {
            bad = true;
            continue;
        }
        std::optional<SourceNode> root = readJson(text->bytes, f.display, diagnostics);
        if (!root) {
            bad = true;
            continue;
        }
        PolicyParser::Result parsed =
            PolicyParser::parse(*root, PolicyParser::guessKind(*root), f.display, f.stem, diagnostics);
        if (!parsed.ok)
            bad = true;
        PolicyExpansion expansion = expandPolicy(catalog, parsed.policy, &diagnostics);
        auto [it, inserted] = results.try_emplace(f.stem, std::move(expansion.allowed));
        if (!inserted)
            it->second |= expansion.allowed;
    }
    printDiagnostics(err, diagnostics, !quiet);
    if (json)
        writeJson(out, catalog, results);
    else
        writeTable(out, catalog, results);
    return bad ? BadInput : Success;
}

} // namespace grantscope::cli
