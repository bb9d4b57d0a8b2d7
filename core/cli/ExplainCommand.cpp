// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli explain: "can the vendor do this?" for one request of a subject of the package, with every
// statement and condition that took part and the boundary edits that would deny it.
#include "analysis/Explanation.h"
#include "boundary/BoundaryFile.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "common/QtText.h"
#include "package/PackageLoader.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

using Json = nlohmann::ordered_json;

/** The --context keys as given: each key once (first spelling), its values in command-line order. */
using ContextKeys = std::vector<std::pair<std::string, std::vector<std::string>>>;

std::string editKind(const BoundaryEdit& edit)
{
    return edit.part() == BoundaryEdit::Part::ArnDenies ? "deny-on-resource" : "deny-action";
}

Json conditionJson(const ConditionTrace& c)
{
    Json request = nullptr;
    if (c.requestValues.size() == 1)
        request = c.requestValues.front();
    else if (!c.requestValues.empty())
        request = c.requestValues;
    return { { "operator", c.operatorText }, { "key", c.key }, { "values", c.values }, { "requestValue", request },
        { "holds", c.holds } };
}

Json statementJson(const Explanation& e, const StatementTrace& s)
{
    Json conditions = Json::array();
    for (const ConditionTrace& c : s.conditions)
        conditions.push_back(conditionJson(c));
    Json j = { { "file", s.file.toStdString() }, { "line", s.location.line }, { "column", s.location.column },
        { "effect", s.effect == Effect::Deny ? "Deny" : "Allow" }, { "sid", s.sid }, { "policy", s.policy },
        { "kind", explainedPolicyKindKey(s.kind) }, { "statement", s.index }, { "conditions", std::move(conditions) } };
    if (s.mismatch != StatementMismatch::None) {
        j["reason"] = statementMismatchKey(s.mismatch);
        j["detail"] = mismatchText(s, e.action, e.resource).toStdString();
    }
    return j;
}

std::string toJson(
    const Explanation& e, const std::string& principal, const ContextKeys& context, const QString& boundaryPath)
{
    Json contextJson = Json::object();
    for (const auto& [key, values] : context)
        contextJson[key] = values;
    Json matched = Json::array();
    for (const StatementTrace& s : e.matched)
        matched.push_back(statementJson(e, s));
    Json notMatched = Json::array();
    for (const StatementTrace& s : e.notMatched)
        notMatched.push_back(statementJson(e, s));
    Json fixes = Json::array();
    for (const ExplainFix& f : e.fixes) {
        const BoundaryDraft& payload = f.edit.payload();
        Json fix = { { "edit", editKind(f.edit) } };
        if (f.edit.part() == BoundaryEdit::Part::ArnDenies) {
            fix["action"] = payload.arnDenies.front().action;
            fix["resource"] = payload.arnDenies.front().arn;
        } else {
            fix["action"] = payload.deniedActions.front();
        }
        fix["description"] = f.edit.description().toStdString();
        fix["decision"] = decisionName(f.decision);
        fixes.push_back(std::move(fix));
    }
    Json boundary = nullptr;
    if (!e.boundarySource.empty())
        boundary = { { "source", e.boundarySource }, { "name", e.boundaryName },
            { "file", e.boundarySource == "given" ? boundaryPath.toStdString() : std::string() } };
    const Json root = { { "subject", e.subject }, { "subjectKind", e.subjectKind }, { "action", e.action },
        { "resource", e.resource }, { "principal", principal.empty() ? Json(nullptr) : Json(principal) },
        { "context", std::move(contextJson) }, { "boundary", std::move(boundary) },
        { "decision", decisionName(e.decision) }, { "identityAllows", e.identityAllows },
        { "boundaryAllows", e.boundaryAllows }, { "needsNoPermission", e.needsNoPermission },
        { "matched", std::move(matched) }, { "notMatched", std::move(notMatched) },
        { "unresolvedPolicies", e.unresolvedPolicies }, { "fixes", std::move(fixes) } };
    return root.dump(2) + "\n";
}

