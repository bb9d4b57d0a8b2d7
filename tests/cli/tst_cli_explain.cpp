// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli explain through the real binary: the decision agrees with `grantscope-cli evaluate` for the same
// policies and request, the text and JSON name the statements and conditions, the fixes it offers really deny
// the request when `grantscope-cli boundary` writes them, and bad questions exit 2 with what would be right.
#include "CliRunner.h"
#include "package/PackageLoader.h"
#include "policy/PolicyWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace grantscope;
using grantscope::test::parseJson;
using grantscope::test::runCli;
using Json = nlohmann::json;

namespace {

const QString kCfn = QStringLiteral("tests/fixtures/explain/northwind-backup.yaml");
const QString kTerraform = QStringLiteral("tests/fixtures/explain/terraform");
const QString kBoundary = QStringLiteral("tests/fixtures/explain/boundary-tagged-keys.json");
const QString kKey = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
const QString kSource = QStringLiteral(GRANTSCOPE_SOURCE_DIR);

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The evaluate case for the same request: the subject's policies as the package loader read them.
Json evaluateCase(const QString& package, const std::string& subject, const QString& action, const QString& resource,
    const QStringList& context, bool withBoundary)
{
    const ReviewSubject loaded = loadPackage({ kSource + QLatin1Char('/') + package });
    Json identity = Json::array();
    for (const RoleRecord& r : loaded.roles)
        if (r.name == subject)
            for (const PolicyRecord& p : r.policies)
                identity.push_back(Json::parse(writePolicyJson(p.policy)));
    Json c = { { "identityPolicies", identity }, { "action", action.toStdString() },
        { "resource", resource.toStdString() } };
    if (withBoundary)
        c["boundary"] = Json::parse(readAll(kSource + QLatin1Char('/') + kBoundary).toStdString());
    Json keys = Json::object();
    for (const QString& kv : context) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        keys[kv.left(eq).toStdString()].push_back(kv.mid(eq + 1).toStdString());
    }
    c["context"] = keys;
    return c;
}

QStringList explainArgs(const QString& package, const QString& subject, const QString& action, const QString& resource,
    const QStringList& context, bool withBoundary)
{
    QStringList args { QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("--action"), action,
        QStringLiteral("--resource"), resource };
    if (!subject.isEmpty())
        args << QStringLiteral("--subject") << subject;
    for (const QString& kv : context)
        args << QStringLiteral("--context") << kv;
    if (withBoundary)
        args << QStringLiteral("--boundary") << kBoundary;
    return args << package;
}

} // namespace

class TestCliExplain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithEvaluate_data();
    void agreesWithEvaluate();
    void textOutput();
    void jsonNamesStatementsAndConditions();
    void fixesDenyWhenTheBoundaryIsWritten();
    void principalOfAGrantee();
    void badQuestions_data();
    void badQuestions();
};

void TestCliExplain::agreesWithEvaluate_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("context");
    QTest::addColumn<bool>("withBoundary");
    QTest::addColumn<QString>("expected");

    const QStringList viaS3 { QStringLiteral("kms:ViaService=s3.us-east-1.amazonaws.com") };
    QTest::newRow("CloudFormation: kms:Decrypt through S3")
        << kCfn << QString() << QStringLiteral("kms:decrypt") << kKey << viaS3 << false << QStringLiteral("Allowed");
    QTest::newRow("CloudFormation: kms:Decrypt without the key")
        << kCfn << QString() << QStringLiteral("kms:Decrypt") << kKey << QStringList() << false
        << QStringLiteral("ImplicitlyDenied");
    QTest::newRow("CloudFormation: NotResource deny")
        << kCfn << QString() << QStringLiteral("s3:GetObject") << QStringLiteral("arn:aws:s3:::acme-payroll/q4.csv")
        << QStringList() << false << QStringLiteral("ExplicitlyDenied");
    QTest::newRow("boundary denies an untagged key") << kCfn << QString() << QStringLiteral("kms:Decrypt") << kKey
                                                     << viaS3 << true << QStringLiteral("ExplicitlyDenied");
    QTest::newRow("boundary lets the tagged key through")
        << kCfn << QString() << QStringLiteral("kms:Decrypt") << kKey
        << (viaS3 + QStringList { QStringLiteral("aws:ResourceTag/vendor-access=northwind") }) << true
        << QStringLiteral("Allowed");
    QTest::newRow("Terraform: logs from a second office address")
        << kTerraform << QString() << QStringLiteral("logs:GetLogEvents")
        << QStringLiteral("arn:aws:logs:us-east-1:123456789012:log-group:/contoso/app:log-stream:1")
        << QStringList { QStringLiteral("aws:SourceIp=192.0.2.1"), QStringLiteral("aws:SourceIp=198.51.100.7") }
        << false << QStringLiteral("Allowed");
    QTest::newRow("Terraform: logs from elsewhere")
        << kTerraform << QStringLiteral("ContosoMetricsReader") << QStringLiteral("logs:GetLogEvents")
        << QStringLiteral("arn:aws:logs:us-east-1:123456789012:log-group:/contoso/app:log-stream:1")
        << QStringList { QStringLiteral("aws:SourceIp=192.0.2.1") } << false << QStringLiteral("ImplicitlyDenied");
}

