// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli boundary and diff end to end: the real binary on the sample package and on small
// policies, the JSON contract of diff, and bad input.
#include "CliRunner.h"
#include <QDir>
#include <QFile>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

class TestBoundaryDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void denyOnInstanceAndKmsDecrypt();
    void snippetsForTheVendorRole();
    void diffJsonContract();
    void diffText();
    void conditionsWithoutContextKeys_data();
    void conditionsWithoutContextKeys();
    void denyOnlyBoundaryRemovesEverything();
    void fromFindings();
    void restrictServicesAndLevels();
    void cannotFitKeepsTheOldFile();
    void badInput_data();
    void badInput();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString writeFile(const QString& name, const QByteArray& text) const;

    QTemporaryDir m_dir;
};

namespace {

const QString kSample = QStringLiteral("resources/sample/acme-observability-onboarding.yaml");
const QString kProdInstance = QStringLiteral("arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod");

using Run = grantscope::test::CliRun;

Run cli(const QStringList& args)
{
    return grantscope::test::runCli(args);
}

nlohmann::json parse(const QByteArray& bytes)
{
    return grantscope::test::parseJson(bytes);
}

struct Change {
    bool before = false;
    bool after = false;
};

std::map<std::string, Change> changes(const nlohmann::json& diff)
{
    std::map<std::string, Change> out;
    for (const auto& a : diff["actions"])
        out[a["action"].get<std::string>()] = { a["before"].get<bool>(), a["after"].get<bool>() };
    return out;
}

QByteArray readAll(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QString TestBoundaryDiff::writeFile(const QString& name, const QByteArray& text) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

void TestBoundaryDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(GRANTSCOPE_CLI)));
}

void TestBoundaryDiff::denyOnInstanceAndKmsDecrypt()
{
    const QString b = path(QStringLiteral("deny.json"));
    const Run made
        = cli({ QStringLiteral("boundary"), QStringLiteral("--deny-on"), QStringLiteral("ec2:*=") + kProdInstance,
            QStringLiteral("--deny-action"), QStringLiteral("kms:Decrypt"), QStringLiteral("-o"), b, kSample });
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const nlohmann::json policy = parse(readAll(b));
    QVERIFY(policy.is_object());
    QCOMPARE(policy["Version"].get<std::string>(), std::string("2012-10-17"));
    QCOMPARE(policy["Statement"][0]["Effect"].get<std::string>(), std::string("Allow"));

    const Run diff
        = cli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), b, kSample });
    QVERIFY2(diff.exitCode == 0, diff.err.constData());
    const std::map<std::string, Change> c = changes(parse(diff.out));
    QVERIFY(c.count("kms:decrypt"));
    QVERIFY(c.at("kms:decrypt").before);
    QVERIFY(!c.at("kms:decrypt").after);
    QVERIFY(c.at("ec2:stopinstances").before);
    QVERIFY(c.at("ec2:stopinstances").after); // still allowed on every other instance
    QVERIFY(c.at("ec2:describeinstances").before);
    QVERIFY(c.at("ec2:describeinstances").after);
    QVERIFY(c.at("kms:describekey").after);
    int removed = 0;
    for (const auto& [action, change] : c)
        removed += change.before && !change.after;
    QCOMPARE(removed, 1);
}

