// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ExplainPanel.h"

#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "review/BoundaryEvaluation.h"
#include "review/Review.h"
#include "style/Palette.h"
#include "style/ShownText.h"
#include "views/ContextKeysModel.h"
#include "views/ExplanationHtml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace grantscope::ui {

ExplainPanel::ExplainPanel(ReviewDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_context(new ContextKeysModel(this))
{
    buildUi();
    connect(document, &ReviewDocument::reviewChanged, this, &ExplainPanel::onReviewChanged);
    // Asked with the boundary being composed, the answer follows every edit of it (one request: cheap).
    connect(document, &ReviewDocument::boundaryChanged, this, [this] {
        if (m_answered && m_useBoundary->isChecked())
            ask();
    });
    onReviewChanged();
}

void ExplainPanel::buildUi()
{
    m_hint = new QLabel(tr("Open a vendor package to ask whether it lets the vendor make a request."), this);
    m_hint->setObjectName(QStringLiteral("explainHint"));
    m_hint->setWordWrap(true);

    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("explainSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setToolTip(tr("The role, user, group, resource-policy grantee or policy that makes the request"));
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setMinimumContentsLength(20);

    m_actionNames = new QStringListModel(this);
    auto* completer = new QCompleter(m_actionNames, this);
    completer->setObjectName(QStringLiteral("explainActionCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("explainAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->setPlaceholderText(tr("kms:Decrypt"));
    m_action->setClearButtonEnabled(true);
    m_action->setCompleter(completer);

    m_resource = new QComboBox(this);
    m_resource->setObjectName(QStringLiteral("explainResource"));
    m_resource->setAccessibleName(tr("Resource"));
    m_resource->setEditable(true);
    m_resource->setInsertPolicy(QComboBox::NoInsert);
    m_resource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_resource->setMinimumContentsLength(20);
    m_resource->lineEdit()->setPlaceholderText(tr("An ARN, or * for an action that takes no resource"));
    m_resource->setToolTip(tr("The drop-down lists the ARN formats of the action's resource types: replace "
                              "each ${…} with the resource's own value."));

    m_principal = new QLineEdit(this);
    m_principal->setObjectName(QStringLiteral("explainPrincipal"));
    m_principal->setAccessibleName(tr("Principal"));
    m_principal->setClearButtonEnabled(true);
    m_principal->setPlaceholderText(tr("Who asks: an account id, an ARN or a service principal (optional)"));
    m_principal->setToolTip(tr("For a resource policy only: statements whose Principal does not name who asks do "
                               "not apply. Empty: every principal the statements name."));

    m_contextTable = new QTableView(this);
    m_contextTable->setObjectName(QStringLiteral("explainContext"));
    m_contextTable->setAccessibleName(tr("Condition keys of the request"));
    m_contextTable->setModel(m_context);
    m_contextTable->verticalHeader()->hide();
    m_contextTable->horizontalHeader()->setStretchLastSection(true);
    m_contextTable->horizontalHeader()->resizeSection(ContextKeysModel::KeyColumn, 200);
    m_contextTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Room for the header and three keys: most requests carry none or one, the answer needs the height.
    m_contextTable->setMinimumHeight(m_contextTable->fontMetrics().lineSpacing() * 4);
    m_contextTable->setMaximumHeight(m_contextTable->fontMetrics().lineSpacing() * 5);
    m_addKey = new QPushButton(tr("Add Key"), this);
    m_addKey->setObjectName(QStringLiteral("explainAddKey"));
    m_removeKey = new QPushButton(tr("Remove Key"), this);
    m_removeKey->setObjectName(QStringLiteral("explainRemoveKey"));
    auto* keyButtons = new QVBoxLayout;
    keyButtons->addWidget(m_addKey);
    keyButtons->addWidget(m_removeKey);
    keyButtons->addStretch(1);
    auto* keys = new QHBoxLayout;
    keys->addWidget(m_contextTable, 1);
    keys->addLayout(keyButtons);

    m_useBoundary = new QCheckBox(tr("Apply the &boundary being composed"), this);
    m_useBoundary->setObjectName(QStringLiteral("explainUseBoundary"));
    m_useBoundary->setToolTip(tr("Unchecked, the subject's own permissions boundary applies, if it has one."));
    m_ask = new QPushButton(tr("&Ask"), this);
    m_ask->setObjectName(QStringLiteral("explainAsk"));
    m_ask->setDefault(true);
    auto* askRow = new QHBoxLayout;
    askRow->addWidget(m_useBoundary, 1);
    askRow->addWidget(m_ask);

    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("A&ction:"), m_action);
    form->addRow(tr("&Resource:"), m_resource);
    form->addRow(tr("&Principal:"), m_principal);
    auto* keysLabel = new QLabel(tr("Condition &keys:"), m_form);
    keysLabel->setBuddy(m_contextTable);
    form->addRow(keysLabel, keys);
    form->addRow(askRow);

    m_decision = new QLabel(this);
    m_decision->setObjectName(QStringLiteral("explainDecision"));
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("explainDetails"));
    m_details->setAccessibleName(tr("Why"));
    m_details->setOpenLinks(false); // only our own "loc:" links are followed
    connect(m_details, &QTextBrowser::anchorClicked, this, &ExplainPanel::openLink);

    m_fixes = new QWidget(this);
    m_fixes->setObjectName(QStringLiteral("explainFixes"));
    m_fixLayout = new QVBoxLayout(m_fixes);
    m_fixLayout->setContentsMargins(0, 0, 0, 0);
    m_fixes->hide();

    auto* answer = new QWidget(this);
    auto* answerLayout = new QVBoxLayout(answer);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_decision);
    answerLayout->addWidget(m_fixes);
    answerLayout->addWidget(m_details, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_form);
    layout->addWidget(answer, 1);

    connect(m_action, &QLineEdit::textChanged, this, &ExplainPanel::onActionChanged);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &ExplainPanel::onSubjectChanged);
    connect(m_principal, &QLineEdit::returnPressed, this, &ExplainPanel::ask);
    connect(m_action, &QLineEdit::returnPressed, this, &ExplainPanel::ask);
    connect(m_resource->lineEdit(), &QLineEdit::returnPressed, this, &ExplainPanel::ask);
    connect(m_ask, &QPushButton::clicked, this, &ExplainPanel::ask);
    connect(m_addKey, &QPushButton::clicked, this, [this] {
        const int row = m_context->addEntry();
        const QModelIndex key = m_context->index(row, ContextKeysModel::KeyColumn);
        m_contextTable->setCurrentIndex(key);
        m_contextTable->edit(key);
    });
    connect(m_removeKey, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_contextTable->currentIndex(); current.isValid())
            m_context->removeRows(current.row(), 1);
    });
}