void TestCliExplain::agreesWithEvaluate()
{
    QFETCH(QString, package);
    QFETCH(QString, subject);
    QFETCH(QString, action);
    QFETCH(QString, resource);
    QFETCH(QStringList, context);
    QFETCH(bool, withBoundary);
    QFETCH(QString, expected);

    const grantscope::test::CliRun explained
        = runCli(explainArgs(package, subject, action, resource, context, withBoundary));
    QVERIFY2(explained.exitCode == 0, explained.err.constData());
    const Json e = parseJson(explained.out);
    QVERIFY2(!e.is_discarded(), explained.out.constData());
    QVERIFY(QString::fromStdString(e["decision"].get<std::string>()) == expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cases = dir.filePath(QStringLiteral("cases.json"));
    QFile f(cases);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const Json list = Json::array(
        { evaluateCase(package, e["subject"].get<std::string>(), action, resource, context, withBoundary) });
    f.write(QByteArray::fromStdString(list.dump(2)));
    f.close();
    const grantscope::test::CliRun evaluated = runCli({ QStringLiteral("evaluate"), QStringLiteral("--cases"), cases });
    QVERIFY2(evaluated.exitCode == 0, evaluated.err.constData());
    const Json decisions = parseJson(evaluated.out);
    QVERIFY2(decisions.is_array() && decisions.size() == 1, evaluated.out.constData());
    QVERIFY(e["decision"] == decisions[0]["decision"]);
}

void TestCliExplain::textOutput()
{
    const grantscope::test::CliRun r = runCli({ QStringLiteral("explain"), QStringLiteral("--action"),
        QStringLiteral("KMS:Decrypt"), QStringLiteral("--resource"), kKey, QStringLiteral("--context"),
        QStringLiteral("kms:ViaService=s3.us-east-1.amazonaws.com"), kCfn });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    const QString text = QString::fromUtf8(r.out);
    // The decision first, then the statements with file:line, the conditions and the fixes.
    QVERIFY2(text.startsWith(QStringLiteral("Decision: Allowed\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Request: NorthwindBackupRole (role) does kms:Decrypt on ") + kKey),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("northwind-backup.yaml:50:17  Allow  policy NorthwindBackupAccess, Sid "
                                          "DecryptThroughS3")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("holds  StringEquals kms:ViaService \"s3.us-east-1.amazonaws.com\"  "
                                          "request: \"s3.us-east-1.amazonaws.com\"")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sid ReadSnapshots\n    action: its Action does not name kms:Decrypt")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Boundary edits that would deny it:\n  Deny kms:Decrypt on ") + kKey
                 + QStringLiteral("  -> ExplicitlyDenied")),
        qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("Matched statements")) < text.indexOf(QStringLiteral("did not match")));
}

