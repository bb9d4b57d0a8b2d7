// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled translations reach the texts at run time: the context each text is looked up under is
// the context lupdate filed it under, for texts of the engine (free functions, helper classes) as well
// as of the widgets. The rules' own texts (resources/rules/i18n) are complete in every language and reach
// the findings table when the application runs in that language.
#include "analysis/RuleSet.h"
#include "boundary/BoundaryEdit.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "graph/AccessGraph.h"
#include "models/FindingsModel.h"
#include "report/ReviewReport.h"
#include "review/ReviewSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <set>

using namespace grantscope;
using namespace grantscope::ui;

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void engineTexts();
    void graphTexts();
    void reportTexts();
    void ruleTexts_data();
    void ruleTexts();
    void findingsTableInGerman();

private:
    QTranslator m_german;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(m_german.load(QStringLiteral(GRANTSCOPE_QM_DIR "/grantscope_de.qm")), "grantscope_de.qm not built");
    QVERIFY(QCoreApplication::installTranslator(&m_german));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_german);
}

void TestTranslations::engineTexts()
{
    // Decisions, shown in the findings table and the report.
    QCOMPARE(findingDecisionName(FindingDecision::AcceptedRisk), QStringLiteral("Akzeptiertes Risiko"));
    // Boundary edits, shown in the undo history and the list of denies.
    QCOMPARE(BoundaryEdit::denyActions({ "kms:Decrypt" }).description(), QStringLiteral("kms:Decrypt verweigern"));
    // Finding details from the trust analysis of the sample.
    const std::shared_ptr<Review> review = loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {});
    bool translatedDetail = false;
    for (const Finding& f : review->analysis.findings)
        if (f.rule == "trust-long-session")
            translatedDetail = f.rationale.contains(QStringLiteral("Sitzungen von AcmeObservabilityIntegration"));
    QVERIFY(translatedDetail);
}

void TestTranslations::graphTexts()
{
    const std::shared_ptr<Review> review = loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {});
    const AccessGraph graph(review, Catalog::bundled());
    bool account = false;
    for (int id = 0; id < graph.nodeCount(); ++id)
        account = account || graph.node(id).detail == QStringLiteral("AWS-Konto");
    QVERIFY(account);
}

void TestTranslations::reportTexts()
{
    const std::shared_ptr<Review> review = loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {});
    const ReviewReport report = buildReviewReport(*review, nullptr, nullptr);
    const std::string markdown = reportToMarkdown(report);
    const std::string html = reportToHtml(report);
    QVERIFY(markdown.find("## Übersicht") != std::string::npos);
    // The HTML opens with what the signer reads first.
    QVERIFY(html.find("Restrisiko") != std::string::npos);
    QVERIFY(html.find("Was das Paket anfordert") != std::string::npos);
}

namespace {

const QStringList kRuleTexts = { QStringLiteral("title"), QStringLiteral("scopedTitle"), QStringLiteral("basis"),
    QStringLiteral("rationale"), QStringLiteral("mitigation") };

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// What a translation must carry over unchanged: placeholders (%1) and AWS names (kms:Decrypt,
// aws:SourceAccount, arn:aws:logs:...), sorted.
QStringList keptWords(const QString& text)
{
    static const QRegularExpression kept(QStringLiteral(R"(%\d+|\b[A-Za-z0-9-]+:[A-Za-z*][A-Za-z0-9*]*)"));
    QStringList words;
    for (auto it = kept.globalMatch(text); it.hasNext();)
        words << it.next().captured();
    words.sort();
    return words;
}

} // namespace