QString valuesText(const std::vector<std::string>& values)
{
    QStringList quoted;
    for (const std::string& v : values)
        quoted << QLatin1Char('"') + toQString(v) + QLatin1Char('"');
    return quoted.size() == 1 ? quoted.front()
                              : QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString statementLine(const StatementTrace& s)
{
    QString line = QStringLiteral("  %1:%2:%3  %4  ")
                       .arg(s.file)
                       .arg(s.location.line)
                       .arg(s.location.column)
                       .arg(s.effect == Effect::Deny ? QStringLiteral("Deny ") : QStringLiteral("Allow"));
    switch (s.kind) {
    case ExplainedPolicyKind::Identity:
        line += Tr::tr("policy %1").arg(toQString(s.policy));
        break;
    case ExplainedPolicyKind::Boundary:
        line += Tr::tr("boundary %1").arg(toQString(s.policy));
        break;
    case ExplainedPolicyKind::Resource:
        line += Tr::tr("resource policy %1").arg(toQString(s.policy));
        break;
    }
    line += s.sid.empty() ? Tr::tr(", statement %1").arg(s.index + 1) : Tr::tr(", Sid %1").arg(toQString(s.sid));
    return line + QLatin1Char('\n');
}

QString conditionLines(const StatementTrace& s)
{
    QString text;
    for (const ConditionTrace& c : s.conditions) {
        text += QStringLiteral("    %1  %2 %3 %4  ")
                    .arg(c.holds ? Tr::tr("holds") : Tr::tr("fails"), toQString(c.operatorText), toQString(c.key),
                        valuesText(c.values));
        text += c.requestHasKey ? Tr::tr("request: %1").arg(valuesText(c.requestValues))
                                : Tr::tr("request: no %1").arg(toQString(c.key));
        text += QLatin1Char('\n');
    }
    return text;
}

QString toText(
    const Explanation& e, const std::string& principal, const ContextKeys& context, const QString& boundaryPath)
{
    QString text = Tr::tr("Decision: %1\n").arg(QLatin1String(decisionName(e.decision)));
    if (e.needsNoPermission)
        text += Tr::tr("  AWS allows %1 to every caller: it needs no permission, and no policy or boundary, not even "
                       "an explicit deny, stops it\n")
                    .arg(toQString(e.action));
    text += Tr::tr("Request: %1 (%2) does %3 on %4\n")
                .arg(toQString(e.subject), toQString(e.subjectKind), toQString(e.action), toQString(e.resource));
    if (!principal.empty())
        text += Tr::tr("Principal: %1\n").arg(toQString(principal));
    QStringList keys;
    for (const auto& [key, values] : context)
        for (const std::string& v : values)
            keys << toQString(key) + QLatin1Char('=') + toQString(v);
    text += Tr::tr("Context: %1\n").arg(keys.isEmpty() ? Tr::tr("no condition keys") : keys.join(QStringLiteral(", ")));
    if (e.boundarySource == "given")
        text += Tr::tr("Boundary: %1\n").arg(boundaryPath);
    else if (e.boundarySource == "subject")
        text += Tr::tr("Boundary: %1 (the subject's own permissions boundary)\n").arg(toQString(e.boundaryName));
    else if (e.boundarySource == "not-applicable")
        text += Tr::tr("Boundary: none applies (a permissions boundary does not limit what a resource policy "
                       "grants)\n");
    else
        text += Tr::tr("Boundary: none\n");
    for (const std::string& p : e.unresolvedPolicies)
        text += Tr::tr("Not reviewed: %1 (its document is not in the package)\n").arg(toQString(p));

    text += Tr::tr("\nMatched statements (%1):\n").arg(e.matched.size());
    if (e.matched.empty())
        text += Tr::tr("  none: nothing allows it, so it is denied implicitly\n");
    for (const StatementTrace& s : e.matched)
        text += statementLine(s) + conditionLines(s);
    text += Tr::tr("\nStatements that did not match (%1):\n").arg(e.notMatched.size());
    for (const StatementTrace& s : e.notMatched) {
        text += statementLine(s);
        text += QStringLiteral("    %1: %2\n")
                    .arg(QLatin1String(statementMismatchKey(s.mismatch)), mismatchText(s, e.action, e.resource));
        text += conditionLines(s);
    }
    if (e.decision == Decision::Allowed && e.boundarySource != "not-applicable") {
        text += Tr::tr("\nBoundary edits that would deny it:\n");
        if (e.fixes.empty())
            text += e.needsNoPermission ? Tr::tr("  none: no boundary can deny it\n") : Tr::tr("  none found\n");
        for (const ExplainFix& f : e.fixes)
            text += QStringLiteral("  %1  -> %2\n").arg(f.edit.description(), QLatin1String(decisionName(f.decision)));
    }
    return text;
}

} // namespace