void TestCliExplain::jsonNamesStatementsAndConditions()
{
    const grantscope::test::CliRun r = runCli(explainArgs(kCfn, QStringLiteral("NorthwindBackupRole"),
        QStringLiteral("kms:Decrypt"), kKey, { QStringLiteral("kms:ViaService=s3.us-east-1.amazonaws.com") }, true));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json e = parseJson(r.out);
    QVERIFY(!e.is_discarded());
    QVERIFY(e["subject"] == Json("NorthwindBackupRole"));
    QVERIFY(e["action"] == Json("kms:Decrypt"));
    QVERIFY(e["resource"] == Json(kKey.toStdString()));
    QVERIFY(e["decision"] == Json("ExplicitlyDenied"));
    const auto bySid = [](const Json& list, const char* sid) {
        const auto it = std::find_if(list.begin(), list.end(), [&](const Json& s) { return s["sid"] == Json(sid); });
        return it == list.end() ? Json() : *it;
    };
    const Json deny = bySid(e["matched"], "OnlyKeysTaggedForNorthwind");
    QVERIFY2(!deny.is_null(), r.out.constData());
    QVERIFY(deny["file"] == Json(kBoundary.toStdString()));
    QVERIFY(deny["line"] == Json(14));
    QVERIFY(deny["column"] == Json(5));
    QVERIFY(deny["effect"] == Json("Deny"));
    QVERIFY(deny["kind"] == Json("boundary"));
    const Json& condition = deny["conditions"][0];
    QVERIFY(condition["operator"] == Json("StringNotEquals"));
    QVERIFY(condition["key"] == Json("aws:ResourceTag/vendor-access"));
    QVERIFY(condition["values"] == Json::array({ "northwind" }));
    QVERIFY(condition["requestValue"].is_null()); // the request lacks the key
    QVERIFY(condition["holds"] == Json(true));
    Json via = bySid(e["matched"], "DecryptThroughS3");
    QVERIFY(via["conditions"][0]["requestValue"] == Json("s3.us-east-1.amazonaws.com"));
    QVERIFY(via["line"] == Json(50));
    Json read = bySid(e["notMatched"], "ReadSnapshots");
    QVERIFY(read["reason"] == Json("action"));
    QVERIFY(read["line"] == Json(42));
    QVERIFY(e["fixes"].empty()); // already denied
}

void TestCliExplain::fixesDenyWhenTheBoundaryIsWritten()
{
    const QString snapshot = QStringLiteral("arn:aws:s3:::acme-backup-snapshots/db/2026-12-01.tar.zst");
    const grantscope::test::CliRun r
        = runCli(explainArgs(kCfn, {}, QStringLiteral("s3:GetObject"), snapshot, {}, false));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json e = parseJson(r.out);
    QVERIFY(e["decision"] == Json("Allowed"));
    QVERIFY(e["fixes"].size() == size_t(3));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int i = 0;
    for (const Json& fix : e["fixes"]) {
        QVERIFY(fix["decision"] == Json("ExplicitlyDenied"));
        // The same edit written by `boundary` and given back to explain denies the request.
        const QString out = dir.filePath(QStringLiteral("b%1.json").arg(i++));
        const QString action = QString::fromStdString(fix["action"].get<std::string>());
        QStringList args { QStringLiteral("boundary"), QStringLiteral("-o"), out };
        if (fix["edit"] == Json("deny-on-resource"))
            args << QStringLiteral("--deny-on") << action + QLatin1Char('=') + QString::fromStdString(fix["resource"]);
        else
            args << QStringLiteral("--deny-action") << action;
        const grantscope::test::CliRun written = runCli(args);
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QStringList again = explainArgs(kCfn, {}, QStringLiteral("s3:GetObject"), snapshot, {}, false);
        again.insert(again.size() - 1, QStringLiteral("--boundary"));
        again.insert(again.size() - 1, out);
        const grantscope::test::CliRun denied = runCli(again);
        QVERIFY2(denied.exitCode == 0, denied.err.constData());
        QVERIFY(parseJson(denied.out)["decision"] == Json("ExplicitlyDenied"));
    }
}