void ExplainPanel::onReviewChanged()
{
    const Review* review = m_document->review();
    const bool open = review && !review->package.empty();
    m_hint->setVisible(!open);
    m_form->setEnabled(open);
    m_subject->clear();
    if (open) {
        for (const std::string& s : explainSubjects(review->package)) {
            const auto role = std::find_if(review->package.roles.begin(), review->package.roles.end(),
                [&](const RoleRecord& r) { return r.name == s; });
            const std::string kind = role != review->package.roles.end() ? role->kind : std::string("policy");
            m_subject->addItem(
                QStringLiteral("%1 (%2)").arg(shownText(s), QString::fromStdString(kind)), QString::fromStdString(s));
            m_subject->setItemData(m_subject->count() - 1, QString::fromStdString(kind), Qt::UserRole + 1);
        }
        onSubjectChanged(); // the first subject's kind is known only now
        // The catalogue is loaded with the first package, not before: the window opens without it.
        if (m_actionNames->rowCount() == 0) {
            const Catalog& catalog = Catalog::bundled();
            QStringList names;
            names.reserve(catalog.actionCount());
            for (int i = 0; i < catalog.actionCount(); ++i)
                names << QString::fromStdString(catalog.actionName(i));
            m_actionNames->setStringList(names);
        }
    }
    m_explanation = {};
    m_answered = false;
    showAnswer();
}

