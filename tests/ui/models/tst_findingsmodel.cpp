// SPDX-License-Identifier: GPL-3.0-or-later
// FindingsModel over real analyses: the sample onboarding template and the fixture policies.
#include "document/ReviewDocument.h"
#include "models/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <set>

using namespace grantscope;
using namespace grantscope::ui;

class TestFindingsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void sampleFindings();
    void locationsPointAtTheText();
    void decorationAndToolTips();
    void toolTipsEscapePackageText();
    void editDecisionAndNote();
    void invalidEdits();
    void followsTheDocument();
    void conditionalMarkAndSubjectKind();

private:
    std::shared_ptr<const Review> m_sample;
    std::shared_ptr<const Review> m_fixtures;
};

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");

int rowOf(const FindingsModel& model, const char* rule)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, FindingsModel::RuleColumn).data().toString() == QLatin1String(rule))
            return row;
    return -1;
}

QString text(const FindingsModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

QString sourceLine(const QString& path, int line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    return line >= 1 && line <= lines.size() ? QString::fromUtf8(lines[line - 1]) : QString();
}

} // namespace

void TestFindingsModel::initTestCase()
{
    m_sample = loadSharedReview({ kSample }, {});
    m_fixtures = loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/policies") }, {});
    QVERIFY(!m_sample->analysis.findings.empty());
    QVERIFY(!m_fixtures->analysis.findings.empty());
}

