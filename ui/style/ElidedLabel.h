// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace grantscope::ui {

/**
 * A one-line plain-text label that asks for no width of its own: given less room than its text needs, it
 * shows the text elided (a path keeps its end with Qt::ElideLeft, a name its two ends with Qt::ElideMiddle)
 * and the whole text as its tooltip, so a long file name never makes a dock or a window wider than the screen.
 */
class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(Qt::TextElideMode mode, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Qt::TextElideMode m_mode;
};

} // namespace grantscope::ui