void ExplainPanel::onActionChanged()
{
    const QString typed = m_resource->currentText();
    const QSignalBlocker blocker(m_resource);
    m_resource->clear();
    if (m_document->review())
        for (const std::string& t : resourceTemplates(Catalog::bundled(), m_action->text().trimmed().toStdString()))
            m_resource->addItem(QString::fromStdString(t));
    m_resource->setEditText(typed);
}

void ExplainPanel::onSubjectChanged()
{
    // Only a resource policy's statements name principals: for the others the field would change nothing.
    m_principal->setEnabled(m_subject->currentData(Qt::UserRole + 1).toString() == QLatin1String("resource-policy"));
}

ExplainQuestion ExplainPanel::question() const
{
    ExplainQuestion q;
    q.subject = m_subject->currentData().toString().toStdString();
    q.action = m_action->text().trimmed().toStdString();
    q.resource = m_resource->currentText().trimmed().toStdString();
    q.context = m_context->context();
    if (m_principal->isEnabled())
        q.principal = m_principal->text().trimmed().toStdString();
    if (m_useBoundary->isChecked()) {
        const std::shared_ptr<const BoundaryEvaluation> boundary = m_document->boundary();
        q.boundary = &boundary->policy;
        q.draft = &boundary->draft;
    }
    return q;
}

void ExplainPanel::ask()
{
    const Review* review = m_document->review();
    if (!review)
        return;
    // The evaluation is held for the whole call: question() points into it.
    const std::shared_ptr<const BoundaryEvaluation> boundary = m_document->boundary();
    m_explanation = explainRequest(Catalog::bundled(), review->package, question());
    m_answered = true;
    showAnswer();
}

void ExplainPanel::setQuestion(const ExplainQuestion& q)
{
    if (const int row = m_subject->findData(QString::fromStdString(q.subject)); row >= 0)
        m_subject->setCurrentIndex(row);
    m_action->setText(QString::fromStdString(q.action));
    m_resource->setEditText(QString::fromStdString(q.resource));
    m_principal->setText(QString::fromStdString(q.principal));
    m_context->setEntries({});
}

void ExplainPanel::explainFinding(int finding)
{
    const Review* review = m_document->review();
    if (!review || finding < 0 || finding >= static_cast<int>(review->analysis.findings.size()))
        return;
    setQuestion(questionFromFinding(Catalog::bundled(), review->analysis.findings[static_cast<size_t>(finding)]));
    ask();
}

QString ExplainPanel::whyNoQuestion(const Finding& finding)
{
    if (!questionFromFinding(Catalog::bundled(), finding).action.empty())
        return {};
    if (finding.category == "trust")
        return tr("This finding is about who may assume the role, not about a request the vendor makes.");
    return tr("This finding names no action the vendor could request.");
}

QString ExplainPanel::decisionText(const Explanation& e)
{
    const QString subject = shownText(e.subject);
    const QString action = shownText(e.action);
    const QString resource = shownText(e.resource);
    switch (e.decision) {
    case Decision::Allowed:
        if (e.needsNoPermission)
            return tr("Allowed: AWS lets every caller do %1, %2 included; it needs no permission, and no policy or "
                      "boundary, not even an explicit deny, stops it.")
                .arg(action, subject);
        return tr("Allowed: %1 can do %2 on %3.").arg(subject, action, resource);
    case Decision::ExplicitlyDenied:
        return tr("Denied explicitly: a Deny statement matches, so %1 cannot do %2 on %3.")
            .arg(subject, action, resource);
    case Decision::ImplicitlyDenied:
        if (e.identityAllows && !e.boundaryAllows)
            return tr("Denied implicitly: the policies allow it but the boundary does not, so %1 cannot do %2 on %3.")
                .arg(subject, action, resource);
        return tr("Denied implicitly: no statement allows it, so %1 cannot do %2 on %3.")
            .arg(subject, action, resource);
    }
    return {};
}

