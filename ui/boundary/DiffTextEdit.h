// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* m_gutter;
    std::vector<int> m_numbers;
};

} // namespace grantscope::ui
