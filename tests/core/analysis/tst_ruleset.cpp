// SPDX-License-Identifier: GPL-3.0-or-later
// The rule texts in other languages: each text falls back to English on its own, problems in a translation file
// are located, and nothing but the texts changes with the language.
#include "analysis/RiskAnalyzer.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "policy/PolicyParser.h"

#include <QTest>

using namespace grantscope;

namespace {

// A vendor's monitoring policy: decrypts with every key, reads objects of its own log-archive bucket only.
const char* const kMonitoringPolicy
    = "{\"Version\": \"2012-10-17\", \"Statement\": ["
      "{\"Sid\": \"DecryptEverything\", \"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\","
      " \"Resource\": \"*\"},"
      "{\"Sid\": \"ReadLogArchive\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
      " \"Resource\": \"arn:aws:s3:::acme-log-archive-123456789012/*\"}]}";

std::vector<Finding> analyze(const RuleSet& rules)
{
    Diagnostics d;
    PolicyRecord record;
    record.name = "AcmeMonitoringRead";
    record.file = QStringLiteral("acme-monitoring.json");
    record.policy
        = PolicyParser::parseJson(kMonitoringPolicy, PolicyKind::Identity, record.file, record.name, d).policy;
    PermissionSubject subject { "AcmeMonitoringRole", record.file, { 1, 1 }, { &record }, nullptr };
    return analyzeRisks(Catalog::bundled(), rules, subject);
}

const Finding* findRule(const std::vector<Finding>& findings, std::string_view rule)
{
    for (const Finding& f : findings)
        if (f.rule == rule)
            return &f;
    return nullptr;
}

} // namespace

class TestRuleSet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void languageCodes_data();
    void languageCodes();
    void missingTextsStayEnglish();
    void translationProblems_data();
    void translationProblems();
    void bundledLanguages();
    void onlyTextsChange();
    void bundledFollowsTheChosenLanguage();
    void findingsInTheRulesLanguage();
};

void TestRuleSet::cleanup()
{
    RuleSet::setLanguage(QStringLiteral("en"));
}

void TestRuleSet::languageCodes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::newRow("QTranslator::language() of the German .qm") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("BCP 47 name") << QStringLiteral("fr-CA") << QStringLiteral("fr");
    QTest::newRow("upper case") << QStringLiteral("DE") << QStringLiteral("de");
    QTest::newRow("no translator: empty") << QString() << QStringLiteral("en");
    QTest::newRow("C locale") << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("not a language") << QStringLiteral("../rules") << QStringLiteral("en");
}

void TestRuleSet::languageCodes()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QCOMPARE(RuleSet::languageCode(locale), code);
}

void TestRuleSet::missingTextsStayEnglish()
{
    const RuleSet& english = RuleSet::bundled(QStringLiteral("en"));
    Diagnostics diagnostics;
    const RuleSet translated = english.translated(
        R"({"kms-decrypt-any-key": {"title": "Entschlüsseln mit jedem KMS-Schlüssel", "rationale": ""},)"
        R"( "admin-wildcard": {"mitigation": "Ersetzen Sie den Platzhalter."}})",
        QStringLiteral("partial.json"), diagnostics);
    QVERIFY2(diagnostics.empty(), qPrintable(diagnostics.empty() ? QString() : diagnostics.front().toString()));

    const Rule* kms = translated.find("kms-decrypt-any-key");
    const Rule* kmsEnglish = english.find("kms-decrypt-any-key");
    QVERIFY(kms && kmsEnglish);
    QCOMPARE(kms->title, QStringLiteral("Entschlüsseln mit jedem KMS-Schlüssel"));
    // Not given, or given empty: the English text.
    QCOMPARE(kms->scopedTitle, kmsEnglish->scopedTitle);
    QCOMPARE(kms->basis, kmsEnglish->basis);
    QCOMPARE(kms->rationale, kmsEnglish->rationale);
    QCOMPARE(kms->mitigation, kmsEnglish->mitigation);

    const Rule* admin = translated.find("admin-wildcard");
    QCOMPARE(admin->mitigation, QStringLiteral("Ersetzen Sie den Platzhalter."));
    QCOMPARE(admin->title, english.find("admin-wildcard")->title);
    // A rule the file does not name keeps every text.
    QCOMPARE(translated.find("passrole-broad")->title, english.find("passrole-broad")->title);
    // The set translated from stays English.
    QCOMPARE(kmsEnglish->title, QStringLiteral("Decrypt with any KMS key"));
}