void TestCliExplain::principalOfAGrantee()
{
    const QString bucket = QStringLiteral("arn:aws:s3:::acme-billing-reports-123456789012");
    const QStringList base { QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("--subject"),
        QStringLiteral("ReportsBucketPolicy"), QStringLiteral("--action"), QStringLiteral("s3:ListBucket"),
        QStringLiteral("--resource"), bucket, QStringLiteral("--context"), QStringLiteral("s3:prefix=exports/"),
        QStringLiteral("tests/fixtures/explain/shared-reports-bucket.yaml") };
    // The bucket policy lets Contoso's reader role list it, not Northwind's account.
    const grantscope::test::CliRun northwind = runCli(base
        + QStringList {
            QStringLiteral("--principal"), QStringLiteral("arn:aws:iam::444455556666:role/NorthwindExport") });
    QVERIFY2(northwind.exitCode == 0, northwind.err.constData());
    Json e = parseJson(northwind.out);
    QVERIFY(e["decision"] == Json("ImplicitlyDenied"));
    QVERIFY(e["principal"] == Json("arn:aws:iam::444455556666:role/NorthwindExport"));
    QVERIFY(e["boundary"]["source"] == Json("not-applicable"));
    const auto principalReason = std::find_if(
        e["notMatched"].begin(), e["notMatched"].end(), [](const Json& s) { return s["reason"] == Json("principal"); });
    QVERIFY2(principalReason != e["notMatched"].end(), northwind.out.constData());
    QVERIFY((*principalReason)["sid"] == Json("ContosoListsExports"));
    QVERIFY(e["fixes"].empty());

    const grantscope::test::CliRun contoso = runCli(base
        + QStringList {
            QStringLiteral("--principal"), QStringLiteral("arn:aws:iam::555566667777:role/ContosoReportsReader") });
    QVERIFY2(contoso.exitCode == 0, contoso.err.constData());
    e = parseJson(contoso.out);
    QVERIFY(e["decision"] == Json("Allowed"));
    QVERIFY(e["matched"][0]["conditions"][0]["requestValue"] == Json("exports/"));
    QVERIFY(e["matched"][0]["kind"] == Json("resource"));
}

void TestCliExplain::badQuestions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList both { kCfn, kTerraform };
    QTest::newRow("several roles, no --subject")
        << (QStringList { QStringLiteral("explain"), QStringLiteral("--action"), QStringLiteral("s3:GetObject"),
                QStringLiteral("--resource"), QStringLiteral("*") }
               + both)
        << QStringLiteral("NorthwindBackupRole (role), ContosoMetricsReader (role) (--subject NAME)");
    QTest::newRow("unknown action") << QStringList { QStringLiteral("explain"), QStringLiteral("--action"),
        QStringLiteral("kms:Decrpyt"), QStringLiteral("--resource"), QStringLiteral("*"), kCfn }
                                    << QStringLiteral("did you mean kms:Decrypt");
    QTest::newRow("unknown subject") << QStringList { QStringLiteral("explain"), QStringLiteral("--subject"),
        QStringLiteral("ContosoMetricReader"), QStringLiteral("--action"), QStringLiteral("s3:GetObject"),
        QStringLiteral("--resource"), QStringLiteral("*"), kTerraform }
                                     << QStringLiteral("did you mean \"ContosoMetricsReader\"?");
    QTest::newRow("no --action") << QStringList { QStringLiteral("explain"), QStringLiteral("--resource"),
        QStringLiteral("*"), kCfn }
                                 << QStringLiteral("--action ACTION is required");
    QTest::newRow("no --resource") << QStringList { QStringLiteral("explain"), QStringLiteral("--action"),
        QStringLiteral("s3:GetObject"), kCfn }
                                   << QStringLiteral("--resource ARN is required");
    QTest::newRow("--context without =") << QStringList { QStringLiteral("explain"), QStringLiteral("--action"),
        QStringLiteral("s3:GetObject"), QStringLiteral("--resource"), QStringLiteral("*"), QStringLiteral("--context"),
        QStringLiteral("aws:SourceIp"), kCfn }
                                         << QStringLiteral("--context needs KEY=VALUE");
    QTest::newRow("a boundary that does not parse") << QStringList { QStringLiteral("explain"),
        QStringLiteral("--action"), QStringLiteral("s3:GetObject"), QStringLiteral("--resource"), QStringLiteral("*"),
        QStringLiteral("--boundary"), QStringLiteral("tests/fixtures/malformed-template.yaml"), kCfn }
                                                    << QStringLiteral("malformed-template.yaml:7:23: error:");
    QTest::newRow("a pattern for an action") << QStringList { QStringLiteral("explain"), QStringLiteral("--action"),
        QStringLiteral("s3:Get*"), QStringLiteral("--resource"), QStringLiteral("*"), kCfn }
                                             << QStringLiteral("is a pattern; a request names one action");
    QTest::newRow("a package that does not parse") << QStringList { QStringLiteral("explain"),
        QStringLiteral("--action"), QStringLiteral("s3:GetObject"), QStringLiteral("--resource"), QStringLiteral("*"),
        QStringLiteral("tests/fixtures/malformed-template.yaml") }
                                                   << QStringLiteral("malformed-template.yaml:");
}

void TestCliExplain::badQuestions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const grantscope::test::CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