void TestBoundaryDiff::snippetsForTheVendorRole()
{
    // The format follows the file name; --format overrides it; --name names the policy.
    const QString yaml = path(QStringLiteral("boundary.yaml"));
    const Run cfn = cli({ QStringLiteral("boundary"), QStringLiteral("--deny-action"), QStringLiteral("kms:Decrypt"),
        QStringLiteral("--name"), QStringLiteral("AcmeBoundary"), QStringLiteral("-o"), yaml, kSample });
    QVERIFY2(cfn.exitCode == 0, cfn.err.constData());
    const QByteArray template_ = readAll(yaml);
    QVERIFY(template_.contains("Type: AWS::IAM::ManagedPolicy"));
    QVERIFY(template_.contains("ManagedPolicyName: \"AcmeBoundary\""));
    QVERIFY(template_.contains("#     PermissionsBoundary: !Ref AcmeBoundary "));
    // The template is itself a package GrantScope reads: one managed policy, the boundary.
    const Run back = cli({ QStringLiteral("analyze"), QStringLiteral("--json"), yaml });
    QVERIFY2(back.exitCode == 0, back.err.constData());
    const nlohmann::json analysis = parse(back.out);
    QCOMPARE(analysis["subjects"].size(), size_t(1));
    QCOMPARE(analysis["subjects"][0]["name"].get<std::string>(), std::string("AcmeBoundary"));
    QCOMPARE(analysis["subjects"][0]["kind"].get<std::string>(), std::string("policy"));

    const Run tf = cli({ QStringLiteral("boundary"), QStringLiteral("--deny-action"), QStringLiteral("kms:Decrypt"),
        QStringLiteral("--format"), QStringLiteral("terraform"), kSample });
    QVERIFY2(tf.exitCode == 0, tf.err.constData());
    QVERIFY(tf.out.contains("resource \"aws_iam_policy\" \"grantscopeboundary\" {"));
    QVERIFY(tf.out.contains("policy      = <<-EOT"));

    const Run bad = cli({ QStringLiteral("boundary"), QStringLiteral("--format"), QStringLiteral("hcl"), kSample });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--format takes json, cloudformation or terraform"));
}

void TestBoundaryDiff::diffJsonContract()
{
    const QString b = path(QStringLiteral("contract.json"));
    QCOMPARE(cli({ QStringLiteral("boundary"), QStringLiteral("--deny-action"), QStringLiteral("kms:Decrypt"),
                     QStringLiteral("-o"), b, kSample })
                 .exitCode,
        0);
    const Run diff
        = cli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), b, kSample });
    QCOMPARE(diff.exitCode, 0);
    const nlohmann::json j = parse(diff.out);
    QVERIFY(j.is_object());
    QVERIFY(j["actions"].is_array());
    QVERIFY(j["actions"].size() > 100); // SecurityAudit alone grants hundreds
    std::string previous;
    for (const auto& a : j["actions"]) {
        const std::string name = a["action"].get<std::string>();
        QVERIFY2(name > previous, name.c_str()); // sorted, no duplicates
        previous = name;
        QVERIFY2(name == QString::fromStdString(name).toLower().toStdString(), name.c_str());
        QVERIFY(name.find(':') != std::string::npos);
        QVERIFY(a["before"].is_boolean());
        QVERIFY(a["after"].is_boolean());
    }
    QCOMPARE(j["requested"].get<size_t>(), j["actions"].size());
    // Findings the boundary deals with.
    bool decryptMitigated = false;
    for (const auto& f : j["findings"])
        decryptMitigated |= f["rule"] == "kms-decrypt-any-key" && f["state"] == "mitigated";
    QVERIFY(decryptMitigated);
}

void TestBoundaryDiff::diffText()
{
    const QString b = path(QStringLiteral("text.json"));
    QCOMPARE(cli({ QStringLiteral("boundary"), QStringLiteral("--deny-action"), QStringLiteral("kms:Decrypt"),
                     QStringLiteral("-o"), b })
                 .exitCode,
        0);
    const Run diff = cli({ QStringLiteral("diff"), QStringLiteral("--boundary"), b, kSample });
    QCOMPARE(diff.exitCode, 0);
    const QString text = QString::fromUtf8(diff.out);
    QVERIFY(text.contains(QStringLiteral("Removed by the boundary (1)")));
    QVERIFY(text.contains(QStringLiteral("  kms:decrypt\n")));
    QVERIFY(text.contains(QStringLiteral("\nkms\n")));
    QVERIFY(text.contains(QStringLiteral("Read")));
}

void TestBoundaryDiff::conditionsWithoutContextKeys_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<bool>("before");
    QTest::newRow("StringEquals on a key the request lacks")
        << QByteArray(R"({"StringEquals":{"aws:ResourceTag/vendor":"acme"}})") << false;
    QTest::newRow("StringNotEquals on a key the request lacks")
        << QByteArray(R"({"StringNotEquals":{"aws:PrincipalTag/team":"x"}})") << true;
    QTest::newRow("StringEqualsIfExists")
        << QByteArray(R"({"StringEqualsIfExists":{"aws:RequestedRegion":"eu-west-1"}})") << true;
    QTest::newRow("Null true") << QByteArray(R"({"Null":{"aws:ResourceTag/vendor":"true"}})") << true;
    QTest::newRow("Null false") << QByteArray(R"({"Null":{"aws:ResourceTag/vendor":"false"}})") << false;
    QTest::newRow("Bool MFA") << QByteArray(R"({"Bool":{"aws:MultiFactorAuthPresent":"true"}})") << false;
    QTest::newRow("ArnNotLike") << QByteArray(R"({"ArnNotLike":{"aws:SourceArn":"arn:aws:s3:::x"}})") << true;
}

