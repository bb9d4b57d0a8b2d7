// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/AccessLevel.h"
#include "dashboard/AccessLevelByServiceModel.h"
#include "document/ReviewDocument.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;
using Model = AccessLevelByServiceModel;

class TestAccessLevelByServiceModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeAccessFirst();
    void mostActionsRanking();
    void kmsHasWriteActions();
    void allServicesAddUpToTheGrantedActions();

private:
    ReviewDocument m_document;
};

void TestAccessLevelByServiceModel::initTestCase()
{
    m_document.setReview(loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") },
        LoadOptions {}));
}

namespace {

int changing(const Model& model, int row)
{
    return model.index(row, Model::WriteColumn).data().toInt()
        + model.index(row, Model::PermissionsManagementColumn).data().toInt()
        + model.index(row, Model::TaggingColumn).data().toInt();
}

} // namespace

void TestAccessLevelByServiceModel::writeAccessFirst()
{
    Model model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.ranking(), Model::Ranking::WriteAccessFirst);
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(model.serviceCount() > 12); // SecurityAudit reads across many services
    for (int row = 0; row < model.rowCount(); ++row) {
        const int total = model.index(row, Model::TotalColumn).data().toInt();
        QVERIFY(total > 0);
        int byLevel = 0;
        for (int c = Model::ListColumn; c <= Model::TaggingColumn; ++c)
            byLevel += model.index(row, c).data().toInt();
        QCOMPARE(byLevel, total);
        if (row > 0) {
            QVERIFY(changing(model, row) <= changing(model, row - 1));
            if (changing(model, row) == changing(model, row - 1))
                QVERIFY(total <= model.index(row - 1, Model::TotalColumn).data().toInt());
        }
    }
    // The vendor's own write grants are among the top rows.
    for (const char* service : { "kms", "ec2", "cloudwatch" })
        QVERIFY2(model.rowOf(QString::fromLatin1(service)) >= 0, service);
    QCOMPARE(model.headerData(Model::WriteColumn, Qt::Horizontal).toString(), accessLevelName(AccessLevel::Write));
    QCOMPARE(model.headerData(Model::PermissionsManagementColumn, Qt::Horizontal, Model::AccessLevelRole).toInt(),
        static_cast<int>(AccessLevel::PermissionsManagement));
    model.setLimit(3);
    QCOMPARE(model.rowCount(), 3);
}

void TestAccessLevelByServiceModel::mostActionsRanking()
{
    Model model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRanking(Model::Ranking::MostActions);
    QCOMPARE(model.rowCount(), 12);
    int previous = INT_MAX;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int total = model.index(row, Model::TotalColumn).data().toInt();
        QVERIFY(total <= previous);
        previous = total;
    }
}

void TestAccessLevelByServiceModel::kmsHasWriteActions()
{
    Model model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int kms = model.rowOf(QStringLiteral("kms"));
    QVERIFY(kms >= 0);
    // kms:Decrypt is Write; kms:CreateGrant is Permissions management.
    QVERIFY(model.index(kms, Model::WriteColumn).data().toInt() >= 1);
    QVERIFY(model.index(kms, Model::PermissionsManagementColumn).data().toInt() >= 1);
    QCOMPARE(model.index(kms, Model::ServiceColumn).data(Model::ServicePrefixRole).toString(), QStringLiteral("kms"));
}

void TestAccessLevelByServiceModel::allServicesAddUpToTheGrantedActions()
{
    Model model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLimit(100000);
    QCOMPARE(model.rowCount(), model.serviceCount());
    int sum = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        sum += model.index(row, Model::TotalColumn).data().toInt();
    int granted = 0;
    for (const SubjectSummary& s : m_document.review()->analysis.subjects)
        granted += s.grantedActions;
    QCOMPARE(sum, granted);
    m_document.setReview(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.serviceCount(), 0);
}

QTEST_MAIN(TestAccessLevelByServiceModel)
#include "tst_accesslevelbyservicemodel.moc"