int runExplain(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("explain"),
        Tr::tr("Decide one request of a subject of the package as AWS would, and explain it: every statement that "
               "matched or did not and why, each condition with the request's value, and the boundary edits that "
               "would deny it."));
    cl.addFlag({ QStringLiteral("json") }, Tr::tr("write the explanation as JSON"));
    cl.addOption(
        { QStringLiteral("action") }, Tr::tr("ACTION"), Tr::tr("the action asked for (any case): kms:Decrypt"));
    cl.addOption({ QStringLiteral("resource") }, Tr::tr("ARN"),
        Tr::tr("the resource's ARN, or \"*\" for an action that takes no resource"));
    cl.addOption({ QStringLiteral("subject") }, Tr::tr("NAME"),
        Tr::tr("the role, user, group, resource-policy grantee or policy asking (default: the only role)"));
    cl.addOption({ QStringLiteral("principal") }, Tr::tr("PRINCIPAL"),
        Tr::tr("who asks, for a resource-policy grantee: an account id, an ARN or a service principal"));
    cl.addOption({ QStringLiteral("context") }, Tr::tr("KEY=VALUE"),
        Tr::tr("a condition key of the request; repeat it for more keys or for more values of one key"));
    cl.addOption({ QStringLiteral("boundary") }, Tr::tr("FILE"),
        Tr::tr("a permissions boundary in place of the subject's own, in any form diff --boundary reads"));
    cl.addPackageOptions();
    cl.addArgument(Tr::tr("PATH..."), Tr::tr("the vendor package"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    const bool json = cl.isSet(QStringLiteral("json"));
    LoadOptions options;
    if (!cl.readPackageOptions(options, err))
        return BadInput;
    const QStringList paths = cl.positionalArguments();
    const QString boundaryPath = cl.value(QStringLiteral("boundary"));
    if (const std::optional<int> refused = cl.refuseStandardInput(paths + QStringList { boundaryPath }, err))
        return *refused;
    if (paths.isEmpty())
        return cl.usageError(err, Tr::tr("no PATH given"));
    ExplainQuestion question;
    question.action = cl.value(QStringLiteral("action")).trimmed().toStdString();
    if (question.action.empty())
        return cl.usageError(err, Tr::tr("--action ACTION is required"));
    question.resource = cl.value(QStringLiteral("resource")).trimmed().toStdString();
    if (question.resource.empty())
        return cl.usageError(err, Tr::tr("--resource ARN is required (\"*\" for an action that takes no resource)"));
    question.subject = cl.value(QStringLiteral("subject")).toStdString();
    question.principal = cl.value(QStringLiteral("principal")).trimmed().toStdString();

    ContextKeys context;
    for (const QString& entry : cl.values(QStringLiteral("context"))) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return cl.usageError(err, Tr::tr("--context needs KEY=VALUE, not \"%1\"").arg(entry));
        const std::string key = entry.left(equals).trimmed().toStdString();
        const std::string value = entry.mid(equals + 1).toStdString();
        const QString folded = toQString(key).toCaseFolded();
        auto same = std::find_if(context.begin(), context.end(),
            [&](const auto& kv) { return toQString(kv.first).toCaseFolded() == folded; });
        if (same == context.end())
            context.push_back({ key, { value } });
        else
            same->second.push_back(value);
    }
    for (const auto& [key, values] : context)
        question.context.set(key, values);

    Diagnostics diagnostics;
    std::optional<Policy> boundary;
    if (!boundaryPath.isEmpty()) {
        boundary = readBoundaryFile(boundaryPath, diagnostics);
        printDiagnostics(err, diagnostics, false);
        if (!boundary || hasErrors(diagnostics))
            return BadInput;
        question.boundary = &*boundary;
    }
    const ReviewSubject package = loadPackage(paths, options);
    printDiagnostics(err, package.diagnostics, false);
    if (hasErrors(package.diagnostics))
        return BadInput;

    const Explanation explanation = explainRequest(Catalog::bundled(), package, question);
    if (!explanation.ok()) {
        // No subject chosen: say which option names one.
        const QString hint
            = explanation.subject.empty() && question.subject.empty() ? Tr::tr(" (--subject NAME)") : QString();
        write(err, Tr::tr("grantscope-cli explain: %1%2\n").arg(explanation.error, hint));
        return BadInput;
    }
    if (!writeOutput({},
            json ? toJson(explanation, question.principal, context, boundaryPath)
                 : toText(explanation, question.principal, context, boundaryPath).toStdString(),
            out, err))
        return BadInput;
    return Success;
}

} // namespace grantscope::cli
