// SPDX-License-Identifier: GPL-3.0-or-later
// Boundaries that round-trip: what `grantscope-cli boundary` writes (JSON, CloudFormation, Terraform, split
// in parts or not) is what `diff --boundary` and `report --boundary` read, and `boundary --from-findings` on
// AWS's broadest managed policies always fits, denying exactly what its findings call for.
#include "CliRunner.h"

#include "analysis/RequestEvaluator.h"
#include "boundary/BoundaryDraft.h"
#include "boundary/BoundaryFile.h"
#include "boundary/BoundaryParts.h"
#include "boundary/Mitigations.h"
#include "catalog/Catalog.h"
#include "policy/PolicyParser.h"
#include "policy/PolicyWriter.h"
#include "review/Review.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace grantscope;
using grantscope::test::runCli;

class TestBoundaryFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writtenBoundaryReadsBack_data();
    void writtenBoundaryReadsBack();
    void handwrittenForms_data();
    void handwrittenForms();
    void reportReadsEveryForm();
    void badBoundaryFiles_data();
    void badBoundaryFiles();
    void fromFindingsFits_data();
    void fromFindingsFits();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {

const QString kFixtures = QStringLiteral("tests/fixtures/boundary/");
const QString kPowerUser = kFixtures + QStringLiteral("poweruser-vendor.yaml");
const QString kAdmin = kFixtures + QStringLiteral("admin-vendor.yaml");

QByteArray readAll(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What `diff --json` says the boundary leaves, without the path it names.
nlohmann::json diffOf(const QString& boundary, const QString& package)
{
    const test::CliRun r
        = runCli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), boundary, package });
    if (r.exitCode != 0)
        return nlohmann::json { { "exit", r.exitCode }, { "err", r.err.toStdString() } };
    nlohmann::json j = test::parseJson(r.out);
    j.erase("boundary");
    return j;
}

// The request outcome for every catalogue action, with and without the production tag the mitigations use.
std::vector<Decision> decisions(const Policy& boundary)
{
    const Catalog& catalog = Catalog::bundled();
    Policy allowAll;
    allowAll.version = "2012-10-17";
    Statement st;
    st.effect = Effect::Allow;
    st.actions = { { "*", {} } };
    st.hasResource = true;
    st.resources = { { "*", {} } };
    allowAll.statements = { st };
    std::vector<Decision> out;
    out.reserve(static_cast<size_t>(catalog.actionCount()) * 2);
    for (int a = 0; a < catalog.actionCount(); ++a) {
        Request request { catalog.actionName(a), "arn:aws:ec2:us-east-1:123456789012:instance/i-0abc", {} };
        out.push_back(evaluateRequest({ &allowAll }, &boundary, request).decision);
        request.context.set("aws:ResourceTag/env", std::string("production"));
        out.push_back(evaluateRequest({ &allowAll }, &boundary, request).decision);
    }
    return out;
}

// The boundary --from-findings composes for `package`, before compaction.
Policy uncompactedFromFindings(const QString& package)
{
    const Catalog& catalog = Catalog::bundled();
    const Review review = loadReview({ QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + package }, {});
    BoundaryDraft draft;
    for (BoundaryEdit& e : Mitigations::forFindings(review.analysis.findings, catalog, Severity::High))
        e.apply(draft);
    return draft.toPolicy(catalog);
}

} // namespace

void TestBoundaryFile::writtenBoundaryReadsBack_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("file");
    const QStringList small { QStringLiteral("--deny-action"), QStringLiteral("kms:Decrypt"),
        QStringLiteral("--deny-action"), QStringLiteral("iam:Create*"), QStringLiteral("--deny-on"),
        QStringLiteral("s3:*=arn:aws:s3:::northwind-payroll-exports/*") };
    const QStringList findings { QStringLiteral("--from-findings") };
    for (const char* name : { "b.json", "b.yaml", "b.tf" }) {
        QTest::addRow("three denies as %s", name) << small << QString::fromLatin1(name);
        QTest::addRow("PowerUserAccess findings, split, as %s", name) << findings << QString::fromLatin1(name);
    }
}