void TestFindingsModel::passesModelTester()
{
    ReviewDocument document;
    FindingsModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    document.setReview(m_sample);
    QCOMPARE(model.rowCount(), static_cast<int>(m_sample->analysis.findings.size()));
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    document.setVerdict(0, { FindingDecision::ToMitigate, QStringLiteral("boundary") });
    QVERIFY(model.setData(model.index(1, FindingsModel::NoteColumn), QStringLiteral("checked")));
    document.setReview(m_fixtures);
    QCOMPARE(model.rowCount(), static_cast<int>(m_fixtures->analysis.findings.size()));
    document.setReview(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsModel::sampleFindings()
{
    ReviewDocument document;
    document.setReview(m_sample);
    FindingsModel model(&document);
    QCOMPARE(model.rowCount(), 12);

    // kms:Decrypt on every key without a narrowing condition is critical.
    const int kms = rowOf(model, "kms-decrypt-any-key");
    QVERIFY(kms >= 0);
    QCOMPARE(model.index(kms, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(text(model, kms, FindingsModel::SeverityColumn), severityName(Severity::Critical));
    QCOMPARE(text(model, kms, FindingsModel::TitleColumn), QStringLiteral("Decrypt with any KMS key"));
    QCOMPARE(text(model, kms, FindingsModel::SubjectColumn), QStringLiteral("AcmeObservabilityIntegration"));
    QCOMPARE(text(model, kms, FindingsModel::ActionsColumn), QStringLiteral("1: kms:decrypt"));
    QCOMPARE(text(model, kms, FindingsModel::ResourcesColumn), QStringLiteral("*"));
    QCOMPARE(text(model, kms, FindingsModel::LocationColumn), QStringLiteral("acme-observability-onboarding.yaml:70"));
    QCOMPARE(text(model, kms, FindingsModel::DecisionColumn), QStringLiteral("Open"));
    QCOMPARE(model.index(kms, 0).data(FindingsModel::CategoryRole).toString(), QStringLiteral("decryption"));
    QCOMPARE(model.index(kms, 3).data(FindingsModel::FindingIndexRole).toInt(), kms);
    QCOMPARE(model.index(kms, 0).data(FindingsModel::ActionCountRole).toInt(), 1);
    const Finding* finding = model.finding(kms);
    QVERIFY(finding);
    QCOMPARE(finding->evidence.size(), size_t(1));
    QCOMPARE(finding->evidence[0].sid, std::string("EncryptedLogArchive"));
    QCOMPARE(finding->evidence[0].policy, std::string("AcmeTelemetryRead"));

    const int weak = rowOf(model, "trust-weak-external-id");
    QVERIFY(weak >= 0);
    QCOMPARE(model.index(weak, 0).data(FindingsModel::CategoryRole).toString(), QStringLiteral("trust"));
    QCOMPARE(model.index(weak, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Medium));
    QVERIFY(model.finding(weak)->rationale.contains(QStringLiteral("acme-1234"))); // the template's default

    // A write grant spanning four actions shows the count and the first three.
    const int write = rowOf(model, "infrastructure-write");
    QVERIFY(write >= 0);
    QCOMPARE(text(model, write, FindingsModel::ActionsColumn),
        QStringLiteral("4: ec2:startinstances, ec2:stopinstances, kms:creategrant, …"));
    QCOMPARE(model.index(write, 0).data(FindingsModel::ActionCountRole).toInt(), 4);

    // Rows follow the analysis order: highest severity first.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, 0).data(FindingsModel::SeverityRole).toInt()
            >= model.index(row, 0).data(FindingsModel::SeverityRole).toInt());
    QCOMPARE(model.headerData(FindingsModel::LocationColumn, Qt::Horizontal).toString(), QStringLiteral("Location"));
}

void TestFindingsModel::locationsPointAtTheText()
{
    ReviewDocument document;
    document.setReview(m_sample);
    FindingsModel model(&document);
    struct Expect {
        const char* rule;
        int line;
        const char* at; // the text the column points at
    };
    for (const Expect& e :
        { Expect { "kms-decrypt-any-key", 70, "kms:Decrypt" }, Expect { "kms-key-control", 71, "kms:CreateGrant" },
            Expect { "disruption-compute", 97, "ec2:StopInstances" },
            Expect { "trust-weak-external-id", 46, "sts:ExternalId: !Ref ExternalId" },
            Expect { "data-read-objects", 77, "s3:GetObject" } }) {
        const int row = rowOf(model, e.rule);
        QVERIFY2(row >= 0, e.rule);
        const QModelIndex index = model.index(row, FindingsModel::LocationColumn);
        QCOMPARE(index.data(FindingsModel::FileRole).toString(), kSample);
        QCOMPARE(index.data(FindingsModel::LineRole).toInt(), e.line);
        const QString line = sourceLine(kSample, e.line);
        const int column = index.data(FindingsModel::ColumnRole).toInt();
        QVERIFY2(column > 0 && line.mid(column - 1).startsWith(QLatin1String(e.at)),
            qPrintable(QStringLiteral("%1: \"%2\" at column %3").arg(QLatin1String(e.rule), line).arg(column)));
    }
}

void TestFindingsModel::decorationAndToolTips()
{
    ReviewDocument document;
    document.setReview(m_fixtures);
    FindingsModel model(&document);
    std::set<QRgb> colours;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant decoration = model.index(row, FindingsModel::SeverityColumn).data(Qt::DecorationRole);
        QVERIFY(decoration.canConvert<QIcon>());
        const QImage image = decoration.value<QIcon>().pixmap(16, 16).toImage();
        QVERIFY(!image.isNull());
        colours.insert(image.pixel(8, 8));
        QVERIFY(!model.index(row, FindingsModel::RuleColumn).data(Qt::DecorationRole).isValid());
    }
    // The fixtures have critical, high, medium, low and info findings: five distinct dots.
    QCOMPARE(colours.size(), size_t(5));
    for (Severity s : { Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical }) {
        const QColor c = FindingsModel::severityColor(s);
        // Neither too dark for a dark palette nor too light for a light one.
        QVERIFY2(c.lightnessF() > 0.3 && c.lightnessF() < 0.7, severityKey(s));
    }

    const int row = rowOf(model, "kms-decrypt-any-key");
    const QString tip = text(model, row, FindingsModel::SeverityColumn, Qt::ToolTipRole);
    QVERIFY(tip.contains(model.finding(row)->rationale.left(40).toHtmlEscaped()));
    QVERIFY(tip.contains(model.finding(row)->mitigation.left(40).toHtmlEscaped()));
    QVERIFY(text(model, row, FindingsModel::LocationColumn, Qt::ToolTipRole)
                .contains(QStringLiteral("cost-optimizer-overprivileged.json:14")));
}

void TestFindingsModel::toolTipsEscapePackageText()
{
    auto review = std::make_shared<Review>();
    Finding f;
    f.rule = "custom";
    f.title = QStringLiteral("<b>bold</b>");
    f.rationale = QStringLiteral("<img src=\"https://example.com/x.png\"> & more");
    f.mitigation = QStringLiteral("<a href=\"x\">click</a>");
    f.actions = { "s3:<script>" };
    f.resources = { "arn:aws:s3:::<b>bucket</b>" };
    f.file = QStringLiteral("<evil>.json");
    review->analysis.findings.push_back(f);
    ReviewDocument document;
    document.setReview(review);
    FindingsModel model(&document);
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString tip = text(model, 0, column, Qt::ToolTipRole);
        QVERIFY2(!tip.contains(QLatin1String("<img")) && !tip.contains(QLatin1String("<a "))
                && !tip.contains(QLatin1String("<script")) && !tip.contains(QLatin1String("<b>bucket"))
                && !tip.contains(QLatin1String("<evil")),
            qPrintable(tip));
    }
    QVERIFY(text(model, 0, FindingsModel::SeverityColumn, Qt::ToolTipRole).contains(QStringLiteral("&lt;img")));
    QCOMPARE(text(model, 0, FindingsModel::TitleColumn), QStringLiteral("<b>bold</b>")); // display text is plain
}

void TestFindingsModel::editDecisionAndNote()
{
    ReviewDocument document;
    document.setReview(m_sample);
    FindingsModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = rowOf(model, "kms-decrypt-any-key");
    const QModelIndex decision = model.index(row, FindingsModel::DecisionColumn);
    QVERIFY(model.flags(decision) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(row, FindingsModel::NoteColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(row, FindingsModel::RuleColumn)) & Qt::ItemIsEditable));
    QCOMPARE(decision.data(Qt::EditRole).toInt(), int(FindingDecision::Open));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy verdicts(&document, &ReviewDocument::verdictChanged);
    QVERIFY(model.setData(decision, int(FindingDecision::AcceptedRisk)));
    QCOMPARE(verdicts.size(), 1);
    QCOMPARE(verdicts.at(0).at(0).toInt(), row);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), FindingsModel::ColumnCount - 1);
    QCOMPARE(document.verdict(row).decision, FindingDecision::AcceptedRisk);
    QCOMPARE(decision.data().toString(), QStringLiteral("Accepted risk"));
    QCOMPARE(decision.data(Qt::EditRole).toInt(), int(FindingDecision::AcceptedRisk));
    QCOMPARE(decision.data(FindingsModel::DecisionRole).toInt(), int(FindingDecision::AcceptedRisk));

    QVERIFY(model.setData(model.index(row, FindingsModel::NoteColumn), QStringLiteral("only our log archive key")));
    QCOMPARE(document.verdict(row).note, QStringLiteral("only our log archive key"));
    QCOMPARE(document.verdict(row).decision, FindingDecision::AcceptedRisk); // the note keeps the decision
    QCOMPARE(text(model, row, FindingsModel::NoteColumn), QStringLiteral("only our log archive key"));
    QCOMPARE(text(model, row + 1, FindingsModel::NoteColumn), QString());
}

