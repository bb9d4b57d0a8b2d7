// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled translations reach the texts at run time: the context each text is looked up under is
// the context lupdate filed it under, for texts of the engine (free functions, helper classes) as well
// as of the widgets.
#include "boundary/BoundaryEdit.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "graph/AccessGraph.h"
#include "report/ReviewReport.h"
#include "review/ReviewSession.h"

#include <QTest>
#include <QTranslator>

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
    QVERIFY(html.find("Übersicht") != std::string::npos);
    QVERIFY(html.find("Was das Paket anfordert") != std::string::npos);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