void ExplainPanel::showAnswer()
{
    QPalette palette = m_decision->palette();
    if (!m_answered) {
        m_decision->setText(m_document->review()
                ? tr("Name a request and press Ask: the answer says whether the vendor can make it, and why.")
                : QString());
        m_decision->setPalette(QPalette());
        m_decision->setFont(font());
        m_details->clear();
    } else if (!m_explanation.ok()) {
        m_decision->setText(tr("The question could not be asked: %1").arg(m_explanation.error));
        m_decision->setFont(font());
        palette.setColor(QPalette::WindowText, style::severityColor(Severity::Critical, style::isDark(palette)));
        m_decision->setPalette(palette);
        m_details->clear();
    } else {
        QFont big = font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.15);
        m_decision->setFont(big);
        QString text = decisionText(m_explanation);
        if (!m_explanation.unresolvedPolicies.empty())
            text += QLatin1Char(' ') + tr("The answer is incomplete: see below.");
        m_decision->setText(text);
        palette.setColor(QPalette::WindowText, style::decisionColor(m_explanation.decision, palette));
        m_decision->setPalette(palette);
        m_details->setHtml(explanationHtml(m_explanation, style::isDark(m_details->palette())));
    }
    showFixes();
}

void ExplainPanel::showFixes()
{
    // The rows go later: this may run inside the click of one of their buttons.
    while (QLayoutItem* item = m_fixLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            for (QObject* named : w->findChildren<QObject*>())
                named->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    const bool offered = m_answered && m_explanation.ok() && m_explanation.decision == Decision::Allowed
        && m_explanation.boundarySource != "not-applicable";
    m_fixes->setVisible(offered);
    if (!offered)
        return;
    auto* heading = new QLabel(m_explanation.fixes.empty()
            ? (m_explanation.needsNoPermission ? tr("No boundary can deny it.")
                                               : tr("No boundary edit found that would deny it."))
            : tr("Boundary edits that would deny it (each checked by asking again with it applied):"),
        m_fixes);
    heading->setWordWrap(true);
    m_fixLayout->addWidget(heading);
    for (size_t i = 0; i < m_explanation.fixes.size(); ++i) {
        const ExplainFix& fix = m_explanation.fixes[i];
        auto* row = new QWidget(m_fixes);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const QString description = shownText(fix.edit.description());
        auto* label = new QLabel(fix.decision == Decision::ExplicitlyDenied
                ? tr("%1 (then denied explicitly)").arg(description)
                : tr("%1 (then denied implicitly)").arg(description),
            row);
        label->setObjectName(QStringLiteral("explainFixText%1").arg(i));
        label->setWordWrap(true);
        auto* apply = new QPushButton(tr("Apply"), row);
        apply->setObjectName(QStringLiteral("explainApplyFix%1").arg(i));
        apply->setAccessibleName(tr("Apply: %1").arg(description));
        apply->setToolTip(tr("Adds this deny to the boundary being composed (one step to undo)."));
        connect(apply, &QPushButton::clicked, this, [this, i] { applyFix(i); });
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(apply);
        m_fixLayout->addWidget(row);
    }
}

void ExplainPanel::applyFix(size_t index)
{
    if (index >= m_explanation.fixes.size())
        return;
    const BoundaryEdit edit = m_explanation.fixes[index].edit; // the answer is replaced while it is applied
    // The fix went into the draft: the answer now shows the request with it, denied.
    if (!m_useBoundary->isChecked()) {
        const QSignalBlocker blocker(m_useBoundary);
        m_useBoundary->setChecked(true);
    }
    m_document->pushBoundaryEdit(edit);
}

void ExplainPanel::openLink(const QUrl& link)
{
    const QString target = link.toString();
    if (!target.startsWith(QLatin1String("loc:")) || target.size() < 6)
        return;
    const bool matched = target.at(4) == QLatin1Char('m');
    bool ok = false;
    const qsizetype i = target.mid(5).toLongLong(&ok);
    const std::vector<StatementTrace>& list = matched ? m_explanation.matched : m_explanation.notMatched;
    if (!ok || i < 0 || static_cast<size_t>(i) >= list.size())
        return;
    const StatementTrace& s = list[static_cast<size_t>(i)];
    Q_EMIT locationActivated(s.file, s.location.line, s.location.column);
}

} // namespace grantscope::ui
