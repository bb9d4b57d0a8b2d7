// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfReport.h"

#include "common/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <vector>

namespace grantscope::ui {

namespace {

// Translated under the context "PdfReport" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

// Lay the document out as a browser would in a window kLayoutWidth pixels wide, then scale that to the
// printable width; font sizes given in px in the report's CSS then keep their proportions.
constexpr double kLayoutWidth = 820;
constexpr double kFooter = 28;
constexpr double kGap = 10; // between two blocks on a page

// QTextDocument knows no inline SVG: each chart becomes an image resource of twice its size (print quality).
QString chartsToImages(const QString& html, QTextDocument& document, int& n)
{
    static const QRegularExpression svg(
        QStringLiteral("<svg\\b.*?</svg>"), QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
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

/**
 * Where a page may end inside a block. Between two rows of a table with a header (<thead>), the next page
 * repeats that header: the band [headerTop, headerBottom) of the block is drawn there first.
 */
struct Break {
    double at = 0;
    double headerTop = 0;
    double headerBottom = 0; // == headerTop: nothing to repeat
    friend bool operator<(const Break& a, const Break& b) { return a.at < b.at; }
};

/** One part of the report (a <section class="block"> of reportToHtml), laid out on its own. */
struct Block {
    std::unique_ptr<QTextDocument> document;
    double height = 0;
    std::vector<Break> breaks; // where a page may end inside it, ascending
    QColor bar; // a finding card's severity colour: its left border, which QTextDocument does not draw
    bool pageStart = false; // the first block of an <article> whose CSS breaks the page before it
};

/** A block's HTML, and whether a page-breaking <article> opens right before it. */
struct BlockSource {
    QString body;
    bool pageStart = false;
};

// The parts of the report: each section the HTML writer marks as a block, or the whole body when it marks none.
// A block that an <article class="..."> with break-before: page opens starts a new page.
std::vector<BlockSource> blockSources(const QString& html, QString* css)
{
    static const QRegularExpression style(
        QStringLiteral("<style>(.*?)</style>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression section(QStringLiteral("(<article class=\"([a-z-]+)\"[^>]*>)?<section "
                                                           "class=\"block\">(.*?)</section>"),
        QRegularExpression::DotMatchesEverythingOption);
    *css = style.match(html).captured(1);
    std::vector<BlockSource> blocks;
    for (auto it = section.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool breaks = m.hasCaptured(2)
            && css->contains(
                QRegularExpression(QStringLiteral("article\\.%1\\s*\\{[^}]*break-before:\\s*page").arg(m.captured(2))));
        blocks.push_back({ m.captured(3), breaks });
    }
    if (blocks.empty())
        blocks.push_back({ html, false });
    return blocks;
}

// Between table rows (never between a table's header row and its first row) and between the lines of text
// outside tables, never right below a heading.
std::vector<Break> breakPoints(QTextDocument& document)
{
    std::vector<Break> breaks;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    bool afterHeading = true; // nothing breaks before the first line either
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            const QRectF frame = layout->frameBoundingRect(table);
            if (!afterHeading)
                breaks.push_back({ frame.top() });
            // The header rows' band: from the table's top to the top of its first body row.
            const int headerRows = std::min(table->format().headerRowCount(), table->rows() - 1);
            double headerBottom = frame.top();
            if (headerRows > 0)
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell first = table->cellAt(headerRows, column);
                    if (first.row() == headerRows) {
                        headerBottom = std::max(headerBottom,
                            layout->blockBoundingRect(first.firstCursorPosition().block()).top()
                                - table->format().cellPadding());
                    }
                }
            for (int row = std::max(2, headerRows + 1); row < table->rows(); ++row) {
                double top = 1e12;
                double bottomAbove = 0;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    const QTextTableCell above = table->cellAt(row - 1, column);
                    if (cell.row() == row)
                        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                    if (above.row() + above.rowSpan() == row)
                        bottomAbove = std::max(
                            bottomAbove, layout->blockBoundingRect(above.lastCursorPosition().block()).bottom());
                }
                if (top < 1e12 && bottomAbove > 0 && top >= bottomAbove)
                    breaks.push_back({ (top + bottomAbove) / 2, frame.top(), headerBottom });
            }
            afterHeading = false;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (!afterHeading)
            breaks.push_back({ rect.top() });
        if (const QTextLayout* text = block.layout())
            for (int line = 1; line < text->lineCount(); ++line)
                breaks.push_back({ rect.top() + text->lineAt(line).y() });
        afterHeading = block.blockFormat().headingLevel() > 0;
    }
    std::sort(breaks.begin(), breaks.end());
    return breaks;
}

Block layOut(const QString& css, const QString& body, const QFont& font, int& images)
{
    Block b;
    static const QRegularExpression card(QStringLiteral("class=\"finding\"[^>]*border-left-color:(#[0-9a-fA-F]{6})"));
    if (const QRegularExpressionMatch m = card.match(body); m.hasMatch())
        b.bar = QColor(m.captured(1));
    b.document = std::make_unique<QTextDocument>();
    QTextDocument& d = *b.document;
    d.setDefaultFont(font);
    // A finding card's frame is drawn around it (QTextDocument draws no border of a div): room for it inside.
    d.setDocumentMargin(b.bar.isValid() ? 12 : 0);
    // Lines break between words only; the HTML marks where long names (ARNs, paths) may wrap.
    QTextOption option = d.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    d.setDefaultTextOption(option);
    QString html = QStringLiteral("<html><head><style>") + css + QStringLiteral("</style></head><body>") + body
        + QStringLiteral("</body></html>");
    html.replace(QStringLiteral("<wbr>"), QString(QChar(0x200B)));
    // QTextDocument pads no inline span: a severity badge gets a no-break space on each side inside its colour,
    // where the HTML has padding.
    static const QRegularExpression badge(QStringLiteral("(<span class=\"badge\"[^>]*>)([^<]*)</span>"));
    html.replace(badge, QStringLiteral("\\1&nbsp;\\2&nbsp;</span>"));
    d.setHtml(chartsToImages(html, d, images));
    d.setTextWidth(kLayoutWidth);
    b.height = d.size().height();
    b.breaks = breakPoints(d);
    return b;
}

/** What one page shows of a block: its part from `from` to `to`, placed at `y`. */
struct Slice {
    const Block* block = nullptr;
    double from = 0;
    double to = 0;
    double y = 0;
};

// Blocks whole where they fit, on a new page where they do not; a block taller than a page at its breaks.
std::vector<std::vector<Slice>> paginate(const std::vector<Block>& blocks, double pageHeight)
{
    std::vector<std::vector<Slice>> pages(1);
    double y = 0;
    bool repeatedHeader = false; // the page so far holds only a table header repeated from the page before
    auto newPage = [&] {
        pages.emplace_back();
        y = 0;
    };
    for (const Block& b : blocks) {
        if (b.height <= 0)
            continue;
        if (y > 0 && (b.pageStart || (y + b.height > pageHeight && b.height <= pageHeight)))
            newPage();
        double from = 0;
        while (from < b.height) {
            const double room = pageHeight - y;
            if (b.height - from <= room) {
                pages.back().push_back({ &b, from, b.height, y });
                y += b.height - from + kGap;
                repeatedHeader = false;
                break;
            }
            // The last break that leaves this page's part within the room left.
            const auto it = std::upper_bound(b.breaks.begin(), b.breaks.end(), Break { from + room });
            const Break* cut = it == b.breaks.begin() ? nullptr : &*std::prev(it);
            double to = cut ? cut->at : from;
            if (to <= from) {
                if (y > 0 && !repeatedHeader) {
                    newPage();
                    continue;
                }
                to = from + room; // no break in a whole page: cut where the page ends
                cut = nullptr;
            }
            pages.back().push_back({ &b, from, to, y });
            newPage();
            repeatedHeader = false;
            from = to;
            // A table cut between rows goes on under its header; a header taller than half a page is not repeated.
            if (cut && cut->headerBottom > cut->headerTop && cut->headerBottom - cut->headerTop < pageHeight / 2) {
                pages.back().push_back({ &b, cut->headerTop, cut->headerBottom, 0 });
                y = cut->headerBottom - cut->headerTop;
                repeatedHeader = true;
            }
        }
    }
    if (pages.size() > 1 && pages.back().empty())
        pages.pop_back();
    return pages;
}

void draw(QPainter& painter, const Slice& s)
{
    painter.save();
    painter.translate(0, s.y - s.from);
    const QRectF clip(0, s.from, kLayoutWidth, s.to - s.from);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    // The layout draws every row that touches its clip, and the PDF keeps the text of what the painter's clip
    // hides: a row just past the cut would be in the page's text twice (search, copy, screen readers).
    context.clip = clip.adjusted(0, 2, 0, -2);
    context.palette.setColor(QPalette::Text, Qt::black);
    s.block->document->documentLayout()->draw(&painter, context);
    if (s.block->bar.isValid()) {
        painter.setPen(QPen(QColor(0xe5, 0xe7, 0xeb), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(0.5, 0.5, kLayoutWidth - 1, s.block->height - 1));
        painter.fillRect(QRectF(0, 0, 5, s.block->height), s.block->bar);
    }
    painter.restore();
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
        // The document's own title (the review report's, the inventory report's) names the PDF and its footer.
        static const QRegularExpression titleTag(
            QStringLiteral("<title>(.*?)</title>"), QRegularExpression::DotMatchesEverythingOption);
        QString title = Tr::tr("GrantScope review report");
        if (const QRegularExpressionMatch m = titleTag.match(QString::fromStdString(html)); m.hasMatch())
            if (const QString text = QTextDocumentFragment::fromHtml(m.captured(1)).toPlainText().simplified();
                !text.isEmpty())
                title = text;
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("GrantScope " GRANTSCOPE_VERSION));

        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(13);
        QString css;
        std::vector<Block> blocks;
        int images = 0;
        for (const BlockSource& source : blockSources(QString::fromStdString(html), &css)) {
            blocks.push_back(layOut(css, source.body, font, images));
            blocks.back().pageStart = source.pageStart;
        }

        const QRectF page = writer.pageLayout().paintRectPoints();
        const double scale = page.width() * writer.resolution() / 72.0 / kLayoutWidth;
        const double pageHeight = page.height() * writer.resolution() / 72.0 / scale;
        const std::vector<std::vector<Slice>> pages = paginate(blocks, pageHeight - kFooter);

        QPainter painter(&writer);
        painter.scale(scale, scale);
        QFont small(font);
        small.setPixelSize(10);
        const QRectF footer(0, pageHeight - kFooter + 8, kLayoutWidth, kFooter - 8);
        const int count = static_cast<int>(pages.size());
        for (int p = 0; p < count; ++p) {
            if (p > 0)
                writer.newPage();
            for (const Slice& s : pages[static_cast<size_t>(p)])
                draw(painter, s);
            painter.setFont(small);
            painter.setPen(QColor(0x6b, 0x72, 0x80));
            painter.drawLine(footer.topLeft() - QPointF(0, 4), footer.topRight() - QPointF(0, 4));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(p + 1).arg(count));
            painter.drawText(footer.adjusted(0, 0, -120, 0), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(small).elidedText(title, Qt::ElideRight, footer.width() - 120));
        }
        painter.end();
    }
    const QByteArray& bytes = buffer.data();
    return writeFileAtomically(path, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), error);
}

} // namespace grantscope::ui