void TestRuleSet::translationProblems_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not JSON") << QByteArray("{\n  \"kms-decrypt-any-key\": {\"title\": \"x\",}\n}")
                              << QStringLiteral("json-syntax") << 2 << 0 << QString();
    QTest::newRow("an array instead of an object")
        << QByteArray("[\"kms-decrypt-any-key\"]") << QStringLiteral("rule-translation") << 1 << 1 << QString();
    QTest::newRow("a rule that does not exist")
        << QByteArray("{\n  \"kms-decrypt-every-key\": {\"title\": \"x\"}\n}")
        << QStringLiteral("rule-translation-unknown-rule") << 2 << 3 << QStringLiteral("kms-decrypt-every-key");
    QTest::newRow("a text instead of an object of texts")
        << QByteArray("{\n  \"kms-decrypt-any-key\": \"Entschlüsseln\"\n}") << QStringLiteral("rule-translation") << 2
        << 26 << QStringLiteral("kms-decrypt-any-key");
    QTest::newRow("a field that is not a text")
        << QByteArray("{\n  \"kms-decrypt-any-key\": {\n    \"severity\": \"hoch\"\n  }\n}")
        << QStringLiteral("rule-translation-unknown-field") << 3 << 5 << QStringLiteral("severity");
    QTest::newRow("a number as title") << QByteArray("{\n  \"kms-decrypt-any-key\": {\n    \"title\": 42\n  }\n}")
                                       << QStringLiteral("rule-translation") << 3 << 14 << QStringLiteral("title");
    QTest::newRow("a scoped title the rule does not have")
        << QByteArray("{\n  \"kms-key-destruction\": {\n    \"scopedTitle\": \"KMS-Schlüssel löschen\"\n  }\n}")
        << QStringLiteral("rule-translation-unknown-field") << 3 << 5 << QStringLiteral("scopedTitle");
}

void TestRuleSet::translationProblems()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);

    const RuleSet& english = RuleSet::bundled(QStringLiteral("en"));
    Diagnostics diagnostics;
    const RuleSet translated
        = english.translated(std::string_view(document.constData(), static_cast<size_t>(document.size())),
            QStringLiteral("resources/rules/i18n/de.json"), diagnostics);
    QCOMPARE(diagnostics.size(), size_t(1));
    const Diagnostic& d = diagnostics.front();
    QCOMPARE(QString::fromStdString(d.code), code);
    QCOMPARE(d.file, QStringLiteral("resources/rules/i18n/de.json"));
    QCOMPARE(d.location.line, line);
    if (column > 0)
        QCOMPARE(d.location.column, column);
    if (!mentions.isEmpty())
        QVERIFY2(d.message.contains(mentions), qPrintable(d.message));
    // Nothing changes where the file is wrong.
    QCOMPARE(translated.rules().size(), english.rules().size());
    for (size_t i = 0; i < english.rules().size(); ++i) {
        QCOMPARE(translated.rules()[i].title, english.rules()[i].title);
        QCOMPARE(translated.rules()[i].scopedTitle, english.rules()[i].scopedTitle);
    }
}

void TestRuleSet::bundledLanguages()
{
    QCOMPARE(RuleSet::translatedLanguages(), QStringList({ QStringLiteral("de"), QStringLiteral("fr") }));
    QCOMPARE(RuleSet::bundled(QStringLiteral("de")).find("kms-decrypt-any-key")->title,
        QStringLiteral("Entschlüsseln mit jedem KMS-Schlüssel"));
    QCOMPARE(RuleSet::bundled(QStringLiteral("fr")).find("kms-decrypt-any-key")->title,
        QStringLiteral("Déchiffrer avec n'importe quelle clé KMS"));
    // The same set for every name of the language, made once.
    QCOMPARE(&RuleSet::bundled(QStringLiteral("de_DE")), &RuleSet::bundled(QStringLiteral("de")));
    QCOMPARE(&RuleSet::bundled(QStringLiteral("de-AT")), &RuleSet::bundled(QStringLiteral("de")));
    // A language without translations reads English.
    QCOMPARE(&RuleSet::bundled(QStringLiteral("es_ES")), &RuleSet::bundled(QStringLiteral("en")));
    QCOMPARE(RuleSet::bundled(QStringLiteral("es")).find("kms-decrypt-any-key")->title,
        QStringLiteral("Decrypt with any KMS key"));
}