void TestFindingsModel::invalidEdits()
{
    ReviewDocument document;
    document.setReview(m_sample);
    FindingsModel model(&document);
    QSignalSpy verdicts(&document, &ReviewDocument::verdictChanged);
    QVERIFY(!model.setData(model.index(0, FindingsModel::DecisionColumn), 7));
    QVERIFY(!model.setData(model.index(0, FindingsModel::DecisionColumn), -1));
    QVERIFY(!model.setData(model.index(0, FindingsModel::DecisionColumn), QStringLiteral("Accepted risk")));
    QVERIFY(!model.setData(model.index(0, FindingsModel::RuleColumn), QStringLiteral("other")));
    QVERIFY(!model.setData(model.index(0, FindingsModel::NoteColumn), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(!model.setData(QModelIndex(), 1));
    QCOMPARE(verdicts.size(), 0);
}

void TestFindingsModel::followsTheDocument()
{
    ReviewDocument document;
    FindingsModel model(&document);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    document.setReview(m_sample);
    QCOMPARE(reset.size(), 1);
    document.setVerdict(2, { FindingDecision::FalsePositive, QStringLiteral("vendor owns the key") });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(text(model, 2, FindingsModel::DecisionColumn), QStringLiteral("False positive"));
    document.setVerdict(500, {}); // no such finding: no signal with an invalid index
    QCOMPARE(changed.size(), 1);
    document.setReview(m_fixtures);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(text(model, 2, FindingsModel::DecisionColumn), QStringLiteral("Open")); // verdicts belong to a review
}

namespace {

int findingRow(const FindingsModel& model, const char* rule, const char* subject)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const Finding* f = model.finding(row);
        if (f->rule == rule && f->subject == subject)
            return row;
    }
    return -1;
}

} // namespace

