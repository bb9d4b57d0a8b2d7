// SPDX-License-Identifier: GPL-3.0-or-later
// --org-account names the other accounts of the customer's organization: roles they assume need no
// External ID. The option is repeatable and validated like --account.
#include "CliRunner.h"

#include <QTest>

using namespace grantscope::test;

namespace {

const QString kFixture = QStringLiteral("tests/fixtures/trust/org-account.yaml");

QStringList rulesOf(const CliRun& r)
{
    QStringList out;
    const nlohmann::json j = parseJson(r.out);
    if (j.is_discarded())
        return { QStringLiteral("<not JSON>") };
    for (const nlohmann::json& f : j["findings"])
        out << QString::fromStdString(f["rule"].get<std::string>());
    return out;
}

} // namespace

class TestCliOrgAccount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void malformedOrgAccountIsRefused_data();
    void malformedOrgAccountIsRefused();
    void withoutOrgAccountTheTrustNeedsAnExternalId();
    void orgAccountNeedsNoExternalId();
    void orgAccountIsRepeatable();
};

void TestCliOrgAccount::malformedOrgAccountIsRefused_data()
{
    QTest::addColumn<QStringList>("option");
    QTest::newRow("too short") << QStringList { QStringLiteral("--org-account"), QStringLiteral("11112222333") };
    QTest::newRow("letters") << QStringList { QStringLiteral("--org-account=11112222333x") };
    QTest::newRow("an ARN") << QStringList { QStringLiteral("--org-account"),
        QStringLiteral("arn:aws:iam::111122223333:root") };
}

void TestCliOrgAccount::malformedOrgAccountIsRefused()
{
    QFETCH(QStringList, option);
    const CliRun r = runCli(
        QStringList { QStringLiteral("analyze"), QStringLiteral("--json") } + option + QStringList { kFixture });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--org-account"), r.err.constData());
    QVERIFY2(r.err.contains("12-digit"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliOrgAccount::withoutOrgAccountTheTrustNeedsAnExternalId()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), kFixture });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(rulesOf(r).contains(QStringLiteral("trust-no-external-id")), r.out.constData());
}

void TestCliOrgAccount::orgAccountNeedsNoExternalId()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--org-account"),
        QStringLiteral("111122223333"), kFixture });
    QCOMPARE(r.exitCode, 0);
    const QStringList rules = rulesOf(r);
    QVERIFY2(!rules.contains(QStringLiteral("trust-no-external-id")), r.out.constData());
    QVERIFY2(!rules.contains(QStringLiteral("<not JSON>")), r.out.constData());
}

void TestCliOrgAccount::orgAccountIsRepeatable()
{
    // Another organization account alone does not cover the one the role trusts; both together do.
    const CliRun other = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"),
        QStringLiteral("--org-account=444455556666"), kFixture });
    QCOMPARE(other.exitCode, 0);
    QVERIFY(rulesOf(other).contains(QStringLiteral("trust-no-external-id")));
    const CliRun both
        = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--org-account=444455556666"),
            QStringLiteral("--org-account"), QStringLiteral("111122223333"), kFixture });
    QCOMPARE(both.exitCode, 0);
    QVERIFY(!rulesOf(both).contains(QStringLiteral("trust-no-external-id")));
}

QTEST_GUILESS_MAIN(TestCliOrgAccount)
#include "tst_cli_orgaccount.moc"
