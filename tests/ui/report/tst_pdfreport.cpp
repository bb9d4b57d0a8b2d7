// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfReport.h"
#include "report/ReviewReport.h"
#include "review/Review.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

class TestPdfReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void samplePackage();
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

void TestPdfReport::unwritablePath()
{
    QString error;
    QVERIFY(!ui::PdfReport::write("<p>x</p>", QStringLiteral("/nonexistent-folder/report.pdf"), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
