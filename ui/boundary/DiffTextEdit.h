// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPlainTextEdit>

#include <vector>

namespace grantscope::ui {

/**
 * One side of a side-by-side diff: read-only text whose gutter shows each row's line number on this
 * side (blank on filler rows that only exist to keep both sides aligned).
 */
class DiffTextEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit DiffTextEdit(QWidget* parent = nullptr);

    /** Line numbers per block, 0 for a filler row. */
    void setLineNumbers(std::vector<int> numbers);
    /**
     * A background per block (an invalid colour: none), painted under the text. Unlike extra
     * selections, this costs nothing per changed line until the line is on screen.
     */
    void setLineBackgrounds(std::vector<QColor> colours);
    QColor lineBackground(int block) const;
    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QWidget* m_gutter;
    std::vector<int> m_numbers;
    std::vector<QColor> m_backgrounds;
};

} // namespace grantscope::ui
