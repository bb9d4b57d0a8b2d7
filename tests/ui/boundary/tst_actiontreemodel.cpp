// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/ActionTreeModel.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace grantscope;
using namespace grantscope::ui;

class TestActionTreeModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void treeOfTheSample();
    void uncheckingAnActionDeniesIt();
    void uncheckingAServiceAllowsOnlyTheOthers();
    void administratorAccessStaysFast();
};

namespace {

std::shared_ptr<Review> sample()
{
    return loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {});
}

QModelIndex childNamed(const QAbstractItemModel& model, const QModelIndex& parent, const QString& name)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}

} // namespace

void TestActionTreeModel::treeOfTheSample()
{
    ReviewDocument document;
    ActionTreeModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    document.setReview(sample());
    QVERIFY(model.rowCount() > 5);
    const QModelIndex kms = childNamed(model, {}, QStringLiteral("kms"));
    QVERIFY(kms.isValid());
    QCOMPARE(kms.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(kms.data(ActionTreeModel::FindingCountRole).toInt() > 0);
    const QModelIndex decrypt = model.findAction(QStringLiteral("kms:decrypt"));
    QVERIFY(decrypt.isValid());
    QCOMPARE(decrypt.data().toString(), QStringLiteral("Decrypt"));
    QCOMPARE(decrypt.parent().parent(), kms);
    QCOMPARE(decrypt.siblingAtColumn(ActionTreeModel::EffectColumn).data().toString(), QStringLiteral("kept"));
}

void TestActionTreeModel::uncheckingAnActionDeniesIt()
{
    ReviewDocument document;
    document.setReview(sample());
    ActionTreeModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const BoundaryDraft original = document.boundaryDraft();
    const QModelIndex decrypt = model.findAction(QStringLiteral("kms:Decrypt"));
    QVERIFY(model.setData(decrypt, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(document.boundaryDraft().deniedActions, std::vector<std::string> { "kms:Decrypt" });
    QCOMPARE(decrypt.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(decrypt.siblingAtColumn(ActionTreeModel::EffectColumn).data().toString(), QStringLiteral("removed"));
    QCOMPARE(decrypt.parent().parent().data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    QVERIFY(model.setData(decrypt, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(document.boundaryDraft(), original);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.boundaryDraft(), original);
}

void TestActionTreeModel::uncheckingAServiceAllowsOnlyTheOthers()
{
    ReviewDocument document;
    document.setReview(sample());
    ActionTreeModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex ec2 = childNamed(model, {}, QStringLiteral("ec2"));
    QVERIFY(model.setData(ec2, Qt::Unchecked, Qt::CheckStateRole));
    const auto& services = document.boundaryDraft().allowedServices;
    QCOMPARE(static_cast<int>(services.size()), model.rowCount() - 1);
    QCOMPARE(ec2.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(ec2.data(ActionTreeModel::KeptRole).toInt(), 0);
    QVERIFY(model.setData(ec2, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(ec2.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
}

void TestActionTreeModel::administratorAccessStaysFast()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("admin.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})");
    file.close();
    ReviewDocument document;
    document.setReview(loadSharedReview({ path }, {}));
    ActionTreeModel model(&document);
    QVERIFY(model.rowCount() > 300);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(model.setData(model.findAction(QStringLiteral("kms:Decrypt")), Qt::Unchecked, Qt::CheckStateRole));
    const qint64 edit = timer.elapsed();
    qInfo("AdministratorAccess: evaluation %.1f ms, edit with tree refresh %lld ms", document.boundary()->milliseconds,
        static_cast<long long>(edit));
    QVERIFY2(document.boundary()->milliseconds < 250, "the draft evaluation must stay interactive");
}

QTEST_MAIN(TestActionTreeModel)
#include "tst_actiontreemodel.moc"
