// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/SubjectLabels.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <string_view>

namespace grantscope {

namespace {

struct TargetName {
    const char* marker; // a CloudFormation policy-name suffix or a Terraform resource type
    const char* text;
};

// Markers are matched in order: the longer Terraform types come before their shorter prefixes.
constexpr std::array<TargetName, 16> kTargets { {
    { "(key policy)", QT_TRANSLATE_NOOP("SubjectLabels", "KMS key") },
    { "(bucket policy)", QT_TRANSLATE_NOOP("SubjectLabels", "S3 bucket") },
    { "(topic policy)", QT_TRANSLATE_NOOP("SubjectLabels", "SNS topic") },
    { "(queue policy)", QT_TRANSLATE_NOOP("SubjectLabels", "SQS queue") },
    { "(secret policy)", QT_TRANSLATE_NOOP("SubjectLabels", "secret") },
    { "(repository policy)", QT_TRANSLATE_NOOP("SubjectLabels", "ECR repository") },
    { "(event bus policy)", QT_TRANSLATE_NOOP("SubjectLabels", "event bus") },
    { "(function permission)", QT_TRANSLATE_NOOP("SubjectLabels", "Lambda function") },
    { "aws_kms_key", QT_TRANSLATE_NOOP("SubjectLabels", "KMS key") },
    { "aws_s3_bucket_policy", QT_TRANSLATE_NOOP("SubjectLabels", "S3 bucket") },
    { "aws_sns_topic_policy", QT_TRANSLATE_NOOP("SubjectLabels", "SNS topic") },
    { "aws_sqs_queue_policy", QT_TRANSLATE_NOOP("SubjectLabels", "SQS queue") },
    { "aws_secretsmanager_secret_policy", QT_TRANSLATE_NOOP("SubjectLabels", "secret") },
    { "aws_ecr_repository_policy", QT_TRANSLATE_NOOP("SubjectLabels", "ECR repository") },
    { "aws_cloudwatch_event_bus_policy", QT_TRANSLATE_NOOP("SubjectLabels", "event bus") },
    { "aws_lambda_permission", QT_TRANSLATE_NOOP("SubjectLabels", "Lambda function") },
} };

bool names(std::string_view text, std::string_view marker)
{
    if (marker.front() == '(')
        return text.size() >= marker.size() && text.substr(text.size() - marker.size()) == marker;
    // A Terraform address: "<type>.<name>", possibly inside a module path.
    const size_t at = text.find(marker);
    return at != std::string_view::npos && (at == 0 || text[at - 1] == '.') && at + marker.size() < text.size()
        && text[at + marker.size()] == '.';
}

} // namespace

QString resourcePolicyTarget(const std::string& name, const std::vector<std::string>& policyNames)
{
    for (const TargetName& target : kTargets) {
        if (names(name, target.marker))
            return QCoreApplication::translate("SubjectLabels", target.text);
        for (const std::string& p : policyNames)
            if (names(p, target.marker))
                return QCoreApplication::translate("SubjectLabels", target.text);
    }
    return {};
}

QString subjectKindName(const std::string& kind, const std::string& name, const std::vector<std::string>& policyNames)
{
    if (kind == "role")
        return QCoreApplication::translate("SubjectLabels", "IAM role");
    if (kind == "user")
        return QCoreApplication::translate("SubjectLabels", "IAM user");
    if (kind == "group")
        return QCoreApplication::translate("SubjectLabels", "IAM group");
    if (kind == "policy")
        return QCoreApplication::translate("SubjectLabels", "Policy");
    if (kind == "trust-policy")
        return QCoreApplication::translate("SubjectLabels", "Trust policy");
    if (kind == "resource-policy") {
        const QString target = resourcePolicyTarget(name, policyNames);
        return target.isEmpty() ? QCoreApplication::translate("SubjectLabels", "Resource policy")
                                : QCoreApplication::translate("SubjectLabels", "Resource policy on %1").arg(target);
    }
    return QString::fromStdString(kind);
}

QString subjectKindName(const SubjectSummary& subject)
{
    return subjectKindName(subject.kind, subject.name, subject.policies);
}

QString conditionalText(const std::string& condition)
{
    if (condition.empty())
        return {};
    return QCoreApplication::translate("SubjectLabels", "Conditional: %1").arg(QString::fromStdString(condition));
}

QString deploymentText(const std::string& deployment)
{
    if (deployment.empty())
        return {};
    return QCoreApplication::translate("SubjectLabels", "Deployed to: %1").arg(QString::fromStdString(deployment));
}

const SubjectSummary* subjectNamed(const std::vector<SubjectSummary>& subjects, const std::string& name)
{
    if (name.empty())
        return nullptr;
    const auto it
        = std::find_if(subjects.begin(), subjects.end(), [&](const SubjectSummary& s) { return s.name == name; });
    return it == subjects.end() ? nullptr : &*it;
}

const SubjectSummary* subjectOfFinding(const PackageAnalysis& analysis, const Finding& finding)
{
    return subjectNamed(analysis.subjects, finding.subject);
}

bool isNotReviewed(const Finding& finding)
{
    return finding.rule == "package-unreviewed";
}

std::vector<size_t> notReviewedFindings(const PackageAnalysis& analysis)
{
    std::vector<size_t> out;
    for (size_t i = 0; i < analysis.findings.size(); ++i)
        if (isNotReviewed(analysis.findings[i]))
            out.push_back(i);
    return out;
}

} // namespace grantscope
