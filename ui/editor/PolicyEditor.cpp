// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/PolicyEditor.h"

#include "editor/EditorGutter.h"
#include "models/FindingsModel.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>
#include <QVariantAnimation>

#include <algorithm>

namespace grantscope::ui {

namespace {

constexpr int kMarkerColumn = 16;
constexpr int kMaxHighlightedMatches = 5000;

QColor mix(const QColor& a, const QColor& b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(static_cast<float>(a.redF() * k + b.redF() * amountOfB),
        static_cast<float>(a.greenF() * k + b.greenF() * amountOfB),
        static_cast<float>(a.blueF() * k + b.blueF() * amountOfB));
}

// UTF-16 offset of a 1-based code-point column within `text`, clamped to its end.
int offsetOfColumn(const QString& text, int column)
{
    int offset = 0;
    for (int c = 1; c < column && offset < text.size(); ++c)
        offset += (text.at(offset).isHighSurrogate() && offset + 1 < text.size()) ? 2 : 1;
    return offset;
}

} // namespace

PolicyEditor::PolicyEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SyntaxHighlighter(Syntax::PlainText, document()))
    , m_gutter(new EditorGutter(this))
    , m_flash(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("policyEditor"));
    setAccessibleName(tr("Policy text"));
    setReadOnly(true);
    // Read-only, yet the reviewer moves a visible cursor and selects with the keyboard.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_highlighter->setPalette(palette());

    connect(this, &QPlainTextEdit::blockCountChanged, this, &PolicyEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &PolicyEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        m_gutter->update();
    });

    // The jumped-to line glows, holds, then fades back into the current-line highlight.
    m_flash->setStartValue(1.0);
    m_flash->setKeyValueAt(0.6, 1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(1500);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_flashStrength = value.toReal();
        updateExtraSelections();
    });
    connect(m_flash, &QVariantAnimation::finished, this, [this] {
        m_flashLine = 0;
        m_flashStrength = 0.0;
        updateExtraSelections();
    });

    updateGutterWidth();
    updateExtraSelections();
}

PolicyEditor::~PolicyEditor() = default;

void PolicyEditor::openText(const QString& fileLabel, const QString& text, Syntax syntax)
{
    m_flash->stop();
    m_flashLine = 0;
    m_fileLabel = fileLabel;
    m_markers.clear();
    m_matches.clear();
    m_highlighter->setSyntax(syntax);
    setPlainText(text);
    updateGutterWidth();
    updateExtraSelections();
    m_gutter->update();
}

Syntax PolicyEditor::syntax() const
{
    return m_highlighter->syntax();
}

void PolicyEditor::setMarkers(std::vector<Marker> markers)
{
    std::stable_sort(markers.begin(), markers.end(),
        [](const Marker& a, const Marker& b) { return a.line != b.line ? a.line < b.line : a.severity > b.severity; });
    m_markers = std::move(markers);
    updateExtraSelections();
    m_gutter->update();
}

std::vector<PolicyEditor::Marker> PolicyEditor::markersAt(int line) const
{
    auto first
        = std::lower_bound(m_markers.begin(), m_markers.end(), line, [](const Marker& m, int l) { return m.line < l; });
    std::vector<Marker> out;
    for (auto it = first; it != m_markers.end() && it->line == line; ++it)
        out.push_back(*it);
    return out;
}

QString PolicyEditor::markerToolTip(int line) const
{
    const std::vector<Marker> here = markersAt(line);
    if (here.empty())
        return {};
    QString html = QStringLiteral("<p style='white-space:pre'><b>%1</b>").arg(tr("Line %1").arg(line));
    for (const Marker& m : here)
        html += QStringLiteral("<br><span style='color:%1'>&#9679;</span> <b>%2</b> %3")
                    .arg(FindingsModel::severityColor(m.severity).name(), severityName(m.severity).toHtmlEscaped(),
                        m.text.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

void PolicyEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + offsetOfColumn(block.text(), std::max(column, 1)));
    setTextCursor(cursor);
    centerCursor();
    m_flashLine = block.blockNumber() + 1;
    m_flashStrength = 1.0;
    m_flash->stop();
    m_flash->start();
    updateExtraSelections();
}

int PolicyEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int PolicyEditor::currentColumn() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    return static_cast<int>(before.toUcs4().size()) + 1;
}

QRect PolicyEditor::lineRect(int line) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid() || !block.isVisible())
        return {};
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    return QRect(0, qRound(r.top()), viewport()->width(), qRound(r.height()));
}

int PolicyEditor::lineAt(int y) const
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, y));
    const QRect r = lineRect(cursor.blockNumber() + 1);
    return r.isValid() && y >= r.top() && y <= r.bottom() ? cursor.blockNumber() + 1 : 0;
}