void TestRuleSet::onlyTextsChange()
{
    const RuleSet& english = RuleSet::bundled(QStringLiteral("en"));
    for (const QString& language : RuleSet::translatedLanguages()) {
        const RuleSet& translated = RuleSet::bundled(language);
        QCOMPARE(translated.rules().size(), english.rules().size());
        for (size_t i = 0; i < english.rules().size(); ++i) {
            const Rule& e = english.rules()[i];
            const Rule& t = translated.rules()[i];
            QCOMPARE(t.id, e.id);
            QCOMPARE(t.category, e.category);
            QCOMPARE(t.severity, e.severity);
            QCOMPARE(t.patterns, e.patterns);
            QCOMPARE(t.references, e.references);
            QCOMPARE(t.builtin, e.builtin);
            QVERIFY(t.anyOf == e.anyOf);
            QCOMPARE(t.path, e.path);
            QVERIFY2(t.title != e.title, e.id.c_str());
        }
    }
}

void TestRuleSet::bundledFollowsTheChosenLanguage()
{
    QCOMPARE(RuleSet::language(), QStringLiteral("en"));
    QCOMPARE(&RuleSet::bundled(), &RuleSet::bundled(QStringLiteral("en")));
    RuleSet::setLanguage(QStringLiteral("fr_FR"));
    QCOMPARE(RuleSet::language(), QStringLiteral("fr"));
    QCOMPARE(&RuleSet::bundled(), &RuleSet::bundled(QStringLiteral("fr")));
    QCOMPARE(RuleSet::bundled().find("passrole-broad")->title,
        QStringLiteral("Transmettre n'importe quel rôle à n'importe quel service"));
    RuleSet::setLanguage(QString());
    QCOMPARE(&RuleSet::bundled(), &RuleSet::bundled(QStringLiteral("en")));
}

void TestRuleSet::findingsInTheRulesLanguage()
{
    const std::vector<Finding> english = analyze(RuleSet::bundled(QStringLiteral("en")));
    const std::vector<Finding> german = analyze(RuleSet::bundled(QStringLiteral("de")));
    // The same findings, with the same identities; only their words differ.
    QCOMPARE(german.size(), english.size());
    for (size_t i = 0; i < english.size(); ++i) {
        QCOMPARE(german[i].rule, english[i].rule);
        QCOMPARE(german[i].severity, english[i].severity);
        QCOMPARE(german[i].actions, english[i].actions);
        QCOMPARE(german[i].location, english[i].location);
    }

    const Finding* kms = findRule(german, "kms-decrypt-any-key");
    QVERIFY(kms);
    QCOMPARE(kms->title, QStringLiteral("Entschlüsseln mit jedem KMS-Schlüssel"));
    QVERIFY2(kms->rationale.startsWith(QStringLiteral("kms:Decrypt oder kms:ReEncryptFrom auf jedem Schlüssel")),
        qPrintable(kms->rationale));
    QVERIFY(kms->mitigation.startsWith(QStringLiteral("Beschränken Sie die Aktionen")));
    // The base of the severity reason is the German basis.
    QVERIFY2(kms->severityReason.isEmpty()
            || kms->severityReason.contains(QStringLiteral("liest alles, was mit den Schlüsseln")),
        qPrintable(kms->severityReason));

    // Narrowed to one bucket: the scoped title, followed by the scope.
    const Finding* objects = findRule(german, "data-read-objects");
    QVERIFY(objects);
    QVERIFY2(objects->title.startsWith(QStringLiteral("S3-Objekte lesen")), qPrintable(objects->title));
    QVERIFY(objects->title.contains(QStringLiteral("acme-log-archive")));
}

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
