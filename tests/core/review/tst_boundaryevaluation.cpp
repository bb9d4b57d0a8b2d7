// SPDX-License-Identifier: GPL-3.0-or-later
// A package opens with the draft "allow everything, deny nothing": its evaluation takes the review's
// baseline instead of comparing the package again, and that must be exactly what the comparison gives.
#include "boundary/BoundaryDraft.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "review/BoundaryEvaluation.h"
#include "review/Review.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

class TestBoundaryEvaluation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void allowEverythingIsTheBaseline_data();
    void allowEverythingIsTheBaseline();
    void anyDenyIsCompared();
};

void TestBoundaryEvaluation::allowEverythingIsTheBaseline_data()
{
    QTest::addColumn<QStringList>("policies"); // managed policies written one file each; empty: the sample
    QTest::newRow("sample onboarding template") << QStringList();
    QTest::newRow("AdministratorAccess") << QStringList { QStringLiteral("AdministratorAccess") };
    QTest::newRow("NotAction, conditions and resource scopes") << QStringList { QStringLiteral("PowerUserAccess"),
        QStringLiteral("AmazonS3ReadOnlyAccess"), QStringLiteral("AWSLambda_FullAccess"),
        QStringLiteral("AmazonEC2ContainerRegistryPowerUser"), QStringLiteral("AWSKeyManagementServicePowerUser") };
}

void TestBoundaryEvaluation::allowEverythingIsTheBaseline()
{
    QFETCH(QStringList, policies);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList paths;
    for (const QString& name : policies) {
        const ManagedPolicyEntry* entry = ManagedPolicyStore::bundled().find(name.toStdString());
        QVERIFY2(entry, qPrintable(name));
        QFile file(dir.filePath(name + QStringLiteral(".json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(entry->document.data(), static_cast<qint64>(entry->document.size()));
        paths << file.fileName();
    }
    if (paths.isEmpty())
        paths << QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
    const Review review = loadReview(paths);
    QVERIFY(!review.expansions.empty());

    const BoundaryDraft draft;
    const BoundaryEvaluation eval = evaluateBoundary(review, draft);
    const SemanticDiff compared = evaluatePackage(review, &eval.policy, ConditionChoice::NoContextKeys);
    QVERIFY(eval.diff == compared);
    QVERIFY(eval.diff == review.baseline);
    QVERIFY(!eval.diff.actions.empty());
}

void TestBoundaryEvaluation::anyDenyIsCompared()
{
    const Review review
        = loadReview({ QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") });
    BoundaryDraft draft;
    draft.deniedActions = { "kms:Decrypt" };
    const BoundaryEvaluation eval = evaluateBoundary(review, draft);
    QVERIFY(!(eval.diff == review.baseline));
    QVERIFY(eval.diff == evaluatePackage(review, &eval.policy, ConditionChoice::NoContextKeys));
    const int decrypt = Catalog::bundled().findAction("kms:Decrypt");
    QVERIFY(eval.diff.removed().test(decrypt));
}

QTEST_GUILESS_MAIN(TestBoundaryEvaluation)
#include "tst_boundaryevaluation.moc"