int PolicyEditor::setSearchHighlight(const QString& term, QTextDocument::FindFlags flags)
{
    m_matches.clear();
    flags &= ~QTextDocument::FindBackward;
    if (!term.isEmpty()) {
        QTextCursor c = document()->find(term, 0, flags);
        while (!c.isNull() && m_matches.size() < kMaxHighlightedMatches) {
            m_matches.append(c);
            c = document()->find(term, c, flags);
        }
    }
    updateExtraSelections();
    return static_cast<int>(m_matches.size());
}

int PolicyEditor::currentMatchIndex() const
{
    const QTextCursor cursor = textCursor();
    for (qsizetype i = 0; i < m_matches.size(); ++i)
        if (m_matches.at(i).selectionStart() == cursor.selectionStart()
            && m_matches.at(i).selectionEnd() == cursor.selectionEnd())
            return static_cast<int>(i) + 1;
    return 0;
}

bool PolicyEditor::findText(const QString& term, QTextDocument::FindFlags flags)
{
    if (term.isEmpty())
        return false;
    QTextCursor found = document()->find(term, textCursor(), flags);
    if (found.isNull()) {
        // Wrap around: start again from the other end of the document.
        QTextCursor from(document());
        if (flags & QTextDocument::FindBackward)
            from.movePosition(QTextCursor::End);
        found = document()->find(term, from, flags);
    }
    if (found.isNull())
        return false;
    setTextCursor(found);
    centerCursor();
    return true;
}

void PolicyEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void PolicyEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections();
        m_gutter->update();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
        updateGutterWidth();
    }
}

int PolicyEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return kMarkerColumn + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 12;
}

void PolicyEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void PolicyEditor::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void PolicyEditor::paintGutter(QPaintEvent* event)
{
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), mix(base, text, 0.04));
    painter.setPen(mix(base, text, 0.15));
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1, event->rect().bottom());
    painter.setRenderHint(QPainter::Antialiasing);

    const int current = currentLine();
    const int numberRight = m_gutter->width() - 8;
    QFont normal = font();
    QFont bold = font();
    bold.setBold(true);

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    auto marker = std::lower_bound(
        m_markers.begin(), m_markers.end(), block.blockNumber() + 1, [](const Marker& m, int l) { return m.line < l; });
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && top + height >= event->rect().top()) {
            const QRectF row(0, top, m_gutter->width(), fontMetrics().height());
            painter.setFont(line == current ? bold : normal);
            painter.setPen(line == current ? text : mix(base, text, 0.5));
            painter.drawText(
                QRectF(0, top, numberRight, row.height()), Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            while (marker != m_markers.end() && marker->line < line)
                ++marker;
            if (marker != m_markers.end() && marker->line == line) {
                // Markers are sorted worst first within a line: the dot shows the worst severity.
                const qreal d = std::min<qreal>(row.height() - 4, 10);
                const QRectF dot(3 + (kMarkerColumn - 3 - d) / 2, top + (row.height() - d) / 2, d, d);
                painter.setPen(QPen(mix(FindingsModel::severityColor(marker->severity), text, 0.25), 1));
                painter.setBrush(FindingsModel::severityColor(marker->severity));
                painter.drawEllipse(dot);
                painter.setBrush(Qt::NoBrush);
            }
        }
        block = block.next();
        top += height;
    }
}

void PolicyEditor::updateExtraSelections()
{
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    const bool dark = base.lightnessF() < 0.5;
    QList<QTextEdit::ExtraSelection> selections;
    auto lineSelection = [this](int line, const QColor& color) {
        QTextEdit::ExtraSelection s;
        s.format.setBackground(color);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(document()->findBlockByNumber(line - 1));
        return s;
    };

    int lastLine = 0;
    for (const Marker& m : m_markers) {
        if (m.line == lastLine || m.line < 1 || m.line > blockCount())
            continue;
        lastLine = m.line;
        selections.append(
            lineSelection(m.line, mix(base, FindingsModel::severityColor(m.severity), dark ? 0.16 : 0.10)));
    }
    selections.append(lineSelection(currentLine(), mix(base, highlight, dark ? 0.22 : 0.12)));
    if (m_flashLine > 0)
        selections.append(
            lineSelection(m_flashLine, mix(base, highlight, (dark ? 0.22 : 0.12) + 0.33 * m_flashStrength)));

    const QColor matchColor = dark ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe0, 0x6b);
    for (const QTextCursor& c : std::as_const(m_matches)) {
        QTextEdit::ExtraSelection s;
        s.cursor = c;
        s.format.setBackground(matchColor);
        selections.append(s);
    }
    setExtraSelections(selections);
}

} // namespace grantscope::ui
