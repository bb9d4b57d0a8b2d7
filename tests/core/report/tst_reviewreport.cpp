// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"
#include "policy/PolicyParser.h"
#include "report/Palette.h"
#include "report/ReviewReport.h"
#include "report/ReviewReportHtmlParts.h"
#include "review/BoundaryEvaluation.h"
#include "review/Review.h"
#include "review/ReviewSession.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace grantscope;

class TestReviewReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void longNamesGetPlacesToWrap_data();
    void longNamesGetPlacesToWrap();
    void initTestCase();
    void htmlHasEveryFinding();
    void htmlEscapesHostileStrings();
    void htmlIsSelfContained();
    void decisionsAndNotes();
    void boundarySection();
    void markdownSections();
    void conditionalDeniesListed();
    void notReviewedLeadsTheReport();
    void subjectKindsAndConditionalMarks();
    void recommendationAndSignOffUpFront();
    void boundaryChangesOnlyChangedServices();
    void packageFilesAndChanges();
    void pathsRelativeToThePackage();
    void everyPartIsOneBlock();

private:
    ReviewReport build(const Policy* boundary) const;

    ReviewSubject m_package;
    PackageAnalysis m_analysis;
    Review m_review;
    ReviewSession m_session;
};

namespace {

const char* const kHostile = R"json({
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "<script>alert(1)</script>", "Effect": "Allow", "Action": ["iam:*", "kms:Decrypt"], "Resource": "*" },
    { "Sid": "Quotes\"&'", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b<img src=x>/*" }
  ]
})json";

const QString kHostileName = QStringLiteral("vendor<script>alert(1)</script>\"&'.json");

QString html(const ReviewReport& r)
{
    return QString::fromStdString(reportToHtml(r));
}

QString escaped(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

} // namespace

void TestReviewReport::initTestCase()
{
    loadDocument(kHostileName, kHostile, {}, m_package);
    QVERIFY(!hasErrors(m_package.diagnostics));
    m_analysis = analyzePackage(m_package, Catalog::bundled(), RuleSet::bundled());
    QVERIFY(m_analysis.findings.size() >= 2);
    m_session.notes = QStringLiteral("General <b>note</b> & more");
    m_session.setVerdict(
        m_analysis.findings[0], { FindingDecision::AcceptedRisk, QStringLiteral("ok <i>by</i> CISO") });
    m_session.setVerdict(m_analysis.findings[1], { FindingDecision::FalsePositive, {} });
    m_review = makeReview({ kHostileName }, {}, m_package, m_analysis);
}

ReviewReport TestReviewReport::build(const Policy* boundary) const
{
    if (!boundary)
        return buildReviewReport(m_review, &m_session, nullptr);
    const BoundaryEvaluation eval = evaluateBoundary(m_review, *boundary, ConditionChoice::NoContextKeys);
    return buildReviewReport(m_review, &m_session, &eval);
}

void TestReviewReport::htmlHasEveryFinding()
{
    const QString text = html(build(nullptr));
    for (const Finding& f : m_analysis.findings)
        QVERIFY2(text.contains(escaped(f.title)), qPrintable(f.title));
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(text.contains(QStringLiteral("<svg")));
    QVERIFY(text.contains(QStringLiteral("aria-label=\"findings by severity\"")));
    QVERIFY(text.contains(QStringLiteral("aria-label=\"actions per service and access level\"")));
}

void TestReviewReport::htmlEscapesHostileStrings()
{
    const QString text = html(build(nullptr));
    QVERIFY(!text.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QStringLiteral("<b>note")));
    QVERIFY(!text.contains(QStringLiteral("<i>by")));
    QVERIFY(text.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(text.contains(QStringLiteral("Quotes&quot;&amp;&#39;")));
    QVERIFY(text.contains(QStringLiteral("ok &lt;i&gt;by&lt;/i&gt; CISO")));
}

void TestReviewReport::htmlIsSelfContained()
{
    const ReviewReport report = build(nullptr);
    std::set<QString> references;
    for (const ReportFinding& f : report.findings)
        for (const std::string& r : f.finding.references)
            references.insert(escaped(QString::fromStdString(r)));
    const QString text = html(report);
    static const QRegularExpression attribute(
        QStringLiteral("\\b(src|href)\\s*=\\s*\"([^\"]*)\""), QRegularExpression::CaseInsensitiveOption);
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString url = m.captured(2);
        QVERIFY2(url.startsWith(QLatin1Char('#')) || (m.captured(1) == QStringLiteral("href") && references.count(url)),
            qPrintable(m.captured(0)));
    }
    QVERIFY(!text.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QStringLiteral("url("), Qt::CaseInsensitive));
}

void TestReviewReport::decisionsAndNotes()
{
    const ReviewReport report = build(nullptr);
    QCOMPARE(report.findings[0].verdict, m_session.verdict(m_analysis.findings[0]));
    QCOMPARE(report.findings[0].verdict.decision, FindingDecision::AcceptedRisk);
    QCOMPARE(report.findings[0].verdict.note, QStringLiteral("ok <i>by</i> CISO"));
    QCOMPARE(report.byDecision[static_cast<size_t>(FindingDecision::FalsePositive)], 1);
    QCOMPARE(report.risk.excluded, 1);
    int total = 0;
    for (int n : report.bySeverity)
        total += n;
    QCOMPARE(total, int(m_analysis.findings.size()));
    QVERIFY(!report.hasBoundary);
}

void TestReviewReport::boundarySection()
{
    Diagnostics diagnostics;
    const auto boundary = PolicyParser::parseJson(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
            {"Sid":"NoDecrypt","Effect":"Deny","Action":"kms:Decrypt","Resource":"*"}]})",
        PolicyKind::Boundary, QStringLiteral("b.json"), "b", diagnostics);
    QVERIFY(boundary.ok);
    const ReviewReport report = build(&boundary.policy);
    QVERIFY(report.hasBoundary);
    QCOMPARE(report.before - report.after, 1);
    bool removed = false;
    for (const ReportServiceRow& s : report.services)
        if (s.service == "kms")
            removed = s.removed == std::vector<std::string> { "kms:Decrypt" };
    QVERIFY(removed);
    QCOMPARE(report.changedServices.size(), size_t(1));
    QCOMPARE(report.changedServices[0].service, std::string("kms"));
    const QString text = html(report);
    QVERIFY(text.contains(QStringLiteral("NoDecrypt")));
    QVERIFY(text.contains(QStringLiteral("kms:Decrypt")));
    QVERIFY(!text.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
}

void TestReviewReport::markdownSections()
{
    Diagnostics diagnostics;
    const auto boundary = PolicyParser::parseJson(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
            {"Effect":"Deny","Action":"kms:Decrypt","Resource":"*"}]})",
        PolicyKind::Boundary, QStringLiteral("b.json"), "b", diagnostics);
    const QString md = QString::fromStdString(reportToMarkdown(build(&boundary.policy)));
    for (const char* section :
        { "# GrantScope review report", "## Recommendation: **Reject**", "- Reviewer: ", "## Summary", "## Subjects",
            "## Findings", "## What the boundary changes", "### Boundary policy", "Risk score" })
        QVERIFY2(md.contains(QLatin1String(section)), section);
    static const QRegularExpression rawTag(QStringLiteral("(^|[^\\\\])<(script|img)"));
    QVERIFY(!md.contains(rawTag));
    QVERIFY(md.contains(QStringLiteral("Accepted risk")));
}

void TestReviewReport::conditionalDeniesListed()
{
    // Both denies have conditions. For a request with no context keys the StringNotEquals one holds (the key
    // is absent, so it is "not equal") and removes kms:Decrypt; the StringEquals one cannot hold and keeps
    // iam:PassRole. The report says so for each, and counts only the first.
    Diagnostics diagnostics;
    const auto boundary = PolicyParser::parseJson(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
            {"Sid":"OutsideVpc","Effect":"Deny","Action":"kms:Decrypt","Resource":"*",
             "Condition":{"StringNotEquals":{"aws:SourceVpc":"vpc-0a1b2c3d"}}},
            {"Sid":"TaggedAdmins","Effect":"Deny","Action":"iam:PassRole","Resource":"*",
             "Condition":{"StringEquals":{"aws:PrincipalTag/team":"admins"}}}]})",
        PolicyKind::Boundary, QStringLiteral("b.json"), "b", diagnostics);
    QVERIFY(boundary.ok);
    const ReviewReport report = build(&boundary.policy);
    QCOMPARE(report.conditionalDenies.size(), size_t(2));
    QCOMPARE(report.conditionalDenies[0].sid, std::string("OutsideVpc"));
    QVERIFY(report.conditionalDenies[0].counted);
    QCOMPARE(report.conditionalDenies[0].conditions,
        std::vector<std::string> { "StringNotEquals aws:SourceVpc vpc-0a1b2c3d" });
    QCOMPARE(report.conditionalDenies[1].sid, std::string("TaggedAdmins"));
    QVERIFY(!report.conditionalDenies[1].counted);
    QCOMPARE(report.before - report.after, 1); // kms:Decrypt only
    QCOMPARE(report.conditionChoice, conditionChoiceText(ConditionChoice::NoContextKeys));
    const QString text = html(report);
    QVERIFY(text.contains(escaped(report.conditionChoice)));
    QVERIFY(text.contains(QStringLiteral("TaggedAdmins")));
    QVERIFY(text.contains(QStringLiteral("not counted")));
    const QString md = QString::fromStdString(reportToMarkdown(report));
    QVERIFY(
        md.contains(QStringLiteral("OutsideVpc: kms:Decrypt (StringNotEquals aws:SourceVpc vpc-0a1b2c3d): counted")));
}

// What was not reviewed comes before the summary in HTML and Markdown; a package without gaps has no such
// section.
void TestReviewReport::notReviewedLeadsTheReport()
{
    const Review gaps = loadReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml") });
    const ReviewReport r = buildReviewReport(gaps, nullptr, nullptr);
    const QString h = html(r);
    const qsizetype section = h.indexOf(QStringLiteral("id=\"not-reviewed\""));
    QVERIFY(section > 0);
    const qsizetype summary = h.indexOf(QStringLiteral("<h2>Findings and decisions</h2>"));
    QVERIFY(section < summary);
    QVERIFY(h.indexOf(QStringLiteral("id=\"recommendation\"")) < section); // only what a signer reads first before it
    QVERIFY(h.indexOf(QStringLiteral("SupportPermissionSet"), section) > section);
    QVERIFY(h.indexOf(QStringLiteral("SupportPermissionSet"), section) < summary);
    const QString md = QString::fromStdString(reportToMarkdown(r));
    QVERIFY(md.indexOf(QStringLiteral("## Not reviewed")) > 0);
    QVERIFY(md.indexOf(QStringLiteral("## Not reviewed")) < md.indexOf(QStringLiteral("## Summary")));

    const QString clean = html(build(nullptr));
    QVERIFY(!clean.contains(QStringLiteral("id=\"not-reviewed\"")));
    QVERIFY(!QString::fromStdString(reportToMarkdown(build(nullptr))).contains(QStringLiteral("## Not reviewed")));
}

// Subjects are named by kind, with where they are deployed; conditional findings carry a badge and their
// condition; every finding's severity reason is in both formats.
void TestReviewReport::subjectKindsAndConditionalMarks()
{
    const Review review = loadReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml"),
        QStringLiteral(GRANTSCOPE_FIXTURES "/stacksets/org-package") });
    const ReviewReport r = buildReviewReport(review, nullptr, nullptr);
    const QString h = html(r);
    const QString md = QString::fromStdString(reportToMarkdown(r));
    for (const QString& kind : { QStringLiteral("IAM user"), QStringLiteral("IAM group"),
             QStringLiteral("Resource policy on KMS key"), QStringLiteral("Resource policy on S3 bucket") }) {
        QVERIFY2(h.contains(QStringLiteral("<span class=\"kind\">") + kind), qPrintable(kind));
        QVERIFY2(md.contains(QStringLiteral(" | ") + kind + QStringLiteral(" | ")), qPrintable(kind));
    }
    QVERIFY(h.contains(QStringLiteral("Deployed to: StackSet")));
    QVERIFY(md.contains(QStringLiteral("Deployed to: StackSet")));

    int conditional = 0;
    for (const ReportFinding& rf : r.findings) {
        const Finding& f = rf.finding;
        if (!f.severityReason.isEmpty()) {
            QVERIFY2(h.contains(escaped(f.severityReason)), qPrintable(f.severityReason));
            QVERIFY(md.contains(QStringLiteral("- Severity: ")));
        }
        if (!f.condition.empty())
            ++conditional;
    }
    QVERIFY(conditional > 0);
    // One badge per conditional finding in the table and one in its detail; the subjects table adds its own.
    QVERIFY(h.count(QStringLiteral("<span class=\"cond\"")) >= 2 * conditional);
    QVERIFY(h.contains(QStringLiteral("Conditional: only when UseLegacyAgent=true")));
    QVERIFY(md.contains(QStringLiteral("(conditional)")));
    QVERIFY(md.contains(QStringLiteral("- Conditional: only when UseLegacyAgent=true")));
    // The always-created indexer role's findings carry no mark.
    for (const ReportFinding& rf : r.findings)
        if (rf.finding.subject == "QuillstackIndexer")
            QVERIFY(rf.finding.condition.empty());
}

// Up front: the recommendation with its reason, the reviewer and the date, then the residual risk, before
// any finding.
void TestReviewReport::recommendationAndSignOffUpFront()
{
    ReviewSession session = m_session;
    session.reviewer = QStringLiteral("Dana <Reviewer>");
    session.modified = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    ReviewReport r = buildReviewReport(m_review, &session, nullptr);
    // iam:* on every resource is critical and open: the decisions give Reject.
    QCOMPARE(r.recommendation.value, Recommendation::Reject);
    QVERIFY(!r.recommendation.overridden);
    QCOMPARE(r.reviewer, session.reviewer);
    QString h = html(r);
    const qsizetype recommendation = h.indexOf(QStringLiteral("id=\"recommendation\""));
    QVERIFY(recommendation > 0);
    QVERIFY(h.indexOf(QStringLiteral(">Reject<"), recommendation) > recommendation);
    QVERIFY(h.contains(escaped(r.recommendation.reason)));
    QVERIFY(h.contains(QStringLiteral("Dana &lt;Reviewer&gt;")));
    QVERIFY(h.contains(QStringLiteral("2026-03-14 09:30 UTC")));
    const qsizetype residual = h.indexOf(QStringLiteral("<h2>Residual risk</h2>"));
    QVERIFY(residual > recommendation);
    QVERIFY(residual < h.indexOf(QStringLiteral("<h2>Findings</h2>")));
    QVERIFY(h.indexOf(QStringLiteral("<h3>1. ")) > residual);
    // The reviewer's own choice leads, and the report says what the decisions give.
    session.recommendation = Recommendation::ApproveWithBoundary;
    r = buildReviewReport(m_review, &session, nullptr);
    QCOMPARE(r.recommendation.value, Recommendation::ApproveWithBoundary);
    QVERIFY(r.recommendation.overridden);
    h = html(r);
    QVERIFY(h.contains(QStringLiteral("(the reviewer&#39;s choice)")));
    QVERIFY(h.contains(QStringLiteral("from the decisions it would be “Reject”")));
    // The recommendation's colour is the palette's, as in the window.
    QVERIFY(
        h.contains(QString::fromStdString(hexColor(recommendationPalette(Recommendation::ApproveWithBoundary).light))));
}

// Only services the boundary changes, the biggest change first, with the actions in AWS's casing and what
// is kept; no line diff of the vendor policy against the boundary.
void TestReviewReport::boundaryChangesOnlyChangedServices()
{
    Diagnostics diagnostics;
    const auto boundary = PolicyParser::parseJson(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
            {"Sid":"NoDecrypt","Effect":"Deny","Action":"kms:Decrypt","Resource":"*"},
            {"Sid":"NoIamWrites","Effect":"Deny","Action":["iam:Create*","iam:Delete*","iam:Put*","iam:Attach*"],
             "Resource":"*"}]})",
        PolicyKind::Boundary, QStringLiteral("b.json"), "b", diagnostics);
    QVERIFY(boundary.ok);
    const ReviewReport r = build(&boundary.policy);
    QCOMPARE(r.changedServices.size(), size_t(2)); // s3 is not changed
    QCOMPARE(r.changedServices[0].service, std::string("iam"));
    QCOMPARE(r.changedServices[1].service, std::string("kms"));
    const ReportServiceRow& iam = r.changedServices[0];
    QVERIFY(iam.totalBefore() - iam.totalAfter() > 1);
    QCOMPARE(int(iam.removed.size()), iam.totalBefore() - iam.totalAfter());
    QCOMPARE(int(iam.kept.size()), iam.totalAfter());
    QVERIFY(std::find(iam.removed.begin(), iam.removed.end(), "iam:CreateRole") != iam.removed.end());
    QVERIFY(std::find(iam.kept.begin(), iam.kept.end(), "iam:PassRole") != iam.kept.end());
    QVERIFY(r.changedServices[1].kept.empty());
    const QString h = html(r);
    const qsizetype table = h.indexOf(QStringLiteral("id=\"boundary-changes\""));
    QVERIFY(table > 0);
    QVERIFY(h.indexOf(QStringLiteral("<b>iam</b>"), table) < h.indexOf(QStringLiteral("<b>kms</b>"), table));
    QCOMPARE(h.indexOf(QStringLiteral("<b>s3</b>"), table), -1);
    QVERIFY(h.indexOf(QStringLiteral("kms:<wbr>Decrypt"), table) > 0
        || h.indexOf(QStringLiteral("kms:Decrypt"), table) > 0);
    QVERIFY(!h.contains(QStringLiteral("class=\"diff\"")));
    QVERIFY(!h.contains(QStringLiteral("beside the boundary")));
    // The boundary comes before the findings, up front; the policy itself at the end.
    QVERIFY(table < h.indexOf(QStringLiteral("<h2>Findings</h2>")));
    QVERIFY(h.indexOf(QStringLiteral("<h2>Boundary policy</h2>")) > h.indexOf(QStringLiteral("<h2>Findings</h2>")));
}

void TestReviewReport::packageFilesAndChanges()
{
    Review review = m_review;
    review.files = { { QStringLiteral("/vendor/acme/role.yaml"),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 4 } };
    ReviewSession session = m_session;
    session.packageFiles = { { QStringLiteral("/vendor/acme/role.yaml"),
        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", 3 } };
    const ReviewReport r = buildReviewReport(review, &session, nullptr);
    QCOMPARE(r.packageChanges.size(), size_t(1));
    const QString h = html(r);
    QVERIFY(h.contains(QStringLiteral("id=\"package-files\"")));
    QVERIFY(h.contains(QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
    const qsizetype changed = h.indexOf(QStringLiteral("id=\"package-changed\""));
    QVERIFY(changed > 0);
    QVERIFY(changed < h.indexOf(QStringLiteral("<h2>Residual risk</h2>")));
    const QString md = QString::fromStdString(reportToMarkdown(r));
    QVERIFY(md.contains(QStringLiteral("`9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`")));
    QVERIFY(md.contains(QStringLiteral("changed since the review was saved")));
    // The same files: nothing to warn about.
    session.packageFiles = review.files;
    QVERIFY(!html(buildReviewReport(review, &session, nullptr)).contains(QStringLiteral("id=\"package-changed\"")));
}

// Where the reviewer keeps the package is not part of the report: every path is relative to the package's
// folder, named once above the files.
void TestReviewReport::pathsRelativeToThePackage()
{
    const QString folder = QStringLiteral(GRANTSCOPE_FIXTURES "/stacksets/org-package");
    const Review review = loadReview({ folder });
    QVERIFY(!review.analysis.findings.empty());
    const ReviewReport r = buildReviewReport(review, nullptr, nullptr);
    QCOMPARE(r.packageRoot, QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    QCOMPARE(r.files.size(), review.files.size());
    for (size_t i = 0; i < r.files.size(); ++i) {
        QVERIFY2(!QDir::isAbsolutePath(r.files[i].path), qPrintable(r.files[i].path));
        QCOMPARE(QDir(r.packageRoot).filePath(r.files[i].path), review.files[i].path);
        QCOMPARE(r.files[i].sha256, review.files[i].sha256);
    }
    for (size_t i = 0; i < r.findings.size(); ++i) {
        const Finding& f = r.findings[i].finding;
        QVERIFY2(!QDir::isAbsolutePath(f.file), qPrintable(f.file));
        if (!f.file.isEmpty())
            QCOMPARE(QFileInfo(QDir(r.packageRoot).filePath(f.file)).absoluteFilePath(),
                QFileInfo(review.analysis.findings[i].file).absoluteFilePath());
    }
    const QString h = html(r);
    const QString md = QString::fromStdString(reportToMarkdown(r));
    QCOMPARE(h.count(r.packageRoot), 1); // in "Paths relative to …" only
    QVERIFY(h.contains(QStringLiteral("id=\"package-root\"")));
    QCOMPARE(md.count(r.packageRoot), 1);
    // Two packages in sibling folders: relative to the folder above both.
    const Review two = loadReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml"), folder });
    QCOMPARE(buildReviewReport(two, nullptr, nullptr).packageRoot,
        QDir::cleanPath(QFileInfo(QStringLiteral(GRANTSCOPE_FIXTURES)).absoluteFilePath()));
}

// The body is a sequence of blocks that the PDF keeps whole: never nested, every heading inside one, and no
// heading last in its block.
void TestReviewReport::everyPartIsOneBlock()
{
    Diagnostics diagnostics;
    const auto boundary = PolicyParser::parseJson(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
            {"Effect":"Deny","Action":"kms:Decrypt","Resource":"*"}]})",
        PolicyKind::Boundary, QStringLiteral("b.json"), "b", diagnostics);
    const QString h = html(build(&boundary.policy));
    const qsizetype bodyStart = h.indexOf(QStringLiteral("<body>")) + 6;
    const QString body = h.mid(bodyStart, h.indexOf(QStringLiteral("</body>")) - bodyStart);
    static const QRegularExpression block(
        QStringLiteral("<section class=\"block\">(.*?)</section>\n"), QRegularExpression::DotMatchesEverythingOption);
    QString outside = body;
    outside.remove(block);
    QCOMPARE(outside.trimmed(), QString()); // nothing outside a block
    int blocks = 0;
    for (auto it = block.globalMatch(body); it.hasNext(); ++blocks) {
        const QString inner = it.next().captured(1);
        QVERIFY2(!inner.contains(QStringLiteral("<section")), qPrintable(inner.left(200)));
        static const QRegularExpression lastHeading(QStringLiteral("</h[1-3]>\\s*$"));
        QVERIFY2(!inner.contains(lastHeading), qPrintable(inner.right(200)));
    }
    QVERIFY(blocks >= int(m_analysis.findings.size()) + 5); // a card per finding, and the parts around them
}

void TestReviewReport::longNamesGetPlacesToWrap_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("html");
    QTest::newRow("short action") << QStringLiteral("iam:PassRole") << QStringLiteral("iam:PassRole");
    QTest::newRow("words") << QStringLiteral("Example Corp monitoring role")
                           << QStringLiteral("Example Corp monitoring role");
    // A managed policy's name is one long identifier: it wraps between its words, once the part is long.
    QTest::newRow("camel case") << QStringLiteral("AWSIoTManagedIntegrationsFullAccess")
                                << QStringLiteral("AWSIoTManagedIntegrations<wbr>FullAccess");
    QTest::newRow("role ARN") << QStringLiteral("arn:aws:iam::210987654321:role/example-readonly-role-production")
                              << QStringLiteral("arn:<wbr>aws:<wbr>iam:<wbr>:<wbr>210987654321:<wbr>role/<wbr>"
                                                "example-readonly-role-<wbr>production");
    QTest::newRow("escaped") << QStringLiteral("ExampleCorpMonitoringRoleForSecurityHub<Prod>")
                             << QStringLiteral("ExampleCorpMonitoring<wbr>RoleForSecurityHub&lt;Prod&gt;");
}

void TestReviewReport::longNamesGetPlacesToWrap()
{
    QFETCH(QString, name);
    QFETCH(QString, html);
    QCOMPARE(QString::fromStdString(reporthtml::breakable(name.toStdString())), html);
}

QTEST_GUILESS_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
