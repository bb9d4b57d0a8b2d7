// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RequestEvaluator.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>

#include <memory>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

struct Case {
    std::vector<std::unique_ptr<Policy>> identity;
    std::unique_ptr<Policy> boundary;
    Request request;
};

class CaseReader {
public:
    CaseReader(const QString& file, Diagnostics& diagnostics)
        : m_file(file)
        , m_diagnostics(diagnostics)
    { }

    bool fail(SourceLocation at, const QString& message)
    {
        m_diagnostics.push_back({ DiagnosticSeverity::Error, "cases", m_file, at, message });
        return false;
    }

    bool readPolicy(const SourceNode& node, PolicyKind kind, const std::string& name, std::unique_ptr<Policy>& out)
    {
        PolicyParser::Result parsed = PolicyParser::parse(node, kind, m_file, name, m_diagnostics);
        if (!parsed.ok)
            return false;
        out = std::make_unique<Policy>(std::move(parsed.policy));
        return true;
    }

    bool readCase(const SourceNode& node, int index, Case& c)
    {
        if (!node.isObject())
            return fail(node.location, Tr::tr("case %1 must be an object").arg(index));
        for (const SourceMember& m : node.members) {
            if (m.key != "identityPolicies" && m.key != "boundary" && m.key != "action" && m.key != "resource"
                && m.key != "context")
                return fail(m.keyLocation, Tr::tr("unknown case field \"%1\"").arg(QString::fromStdString(m.key)));
        }
        const SourceNode* identity = node.find("identityPolicies");
        if (!identity || !identity->isArray())
            return fail(identity ? identity->location : node.location,
                Tr::tr("case %1 needs \"identityPolicies\": an array of policies").arg(index));
        for (size_t i = 0; i < identity->items.size(); ++i) {
            std::unique_ptr<Policy> p;
            if (!readPolicy(identity->items[i], PolicyKind::Identity,
                    "case" + std::to_string(index) + ".identity" + std::to_string(i), p))
                return false;
            c.identity.push_back(std::move(p));
        }
        if (const SourceNode* boundary = node.find("boundary"); boundary && !boundary->isNull()) {
            if (!readPolicy(*boundary, PolicyKind::Boundary, "case" + std::to_string(index) + ".boundary", c.boundary))
                return false;
        }
        const SourceNode* action = node.find("action");
        if (!action || !action->isString())
            return fail(
                action ? action->location : node.location, Tr::tr("case %1 needs \"action\": a string").arg(index));
        c.request.action = action->text;
        const SourceNode* resource = node.find("resource");
        if (!resource || !resource->isString())
            return fail(resource ? resource->location : node.location,
                Tr::tr("case %1 needs \"resource\": a string").arg(index));
        c.request.resource = resource->text;
        if (const SourceNode* context = node.find("context"); context && !context->isNull()) {
            if (!context->isObject())
                return fail(context->location, Tr::tr("\"context\" must be an object of condition keys"));
            for (const SourceMember& m : context->members) {
                std::vector<std::string> values;
                if (m.value.isScalar()) {
                    values.push_back(m.value.text);
                } else if (m.value.isArray()) {
                    for (const SourceNode& v : m.value.items) {
                        if (!v.isScalar())
                            return fail(v.location, Tr::tr("context values must be strings, numbers or booleans"));
                        values.push_back(v.text);
                    }
                } else {
                    return fail(m.value.location,
                        Tr::tr("the context key \"%1\" needs a value or an array of values")
                            .arg(QString::fromStdString(m.key)));
                }
                c.request.context.set(m.key, std::move(values));
            }
        }
        return true;
    }

private:
    const QString& m_file;
    Diagnostics& m_diagnostics;
};

} // namespace

int runEvaluate(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("evaluate"),
        Tr::tr("Decide requests against identity policies and a permissions boundary, as AWS would."));
    cl.addOption({ QStringLiteral("cases") }, Tr::tr("FILE"),
        Tr::tr("a JSON array of cases (identityPolicies, boundary, action, resource, context); "
               "\"-\": standard input"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    if (!cl.positionalArguments().isEmpty())
        return cl.usageError(err, Tr::tr("unexpected argument %1").arg(cl.positionalArguments().first()));
    const QString casesPath = cl.value(QStringLiteral("cases"));
    if (casesPath.isEmpty())
        return cl.usageError(err, Tr::tr("--cases FILE is required"));
    Diagnostics diagnostics;
    std::optional<SourceText> text = readInput(casesPath, diagnostics);
    const QString casesName = text ? text->file : casesPath;
    // Each case is decided as soon as it is read and then dropped: a file of thousands of cases, each with
    // its own policies, is never held as one tree. Only the short answers are kept, written once all is read.
    std::string json = "[";
    bool any = false;
    bool read = false;
    if (text) {
        CaseReader reader(casesName, diagnostics);
        const std::optional<SourceNode> root
            = readJsonArray(text->bytes, casesName, diagnostics, [&](const SourceNode& item, size_t index) {
                  Case c;
                  if (!reader.readCase(item, static_cast<int>(index), c))
                      return false;
                  std::vector<const Policy*> identity;
                  identity.reserve(c.identity.size());
                  for (const auto& p : c.identity)
                      identity.push_back(p.get());
                  const DecisionTrace trace = evaluateRequest(identity, c.boundary.get(), c.request);
                  json += any ? ",\n  {\"action\": " : "\n  {\"action\": ";
                  appendJsonString(json, c.request.action);
                  json += ", \"resource\": ";
                  appendJsonString(json, c.request.resource);
                  json += ", \"decision\": ";
                  appendJsonString(json, decisionName(trace.decision));
                  json += '}';
                  any = true;
                  return true;
              });
        if (root && !root->isArray())
            reader.fail(root->location, Tr::tr("the cases file must hold a JSON array of cases"));
        read = root && root->isArray();
    }
    if (!read || hasErrors(diagnostics)) {
        printDiagnostics(err, diagnostics, false);
        return BadInput;
    }
    json += any ? "\n]\n" : "]\n";
    write(out, json);
    return Success;
}

} // namespace grantscope::cli