void TestBoundaryDiff::conditionsWithoutContextKeys()
{
    QFETCH(QByteArray, condition);
    QFETCH(bool, before);
    const QString policy = writeFile(QStringLiteral("conditional-policy.json"),
        R"({"Version":"2012-10-17","Statement":[
  {"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":)"
            + condition + R"(},
  {"Effect":"Allow","Action":"kms:DescribeKey","Resource":"*"}]})");
    const QString b = path(QStringLiteral("allow-all.json"));
    QCOMPARE(cli({ QStringLiteral("boundary"), QStringLiteral("-o"), b }).exitCode, 0);
    const Run diff = cli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), b, policy });
    QVERIFY2(diff.exitCode == 0, diff.err.constData());
    const std::map<std::string, Change> c = changes(parse(diff.out));
    QCOMPARE(c.size(), size_t(2));
    QCOMPARE(c.at("s3:getobject").before, before);
    QCOMPARE(c.at("s3:getobject").after, before); // an allow-all boundary changes nothing
    QVERIFY(c.at("kms:describekey").before);
    // The static view keeps the condition the grant depends on.
    const nlohmann::json j = parse(diff.out);
    for (const auto& a : j["actions"])
        if (a["action"] == "s3:getobject")
            QCOMPARE(a["conditions"].size(), size_t(1));
}

void TestBoundaryDiff::denyOnlyBoundaryRemovesEverything()
{
    const QString b = writeFile(QStringLiteral("deny-only.json"), R"({"Version":"2012-10-17","Statement":[
  {"Effect":"Deny","Action":"iam:*","Resource":"*"}]})");
    const Run diff
        = cli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), b, kSample });
    QVERIFY2(diff.exitCode == 0, diff.err.constData());
    const std::map<std::string, Change> c = changes(parse(diff.out));
    QVERIFY(!c.empty());
    bool anyBefore = false;
    for (const auto& [action, change] : c) {
        anyBefore |= change.before;
        QVERIFY2(!change.after, action.c_str());
    }
    QVERIFY(anyBefore);
}

void TestBoundaryDiff::fromFindings()
{
    const QString b = path(QStringLiteral("mitigations.json"));
    const Run made
        = cli({ QStringLiteral("boundary"), QStringLiteral("--from-findings"), QStringLiteral("-o"), b, kSample });
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QByteArray text = readAll(b);
    QVERIFY(text.contains("kms:Decrypt"));
    QVERIFY(text.contains("aws:ResourceTag/env"));
    QVERIFY(text.contains("ec2:TerminateInstances"));
    const Run diff
        = cli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), b, kSample });
    QCOMPARE(diff.exitCode, 0);
    const std::map<std::string, Change> c = changes(parse(diff.out));
    QVERIFY(!c.at("kms:decrypt").after);
    QVERIFY(!c.at("kms:creategrant").after);
    // Without condition keys in the request, the production-only deny does not apply.
    QVERIFY(c.at("ec2:stopinstances").after);
}

void TestBoundaryDiff::restrictServicesAndLevels()
{
    const QString b = path(QStringLiteral("restricted.json"));
    const Run made = cli({ QStringLiteral("boundary"), QStringLiteral("--allow-service"), QStringLiteral("cloudwatch"),
        QStringLiteral("--allow-service"), QStringLiteral("logs"), QStringLiteral("--allow-level"),
        QStringLiteral("read"), QStringLiteral("--allow-level"), QStringLiteral("list"), QStringLiteral("-o"), b,
        kSample });
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const Run diff
        = cli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), b, kSample });
    QCOMPARE(diff.exitCode, 0);
    const nlohmann::json j = parse(diff.out);
    for (const auto& a : j["actions"]) {
        const std::string name = a["action"].get<std::string>();
        const std::string level = a["accessLevel"].get<std::string>();
        const bool kept
            = (name.starts_with("cloudwatch:") || name.starts_with("logs:")) && (level == "Read" || level == "List");
        if (a["after"].get<bool>())
            QVERIFY2(kept, name.c_str());
        else if (kept)
            QVERIFY2(!a["before"].get<bool>(), name.c_str());
    }
}

