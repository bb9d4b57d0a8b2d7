// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a package reports how far it has come, stage by stage, and stops when the caller says so: the
// window shows the figures and its Cancel stops the worker instead of letting it run to the end.
#include "common/Progress.h"
#include "review/Review.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <vector>

using namespace grantscope;

class TestLoadProgress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stagesInOrderWithTheirTotals();
    void resultUnchangedByProgress();
    void stopDuringEachStage_data();
    void stopDuringEachStage();
    void reviewDoesNotKeepTheCallback();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

struct Report {
    WorkStage stage;
    size_t done;
    size_t total;
};

// A vendor folder: one read-only role in a template, and standalone policies in the style of the
// permission sets vendors publish next to it.
const char* const kTemplate = R"(AWSTemplateFormatVersion: "2010-09-09"
Description: Example Corp monitoring role
Resources:
  ExampleMonitoringRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::210987654321:root" }
            Action: sts:AssumeRole
            Condition: { StringEquals: { "sts:ExternalId": "example-4c1d9e" } }
      ManagedPolicyArns: [ "arn:aws:iam::aws:policy/ReadOnlyAccess" ]
      Policies:
        - PolicyName: ReadKeys
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: [ "kms:Decrypt", "kms:DescribeKey" ]
                Resource: "*"
)";

QByteArray policy(int i)
{
    return QByteArrayLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject",)")
        + R"("s3:ListBucket"],"Resource":["arn:aws:s3:::example-export-)" + QByteArray::number(i)
        + R"(","arn:aws:s3:::example-export-)" + QByteArray::number(i) + R"(/*"]}]})";
}

} // namespace

void TestLoadProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile t(m_dir.filePath(QStringLiteral("monitoring-role.yaml")));
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(kTemplate);
    t.close();
    for (int i = 0; i < 40; ++i) {
        QFile p(m_dir.filePath(QStringLiteral("export-%1.json").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(policy(i));
    }
    m_files = 41;
}

void TestLoadProgress::stagesInOrderWithTheirTotals()
{
    std::vector<Report> reports;
    LoadOptions options;
    options.progress = [&](WorkStage stage, size_t done, size_t total) {
        reports.push_back({ stage, done, total });
        return true;
    };
    const Review review = loadReview({ m_dir.path() }, options);
    QVERIFY(!reports.empty());
    // Stages never go back; within one, `done` never decreases, never passes the total, and reaches it.
    for (size_t i = 1; i < reports.size(); ++i) {
        QVERIFY(static_cast<int>(reports[i].stage) >= static_cast<int>(reports[i - 1].stage));
        if (reports[i].stage == reports[i - 1].stage) {
            QVERIFY(reports[i].done >= reports[i - 1].done);
            QCOMPARE(reports[i].total, reports[i - 1].total);
        }
    }
    for (const Report& r : reports)
        QVERIFY(r.done <= r.total);
    auto last = [&](WorkStage stage) -> std::optional<Report> {
        std::optional<Report> found;
        for (const Report& r : reports)
            if (r.stage == stage)
                found = r;
        return found;
    };
    const std::optional<Report> reading = last(WorkStage::Reading);
    QVERIFY(reading);
    QCOMPARE(reading->total, size_t(m_files));
    QCOMPARE(reading->done, reading->total);
    const std::optional<Report> analysing = last(WorkStage::Analysing);
    QVERIFY(analysing);
    // The role and the 40 standalone policies.
    QCOMPARE(analysing->total, review.analysis.subjects.size());
    QCOMPARE(analysing->done, analysing->total);
    const std::optional<Report> comparing = last(WorkStage::Comparing);
    QVERIFY(comparing);
    // Every policy expanded (the role's two and the 40), then the package's own evaluation.
    QCOMPARE(review.expansions.size(), size_t(42));
    QCOMPARE(comparing->total, review.expansions.size() + 1);
    QCOMPARE(comparing->done, comparing->total);
}

void TestLoadProgress::resultUnchangedByProgress()
{
    LoadOptions options;
    options.progress = [](WorkStage, size_t, size_t) { return true; };
    const Review told = loadReview({ m_dir.path() }, options);
    const Review plain = loadReview({ m_dir.path() }, LoadOptions {});
    QCOMPARE(told.analysis.findings.size(), plain.analysis.findings.size());
    QVERIFY(told.granted == plain.granted);
    QCOMPARE(told.vendorActions, plain.vendorActions);
    QVERIFY(told.baseline.after == plain.baseline.after);
}

void TestLoadProgress::stopDuringEachStage_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("after");
    QTest::newRow("reading, at once") << int(WorkStage::Reading) << 0;
    QTest::newRow("reading, after ten files") << int(WorkStage::Reading) << 10;
    QTest::newRow("analysing") << int(WorkStage::Analysing) << 5;
    QTest::newRow("comparing, before the package's own evaluation")
        << int(WorkStage::Comparing) << 42; // the 42 policies are expanded, then the evaluation is refused
}

void TestLoadProgress::stopDuringEachStage()
{
    QFETCH(int, stage);
    QFETCH(int, after);
    int calls = 0;
    int seenInStage = 0;
    bool stopped = false;
    LoadOptions options;
    options.progress = [&](WorkStage s, size_t, size_t) {
        ++calls;
        if (stopped)
            return false;
        if (static_cast<int>(s) == stage && seenInStage++ >= after) {
            stopped = true;
            return false;
        }
        return true;
    };
    bool cancelled = false;
    try {
        (void)loadReview({ m_dir.path() }, options);
    } catch (const WorkCancelled&) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QVERIFY(stopped);
    // Nothing is asked after the refusal: the work stopped where it was told to.
    QCOMPARE(seenInStage, after + 1);
    QVERIFY(calls >= after + 1);
}

void TestLoadProgress::reviewDoesNotKeepTheCallback()
{
    int calls = 0;
    LoadOptions options;
    options.progress = [&](WorkStage, size_t, size_t) {
        ++calls;
        return true;
    };
    const Review review = loadReview({ m_dir.path() }, options);
    QVERIFY(calls > 0);
    // A review's options are reused to reload or compare the package later, with no one listening.
    QVERIFY(!review.options.progress);
}

QTEST_GUILESS_MAIN(TestLoadProgress)
#include "tst_loadprogress.moc"