// A grant created only under a template condition is marked in its own column (text, tooltip naming the
// condition, italics) and keeps its severity; the same kind of grant on an always-created role is not marked.
void TestFindingsModel::conditionalMarkAndSubjectKind()
{
    ReviewDocument document;
    FindingsModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    document.setReview(loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/conditional/extras.yaml") }, {}));
    QCOMPARE(model.headerData(FindingsModel::ConditionColumn, Qt::Horizontal).toString(), QStringLiteral("Condition"));

    const int passRole = findingRow(model, "privesc-passrole-ec2", "PellucidRestoreTesting");
    QVERIFY(passRole >= 0);
    const QModelIndex mark = model.index(passRole, FindingsModel::ConditionColumn);
    QCOMPARE(mark.data().toString(), QStringLiteral("conditional"));
    QVERIFY(mark.data(Qt::FontRole).value<QFont>().italic());
    const QString tip = mark.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Conditional: only when EnableRestoreTesting=true")), qPrintable(tip));
    QVERIFY(mark.data(FindingsModel::ConditionRole).toString().startsWith(QStringLiteral("only when")));
    // The grant keeps its own severity: the condition does not lower it.
    QVERIFY(mark.data(FindingsModel::SeverityRole).toInt() >= int(Severity::High));
    QCOMPARE(mark.data(FindingsModel::SubjectKindRole).toString(), QStringLiteral("role"));
    QVERIFY(mark.data(FindingsModel::SearchTextRole).toString().contains(QStringLiteral("EnableRestoreTesting")));

    // The benign twin: the trust of the always-created backup role.
    const int trust = findingRow(model, "trust-root-principal", "PellucidBackup");
    QVERIFY(trust >= 0);
    QVERIFY(model.index(trust, FindingsModel::ConditionColumn).data().toString().isEmpty());
    QVERIFY(!model.index(trust, FindingsModel::ConditionColumn).data(Qt::ToolTipRole).isValid());
    QVERIFY(model.index(trust, 0).data(FindingsModel::ConditionRole).toString().isEmpty());

    // A user's finding names its kind in the subject's tooltip; a not-reviewed part is flagged.
    document.setReview(loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml") }, {}));
    int userRow = -1;
    int notReviewed = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.finding(row)->subject == "quillstack-legacy-agent" && userRow < 0)
            userRow = row;
        if (model.index(row, 0).data(FindingsModel::NotReviewedRole).toBool())
            notReviewed = row;
    }
    QVERIFY(userRow >= 0);
    QCOMPARE(model.index(userRow, 0).data(FindingsModel::SubjectKindRole).toString(), QStringLiteral("user"));
    QVERIFY(model.index(userRow, FindingsModel::SubjectColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("IAM user")));
    QCOMPARE(model.index(userRow, FindingsModel::ConditionColumn).data().toString(), QStringLiteral("conditional"));
    QVERIFY(notReviewed >= 0);
    QCOMPARE(model.finding(notReviewed)->rule, std::string("package-unreviewed"));
}

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
