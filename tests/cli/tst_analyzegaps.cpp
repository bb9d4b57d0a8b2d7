// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli on packages it cannot fully read: what is not reviewed fails --fail-on high, a path with
// nothing to review is exit 2, expand given a template points to analyze.
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAnalyzeGaps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unreviewedFailsHigh_data();
    void unreviewedFailsHigh();
    void nothingToReviewIsExit2_data();
    void nothingToReviewIsExit2();
    void emptyFolderIsExit2();
    void expandSaysAnalyze_data();
    void expandSaysAnalyze();
};

namespace {

using grantscope::test::CliRun;
using grantscope::test::parseJson;
using grantscope::test::runCli;

int countRule(const nlohmann::json& report, const std::string& rule)
{
    int n = 0;
    for (const auto& f : report["findings"])
        n += f["rule"] == rule ? 1 : 0;
    return n;
}

} // namespace

void TestAnalyzeGaps::unreviewedFailsHigh_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("unreviewed");
    QTest::newRow("Terraform HCL user") << "tests/fixtures/unreviewed/cspm-hcl" << 1;
    QTest::newRow("SSO, SCP, service-linked role, log policy") << "tests/fixtures/unreviewed/identity-center.yaml" << 4;
    QTest::newRow("Terraform JSON user, key, bucket policy") << "tests/fixtures/unreviewed/users.tf.json" << 3;
    QTest::newRow("StackSet body that does not parse") << "tests/fixtures/stacksets/broken-body.yaml" << 1;
}

void TestAnalyzeGaps::unreviewedFailsHigh()
{
    QFETCH(QString, path);
    QFETCH(int, unreviewed);
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--fail-on"),
        QStringLiteral("high"), path });
    QCOMPARE(r.exitCode, 1);
    const nlohmann::json report = parseJson(r.out);
    QVERIFY(!report.is_discarded());
    QCOMPARE(countRule(report, "package-unreviewed"), unreviewed);
    for (const auto& f : report["findings"])
        if (f["rule"] == "package-unreviewed") {
            QCOMPARE(f["severity"].get<std::string>(), std::string("high"));
            QVERIFY(f["line"].get<int>() > 0);
        }
}

void TestAnalyzeGaps::nothingToReviewIsExit2_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("template that creates no access") << "tests/fixtures/unreviewed/nothing-to-review.yaml";
    QTest::newRow("HCL variables only") << "tests/fixtures/unreviewed/cspm-hcl/variables.tf";
}

void TestAnalyzeGaps::nothingToReviewIsExit2()
{
    QFETCH(QString, path);
    const CliRun r = runCli({ QStringLiteral("analyze"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("nothing to review"), r.err.constData());
    QVERIFY(!r.out.contains("0 findings"));
}

void TestAnalyzeGaps::emptyFolderIsExit2()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile notes(dir.filePath(QStringLiteral("INSTALL.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Open the vendor console and follow the steps.\n");
    notes.close();
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), dir.path() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("nothing to review in this folder"), r.err.constData());
}

void TestAnalyzeGaps::expandSaysAnalyze_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("YAML template") << "resources/sample/acme-observability-onboarding.yaml";
    QTest::newRow("JSON template") << "tests/fixtures/cloudformation/longform-intrinsics.json";
    QTest::newRow("Terraform JSON") << "tests/fixtures/unreviewed/users.tf.json";
}

void TestAnalyzeGaps::expandSaysAnalyze()
{
    QFETCH(QString, path);
    const CliRun r = runCli({ QStringLiteral("expand"), QStringLiteral("--json"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("grantscope-cli analyze"), r.err.constData());
    QVERIFY(!r.err.contains("syntax"));
}

QTEST_GUILESS_MAIN(TestAnalyzeGaps)
#include "tst_analyzegaps.moc"