void TestBoundaryDiff::cannotFitKeepsTheOldFile()
{
    const QString b = writeFile(QStringLiteral("old.json"), "old content");
    const Run r = cli({ QStringLiteral("boundary"), QStringLiteral("--allow-level"), QStringLiteral("read"),
        QStringLiteral("-o"), b, kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("6144"), r.err.constData());
    QCOMPARE(readAll(b), QByteArray("old content"));
}

void TestBoundaryDiff::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error"); // a regular expression the error output must match

    const QString bad = QStringLiteral("@bad-json@");
    const QString element = QStringLiteral("@bad-element@");
    const QString good = QStringLiteral("@good@");
    auto args = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* a : list)
            out << QString::fromLatin1(a);
        return out;
    };
    QTest::newRow("boundary: misspelt action")
        << args({ "boundary", "--deny-action", "kms:Decryptt" }) << QStringLiteral("did you mean kms:Decrypt");
    QTest::newRow("boundary: --deny-on without =")
        << args({ "boundary", "--deny-on", "ec2:*" }) << QStringLiteral("ACTION=ARN");
    QTest::newRow("boundary: --deny-on with no ARN")
        << args({ "boundary", "--deny-on", "ec2:*=i-0prod" }) << QStringLiteral("not a resource ARN");
    QTest::newRow("boundary: unknown level")
        << args({ "boundary", "--allow-level", "everything" }) << QStringLiteral("--allow-level takes");
    QTest::newRow("boundary: unknown service")
        << args({ "boundary", "--allow-service", "nosuchservice" }) << QStringLiteral("unknown service");
    QTest::newRow("boundary: --from-findings without a package")
        << args({ "boundary", "--from-findings" }) << QStringLiteral("need the vendor package");
    QTest::newRow("boundary: missing package")
        << args({ "boundary", "no/such/package.yaml" }) << QStringLiteral("no/such/package.yaml");
    QTest::newRow("boundary: unknown option")
        << args({ "boundary", "--frobnicate" }) << QStringLiteral("unknown option");
    QTest::newRow("diff: no boundary") << (args({ "diff", "--json" }) << kSample) << QStringLiteral("Usage");
    QTest::newRow("diff: no package") << (args({ "diff", "--json", "--boundary" }) << good) << QStringLiteral("Usage");
    QTest::newRow("diff: boundary is not JSON")
        << (args({ "diff", "--json", "--boundary" }) << bad << kSample) << QStringLiteral("bad\\.json:3:\\d+: error:");
    QTest::newRow("diff: boundary has a misspelt element") << (args({ "diff", "--json", "--boundary" })
        << element << kSample) << QStringLiteral("element\\.json:1:\\d+: error: .*Efect");
    QTest::newRow("diff: boundary file missing") << (args({ "diff", "--json", "--boundary", "no/such/b.json" })
        << kSample) << QStringLiteral("no/such/b\\.json");
    QTest::newRow("diff: package missing")
        << (args({ "diff", "--json", "--boundary" }) << good << QStringLiteral("no/such/p.yaml"))
        << QStringLiteral("no/such/p\\.yaml");
}

void TestBoundaryDiff::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const QString bad = writeFile(QStringLiteral("bad.json"),
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [ {\"Effect\": \"Allow\",, } ]\n}\n");
    const QString element = writeFile(QStringLiteral("element.json"),
        R"({"Version":"2012-10-17","Statement":[{"Efect":"Allow","Action":"*","Resource":"*"}]})");
    const QString good = writeFile(QStringLiteral("good.json"),
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]})");
    for (QString& a : args)
        a.replace(QStringLiteral("@bad-json@"), bad)
            .replace(QStringLiteral("@bad-element@"), element)
            .replace(QStringLiteral("@good@"), good);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(QRegularExpression(error).match(err).hasMatch(), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestBoundaryDiff)
#include "tst_boundarydiff.moc"
