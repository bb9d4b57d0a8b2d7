// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfReport.h"
#include "report/ReviewReport.h"
#include "review/Review.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

class TestPdfReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void samplePackage();
    void longTableRepeatsItsHeaderOnEveryPage();
    void unwritablePath();
};

namespace {

std::string sampleHtml()
{
    const QString sample = QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR))
                               .filePath(QStringLiteral("resources/sample/acme-observability-onboarding.yaml"));
    return reportToHtml(buildReviewReport(loadReview({ sample }), nullptr, nullptr));
}

} // namespace

void TestPdfReport::samplePackage()
{
    QTemporaryDir dir;
    // GRANTSCOPE_PDF_OUT keeps the PDF for a look (pdftoppm -png -r 60).
    const QString keep = qEnvironmentVariable("GRANTSCOPE_PDF_OUT");
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("report.pdf")) : keep;
    QString error;
    QVERIFY2(ui::PdfReport::write(sampleHtml(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 10000);
}

// A table longer than a page goes on under its header on the next page, and each page's footer names the
// document by its own title. Read back with pdftotext (poppler-utils).
void TestPdfReport::longTableRepeatsItsHeaderOnEveryPage()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    std::string html = "<html><head><title>Example Corp onboarding review</title><style>td, th { padding: 4px; }"
                       "</style></head><body><section class=\"block\"><h2>Package files</h2><table>"
                       "<thead><tr><th>Document path</th><th>Bytes</th></tr></thead>";
    for (int i = 0; i < 160; ++i)
        html += "<tr><td>policies/export-" + std::to_string(i) + ".json</td><td>" + std::to_string(1000 + i)
            + "</td></tr>";
    html += "</table></section></body></html>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    QString error;
    QVERIFY2(ui::PdfReport::write(html, path, &error), qPrintable(error));
    QProcess extract;
    extract.start(pdftotext, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    QVERIFY(extract.waitForFinished(30000));
    QCOMPARE(extract.exitCode(), 0);
    const QStringList pages
        = QString::fromUtf8(extract.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 3, qPrintable(QStringLiteral("%1 pages").arg(pages.size())));
    int rows = 0;
    for (int p = 0; p < pages.size(); ++p) {
        const QString& page = pages.at(p);
        if (!page.contains(QStringLiteral("policies/export-")))
            continue;
        rows += int(page.count(QStringLiteral("policies/export-")));
        // The header comes before the page's first row.
        const qsizetype header = page.indexOf(QStringLiteral("Document path"));
        QVERIFY2(header >= 0 && header < page.indexOf(QStringLiteral("policies/export-")),
            qPrintable(QStringLiteral("page %1 has no header above its rows:\n%2").arg(p + 1).arg(page.left(600))));
        QVERIFY2(page.contains(QStringLiteral("Example Corp onboarding review")),
            qPrintable(QStringLiteral("page %1's footer does not name the document").arg(p + 1)));
    }
    QCOMPARE(rows, 160); // every row once: the repeated header hides none and repeats none
}

void TestPdfReport::unwritablePath()
{
    QString error;
    QVERIFY(!ui::PdfReport::write("<p>x</p>", QStringLiteral("/nonexistent-folder/report.pdf"), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