void TestBoundaryFile::writtenBoundaryReadsBack()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, file);
    const QString out = path(file);
    const test::CliRun w = runCli(
        QStringList { QStringLiteral("boundary") } + edits + QStringList { QStringLiteral("-o"), out, kPowerUser });
    QVERIFY2(w.exitCode == 0, w.err.constData());
    // The reference: the same edits written as JSON and read as the policy document it always was.
    const QString reference = path(QStringLiteral("reference-") + file + QStringLiteral(".json"));
    const test::CliRun ref = runCli(QStringList { QStringLiteral("boundary") } + edits
        + QStringList {
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), reference, kPowerUser });
    QCOMPARE(ref.exitCode, 0);
    const nlohmann::json read = diffOf(out, kPowerUser);
    QVERIFY2(!read.contains("exit"), read.dump().c_str());
    const nlohmann::json expected = diffOf(reference, kPowerUser);
    QVERIFY2(read == expected, (read.dump() + "\n" + expected.dump()).substr(0, 2000).c_str());
    QVERIFY(read["after"].get<int>() < read["before"].get<int>());

    // The core reads the same boundary, whichever form, with every statement.
    Diagnostics diagnostics;
    const std::optional<Policy> a = readBoundaryFile(out, diagnostics);
    const std::optional<Policy> b = readBoundaryFile(reference, diagnostics);
    QVERIFY(a && b);
    QCOMPARE(a->statements.size(), b->statements.size());
    QCOMPARE(a->kind, PolicyKind::Boundary);
}

void TestBoundaryFile::handwrittenForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("CloudFormation ManagedPolicy with Fn::Sub") << QStringLiteral("handwritten-managed-policy.yaml");
    QTest::newRow("Terraform aws_iam_policy with jsonencode") << QStringLiteral("jsonencode-boundary.tf");
    QTest::newRow("Terraform aws_iam_policy_document data source") << QStringLiteral("policy-document-data.tf");
    QTest::newRow("Terraform aws_iam_policy_document alone") << QStringLiteral("policy-document-only.tf");
}

void TestBoundaryFile::handwrittenForms()
{
    QFETCH(QString, file);
    const nlohmann::json d = diffOf(kFixtures + file, kPowerUser);
    QVERIFY2(!d.contains("exit"), d.dump().c_str());
    std::set<std::string> removed;
    for (const nlohmann::json& a : d["actions"])
        if (a["before"].get<bool>() && !a["after"].get<bool>())
            removed.insert(a["action"].get<std::string>());
    QVERIFY(removed.count("kms:decrypt"));
    QVERIFY(removed.count("kms:reencryptfrom"));
    QVERIFY(!removed.count("kms:encrypt"));
    Diagnostics diagnostics;
    const std::optional<Policy> p
        = readBoundaryFile(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + kFixtures + file, diagnostics);
    QVERIFY(p);
    QVERIFY(p->statements.size() >= 2);
    QCOMPARE(p->statements[1].sid, std::string("NoKeyUse"));
}

void TestBoundaryFile::reportReadsEveryForm()
{
    for (const char* name : { "r.json", "r.yaml", "r.tf" }) {
        const QString b = path(QString::fromLatin1(name));
        QCOMPARE(runCli({ QStringLiteral("boundary"), QStringLiteral("--from-findings"), QStringLiteral("-o"), b,
                            kPowerUser })
                     .exitCode,
            0);
        const QString html = path(QString::fromLatin1(name) + QStringLiteral(".md"));
        const test::CliRun r = runCli(
            { QStringLiteral("report"), QStringLiteral("--boundary"), b, QStringLiteral("-o"), html, kPowerUser });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readAll(html).contains("kms:decrypt") || readAll(html).contains("kms:Decrypt"));
    }
}

