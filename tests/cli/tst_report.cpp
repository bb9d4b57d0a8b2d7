// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli report end to end: HTML, Markdown and (in GUI builds) PDF of the sample package, a
// saved session round trip, and bad input.
#include "CliRunner.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlFromPackage();
    void markdownFromPackage();
    void pdfFromPackage();
    void sessionRoundTrip();
    void reviewerAndRecommendation();
    void changedPackageWarned();
    void sinceTheReviewedRelease();
    void badInput_data();
    void badInput();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_boundary;
};

namespace {

const QString kSample = QStringLiteral("resources/sample/acme-observability-onboarding.yaml");

using Run = grantscope::test::CliRun;

Run cli(const QStringList& args)
{
    return grantscope::test::runCli(args);
}

QByteArray readAll(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_boundary = path(QStringLiteral("boundary.json"));
    const Run made = cli({ QStringLiteral("boundary"), QStringLiteral("--deny-action"), QStringLiteral("kms:Decrypt"),
        QStringLiteral("--deny-on"), QStringLiteral("ec2:*=arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod"),
        QStringLiteral("-o"), m_boundary, kSample });
    QVERIFY2(made.exitCode == 0, made.err.constData());
}

void TestReport::htmlFromPackage()
{
    const QString out = path(QStringLiteral("report.html"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html"),
        QStringLiteral("-o"), out, QStringLiteral("--boundary"), m_boundary, kSample });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray html = readAll(out);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<svg"));
    QVERIFY(html.contains("kms:Decrypt")); // in AWS's casing
    QVERIFY(html.contains("What the boundary changes"));
    QVERIFY(!html.contains("<script"));
    // The decisions are all open and two critical KMS findings remain outside kms:Decrypt: reject.
    QVERIFY(html.contains("id=\"recommendation\""));
    QVERIFY(html.contains(">Reject<"));
    QVERIFY(html.contains("acme-observability-onboarding.yaml"));
    QVERIFY(html.contains("id=\"package-files\""));
}

void TestReport::markdownFromPackage()
{
    const QString out = path(QStringLiteral("report.md"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("md"),
        QStringLiteral("-o"), out, kSample });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray md = readAll(out);
    QVERIFY(md.startsWith("# GrantScope review report"));
    QVERIFY(md.contains("## Findings"));
    QVERIFY(!md.contains("## What the boundary changes"));
}

void TestReport::pdfFromPackage()
{
    const QString out = path(QStringLiteral("report.pdf"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
        QStringLiteral("-o"), out, QStringLiteral("--boundary"), m_boundary, kSample });
    if (r.exitCode == 2 && r.err.contains("GRANTSCOPE_GUI=ON")) {
        QVERIFY(!QFile::exists(out));
        QSKIP("core-only build: PDF output is not available");
    }
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray pdf = readAll(out);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 5000);
}

