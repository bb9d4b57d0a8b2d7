// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundaryComposer.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "policy/PolicyParser.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace grantscope;
using namespace grantscope::ui;

class TestBoundaryComposer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mitigateThenDenyOnAnInstance();
    void mitigationButtonsOnlyForSeriousFindings();
    void denyWhenATagSaysProduction();
    void selectingAServiceProposesItForTheDeny();
    void importKeptBoundary();

private:
    std::shared_ptr<const Review> m_sample; // read once: every test starts from the same package
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

// The composer on screen over a package, as a reviewer opens it.
struct OnScreen {
    ReviewDocument document;
    BoundaryComposer composer { &document };
    bool exposed = false;

    explicit OnScreen(std::shared_ptr<const Review> review)
    {
        composer.resize(1300, 820);
        composer.show();
        exposed = QTest::qWaitForWindowExposed(&composer);
        document.setReview(std::move(review));
    }
};

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace

void TestBoundaryComposer::initTestCase()
{
    m_sample = loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {});
}

void TestBoundaryComposer::mitigateThenDenyOnAnInstance()
{
    OnScreen screen(m_sample);
    QVERIFY(screen.exposed);
    ReviewDocument& document = screen.document;
    BoundaryComposer& composer = screen.composer;
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
    // The list holds every deny: the mitigation's and the one just added, last.
    auto* denies = child<QListView>(&composer, "denyOnList")->model();
    QTRY_VERIFY(denies->rowCount() >= 2);
    QVERIFY(denies->index(denies->rowCount() - 1, 0).data().toString().contains(QLatin1String(kInstance)));

    const SemanticDiff& diff = document.boundary()->diff;
    const ActionDiff* decrypt = actionDiff(diff, "kms:Decrypt");
    QVERIFY(decrypt);
    QVERIFY(decrypt->before);
    QVERIFY(!decrypt->after);
    const ActionDiff* stop = actionDiff(diff, "ec2:StopInstances");
    QVERIFY(stop);
    QVERIFY(stop->after);
    QCOMPARE(stop->resourcesDenied, std::vector<std::string> { kInstance });
    QVERIFY(!stop->resourcesKept.empty());
    const BoundaryDraft edited = document.boundaryDraft();

    // The preview is the boundary as it would be saved, and reads back as a policy.
    const QString json = child<QPlainTextEdit>(&composer, "boundaryJson")->toPlainText();
    QVERIFY(json.contains(QLatin1String(kInstance)));
    Diagnostics diagnostics;
    const auto parsed = PolicyParser::parseJson(
        json.toStdString(), PolicyKind::Boundary, QStringLiteral("preview"), "preview", diagnostics);
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
    document.setReview(m_sample);
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

void TestBoundaryComposer::denyWhenATagSaysProduction()
{
    OnScreen screen(m_sample);
    QVERIFY(screen.exposed);
    ReviewDocument& document = screen.document;
    BoundaryComposer& composer = screen.composer;

    auto* actions = child<QLineEdit>(&composer, "conditionActions");
    auto* key = child<QComboBox>(&composer, "conditionKey");
    auto* op = child<QComboBox>(&composer, "conditionOperator");
    auto* values = child<QLineEdit>(&composer, "conditionValues");
    auto* add = child<QPushButton>(&composer, "addConditionalDeny");
    auto* error = child<QLabel>(&composer, "conditionError");
    child<QTabWidget>(&composer, "denyTabs")->setCurrentIndex(1);

    // An operator IAM does not know is refused with a reason, and nothing changes.
    QTest::keyClicks(actions, QStringLiteral("ec2:StopInstances, ec2:TerminateInstances"));
    op->setCurrentText(QStringLiteral("StringEqualz"));
    QTest::keyClicks(values, QStringLiteral("production"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("StringEqualz")));
    QVERIFY(document.boundaryDraft().conditionalDenies.empty());

    key->setCurrentText(QStringLiteral("aws:ResourceTag/env"));
    op->setCurrentText(QStringLiteral("StringEquals"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QCOMPARE(document.boundaryDraft().conditionalDenies.size(), size_t(1));
    const ConditionalDeny& deny = document.boundaryDraft().conditionalDenies.front();
    QCOMPARE(deny.actions, (std::vector<std::string> { "ec2:StopInstances", "ec2:TerminateInstances" }));
    QCOMPARE(deny.condition.key, std::string("aws:ResourceTag/env"));
    QCOMPARE(deny.condition.values, std::vector<std::string> { "production" });
    // The policy carries the condition; the list shows the deny.
    const QString json = child<QPlainTextEdit>(&composer, "boundaryJson")->toPlainText();
    QVERIFY(json.contains(QStringLiteral("\"aws:ResourceTag/env\": \"production\"")));
    auto* list = child<QListView>(&composer, "denyOnList");
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("ec2:StopInstances")));
    // A request without the tag is not denied: stop/terminate survive (on untagged instances).
    const SemanticDiff& diff = document.boundary()->diff;
    QVERIFY(actionDiff(diff, "ec2:StopInstances")->after);

    // Removing it from the list is one undoable step.
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(&composer, "removeDenyOn"), Qt::LeftButton);
    QVERIFY(document.boundaryDraft().conditionalDenies.empty());
    document.undoStack()->undo();
    QCOMPARE(document.boundaryDraft().conditionalDenies.size(), size_t(1));
}

