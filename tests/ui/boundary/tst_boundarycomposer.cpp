// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ReviewDocument.h"
#include "boundary/BoundaryComposer.h"
#include "catalog/Catalog.h"
#include "policy/PolicyParser.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QRegularExpression>
#include <QTreeView>

#include <algorithm>

using namespace grantscope;
using namespace grantscope::ui;

class TestBoundaryComposer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mitigateThenDenyOnAnInstance();
    void mitigationButtonsOnlyForSeriousFindings();
};

namespace {

const char* const kInstance = "arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0";

const ActionDiff* actionDiff(const SemanticDiff& diff, const char* name)
{
    const int index = Catalog::bundled().findAction(name);
    for (const ActionDiff& a : diff.actions)
        if (a.action == index)
            return &a;
    return nullptr;
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace

void TestBoundaryComposer::mitigateThenDenyOnAnInstance()
{
    ReviewDocument document;
    BoundaryComposer composer(&document);
    composer.resize(1300, 820);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    document.setReview(loadReview(
        {QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml")}, {}));
    const BoundaryDraft original = document.boundaryDraft();

    auto* mitigate = child<QPushButton>(&composer, "mitigate-kms-decrypt-any-key");
    QVERIFY(mitigate);
    QVERIFY(mitigate->isEnabled());
    QTest::mouseClick(mitigate, Qt::LeftButton);
    QTRY_VERIFY(!mitigate->isEnabled());

    auto* action = child<QLineEdit>(&composer, "denyOnAction");
    auto* arn = child<QLineEdit>(&composer, "denyOnArn");
    QTest::keyClicks(action, QStringLiteral("ec2:*"));
    QTest::keyClicks(arn, QString::fromLatin1(kInstance));
    QTest::mouseClick(child<QPushButton>(&composer, "addDenyOn"), Qt::LeftButton);
    QTRY_COMPARE(child<QListView>(&composer, "denyOnList")->model()->rowCount(), 1);

    const SemanticDiff& diff = document.boundary()->diff;
    const ActionDiff* decrypt = actionDiff(diff, "kms:Decrypt");
    QVERIFY(decrypt);
    QVERIFY(decrypt->before);
    QVERIFY(!decrypt->after);
    const ActionDiff* stop = actionDiff(diff, "ec2:StopInstances");
    QVERIFY(stop);
    QVERIFY(stop->after);
    QCOMPARE(stop->resourcesDenied, std::vector<std::string>{kInstance});
    QVERIFY(!stop->resourcesKept.empty());
    const BoundaryDraft edited = document.boundaryDraft();

    // The preview is the boundary as it would be saved, and reads back as a policy.
    const QString json = child<QPlainTextEdit>(&composer, "boundaryJson")->toPlainText();
    QVERIFY(json.contains(QLatin1String(kInstance)));
    Diagnostics diagnostics;
    const auto parsed = PolicyParser::parseJson(json.toStdString(), PolicyKind::Boundary, QStringLiteral("preview"),
                                                "preview", diagnostics);
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.policy.statements.size(), document.boundary()->compacted.policy.statements.size());
    QVERIFY(child<QLabel>(&composer, "boundarySize")->text().contains(QStringLiteral("6,144")));

    composer.grab().save(QStringLiteral("/tmp/composer.png"));

    auto* undo = child<QPushButton>(&composer, "boundaryUndo");
    auto* redo = child<QPushButton>(&composer, "boundaryRedo");
    QTest::mouseClick(undo, Qt::LeftButton);
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_VERIFY(document.boundaryDraft() == original);
    QVERIFY(!undo->isEnabled());
    QVERIFY(mitigate->isEnabled());
    QTest::mouseClick(redo, Qt::LeftButton);
    QTest::mouseClick(redo, Qt::LeftButton);
    QTRY_VERIFY(document.boundaryDraft() == edited);
    QVERIFY(!redo->isEnabled());
    QVERIFY(!actionDiff(document.boundary()->diff, "kms:Decrypt")->after);
}

void TestBoundaryComposer::mitigationButtonsOnlyForSeriousFindings()
{
    ReviewDocument document;
    BoundaryComposer composer(&document);
    document.setReview(loadReview(
        {QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml")}, {}));
    const auto buttons = composer.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^mitigate-")));
    QVERIFY(!buttons.isEmpty());
    const auto& findings = document.review()->analysis.findings;
    for (QPushButton* b : buttons) {
        const std::string rule = b->objectName().mid(9).toStdString();
        QVERIFY2(std::any_of(findings.begin(), findings.end(),
                             [&](const Finding& f) { return f.rule == rule && f.severity >= Severity::High; }),
                 qPrintable(b->objectName()));
    }
}

QTEST_MAIN(TestBoundaryComposer)
#include "tst_boundarycomposer.moc"