void TestTranslations::ruleTexts_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : RuleSet::translatedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::ruleTexts()
{
    QFETCH(QString, language);
    // Read from the source tree: the files a rule author edits, not what the program made of them.
    std::map<std::string, QJsonObject> english;
    const QDir rules(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/rules"));
    for (const QString& name : rules.entryList({ QStringLiteral("*.json") }, QDir::Files))
        for (const QJsonValue rule : readJsonObject(rules.filePath(name)).value(QStringLiteral("rules")).toArray())
            english[rule[QStringLiteral("id")].toString().toStdString()] = rule.toObject();
    QCOMPARE(english.size(), RuleSet::bundled(QStringLiteral("en")).rules().size());

    const QString path = rules.filePath(QStringLiteral("i18n/") + language + QStringLiteral(".json"));
    const QJsonObject translations = readJsonObject(path);
    QVERIFY2(!translations.isEmpty(), qPrintable(path));
    for (auto it = translations.begin(); it != translations.end(); ++it)
        QVERIFY2(
            english.count(it.key().toStdString()), qPrintable(language + QStringLiteral(": unknown rule ") + it.key()));

    for (const auto& [id, rule] : english) {
        const QString where = language + QLatin1Char(' ') + QString::fromStdString(id);
        QVERIFY2(translations.contains(QString::fromStdString(id)), qPrintable(where + QStringLiteral(": missing")));
        const QJsonObject texts = translations.value(QString::fromStdString(id)).toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it)
            QVERIFY2(kRuleTexts.contains(it.key()), qPrintable(where + QStringLiteral(": unknown text ") + it.key()));
        for (const QString& field : kRuleTexts) {
            const QString source = rule.value(field).toString();
            const QString translated = texts.value(field).toString();
            const QString at = where + QLatin1Char(' ') + field;
            if (source.isEmpty()) {
                QVERIFY2(!texts.contains(field), qPrintable(at + QStringLiteral(": the rule has no such text")));
                continue;
            }
            QVERIFY2(!translated.trimmed().isEmpty(), qPrintable(at + QStringLiteral(": not translated")));
            QVERIFY2(translated != source, qPrintable(at + QStringLiteral(": still English")));
            QCOMPARE(keptWords(translated), keptWords(source));
        }
    }

    // The program reads the file without a complaint.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    Diagnostics diagnostics;
    RuleSet::bundled(QStringLiteral("en"))
        .translated(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), path, diagnostics);
    QVERIFY2(diagnostics.empty(), qPrintable(diagnostics.empty() ? QString() : diagnostics.front().toString()));
}

void TestTranslations::findingsTableInGerman()
{
    // As the application does once it has loaded its translation.
    QCOMPARE(m_german.language(), QStringLiteral("de_DE"));
    RuleSet::setLanguage(m_german.language());
    const std::shared_ptr<Review> review = loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {});
    RuleSet::setLanguage(QStringLiteral("en"));

    ReviewDocument document;
    document.setReview(review);
    FindingsModel model(&document);
    int kms = -1;
    int trust = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString rule = model.index(row, FindingsModel::RuleColumn).data().toString();
        if (rule == QLatin1String("kms-decrypt-any-key"))
            kms = row;
        else if (rule == QLatin1String("trust-weak-external-id"))
            trust = row;
    }
    QVERIFY(kms >= 0 && trust >= 0);
    // Rule ids stay as they are; titles, rationales and mitigations are German.
    QCOMPARE(model.index(kms, FindingsModel::TitleColumn).data().toString(),
        QStringLiteral("Entschlüsseln mit jedem KMS-Schlüssel"));
    QCOMPARE(model.index(trust, FindingsModel::TitleColumn).data().toString(),
        QStringLiteral("Schwache oder erratbare External ID"));
    const Finding* finding = model.finding(kms);
    QVERIFY(finding);
    QVERIFY(finding->rationale.startsWith(QStringLiteral("kms:Decrypt oder kms:ReEncryptFrom auf jedem Schlüssel")));
    QVERIFY(finding->mitigation.startsWith(QStringLiteral("Beschränken Sie die Aktionen")));
    // The rule's rationale and the analysis's own German sentence after it.
    QVERIFY2(model.finding(trust)->rationale.startsWith(QStringLiteral("Die External ID schützt nur dann")),
        qPrintable(model.finding(trust)->rationale));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
