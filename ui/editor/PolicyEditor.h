// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "editor/SyntaxHighlighter.h"

#include <QList>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>

#include <vector>

class QVariantAnimation;

namespace grantscope::ui {

class EditorGutter;

/**
 * A read-only viewer of one package file: syntax highlighting, a line-number gutter with finding
 * markers coloured by severity (their tooltips list the findings of the line), the current line
 * highlighted, and a brief flash on the line jumped to. All colours come from the palette.
 */
class PolicyEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    /** A finding shown in the gutter at a 1-based line. */
    struct Marker {
        int line = 0;
        Severity severity = Severity::Info;
        QString text;
    };

    explicit PolicyEditor(QWidget* parent = nullptr);
    ~PolicyEditor() override;

    /** Shows `text` (read-only) with `fileLabel` as its name; clears markers, search and flash. */
    void openText(const QString& fileLabel, const QString& text, Syntax syntax);
    QString fileLabel() const { return m_fileLabel; }
    Syntax syntax() const;
    SyntaxHighlighter* highlighter() const { return m_highlighter; }
    EditorGutter* gutter() const { return m_gutter; }

    void setMarkers(std::vector<Marker> markers);
    const std::vector<Marker>& markers() const { return m_markers; }
    /** The markers of a 1-based line, most severe first. */
    std::vector<Marker> markersAt(int line) const;
    /** The tooltip the gutter shows for a line: its findings, most severe first; empty without any. */
    QString markerToolTip(int line) const;

    /** Places the cursor at a 1-based line and column (columns count code points), centres and flashes the line. */
    void goToLine(int line, int column = 1);
    int currentLine() const; // 1-based
    int currentColumn() const; // 1-based, in code points
    /** The line that is flashing after goToLine(), or 0. */
    int flashedLine() const { return m_flashLine; }
    /** The rectangle of a 1-based line in viewport (and gutter) coordinates; empty when it is not laid out. */
    QRect lineRect(int line) const;
    /** The 1-based line at a y coordinate of the viewport, or 0. */
    int lineAt(int y) const;

    /** Highlights every match of `term` (nothing when empty); returns the number of matches. */
    int setSearchHighlight(const QString& term, QTextDocument::FindFlags flags);
    int searchMatchCount() const { return static_cast<int>(m_matches.size()); }
    /** The 1-based index of the match the cursor selects, or 0. */
    int currentMatchIndex() const;
    /** Selects the next (or, with FindBackward, previous) match of `term`, wrapping around; false when none. */
    bool findText(const QString& term, QTextDocument::FindFlags flags);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class EditorGutter;
    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void updateExtraSelections();

    QString m_fileLabel;
    SyntaxHighlighter* m_highlighter;
    EditorGutter* m_gutter;
    std::vector<Marker> m_markers; // sorted by line, then severity (highest first)
    QList<QTextCursor> m_matches;
    int m_flashLine = 0;
    qreal m_flashStrength = 0.0;
    QVariantAnimation* m_flash;
};

} // namespace grantscope::ui
