// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ExternalIdCheck.h"

#include "analysis/PrincipalText.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace grantscope {

namespace {

// Translated under the context "TrustAnalyzer", with the trust findings the verdicts end up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TrustAnalyzer)
};
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

constexpr size_t kMinimumLength = 16;
constexpr double kMinimumBits = 64.0;
constexpr size_t kShortestTellingPart = 4; // shorter names and defaults occur in random text by chance

bool isUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i])))
            return false;
    }
    return true;
}

double shannonBits(std::string_view s)
{
    std::map<char, int> counts;
    for (char c : s)
        ++counts[c];
    double perChar = 0;
    for (const auto& [c, n] : counts) {
        const double p = static_cast<double>(n) / static_cast<double>(s.size());
        perChar -= p * std::log2(p);
    }
    return perChar * static_cast<double>(s.size());
}

bool containsIgnoreCase(const std::string& haystack, const std::string& needle)
{
    return !needle.empty()
        && std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
               [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
               })
        != haystack.end();
}

bool isCustomResource(const ReviewSubject& package, const std::string& logicalId)
{
    return std::any_of(package.notes.begin(), package.notes.end(),
        [&](const PackageNote& n) { return n.kind == "custom-resource" && n.subject == logicalId; });
}

// A template parameter, or a Terraform variable ("var.name" in the placeholder), with its description.
QString describedParameter(const ParameterRecord& p, bool variable)
{
    if (variable)
        return p.description.empty() ? Tr::tr("the variable %1").arg(q(p.name))
                                     : Tr::tr("the variable %1 (\"%2\")").arg(q(p.name), q(p.description));
    return p.description.empty() ? Tr::tr("the parameter %1").arg(q(p.name))
                                 : Tr::tr("the parameter %1 (\"%2\")").arg(q(p.name), q(p.description));
}

// A value with placeholders: the deployer's parameters and the vendor's custom resources are the right
// source; the stack name and other pseudo parameters are guessable.
ExternalIdVerdict judgePlaceholders(const std::vector<std::string>& names, const ReviewSubject& package)
{
    QStringList sources;
    for (const std::string& name : names) {
        const std::string parameter = name.starts_with("var.") ? name.substr(4) : name;
        if (auto it = package.parameters.find(parameter); it != package.parameters.end()) {
            sources << describedParameter(it->second, name.starts_with("var."));
        } else if (name.starts_with("AWS::")) {
            return { ExternalIdVerdict::Kind::Weak,
                Tr::tr("the External ID is built from %1, which anyone who knows the stack can tell").arg(q(name)) };
        } else if (const size_t dot = name.find('.');
                   dot != std::string::npos && isCustomResource(package, name.substr(0, dot))) {
            sources << Tr::tr("the value %1 that the vendor's custom resource %2 returns at deployment")
                           .arg(q(name.substr(dot + 1)), q(name.substr(0, dot)));
        } else if (dot == std::string::npos && name.find(':') == std::string::npos) {
            sources << Tr::tr("the parameter %1").arg(q(name));
        } else {
            sources << Tr::tr("%1, computed at deployment").arg(q(name));
        }
    }
    return { ExternalIdVerdict::Kind::AtDeployment, sources.join(QStringLiteral(", ")) };
}

QString strengthProblem(const std::string& value)
{
    if (isUuid(value))
        return {};
    if (value.empty())
        return Tr::tr("the External ID is empty");
    if (value.find_first_not_of("0123456789") == std::string::npos)
        return Tr::tr("the External ID \"%1\" is only digits (an account number?): guessable").arg(q(value));
    if (value.size() < kMinimumLength)
        return Tr::tr("the External ID \"%1\" is %2 characters long: short enough to guess")
            .arg(q(value))
            .arg(value.size());
    if (shannonBits(value) < kMinimumBits)
        return Tr::tr("the External ID \"%1\" has low entropy").arg(q(value));
    return {};
}

} // namespace

ExternalIdVerdict judgeExternalId(
    const std::string& value, const ReviewSubject& package, const ExternalIdContext& context)
{
    using Kind = ExternalIdVerdict::Kind;
    if (const std::vector<std::string> names = placeholderNames(value); !names.empty())
        return judgePlaceholders(names, package);
    const ParameterRecord* reviewerValue = nullptr;
    for (const auto& [name, p] : package.parameters) {
        if (p.value != value)
            continue;
        if (p.fromDefault)
            return { Kind::Weak,
                Tr::tr("the External ID \"%1\" is the template's default for parameter %2: the "
                       "same value for every customer who keeps it")
                    .arg(q(value), q(name)) };
        if (p.fromReviewer)
            reviewerValue = &p;
    }
    std::vector<std::string> accounts = context.orgAccounts;
    accounts.push_back(context.customerAccount);
    for (const std::string& account : accounts)
        if (!account.empty() && value != account && value.find(account) != std::string::npos)
            return { Kind::Weak,
                Tr::tr("the External ID \"%1\" is built from the account id %2: anyone who knows the account can "
                       "rebuild it")
                    .arg(q(value), q(account)) };
    for (const auto& [name, p] : package.parameters)
        if (p.fromDefault && p.value.size() >= kShortestTellingPart && containsIgnoreCase(value, p.value))
            return { Kind::Weak,
                Tr::tr("the External ID \"%1\" is built from the default of parameter %2 (\"%3\"), the same for "
                       "every customer")
                    .arg(q(value), q(name), q(p.value)) };
    for (const RoleRecord& role : package.roles)
        for (const std::string& name : { role.name, role.logicalId })
            if (name.size() >= kShortestTellingPart && containsIgnoreCase(value, name))
                return { Kind::Weak,
                    Tr::tr("the External ID \"%1\" is built from the name %2 of the template: guessable")
                        .arg(q(value), q(name)) };
    if (const QString problem = strengthProblem(value); !problem.isEmpty())
        return { Kind::Weak, problem };
    if (reviewerValue || !context.writtenInTemplate)
        return {};
    return { Kind::Weak,
        Tr::tr("the External ID \"%1\" is written into the template: every customer who deploys it shares the "
               "value, unless the vendor generated this copy of the template for this customer alone")
            .arg(q(value)) };
}

QString externalIdWeakness(const std::string& value, const ReviewSubject& package)
{
    const ExternalIdVerdict verdict = judgeExternalId(value, package, {});
    return verdict.kind == ExternalIdVerdict::Kind::Weak ? verdict.why : QString();
}

} // namespace grantscope
