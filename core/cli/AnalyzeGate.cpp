// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AnalyzeGate.h"

#include "analysis/RuleSet.h"
#include "cli/Baseline.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "common/JsonStreamWriter.h"
#include "common/Suggestions.h"
#include "review/ReleaseComparison.h"
#include "review/ReviewSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString joined(const std::vector<std::string>& names)
{
    QStringList list;
    for (const std::string& n : names)
        list << QString::fromStdString(n);
    return list.join(QStringLiteral(", "));
}

} // namespace

void AnalyzeGate::declare(CommandLine& cl)
{
    cl.addOption({ QStringLiteral("disable-rule") }, Tr::tr("ID"),
        Tr::tr("leave the findings of rule ID out of the output and of --fail-on (repeatable)"));
    cl.addOption({ QStringLiteral("baseline") }, Tr::tr("FILE"),
        Tr::tr("an earlier analyze --json output or saved review: its findings are marked known (\"new\": false) "
               "and only new findings reach --fail-on"));
}

std::optional<int> AnalyzeGate::read(const CommandLine& cl, std::FILE* err)
{
    std::vector<std::string> known;
    for (const Rule& r : RuleSet::bundled().rules())
        known.push_back(r.id);
    for (const QString& id : cl.values(QStringLiteral("disable-rule"))) {
        const std::string rule = id.toStdString();
        if (std::find(known.begin(), known.end(), rule) == known.end()) {
            QString message = Tr::tr("--disable-rule: no rule %1").arg(id);
            const std::vector<std::string> close = closestNames(rule, known);
            message += close.empty() ? Tr::tr(" (a rule id is the \"rule\" of a finding in analyze --json)")
                                     : Tr::tr("; did you mean %1?").arg(joined(close));
            return cl.usageError(err, message);
        }
        if (std::find(disabledRules.begin(), disabledRules.end(), rule) == disabledRules.end())
            disabledRules.push_back(rule);
    }
    baselineFile = cl.value(QStringLiteral("baseline"));
    if (cl.isSet(QStringLiteral("baseline"))) {
        if (baselineFile.isEmpty() || baselineFile == QStringLiteral("-"))
            return cl.usageError(err, Tr::tr("--baseline takes a file (an earlier analyze --json output)"));
        Diagnostics diagnostics;
        std::optional<std::set<std::string>> keys = readBaseline(baselineFile, diagnostics);
        printDiagnostics(err, diagnostics, false);
        if (!keys)
            return BadInput;
        baseline = std::move(*keys);
    }
    return std::nullopt;
}

void AnalyzeGate::settle(PackageAnalysis& analysis)
{
    if (!disabledRules.empty())
        std::erase_if(analysis.findings, [&](const Finding& f) {
            return std::find(disabledRules.begin(), disabledRules.end(), f.rule) != disabledRules.end();
        });
    knownFindings.clear();
    if (baselineFile.isEmpty())
        return;
    const std::vector<std::string> keys(baseline.begin(), baseline.end());
    const std::vector<bool> paired = findingsInKeys(keys, analysis.findings);
    for (size_t i = 0; i < paired.size(); ++i)
        if (paired[i])
            knownFindings.insert(ReviewSession::findingKey(analysis.findings[i]));
}

bool AnalyzeGate::isNew(const Finding& finding) const
{
    return baselineFile.isEmpty() || !knownFindings.contains(ReviewSession::findingKey(finding));
}

ReportAdditions AnalyzeGate::additions(const PackageAnalysis& analysis, bool sarif) const
{
    ReportAdditions added;
    if (!baselineFile.isEmpty()) {
        // SARIF's own field for comparing with an earlier run.
        added.finding = [this, sarif](JsonStreamWriter& out, const Finding& f) {
            if (sarif)
                out.key("baselineState").string(isNew(f) ? "new" : "unchanged");
            else
                out.key("new").boolean(isNew(f));
        };
    }
    if (disabledRules.empty() && baselineFile.isEmpty())
        return added;
    added.document = [this, &analysis, sarif](JsonStreamWriter& out) {
        if (sarif) {
            if (!disabledRules.empty())
                out.key("properties").beginObject().key("disabledRules").strings(disabledRules).endObject();
            return;
        }
        if (!baselineFile.isEmpty()) {
            int fresh = 0;
            for (const Finding& f : analysis.findings)
                fresh += isNew(f) ? 1 : 0;
            out.key("baseline").beginObject();
            out.key("file").string(baselineFile.toStdString());
            out.key("new").number(fresh);
            out.key("known").number(static_cast<int>(analysis.findings.size()) - fresh);
            out.endObject();
        }
        if (!disabledRules.empty())
            out.key("disabledRules").strings(disabledRules);
    };
    return added;
}

PackageAnalysis AnalyzeGate::markNew(const PackageAnalysis& analysis) const
{
    PackageAnalysis marked = analysis;
    if (baselineFile.isEmpty())
        return marked;
    for (Finding& f : marked.findings)
        if (isNew(f))
            f.title = Tr::tr("[new] %1").arg(f.title);
    return marked;
}

std::string AnalyzeGate::trailer(const PackageAnalysis& analysis, bool markdown) const
{
    QString text;
    const QString bullet = markdown ? QStringLiteral("- ") : QString();
    if (!disabledRules.empty())
        text += bullet
            + Tr::tr("Rules disabled (--disable-rule), their findings left out: %1").arg(joined(disabledRules))
            + QLatin1Char('\n');
    if (!baselineFile.isEmpty()) {
        int fresh = 0;
        for (const Finding& f : analysis.findings)
            fresh += isNew(f) ? 1 : 0;
        text += bullet
            + Tr::tr("Baseline %1: %2 new finding(s) marked [new], %3 already in the baseline")
                  .arg(baselineFile)
                  .arg(fresh)
                  .arg(static_cast<qsizetype>(analysis.findings.size()) - fresh)
            + QLatin1Char('\n');
    }
    return text.isEmpty() ? std::string() : "\n" + text.toStdString();
}

} // namespace grantscope::cli