void TestReport::sessionRoundTrip()
{
    // A session saved by the GUI: paths relative to the session file, a verdict, a boundary draft.
    const QString dir = path(QStringLiteral("session"));
    QVERIFY(QDir().mkpath(dir));
    const QString sample = QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR)).filePath(kSample);
    const QString relative = QDir(dir).relativeFilePath(sample);
    const QByteArray session = R"({
  "format": "grantscope-review",
  "version": 1,
  "created": "2024-05-01T10:00:00.000Z",
  "modified": "2024-05-01T11:00:00.000Z",
  "package": { "paths": [")"
        + relative.toUtf8() + R"("], "parameters": {}, "account": "123456789012", "region": "eu-west-1" },
  "verdicts": [],
  "notes": "Reviewed with <b>the vendor</b>",
  "boundary": { "name": "AcmeBoundary", "base": "allow-all", "deniedActions": ["kms:Decrypt"] }
})";
    const QString file = QDir(dir).filePath(QStringLiteral("review.grantscope"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(session);
    f.close();
    const QString out = path(QStringLiteral("session.html"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html"),
        QStringLiteral("-o"), out, QStringLiteral("--session"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray html = readAll(out);
    QVERIFY(html.contains("Reviewed with &lt;b&gt;the vendor&lt;/b&gt;"));
    QVERIFY(html.contains("AcmeBoundary"));
    QVERIFY(html.contains("What the boundary changes"));

    // The same session as PDF: the GUI application PDF output needs must not take "--session" for itself.
    const QString pdfOut = path(QStringLiteral("session.pdf"));
    const Run pdf = cli({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
        QStringLiteral("-o"), pdfOut, QStringLiteral("--session"), file });
    if (pdf.exitCode == 2 && pdf.err.contains("GRANTSCOPE_GUI=ON"))
        QSKIP("core-only build: PDF output is not available");
    QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
    QVERIFY(readAll(pdfOut).startsWith("%PDF"));
}

void TestReport::reviewerAndRecommendation()
{
    const QString out = path(QStringLiteral("signed.md"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("-o"), out, QStringLiteral("--reviewer"),
        QStringLiteral("Dana Reviewer"), QStringLiteral("--recommendation"), QStringLiteral("boundary"),
        QStringLiteral("--boundary"), m_boundary, kSample });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray md = readAll(out);
    QVERIFY2(md.contains("## Recommendation: **Approve with the boundary**"), md.left(600).constData());
    QVERIFY(md.contains("The reviewer chose"));
    QVERIFY(md.contains("- Reviewer: Dana Reviewer"));
    QVERIFY(md.contains("with the boundary"));
    // The sample's own SHA-256, as sha256sum would print it.
    QFile sample(QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR)).filePath(kSample));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QVERIFY(md.contains(QCryptographicHash::hash(sample.readAll(), QCryptographicHash::Sha256).toHex()));
}

// A review saved on other bytes than the package has now: warned on standard error and in the report.
void TestReport::changedPackageWarned()
{
    const QString dir = path(QStringLiteral("changed"));
    QVERIFY(QDir().mkpath(dir));
    const QString role = QDir(dir).filePath(QStringLiteral("vendor-role.yaml"));
    QVERIFY(QFile::copy(QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR)).filePath(kSample), role));
    const QByteArray session = R"({
  "format": "grantscope-review",
  "version": 1,
  "modified": "2024-05-01T11:00:00.000Z",
  "package": { "paths": ["vendor-role.yaml"], "files": [
    { "path": "vendor-role.yaml", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "bytes": 1 } ] },
  "verdicts": [],
  "notes": "",
  "reviewer": "Sam Saved",
  "recommendation": "reject",
  "boundary": null
})";
    const QString file = QDir(dir).filePath(QStringLiteral("review.grantscope"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(session);
    f.close();
    const QString out = path(QStringLiteral("changed.html"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("-o"), out, QStringLiteral("--session"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("warning") && r.err.contains("changed since the review was saved")
            && r.err.contains("vendor-role.yaml"),
        r.err.constData());
    const QByteArray html = readAll(out);
    QVERIFY(html.contains("id=\"package-changed\""));
    QVERIFY(html.contains("Sam Saved"));
}

void TestReport::sinceTheReviewedRelease()
{
    // Version 2 of a vendor's template against the version reviewed before: the roles that can now do more lead,
    // then what this release raises and what it resolves.
    const QString v1 = QStringLiteral("tests/fixtures/releases/skyline-cfn/v1");
    const QString v2 = QStringLiteral("tests/fixtures/releases/skyline-cfn/v2");
    const QString md = path(QStringLiteral("since.md"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--since"), v1, QStringLiteral("-o"), md, v2 });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray text = readAll(md);
    const qsizetype section = text.indexOf("## What changed since the reviewed version");
    QVERIFY2(section > 0, text.constData());
    QVERIFY(text.indexOf("## Findings") > section); // up front, before the findings
    QVERIFY(text.contains("Subjects changed: 2, of which 2 can do more than before; unchanged: 0."));
    QVERIFY(text.contains("**role SkylineRemediationRole** — more access"));
    QVERIFY(text.contains("  - New in this release."));
    QVERIFY(text.contains("  - External ID no longer required."));
    const qsizetype newFindings = text.indexOf("### New findings");
    QVERIFY(newFindings > section);
    QVERIFY(text.indexOf("Critical: ", newFindings) > newFindings);
    QVERIFY(text.indexOf("### Resolved findings") > newFindings);

    const QString html = path(QStringLiteral("since.html"));
    const Run h = cli({ QStringLiteral("report"), QStringLiteral("--since"), v1, QStringLiteral("-o"), html, v2 });
    QVERIFY2(h.exitCode == 0, h.err.constData());
    const QByteArray page = readAll(html);
    QVERIFY(page.contains("id=\"release-changes\""));
    QVERIFY(page.contains("id=\"release-new-findings\""));
    QVERIFY(page.contains("id=\"release-resolved-findings\""));

    // The same release twice: nothing changed, and the report says so instead of leaving the section out.
    const QString same = path(QStringLiteral("same.md"));
    const Run s = cli({ QStringLiteral("report"), QStringLiteral("--since"), v2, QStringLiteral("-o"), same, v2 });
    QVERIFY2(s.exitCode == 0, s.err.constData());
    const QByteArray unchanged = readAll(same);
    QVERIFY(unchanged.contains("No subject's access changed. New findings: 0; resolved: 0."));
    QVERIFY(!unchanged.contains("### New findings"));

    // Without --since there is no such section.
    QVERIFY(!readAll(path(QStringLiteral("report.md"))).contains("What changed since"));
}

void TestReport::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    const QString out = QDir::temp().filePath(QStringLiteral("grantscope-never-written.html"));
    // Without --format the extension names the format; a name that tells none is refused.
    const QString unnamed = QDir::temp().filePath(QStringLiteral("grantscope-never-written.report"));
    QTest::newRow("No format, no known extension")
        << QStringList { QStringLiteral("-o"), unnamed, kSample } << QByteArray("--format");
    QTest::newRow("Unknown format") << QStringList { QStringLiteral("--format"), QStringLiteral("docx"),
        QStringLiteral("-o"), out, kSample }
                                    << QByteArray("docx");
    QTest::newRow("No output") << QStringList { QStringLiteral("--format"), QStringLiteral("html"), kSample }
                               << QByteArray("-o FILE");
    QTest::newRow("Neither session nor package") << QStringList { QStringLiteral("--format"), QStringLiteral("html"),
        QStringLiteral("-o"), out } << QByteArray("--session");
    QTest::newRow("Missing session") << QStringList { QStringLiteral("--format"), QStringLiteral("html"),
        QStringLiteral("-o"), out, QStringLiteral("--session"), QStringLiteral("no-such.grantscope") }
                                     << QByteArray("no-such.grantscope");
    QTest::newRow("Malformed session is located")
        << QStringList { QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), out,
               QStringLiteral("--session"), QStringLiteral("resources/sample/acme-observability-onboarding.yaml") }
        << QByteArray("acme-observability-onboarding.yaml:1:");
    QTest::newRow("Unknown recommendation") << QStringList { QStringLiteral("--recommendation"),
        QStringLiteral("approve-all"), QStringLiteral("-o"), out, kSample }
                                            << QByteArray("approve, boundary or reject");
    QTest::newRow("Missing release reviewed before") << QStringList { QStringLiteral("--since"),
        QStringLiteral("no-such-release"), QStringLiteral("-o"), out, kSample }
                                                     << QByteArray("no-such-release");
    QTest::newRow("Malformed boundary") << QStringList { QStringLiteral("--format"), QStringLiteral("html"),
        QStringLiteral("-o"), out, QStringLiteral("--boundary"), kSample, kSample }
                                        << QByteArray("acme-observability-onboarding.yaml:");
}

void TestReport::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = cli(QStringList { QStringLiteral("report") } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("grantscope-never-written.html"))));
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("grantscope-never-written.report"))));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
