// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfReport.h"

#include "common/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace grantscope::ui {

namespace {

// Translated under the context "PdfReport" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

// QTextDocument knows no inline SVG: each chart becomes an image resource of twice its size (print quality).
QString chartsToImages(const QString& html, QTextDocument& document)
{
    static const QRegularExpression svg(
        QStringLiteral("<svg\\b.*?</svg>"), QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    int n = 0;
    for (auto it = svg.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        QSvgRenderer renderer(m.captured().toUtf8());
        const QSize size = renderer.defaultSize();
        if (!renderer.isValid() || size.isEmpty())
            continue;
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        const QUrl url(QStringLiteral("chart://%1.png").arg(++n));
        document.addResource(QTextDocument::ImageResource, url, image);
        out += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                   .arg(url.toString())
                   .arg(size.width())
                   .arg(size.height());
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace

bool PdfReport::write(const std::string& html, const QString& path, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error)
            *error = Tr::tr("PDF output needs a QGuiApplication");
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(Tr::tr("GrantScope review report"));
        writer.setCreator(QStringLiteral("GrantScope " GRANTSCOPE_VERSION));

        QTextDocument document;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(13);
        document.setDefaultFont(font);
        document.setHtml(chartsToImages(QString::fromStdString(html), document));

        // Lay the document out as a browser would in a window kLayoutWidth pixels wide, then scale that
        // to the printable width; font sizes given in px in the report's CSS then keep their proportions.
        constexpr double kLayoutWidth = 820;
        constexpr double kFooter = 28;
        const QRectF page = writer.pageLayout().paintRectPoints();
        const double scale = page.width() * writer.resolution() / 72.0 / kLayoutWidth;
        const double pageHeight = page.height() * writer.resolution() / 72.0 / scale;
        document.setDocumentMargin(0);
        document.setPageSize(QSizeF(kLayoutWidth, pageHeight - kFooter));
        const int pages = document.pageCount();

        QPainter painter(&writer);
        painter.scale(scale, scale);
        QFont small(font);
        small.setPixelSize(10);
        const QRectF footer(0, pageHeight - kFooter + 8, kLayoutWidth, kFooter - 8);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            const QRectF clip(0, p * (pageHeight - kFooter), kLayoutWidth, pageHeight - kFooter);
            painter.setClipRect(QRectF(0, 0, kLayoutWidth, pageHeight - kFooter));
            painter.translate(0, -clip.top());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x6b, 0x72, 0x80));
            painter.drawLine(footer.topLeft() - QPointF(0, 4), footer.topRight() - QPointF(0, 4));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(p + 1).arg(pages));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("GrantScope review report"));
        }
        painter.end();
    }
    const QByteArray& bytes = buffer.data();
    return writeFileAtomically(path, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), error);
}

} // namespace grantscope::ui