void TestBoundaryComposer::selectingAServiceProposesItForTheDeny()
{
    OnScreen screen(m_sample);
    QVERIFY(screen.exposed);
    ReviewDocument& document = screen.document;
    BoundaryComposer& composer = screen.composer;
    auto* tree = child<QTreeView>(&composer, "boundaryTree");
    auto* action = child<QLineEdit>(&composer, "denyOnAction");
    const QAbstractItemModel* model = tree->model();
    QModelIndex ec2;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == QStringLiteral("ec2"))
            ec2 = model->index(r, 0);
    QVERIFY(ec2.isValid());
    // Click the ec2 row, paste the instance ARN, add: ec2:* is denied on that instance.
    tree->scrollTo(ec2);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(ec2).center());
    QCOMPARE(action->text(), QStringLiteral("ec2:*"));
    QTest::keyClicks(child<QLineEdit>(&composer, "denyOnArn"), QString::fromLatin1(kInstance));
    QTest::mouseClick(child<QPushButton>(&composer, "addDenyOn"), Qt::LeftButton);
    QCOMPARE(document.boundaryDraft().arnDenies.size(), size_t(1));
    QCOMPARE(document.boundaryDraft().arnDenies.front().action, std::string("ec2:*"));
    QCOMPARE(document.boundaryDraft().arnDenies.front().arn, std::string(kInstance));

    // What the reviewer typed is kept when another row is selected.
    action->setText(QStringLiteral("ec2:Stop*"));
    tree->setCurrentIndex(model->index(0, 0) == ec2 ? model->index(1, 0) : model->index(0, 0));
    QCOMPARE(action->text(), QStringLiteral("ec2:Stop*"));
}

void TestBoundaryComposer::importKeptBoundary()
{
    OnScreen screen(m_sample);
    QVERIFY(screen.exposed);
    ReviewDocument& document = screen.document;
    BoundaryComposer& composer = screen.composer;
    const BoundaryDraft original = document.boundaryDraft();
    const int steps = document.undoStack()->count();
    QTemporaryDir dir;
    auto write = [&](const char* name, const QByteArray& text) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        f.write(text);
        return f.fileName();
    };

    // A boundary kept in the account's CloudFormation, as a platform team writes one.
    const QString kept = write("vendor-boundary.yaml", R"(AWSTemplateFormatVersion: '2010-09-09'
Resources:
  VendorBoundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: AcmeVendorBoundary
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: AllowAll
            Effect: Allow
            Action: '*'
            Resource: '*'
          - Sid: NoKeys
            Effect: Deny
            Action: [kms:Decrypt, kms:CreateGrant]
            Resource: '*'
          - Sid: NotThisInstance
            Effect: Deny
            Action: ec2:*
            Resource: arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0
)");
    QCOMPARE(composer.importBoundaryFile(kept), QString());
    const BoundaryDraft& draft = document.boundaryDraft();
    QCOMPARE(draft.base, BoundaryBase::AllowAll);
    QCOMPARE(draft.deniedActions, (std::vector<std::string> { "kms:Decrypt", "kms:CreateGrant" }));
    QCOMPARE(draft.arnDenies, (std::vector<ArnDeny> { { "ec2:*", kInstance } }));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QVERIFY(document.undoStack()->undoText().contains(QStringLiteral("vendor-boundary.yaml")));
    const ActionDiff* decrypt = actionDiff(document.boundary()->diff, "kms:Decrypt");
    QVERIFY(decrypt && decrypt->before && !decrypt->after);
    QTRY_VERIFY(child<QListView>(&composer, "denyOnList")->model()->rowCount() >= 3);

    // One step back is the draft before the import.
    document.undoStack()->undo();
    QVERIFY(document.boundaryDraft() == original);
    document.undoStack()->redo();

    // A boundary the composer cannot hold is refused with its place, and nothing changes.
    const BoundaryDraft imported = document.boundaryDraft();
    const QString conditional = write("region-boundary.json", R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "OnlyIreland", "Effect": "Allow", "Action": "*", "Resource": "*",
     "Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"}}}
  ]
})");
    const QString problems = composer.importBoundaryFile(conditional);
    QVERIFY2(problems.contains(QStringLiteral("region-boundary.json:4:")), qPrintable(problems));
    QVERIFY(problems.contains(QStringLiteral("OnlyIreland")));
    QVERIFY(document.boundaryDraft() == imported);
    QVERIFY(!composer.importBoundaryFile(dir.filePath(QStringLiteral("missing.json"))).isEmpty());
    QCOMPARE(document.undoStack()->count(), steps + 1);
}

QTEST_MAIN(TestBoundaryComposer)
#include "tst_boundarycomposer.moc"
