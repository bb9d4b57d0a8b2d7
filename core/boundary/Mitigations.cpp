// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/Mitigations.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "Mitigations" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Mitigations)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A list for a one-line description: the first few entries, then how many more.
QString joined(const std::vector<std::string>& values)
{
    constexpr size_t kShown = 5;
    QStringList out;
    for (size_t i = 0; i < values.size() && i < kShown; ++i)
        out << q(values[i]);
    QString text = out.join(QStringLiteral(", "));
    if (values.size() > kShown)
        text += QCoreApplication::translate(
            "BoundaryEdit", " and %n more", nullptr, static_cast<int>(values.size() - kShown));
    return text;
}

// The finding's actions in AWS's casing, those the catalogue knows, in finding order.
std::vector<std::string> findingActions(const Finding& finding, const Catalog& catalog)
{
    std::vector<std::string> out;
    for (const std::string& a : finding.actions)
        if (const int i = catalog.findAction(a); i >= 0) {
            std::string name = catalog.actionName(i);
            if (std::find(out.begin(), out.end(), name) == out.end())
                out.push_back(std::move(name));
        }
    return out;
}

bool startsWith(const std::string& s, std::string_view prefix)
{
    return s.starts_with(prefix);
}

// Findings about trust, hidden package content, validation or wildcard structure: a boundary on the
// role's actions does not address them (or, for admin wildcards, only the reviewer can say what stays).
bool boundaryCannotHelp(const Finding& f)
{
    static const char* const kStructural[]
        = { "admin-wildcard", "service-wildcard", "notaction-allow", "notresource-allow" };
    if (startsWith(f.rule, "trust-") || startsWith(f.rule, "package-") || startsWith(f.rule, "validation-"))
        return true;
    return std::any_of(std::begin(kStructural), std::end(kStructural), [&](const char* id) { return f.rule == id; });
}

BoundaryEdit denyKms(const Finding& finding, const Catalog& catalog, const MitigationOptions& options)
{
    std::vector<std::string> actions { "kms:Decrypt", "kms:ReEncryptFrom", "kms:CreateGrant" };
    for (std::string& a : findingActions(finding, catalog))
        if (startsWith(a, "kms:") && std::find(actions.begin(), actions.end(), a) == actions.end())
            actions.push_back(std::move(a));
    if (options.kmsKeyArns.empty())
        return BoundaryEdit::denyActions(actions).withDescription(
            Tr::tr("Deny %1 on every KMS key").arg(joined(actions)));
    return BoundaryEdit::denyExcept({ actions, options.kmsKeyArns })
        .withDescription(Tr::tr("Deny %1 except on the keys %2").arg(joined(actions), joined(options.kmsKeyArns)));
}

BoundaryEdit denyOnProduction(const std::vector<std::string>& actions, const MitigationOptions& options)
{
    ConditionClause c;
    c.operatorText = "StringEquals";
    c.op = ConditionOperator::StringEquals;
    c.key = "aws:ResourceTag/" + options.productionTagKey;
    c.values = { options.productionTagValue };
    return BoundaryEdit::denyWhen({ actions, std::move(c) })
        .withDescription(Tr::tr("Deny %1 on resources tagged %2=%3")
                             .arg(joined(actions), q(options.productionTagKey), q(options.productionTagValue)));
}

} // namespace

const std::vector<std::string>& Mitigations::iamWritePatterns()
{
    static const std::vector<std::string> patterns { "iam:Add*", "iam:Attach*", "iam:Change*", "iam:Create*",
        "iam:Deactivate*", "iam:Delete*", "iam:Detach*", "iam:Enable*", "iam:PassRole", "iam:Put*", "iam:Remove*",
        "iam:Reset*", "iam:Set*", "iam:Tag*", "iam:Untag*", "iam:Update*", "iam:Upload*" };
    return patterns;
}

std::vector<BoundaryEdit> Mitigations::forFinding(
    const Finding& finding, const Catalog& catalog, const MitigationOptions& options)
{
    if (boundaryCannotHelp(finding))
        return {};
    const std::string& rule = finding.rule;
    if (rule == "kms-decrypt-any-key" || rule == "kms-key-control")
        return { denyKms(finding, catalog, options) };

    const std::vector<std::string> actions = findingActions(finding, catalog);
    const bool touchesIam
        = std::any_of(actions.begin(), actions.end(), [](const std::string& a) { return startsWith(a, "iam:"); });
    if (rule == "iam-write" || rule == "passrole-broad" || (startsWith(rule, "privesc-") && touchesIam))
        return { BoundaryEdit::denyActions(iamWritePatterns()).withDescription(Tr::tr("Deny IAM writes")) };
    if (actions.empty())
        return {};
    if (rule == "disruption-compute") {
        // Stopping and terminating go together: denying one on production and not the other helps little.
        std::vector<std::string> disruptive = actions;
        if (std::any_of(actions.begin(), actions.end(), [](const std::string& a) { return startsWith(a, "ec2:"); }))
            for (const char* a : { "ec2:StopInstances", "ec2:TerminateInstances" })
                if (std::find(disruptive.begin(), disruptive.end(), a) == disruptive.end())
                    disruptive.emplace_back(a);
        return { denyOnProduction(disruptive, options) };
    }
    return { BoundaryEdit::denyActions(actions).withDescription(Tr::tr("Deny %1").arg(joined(actions))) };
}

std::vector<BoundaryEdit> Mitigations::forFindings(
    const std::vector<Finding>& findings, const Catalog& catalog, Severity minimum, const MitigationOptions& options)
{
    std::vector<BoundaryEdit> out;
    for (const Finding& f : findings) {
        if (f.severity < minimum)
            continue;
        for (BoundaryEdit& e : forFinding(f, catalog, options))
            if (std::find(out.begin(), out.end(), e) == out.end())
                out.push_back(std::move(e));
    }
    return out;
}

} // namespace grantscope
