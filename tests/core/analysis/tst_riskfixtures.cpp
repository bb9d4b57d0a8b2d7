// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture pairs of tests/fixtures/risk: for every risk rule and every severity step, a dangerous
// policy and its benign twin, which must not fire or must rate lower.
#include "analysis/RiskAnalyzer.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "policy/PolicyParser.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTest>
#include <set>

using namespace grantscope;
using Json = nlohmann::json;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/risk/") + name;
}

Json cases()
{
    QFile f(fixture(QStringLiteral("cases.json")));
    if (!f.open(QIODevice::ReadOnly))
        return Json::object();
    const QByteArray text = f.readAll();
    return Json::parse(text.constData(), text.constData() + text.size());
}

} // namespace

class TestRiskFixtures : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pairs_data();
    void pairs();
    void everyDangerousCaseOutranksItsTwin();
    void everyPermissionRuleHasAPair();
};

void TestRiskFixtures::pairs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("severity"); // empty: the rule must not fire
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("absent");
    const Json all = cases();
    QVERIFY(all.contains("cases") && all["cases"].size() >= 30);
    for (const Json& c : all["cases"]) {
        for (const char* side : { "dangerous", "benign" }) {
            const Json& s = c[side];
            QStringList absent;
            for (const Json& a : s.value("absentRules", Json::array()))
                absent << QString::fromStdString(a.get<std::string>());
            const std::string name = c["name"].get<std::string>() + " " + side;
            QTest::newRow(name.c_str()) << QString::fromStdString(s["file"].get<std::string>())
                                        << QString::fromStdString(c["rule"].get<std::string>())
                                        << QString::fromStdString(s["severity"].is_null()
                                                   ? std::string()
                                                   : s["severity"].get<std::string>())
                                        << QString::fromStdString(s.value("titleContains", std::string()))
                                        << QString::fromStdString(s.value("reasonContains", std::string())) << absent;
        }
    }
}

void TestRiskFixtures::pairs()
{
    QFETCH(QString, file);
    QFETCH(QString, rule);
    QFETCH(QString, severity);
    QFETCH(QString, title);
    QFETCH(QString, reason);
    QFETCH(QStringList, absent);
    QVERIFY2(RuleSet::bundled().find(rule.toStdString()), qPrintable(rule));

    QFile f(fixture(file));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray text = f.readAll();
    Diagnostics d;
    PolicyRecord record;
    record.name = "vendor";
    record.file = fixture(file);
    record.policy = PolicyParser::parseJson(std::string_view(text.constData(), static_cast<size_t>(text.size())),
        PolicyKind::Identity, record.file, "vendor", d)
                        .policy;
    QVERIFY(d.empty());
    PermissionSubject subject { "VendorRole", record.file, { 1, 1 }, { &record }, nullptr };
    const std::vector<Finding> findings = analyzeRisks(Catalog::bundled(), RuleSet::bundled(), subject);

    for (const Finding& x : findings)
        QVERIFY2(!x.severityReason.isEmpty(), x.rule.c_str());
    for (const QString& a : absent)
        for (const Finding& x : findings)
            QVERIFY2(QString::fromStdString(x.rule) != a, qPrintable(a + QStringLiteral(" must not fire")));

    const auto it = std::find_if(
        findings.begin(), findings.end(), [&](const Finding& x) { return QString::fromStdString(x.rule) == rule; });
    if (severity.isEmpty()) {
        QVERIFY2(it == findings.end(), qPrintable(it == findings.end() ? QString() : it->title));
        return;
    }
    QVERIFY2(it != findings.end(), qPrintable(rule + QStringLiteral(" does not fire")));
    QCOMPARE(QLatin1String(severityKey(it->severity)), severity);
    QVERIFY2(it->title.contains(title), qPrintable(it->title));
    QVERIFY2(it->severityReason.contains(reason), qPrintable(it->severityReason));
    QVERIFY2(
        it->severityReason.startsWith(QLatin1String(severityKey(RuleSet::bundled().find(rule.toStdString())->severity)))
            || rule == QLatin1String("service-wildcard") || rule == QLatin1String("notaction-allow"),
        qPrintable(it->severityReason));
    // A title says "every" or "any" only at full scope.
    if (it->severity < RuleSet::bundled().find(rule.toStdString())->severity
        && rule != QLatin1String("service-wildcard") && rule != QLatin1String("notaction-allow")) {
        QVERIFY2(!it->title.contains(QLatin1String("every")) && !it->title.contains(QLatin1String(" any ")),
            qPrintable(it->title));
    }
}

void TestRiskFixtures::everyDangerousCaseOutranksItsTwin()
{
    const Json all = cases();
    QVERIFY(all.contains("cases"));
    int compared = 0;
    for (const Json& c : all["cases"]) {
        const Json& b = c["benign"]["severity"];
        if (b.is_null())
            continue;
        const auto dangerous = parseSeverity(c["dangerous"]["severity"].get<std::string>());
        const auto benign = parseSeverity(b.get<std::string>());
        QVERIFY(dangerous && benign);
        QVERIFY2(*benign < *dangerous, c["name"].get<std::string>().c_str());
        ++compared;
    }
    QVERIFY(compared >= 15);
}

void TestRiskFixtures::everyPermissionRuleHasAPair()
{
    const Json all = cases();
    std::set<std::string> covered;
    for (const Json& c : all["cases"])
        covered.insert(c["rule"].get<std::string>());
    int rules = 0;
    for (const Rule& r : RuleSet::bundled().rules()) {
        const bool permission = r.file.endsWith(QLatin1String("/access.json"))
            || r.file.endsWith(QLatin1String("/privilege-escalation.json"))
            || r.file.endsWith(QLatin1String("/structure.json"));
        if (!permission)
            continue;
        ++rules;
        QVERIFY2(covered.contains(r.id), r.id.c_str());
    }
    QVERIFY(rules >= 60);
}

QTEST_GUILESS_MAIN(TestRiskFixtures)
#include "tst_riskfixtures.moc"
