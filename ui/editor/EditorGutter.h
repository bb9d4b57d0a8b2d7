// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace grantscope::ui {

class PolicyEditor;

/** The strip left of a PolicyEditor: line numbers and finding markers, with the findings as tooltips. */
class EditorGutter : public QWidget {
    Q_OBJECT

public:
    explicit EditorGutter(PolicyEditor* editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    PolicyEditor* m_editor;
};

} // namespace grantscope::ui
