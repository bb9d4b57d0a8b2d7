// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/SignOffPanel.h"

#include "document/ReviewDocument.h"
#include "report/Palette.h"
#include "style/Palette.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace grantscope::ui {

namespace {

constexpr Recommendation kChoices[]
    = { Recommendation::Approve, Recommendation::ApproveWithBoundary, Recommendation::Reject };

} // namespace

SignOffPanel::SignOffPanel(ReviewDocument* document, QWidget* parent)
    : QFrame(parent)
    , m_document(document)
    , m_changed(new QLabel(this))
    , m_recommendation(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_reviewer(new QLineEdit(this))
    , m_residual(new QLabel(this))
{
    setObjectName(QStringLiteral("signOffPanel"));
    setAccessibleName(tr("Recommendation and sign-off"));
    setFrameShape(QFrame::StyledPanel);

    m_changed->setObjectName(QStringLiteral("packageChangedBanner"));
    m_changed->setAccessibleName(tr("The package changed"));
    m_changed->setWordWrap(true);
    m_changed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changed->setStyleSheet(QStringLiteral("QLabel { border: 2px solid #b45309; background: #fffbeb; color: #451a03; "
                                            "padding: 8px; border-radius: 4px; }"));
    m_changed->hide();
    m_recommendation->setObjectName(QStringLiteral("recommendationLabel"));
    m_reason->setObjectName(QStringLiteral("recommendationReason"));
    m_reason->setWordWrap(true);
    m_residual->setObjectName(QStringLiteral("residualRisk"));
    m_residual->setWordWrap(true);
    m_choice->setObjectName(QStringLiteral("recommendationChoice"));
    m_choice->setAccessibleName(tr("Recommendation"));
    m_choice->addItem(QString()); // "as the decisions give", named in refresh()
    for (Recommendation r : kChoices)
        m_choice->addItem(recommendationName(r), QString::fromLatin1(recommendationKey(r)));
    m_reviewer->setObjectName(QStringLiteral("reviewerName"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_reviewer->setPlaceholderText(tr("Your name, as the report names the reviewer"));

    auto* form = new QFormLayout;
    form->addRow(tr("Recommendation:"), m_recommendation);
    form->addRow(QString(), m_reason);
    form->addRow(tr("Recommend:"), m_choice);
    form->addRow(tr("Reviewer:"), m_reviewer);
    form->addRow(tr("Residual risk:"), m_residual);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_changed);
    layout->addLayout(form);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating)
            return;
        m_document->setRecommendationChoice(
            index <= 0 ? std::nullopt : parseRecommendation(m_choice->itemData(index).toString().toStdString()));
    });
    connect(m_reviewer, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_document->setReviewer(text.trimmed()); });
    for (auto signal :
        { &ReviewDocument::reviewChanged, &ReviewDocument::boundaryChanged, &ReviewDocument::signOffChanged })
        connect(document, signal, this, &SignOffPanel::refresh);
    connect(document, &ReviewDocument::verdictChanged, this, &SignOffPanel::refresh);
    connect(document, &ReviewDocument::packageChangesChanged, this, &SignOffPanel::refreshChanges);
    refresh();
    refreshChanges();
}

void SignOffPanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void SignOffPanel::refresh()
{
    m_updating = true;
    const bool loaded = m_document->review() != nullptr;
    setEnabled(loaded);
    const ReviewRecommendation rec = m_document->recommendation();
    const bool dark = style::isDark(palette());
    const PaletteEntry color = recommendationPalette(rec.value);
    m_recommendation->setText(loaded ? QStringLiteral("<b style=\"color:%1; font-size:large\">%2</b>")
                                           .arg(style::toQColor(dark ? color.dark : color.light).name(),
                                               recommendationName(rec.value).toHtmlEscaped())
                                     : tr("No package is open"));
    m_reason->setText(loaded ? rec.reason : QString());
    fitReason();
    m_choice->setItemText(0, tr("As the decisions give (%1)").arg(recommendationName(rec.computed)));
    const std::optional<Recommendation> chosen = m_document->recommendationChoice();
    m_choice->setCurrentIndex(chosen ? m_choice->findData(QString::fromLatin1(recommendationKey(*chosen))) : 0);
    if (m_reviewer->text().trimmed() != m_document->reviewer())
        m_reviewer->setText(m_document->reviewer());
    const ResidualRisk risk = m_document->residualRisk();
    m_residual->setText(loaded ? tr("%1 (%2) as the vendor asks, %3 (%4) with the boundary")
                                     .arg(risk.before.score)
                                     .arg(risk.before.grade)
                                     .arg(risk.after.score)
                                     .arg(risk.after.grade)
                               : QString());
    m_updating = false;
}

void SignOffPanel::refreshChanges()
{
    const QStringList lines = packageChangeLines(m_document->packageChanges());
    if (lines.isEmpty()) {
        m_changed->clear();
        m_changed->hide();
        return;
    }
    m_changed->setText(tr("The package is not what this review was saved with: the decisions may not fit it. "
                          "Check these files before you sign:")
        + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
    m_changed->show();
}

void SignOffPanel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitReason();
}

// A word-wrapped label in a form is given the height of its text wrapped at its narrowest width, which left an
// empty band of several lines above the reason at ordinary widths: its height is set for the width it has.
void SignOffPanel::fitReason()
{
    const int width = m_reason->width();
    if (width <= 0 || m_reason->text().isEmpty()) {
        m_reason->setMinimumHeight(0);
        m_reason->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    const int height = m_reason->heightForWidth(width);
    if (height > 0 && height != m_reason->height())
        m_reason->setFixedHeight(height);
}

} // namespace grantscope::ui
