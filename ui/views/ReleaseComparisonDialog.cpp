// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ReleaseComparisonDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace grantscope::ui {

ReleaseComparisonDialog::ReleaseComparisonDialog(const ReportReleaseChanges& changes, QWidget* parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("releaseComparisonDialog"));
    setWindowTitle(tr("Changes Since the Earlier Release"));
    m_text->setObjectName(QStringLiteral("releaseComparisonText"));
    m_text->setAccessibleName(tr("What changed since the earlier release"));
    m_text->setOpenLinks(false);
    // Package text is escaped by the report's writer; the browser shows it as the report does.
    m_text->setHtml(QString::fromStdString(releaseChangesToHtml(m_changes)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString ReleaseComparisonDialog::shownText() const
{
    return m_text->toPlainText();
}

} // namespace grantscope::ui
