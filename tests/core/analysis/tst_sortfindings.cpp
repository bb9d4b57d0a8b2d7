// SPDX-License-Identifier: GPL-3.0-or-later
// sortFindings(): severity first (highest first), then file, line, column and rule; findings equal in all of these
// keep the order they were found in (the same rule on the same line for two subjects).
#include "analysis/Finding.h"

#include <QTest>

#include <random>

using namespace grantscope;

class TestSortFindings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ordersAsTheListingShowsThem();
    void equalKeysKeepTheirOrder();
};

namespace {

Finding finding(Severity severity, const char* file, int line, const char* rule, const char* subject)
{
    Finding f;
    f.severity = severity;
    f.file = QString::fromLatin1(file);
    f.location = SourceLocation { line, 5 };
    f.rule = rule;
    f.subject = subject;
    f.actions = { "iam:passrole", "sts:assumerole" };
    f.title = QStringLiteral("%1 on %2").arg(QString::fromLatin1(rule), QString::fromLatin1(subject));
    return f;
}

} // namespace

void TestSortFindings::ordersAsTheListingShowsThem()
{
    std::vector<Finding> findings = {
        finding(Severity::Low, "vendor/b.yaml", 3, "validation-no-version", "ReadOnlyRole"),
        finding(Severity::Critical, "vendor/b.yaml", 40, "iam-passrole-any", "DeployerRole"),
        finding(Severity::High, "vendor/a.yaml", 12, "kms-decrypt-any-key", "DeployerRole"),
        finding(Severity::Critical, "vendor/a.yaml", 40, "iam-write", "DeployerRole"),
        finding(Severity::Critical, "vendor/a.yaml", 7, "trust-no-external-id", "DeployerRole"),
        finding(Severity::Critical, "vendor/a.yaml", 40, "admin-access", "DeployerRole"),
    };
    sortFindings(findings);
    std::vector<std::string> rules;
    for (const Finding& f : findings)
        rules.push_back(f.rule);
    QCOMPARE(rules,
        (std::vector<std::string> { "trust-no-external-id", "admin-access", "iam-write", "iam-passrole-any",
            "kms-decrypt-any-key", "validation-no-version" }));
    QCOMPARE(findings[1].title, QStringLiteral("admin-access on DeployerRole")); // moved whole, nothing mixed
    QCOMPARE(findings[1].actions.size(), size_t(2));
}

void TestSortFindings::equalKeysKeepTheirOrder()
{
    // Many findings, many equal keys, shuffled: the result is what a stable sort of the findings gives.
    std::vector<Finding> findings;
    const char* files[] = { "vendor/a.yaml", "vendor/b.tf", "pkg.zip!roles/c.json" };
    const char* rules[] = { "iam-write", "s3-read-any", "kms-decrypt-any-key" };
    std::mt19937 random(20261205);
    for (int i = 0; i < 2000; ++i)
        findings.push_back(finding(static_cast<Severity>(random() % 5), files[random() % 3], int(random() % 7),
            rules[random() % 3], ("Role" + std::to_string(i)).c_str()));
    std::vector<Finding> expected = findings;
    std::stable_sort(expected.begin(), expected.end(), [](const Finding& a, const Finding& b) {
        return std::make_tuple(-static_cast<int>(a.severity), a.file, a.location.line, a.location.column, a.rule)
            < std::make_tuple(-static_cast<int>(b.severity), b.file, b.location.line, b.location.column, b.rule);
    });
    sortFindings(findings);
    QVERIFY(findings == expected);
}

QTEST_GUILESS_MAIN(TestSortFindings)
#include "tst_sortfindings.moc"