void TestBoundaryFile::badBoundaryFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error"); // a regular expression the error output must match
    QTest::newRow("two unrelated managed policies") << kFixtures + QStringLiteral("two-unrelated-policies.yaml")
                                                    << QStringLiteral("two-unrelated-policies.yaml:3:3: .*holds 2 "
                                                                      "policies \\(ReadOnlyExtras \\(line 3\\), NoKms");
    QTest::newRow("YAML syntax error") << kFixtures + QStringLiteral("broken-template.yaml")
                                       << QStringLiteral("broken-template.yaml:\\d+:\\d+: ");
    QTest::newRow("vendor template without a boundary")
        << kPowerUser << QStringLiteral("poweruser-vendor.yaml:1:1: .*holds no boundary policy");
    QTest::newRow("one part of a split boundary")
        << QStringLiteral("@part@") << QStringLiteral("part 1 of \\d+ .* but not part 2");
}

void TestBoundaryFile::badBoundaryFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    if (file == QStringLiteral("@part@")) {
        // The first document of a split boundary alone: its denies in part 2 would be missed.
        const QString split = path(QStringLiteral("split.json"));
        QCOMPARE(runCli({ QStringLiteral("boundary"), QStringLiteral("--from-findings"), QStringLiteral("-o"), split,
                            kPowerUser })
                     .exitCode,
            0);
        const nlohmann::json parts = test::parseJson(readAll(split));
        QVERIFY(parts.is_array() && parts.size() >= 2);
        file = path(QStringLiteral("part1.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(parts[0].dump(2)));
    }
    for (const char* command : { "diff", "report" }) {
        QStringList args { QString::fromLatin1(command), QStringLiteral("--boundary"), file };
        if (QByteArray(command) == "report")
            args << QStringLiteral("-o") << path(QStringLiteral("bad.md"));
        const test::CliRun r = runCli(args << kPowerUser);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QRegularExpression(error)), r.err.constData());
    }
}

void TestBoundaryFile::fromFindingsFits_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("file");
    for (const char* name : { "f.json", "f.yaml", "f.tf" }) {
        QTest::addRow("PowerUserAccess as %s", name) << kPowerUser << QString::fromLatin1(name);
        QTest::addRow("AdministratorAccess as %s", name) << kAdmin << QString::fromLatin1(name);
    }
}

void TestBoundaryFile::fromFindingsFits()
{
    QFETCH(QString, package);
    QFETCH(QString, file);
    const QString out = path(file);
    const test::CliRun r
        = runCli({ QStringLiteral("boundary"), QStringLiteral("--from-findings"), QStringLiteral("-o"), out, package });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Every managed policy written fits AWS's limit, wherever it sits in the file.
    Diagnostics diagnostics;
    const std::optional<Policy> merged = readBoundaryFile(out, diagnostics);
    QVERIFY(merged);
    const QByteArray text = readAll(out);
    if (file.endsWith(QStringLiteral(".json"))) {
        const nlohmann::json j = test::parseJson(text);
        const nlohmann::json documents = j.is_array() ? j : nlohmann::json::array({ j });
        for (const nlohmann::json& d : documents) {
            Diagnostics parseDiagnostics;
            const PolicyParser::Result p
                = PolicyParser::parseJson(d.dump(), PolicyKind::Boundary, out, "part", parseDiagnostics);
            QVERIFY(p.ok);
            QVERIFY2(policySizeForLimits(p.policy) <= 6144, d.dump().c_str());
        }
        if (documents.size() > 1) {
            QVERIFY2(r.err.contains("managed policies"), r.err.constData());
            QCOMPARE(documents[0]["Id"].get<std::string>(),
                std::string("GrantScopeBoundary part 1 of ") + std::to_string(documents.size()));
        }
    } else if (text.contains("part 2 of")) {
        QVERIFY2(r.err.contains("managed policies"), r.err.constData());
        QVERIFY(text.contains("GrantScopeBoundaryPart2") || text.contains("grantscopeboundary_part2"));
    }

    // No widening, no narrowing: the parts together decide every catalogue action as the uncompacted deny list.
    const Policy reference = uncompactedFromFindings(package);
    const std::vector<Decision> expected = decisions(reference);
    const std::vector<Decision> actual = decisions(*merged);
    const Catalog& catalog = Catalog::bundled();
    for (size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(expected[i] == actual[i], catalog.actionName(static_cast<int>(i / 2)).c_str());
}

QTEST_GUILESS_MAIN(TestBoundaryFile)
#include "tst_boundaryfile.moc"
