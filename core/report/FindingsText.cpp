// SPDX-License-Identifier: GPL-3.0-or-later
// `grantscope-cli analyze` as a terminal shows it: what was not reviewed at the top, then per subject and
// severity each finding with what it concerns (actions, resources, the unknown name and its "did you
// mean"), where it comes from, why its severity is what it is, why it matters and what to do.
#include "analysis/RuleSet.h"
#include "report/FindingPlace.h"
#include "report/FindingsReport.h"
#include "report/SubjectLabels.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

namespace grantscope {

namespace {

constexpr std::array kSeverities { Severity::Critical, Severity::High, Severity::Medium, Severity::Low,
    Severity::Info };

// Translated under the context "FindingsText" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FindingsText)
};

std::string u8(const QString& s)
{
    return s.toStdString();
}

// English needs "1 finding" but "2 findings"; the command line has no English translation to pick the
// plural from, so both forms are written out.
QString counted(size_t n, const char* one, const char* many)
{
    return n == 1 ? QCoreApplication::translate("FindingsText", one)
                  : QCoreApplication::translate("FindingsText", many).arg(n);
}

QString findingCount(size_t n)
{
    return counted(n, QT_TRANSLATE_NOOP("FindingsText", "1 finding"), QT_TRANSLATE_NOOP("FindingsText", "%1 findings"));
}

// "2 critical, 1 high"
std::string severityCounts(const std::vector<const Finding*>& findings)
{
    std::map<Severity, int> counts;
    for (const Finding* f : findings)
        ++counts[f->severity];
    std::string out;
    for (Severity s : kSeverities)
        if (auto it = counts.find(s); it != counts.end())
            out += (out.empty() ? "" : ", ") + std::to_string(it->second) + " " + severityKey(s);
    return out;
}

std::string listed(const std::vector<std::string>& items, size_t shown)
{
    std::string out;
    for (size_t i = 0; i < items.size() && i < shown; ++i)
        out += (i ? ", " : "") + items[i];
    if (items.size() > shown)
        out += ", ...";
    return out;
}

// What the analysis added to the rule's rationale about this one finding ("Unknown service "logz" in
// "logz:GetLogEvents"; did you mean logs?"), and the rationale without it.
std::pair<QString, QString> detailAndRationale(const Finding& f)
{
    const Rule* rule = RuleSet::bundled().find(f.rule);
    if (!rule || rule->rationale.isEmpty() || f.rationale.size() <= rule->rationale.size()
        || !f.rationale.startsWith(rule->rationale))
        return { {}, f.rationale };
    return { f.rationale.mid(rule->rationale.size()).trimmed(), rule->rationale };
}

// "policy AcmeTelemetryRead (EncryptedLogArchive), AWS managed policy arn:aws:iam::aws:policy/PowerUserAccess"
std::string sources(const Finding& f)
{
    std::vector<std::string> names;
    std::set<std::string> seen;
    for (const Evidence& e : f.evidence) {
        if (e.policy.empty())
            continue;
        QString name;
        if (isManagedPolicyFile(e.file))
            name = Tr::tr("AWS managed policy %1").arg(QString::fromStdString(e.policy));
        else if (!e.sid.empty())
            name = Tr::tr("policy %1 (%2)").arg(QString::fromStdString(e.policy), QString::fromStdString(e.sid));
        else
            name = Tr::tr("policy %1").arg(QString::fromStdString(e.policy));
        if (seen.insert(u8(name)).second)
            names.push_back(u8(name));
    }
    return listed(names, 6);
}

struct Group {
    std::string title; // "role AcmeObservabilityIntegration (IAM role)", or the package itself
    std::vector<const Finding*> findings;
};

// Subjects in the analysis' order, then the findings about the package itself (parameters, unknown
// actions of stand-alone files, unreviewed resources); each group by severity, worst first.
std::vector<Group> groups(const PackageAnalysis& analysis)
{
    std::vector<Group> out;
    std::map<std::string, size_t> bySubject;
    for (const SubjectSummary& s : analysis.subjects) {
        if (bySubject.count(s.name))
            continue;
        bySubject[s.name] = out.size();
        out.push_back({ s.kind + " " + s.name + " (" + u8(subjectKindName(s)) + ")", {} });
    }
    Group package { u8(Tr::tr("the package itself")), {} };
    for (const Finding& f : analysis.findings) {
        const auto it = bySubject.find(f.subject);
        (it == bySubject.end() ? package : out[it->second]).findings.push_back(&f);
    }
    out.push_back(std::move(package));
    std::erase_if(out, [](const Group& g) { return g.findings.empty(); });
    for (Group& g : out)
        std::stable_sort(g.findings.begin(), g.findings.end(),
            [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
    return out;
}

QString where(const PackageAnalysis& analysis, const ReviewSubject* package, const Finding& f, PackagePlace* place)
{
    *place = packagePlace(analysis, package, f.subject, f.file, f.location);
    return place->file.isEmpty() ? placeText(f.file, f.location) : placeText(place->file, place->location);
}

std::string fullFinding(
    const PackageAnalysis& analysis, const ReviewSubject* package, const Finding& f, const std::string& subjectShown)
{
    PackagePlace place;
    std::string out = "    " + u8(where(analysis, package, f, &place)) + ": " + severityKey(f.severity) + ": "
        + u8(f.title) + " [" + f.rule + "]" + subjectShown + "\n";
    const std::string indent = "        ";
    const auto [detail, rationale] = detailAndRationale(f);
    if (!detail.isEmpty())
        out += indent + u8(Tr::tr("concerns: %1").arg(detail)) + "\n";
    if (!f.actions.empty())
        out += indent
            + u8(counted(f.actions.size(), QT_TRANSLATE_NOOP("FindingsText", "action: %2"),
                QT_TRANSLATE_NOOP("FindingsText", "actions (%1): %2"))
                     .arg(QString::fromStdString(listed(f.actions, 8))))
            + "\n";
    if (!f.resources.empty())
        out += indent
            + u8(counted(f.resources.size(), QT_TRANSLATE_NOOP("FindingsText", "resource: %2"),
                QT_TRANSLATE_NOOP("FindingsText", "resources (%1): %2"))
                     .arg(QString::fromStdString(listed(f.resources, 5))))
            + "\n";
    if (!place.managedPolicy.empty())
        out += indent
            + u8(Tr::tr("in: the AWS managed policy %1, attached here").arg(QString::fromStdString(place.managedArn)))
            + "\n";
    else if (const std::string from = sources(f); !from.empty())
        out += indent + u8(Tr::tr("from: %1").arg(QString::fromStdString(from))) + "\n";
    if (!f.severityReason.isEmpty())
        out += indent + u8(Tr::tr("severity: %1").arg(f.severityReason)) + "\n";
    if (!f.condition.empty())
        out += indent + u8(conditionalText(f.condition)) + "\n";
    if (!rationale.isEmpty())
        out += indent + u8(Tr::tr("why: %1").arg(rationale)) + "\n";
    if (!f.mitigation.isEmpty())
        out += indent + u8(Tr::tr("fix: %1").arg(f.mitigation)) + "\n";
    return out;
}

std::string briefFinding(const PackageAnalysis& analysis, const ReviewSubject* package, const Finding& f)
{
    PackagePlace place;
    const QString at = where(analysis, package, f, &place);
    std::string out = std::string(severityKey(f.severity)) + " [" + f.rule + "] ";
    if (!f.subject.empty())
        out += f.subject + ": ";
    out += u8(f.title);
    if (!f.condition.empty())
        out += " (" + u8(QCoreApplication::translate("SubjectLabels", "conditional")) + ")";
    return out + " (" + u8(at) + ")\n";
}

} // namespace

std::string findingsToText(const PackageAnalysis& analysis, const ReviewSubject* package, TextStyle style)
{
    std::string out;
    // What the review could not see comes first, whatever the style: nothing below speaks for it.
    if (const std::vector<size_t> gaps = notReviewedFindings(analysis); !gaps.empty()) {
        out += u8(counted(gaps.size(),
                   QT_TRANSLATE_NOOP("FindingsText",
                       "NOT REVIEWED: 1 part of the package can grant access and was not reviewed; "
                       "nothing below speaks for it:"),
                   QT_TRANSLATE_NOOP("FindingsText",
                       "NOT REVIEWED: %1 parts of the package can grant access and were not reviewed; "
                       "nothing below speaks for them:")))
            + "\n";
        for (size_t i : gaps) {
            const Finding& f = analysis.findings[i];
            out += "  " + u8(placeText(f.file, f.location)) + ": "
                + (f.resources.empty() ? f.subject : f.resources.front()) + ": " + u8(f.rationale) + "\n";
        }
        out += "\n";
    }
    if (style == TextStyle::Full) {
        for (const SubjectSummary& s : analysis.subjects) {
            out += s.kind + " " + s.name + ": "
                + u8(counted(static_cast<size_t>(std::max(0, s.grantedActions)),
                    QT_TRANSLATE_NOOP("FindingsText", "1 action granted"),
                    QT_TRANSLATE_NOOP("FindingsText", "%1 actions granted")));
            if (!s.deployment.empty())
                out += "; " + s.deployment;
            if (!s.condition.empty())
                out += "; " + s.condition;
            out += "\n";
        }
        if (!analysis.subjects.empty())
            out += '\n';
    }
    std::vector<const Finding*> all;
    for (const Group& g : groups(analysis)) {
        if (style == TextStyle::Full)
            out += g.title + ": " + u8(findingCount(g.findings.size())) + " (" + severityCounts(g.findings) + ")\n";
        std::optional<Severity> current;
        const bool aboutPackage = !subjectNamed(analysis.subjects, g.findings.front()->subject);
        for (const Finding* f : g.findings) {
            all.push_back(f);
            if (style == TextStyle::Brief) {
                out += briefFinding(analysis, package, *f);
                continue;
            }
            if (f->severity != current) {
                current = f->severity;
                out += std::string("  ") + severityKey(f->severity) + "\n";
            }
            out += fullFinding(
                analysis, package, *f, aboutPackage && !f->subject.empty() ? " (" + f->subject + ")" : "");
        }
        if (style == TextStyle::Full)
            out += "\n";
    }
    if (style == TextStyle::Brief && !all.empty())
        out += "\n";
    out += u8(findingCount(analysis.findings.size()));
    if (!all.empty())
        out += ", " + severityCounts(all);
    return out + "\n";
}

} // namespace grantscope
