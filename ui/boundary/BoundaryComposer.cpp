// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundaryComposer.h"

#include "boundary/ActionTreeModel.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/BoundaryFile.h"
#include "boundary/BoundaryImport.h"
#include "boundary/DenyListModel.h"
#include "boundary/Mitigations.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "policy/PolicyParser.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace grantscope::ui {

namespace {

// A tab widget as tall as its page shown needs: QTabWidget's own size hint adds some 30 pixels under the short
// "On a resource" form, height the mitigations and the JSON need on a 720-pixel screen.
class FittedTabs : public QTabWidget {
public:
    using QTabWidget::QTabWidget;
    QSize sizeHint() const override { return { QTabWidget::sizeHint().width(), minimumSizeHint().height() }; }
};

// A button's label in lines of at most `width` characters, broken between words: a QPushButton does not wrap,
// and a long mitigation ("Deny ec2:StopInstances, ... on resources tagged env=production") ran out of sight.
QString wrapped(const QString& text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}
const char* const kFindingsProperty = "grantscopeFindings";
const char* const kEditsProperty = "grantscopeEdits";

// Identifies a list of edits by what they change.
QString editKey(const std::vector<BoundaryEdit>& edits)
{
    QStringList key;
    for (const BoundaryEdit& e : edits)
        key << e.description();
    return key.join(QLatin1Char('\n'));
}
} // namespace

BoundaryComposer::BoundaryComposer(ReviewDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ActionTreeModel(document, this))
    , m_denyModel(new DenyListModel(document, this))
{
    setObjectName(QStringLiteral("boundaryComposer"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("boundaryTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    // Every column as wide as its contents: a service or action name is never cut short to make room for the
    // counts; in a narrow window the tree scrolls sideways instead.
    m_tree->header()->setSectionResizeMode(ActionTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ActionTreeModel::EffectColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ActionTreeModel::FindingsColumn, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Actions the vendor asks for; checked actions are allowed by the boundary"));

    // Base and history.
    m_base = new QComboBox(this);
    m_base->setObjectName(QStringLiteral("boundaryBase"));
    m_base->addItem(tr("Allow everything, then deny"));
    m_base->addItem(tr("Allow only what the vendor asks for"));
    m_base->setAccessibleName(tr("Boundary base"));
    connect(m_base, &QComboBox::activated, this, &BoundaryComposer::baseChosen);
    QUndoStack* stack = document->undoStack();
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("boundaryUndo"));
    m_redo = new QPushButton(tr("Redo"), this);
    m_redo->setObjectName(QStringLiteral("boundaryRedo"));
    connect(m_undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QWidget::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, &QWidget::setToolTip);
    connect(stack, &QUndoStack::redoTextChanged, m_redo, &QWidget::setToolTip);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_import = new QPushButton(tr("Import…"), this);
    m_import->setObjectName(QStringLiteral("boundaryImport"));
    m_import->setToolTip(tr("Continue from a boundary kept as a file (JSON, CloudFormation or Terraform)"));
    connect(m_import, &QPushButton::clicked, this, &BoundaryComposer::chooseBoundaryFile);
    auto* baseRow = new QHBoxLayout;
    auto* baseLabel = new QLabel(tr("&Base:"), this);
    baseLabel->setBuddy(m_base);
    baseRow->addWidget(baseLabel);
    baseRow->addWidget(m_base, 1);
    baseRow->addWidget(m_undo);
    baseRow->addWidget(m_redo);
    baseRow->addWidget(m_import);

    // One-click mitigations, generated per package.
    auto* mitigationBox = new QGroupBox(tr("Mitigations for high and critical findings"), this);
    m_mitigations = new QWidget(mitigationBox);
    m_mitigationLayout = new QVBoxLayout(m_mitigations);
    m_mitigationLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(mitigationBox);
    scroll->setObjectName(QStringLiteral("mitigationScroll"));
    scroll->setWidget(m_mitigations);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_mitigationScroll = scroll;
    auto* mitigationLayout = new QVBoxLayout(mitigationBox);
    mitigationLayout->addWidget(scroll);
    // The box's own maximum follows the scroll area's (set per package), so it is never taller than its buttons.
    mitigationLayout->setSizeConstraint(QLayout::SetMinAndMaxSize);

    // Denies: on one resource, or whenever a condition holds; then every deny of the draft.
    auto* denyBox = new QGroupBox(tr("Denies"), this);
    auto* denyTabs = new FittedTabs(denyBox);
    denyTabs->setObjectName(QStringLiteral("denyTabs"));
    denyTabs->setDocumentMode(true);

    auto* onResource = new QWidget(denyTabs);
    m_denyAction = new QLineEdit(onResource);
    m_denyAction->setObjectName(QStringLiteral("denyOnAction"));
    m_denyAction->setPlaceholderText(tr("ec2:*"));
    m_denyArn = new QLineEdit(onResource);
    m_denyArn->setObjectName(QStringLiteral("denyOnArn"));
    m_denyArn->setPlaceholderText(tr("arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0"));
    m_addDeny = new QPushButton(tr("Add deny"), onResource);
    m_addDeny->setObjectName(QStringLiteral("addDenyOn"));
    connect(m_addDeny, &QPushButton::clicked, this, &BoundaryComposer::addDenyOn);
    // Selecting a service or an action in the tree proposes it for the deny forms ("ec2:*",
    // "kms:Decrypt"), unless the reviewer typed something else there.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid())
            return;
        const auto kind = static_cast<ActionTreeModel::NodeKind>(current.data(ActionTreeModel::NodeKindRole).toInt());
        const QString proposed = kind == ActionTreeModel::NodeKind::Action
            ? current.data(ActionTreeModel::ActionNameRole).toString()
            : current.data(ActionTreeModel::ServicePrefixRole).toString() + QStringLiteral(":*");
        for (QLineEdit* field : { m_denyAction, m_condActions })
            if (field->text().isEmpty() || field->text() == m_proposedAction)
                field->setText(proposed);
        m_proposedAction = proposed;
    });
    connect(m_denyArn, &QLineEdit::returnPressed, this, &BoundaryComposer::addDenyOn);
    auto* resourceForm = new QFormLayout(onResource);
    resourceForm->addRow(tr("&Actions:"), m_denyAction);
    auto* arnRow = new QHBoxLayout;
    arnRow->addWidget(m_denyArn, 1);
    arnRow->addWidget(m_addDeny);
    auto* arnLabel = new QLabel(tr("&Resource ARN:"), onResource);
    arnLabel->setBuddy(m_denyArn);
    resourceForm->addRow(arnLabel, arnRow);
    denyTabs->addTab(onResource, tr("On a resource"));

    auto* onCondition = new QWidget(denyTabs);
    m_condActions = new QLineEdit(onCondition);
    m_condActions->setObjectName(QStringLiteral("conditionActions"));
    m_condActions->setPlaceholderText(tr("ec2:StopInstances, ec2:TerminateInstances"));
    m_condKey = new QComboBox(onCondition);
    m_condKey->setObjectName(QStringLiteral("conditionKey"));
    m_condKey->setEditable(true);
    m_condKey->addItems({ QStringLiteral("aws:ResourceTag/env"), QStringLiteral("aws:RequestedRegion"),
        QStringLiteral("aws:SourceIp"), QStringLiteral("aws:SourceVpce"), QStringLiteral("aws:PrincipalTag/team"),
        QStringLiteral("aws:RequestTag/env"), QStringLiteral("aws:TagKeys"), QStringLiteral("aws:CalledVia"),
        QStringLiteral("aws:ViaAWSService"), QStringLiteral("aws:SecureTransport") });
    m_condOperator = new QComboBox(onCondition);
    m_condOperator->setObjectName(QStringLiteral("conditionOperator"));
    m_condOperator->setEditable(true);
    m_condOperator->addItems({ QStringLiteral("StringEquals"), QStringLiteral("StringNotEquals"),
        QStringLiteral("StringLike"), QStringLiteral("StringNotLike"), QStringLiteral("ArnLike"),
        QStringLiteral("ArnNotLike"), QStringLiteral("IpAddress"), QStringLiteral("NotIpAddress"),
        QStringLiteral("Bool"), QStringLiteral("Null"), QStringLiteral("ForAnyValue:StringEquals"),
        QStringLiteral("ForAllValues:StringEquals"), QStringLiteral("StringNotEqualsIfExists") });
    m_condValues = new QLineEdit(onCondition);
    m_condValues->setObjectName(QStringLiteral("conditionValues"));
    m_condValues->setPlaceholderText(tr("production, prod"));
    m_addCondition = new QPushButton(tr("Add deny"), onCondition);
    m_addCondition->setObjectName(QStringLiteral("addConditionalDeny"));
    m_condError = new QLabel(onCondition);
    m_condError->setObjectName(QStringLiteral("conditionError"));
    m_condError->setWordWrap(true);
    m_condError->hide();
    connect(m_addCondition, &QPushButton::clicked, this, &BoundaryComposer::addConditionalDeny);
    connect(m_condValues, &QLineEdit::returnPressed, this, &BoundaryComposer::addConditionalDeny);
    auto* conditionForm = new QFormLayout(onCondition);
    conditionForm->addRow(tr("A&ctions:"), m_condActions);
    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(m_condKey, 3);
    whenRow->addWidget(m_condOperator, 2);
    auto* whenLabel = new QLabel(tr("&When:"), onCondition);
    whenLabel->setBuddy(m_condKey);
    conditionForm->addRow(whenLabel, whenRow);
    auto* valuesRow = new QHBoxLayout;
    valuesRow->addWidget(m_condValues, 1);
    valuesRow->addWidget(m_addCondition);
    auto* valuesLabel = new QLabel(tr("&Values:"), onCondition);
    valuesLabel->setBuddy(m_condValues);
    conditionForm->addRow(valuesLabel, valuesRow);
    conditionForm->addRow(m_condError);
    denyTabs->addTab(onCondition, tr("When a condition holds"));
    // A tab widget is as tall as its tallest page: the short "On a resource" page would leave the condition
    // form's height empty below it, height the mitigations need on a 720-pixel screen. Only the page shown
    // counts.
    auto fitToCurrent = [denyTabs](int current) {
        for (int i = 0; i < denyTabs->count(); ++i)
            denyTabs->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        denyTabs->updateGeometry();
    };
    connect(denyTabs, &QTabWidget::currentChanged, this, fitToCurrent);
    fitToCurrent(denyTabs->currentIndex());

    m_denyList = new QListView(denyBox);
    m_denyList->setObjectName(QStringLiteral("denyOnList"));
    m_denyList->setModel(m_denyModel);
    m_denyList->setMaximumHeight(110);
    m_denyList->setAccessibleName(tr("Denies of the boundary"));
    m_removeDeny = new QPushButton(tr("Remove"), denyBox);
    m_removeDeny->setObjectName(QStringLiteral("removeDenyOn"));
    connect(m_removeDeny, &QPushButton::clicked, this, &BoundaryComposer::removeDenyOn);
    auto* denyLayout = new QVBoxLayout(denyBox);
    denyLayout->addWidget(denyTabs);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_denyList, 1);
    listRow->addWidget(m_removeDeny, 0, Qt::AlignTop);
    denyLayout->addLayout(listRow);

    // What would be saved.
    auto* jsonBox = new QGroupBox(tr("Boundary policy"), this);
    m_json = new QPlainTextEdit(jsonBox);
    m_json->setObjectName(QStringLiteral("boundaryJson"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("Boundary policy JSON"));
    m_size = new QLabel(jsonBox);
    m_size->setObjectName(QStringLiteral("boundarySize"));
    m_error = new QLabel(jsonBox);
    m_error->setObjectName(QStringLiteral("boundaryError"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    auto* jsonLayout = new QVBoxLayout(jsonBox);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_size);
    jsonLayout->addWidget(m_error);

    auto* side = new QWidget(this);
    // A large package's edit is evaluated on a worker: until it arrives the counts, mitigations and JSON
    // shown are those of the draft before, and this says so.
    m_evaluating = new QWidget(side);
    m_evaluating->setObjectName(QStringLiteral("boundaryEvaluating"));
    auto* busy = new QProgressBar(m_evaluating);
    busy->setRange(0, 0);
    busy->setMaximumWidth(100);
    busy->setTextVisible(false);
    auto* busyText = new QLabel(tr("Evaluating the edit on every policy of the package…"), m_evaluating);
    busyText->setWordWrap(true);
    auto* busyRow = new QHBoxLayout(m_evaluating);
    busyRow->setContentsMargins(0, 0, 0, 0);
    busyRow->addWidget(busy);
    busyRow->addWidget(busyText, 1);
    m_evaluating->setVisible(document->isEvaluatingBoundary());
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(baseRow);
    sideLayout->addWidget(m_evaluating);
    // Height left over goes to the mitigations (their buttons shown whole rather than behind a scroll bar) as
    // much as to the boundary's JSON, but never more than the buttons need (setMitigations()): the rest goes to
    // the JSON, not to empty space under the buttons.
    sideLayout->addWidget(mitigationBox, 1);
    sideLayout->addWidget(denyBox);
    sideLayout->addWidget(jsonBox, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(document, &ReviewDocument::reviewChanged, this, &BoundaryComposer::rebuildMitigations);
    connect(document, &ReviewDocument::boundaryChanged, this, &BoundaryComposer::updateFromBoundary);
    connect(document, &ReviewDocument::boundaryEvaluating, m_evaluating, &QWidget::show);
    rebuildMitigations();
}

void BoundaryComposer::rebuildMitigations()
{
    while (QLayoutItem* item = m_mitigationLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Review* review = m_document->review();
    if (review) {
        const Catalog& catalog = Catalog::bundled();
        const auto& findings = review->analysis.findings;
        // One button per rule: several findings of one rule (one per role) are mitigated together.
        std::vector<std::string> rules;
        for (const Finding& f : findings)
            if (f.severity >= Severity::High && std::find(rules.begin(), rules.end(), f.rule) == rules.end())
                rules.push_back(f.rule);
        for (const std::string& rule : rules) {
            std::vector<BoundaryEdit> edits;
            QVariantList indices;
            QString title;
            QString mitigation;
            for (size_t i = 0; i < findings.size(); ++i) {
                const Finding& f = findings[i];
                if (f.rule != rule || f.severity < Severity::High)
                    continue;
                for (BoundaryEdit& e : Mitigations::forFinding(f, catalog))
                    if (std::find(edits.begin(), edits.end(), e) == edits.end())
                        edits.push_back(std::move(e));
                indices << static_cast<int>(i);
                title = f.title;
                mitigation = f.mitigation;
            }
            if (edits.empty())
                continue;
            // Rules that call for the same edits (two KMS rules, say) share one button.
            QPushButton* same = nullptr;
            for (QPushButton* b : m_mitigations->findChildren<QPushButton*>())
                if (b->property(kEditsProperty).toString() == editKey(edits))
                    same = b;
            if (same) {
                same->setProperty(kFindingsProperty, same->property(kFindingsProperty).toList() + indices);
                continue;
            }
            const QString text = edits.size() == 1
                ? edits.front().description()
                : tr("%1 (+%n more edit(s))", nullptr, static_cast<int>(edits.size() - 1))
                      .arg(edits.front().description());
            auto* button = new QPushButton(wrapped(text, 56), m_mitigations);
            button->setObjectName(QStringLiteral("mitigate-") + QString::fromStdString(rule));
            button->setToolTip(
                QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), mitigation.toHtmlEscaped()));
            button->setAccessibleDescription(title);
            button->setProperty(kFindingsProperty, indices);
            button->setProperty(kEditsProperty, editKey(edits));
            connect(button, &QPushButton::clicked, this,
                [this, edits, title] { m_document->pushBoundaryEdits(edits, tr("Mitigate: %1").arg(title)); });
            m_mitigationLayout->addWidget(button);
            button->show();
        }
    }
    if (m_mitigationLayout->isEmpty()) {
        auto* none = new QLabel(tr("No high or critical finding that a boundary can mitigate."), m_mitigations);
        none->setWordWrap(true);
        m_mitigationLayout->addWidget(none);
        none->show();
    }
    m_mitigationLayout->addStretch(1);
    m_mitigationScroll->setMaximumHeight(m_mitigations->sizeHint().height() + 2 * m_mitigationScroll->frameWidth());
    // The services the findings are about come first in the tree; open them.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex service = m_model->index(r, 0);
        if (service.data(ActionTreeModel::FindingCountRole).toInt() > 0)
            m_tree->expand(service);
    }
    updateFromBoundary();
}

void BoundaryComposer::updateFromBoundary()
{
    m_evaluating->setVisible(m_document->isEvaluatingBoundary());
    const auto boundary = m_document->boundary();
    {
        const QSignalBlocker blocker(m_base);
        m_base->setCurrentIndex(boundary->draft.base == BoundaryBase::AllowAll ? 0 : 1);
    }
    for (QPushButton* button : m_mitigations->findChildren<QPushButton*>()) {
        bool done = true;
        for (const QVariant& v : button->property(kFindingsProperty).toList())
            done = done && m_document->findingMitigated(v.toInt());
        button->setEnabled(!done);
    }

    const CompactedBoundary& c = boundary->compacted;
    const QString json = QString::fromStdString(c.json);
    if (m_json->toPlainText() != json)
        m_json->setPlainText(json);
    const QString size = tr("%1 of %2 characters")
                             .arg(QLocale().toString(static_cast<qlonglong>(c.size)),
                                 QLocale().toString(static_cast<qlonglong>(BoundaryCompactor::kManagedPolicyLimit)));
    m_size->setText(c.fits ? size : tr("%1: too large for a managed policy").arg(size));
    QStringList problems;
    for (const Diagnostic& d : c.diagnostics)
        if (d.severity == DiagnosticSeverity::Error)
            problems << d.message;
    for (const Diagnostic& d : boundary->problems)
        problems << d.message;
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
    m_removeDeny->setEnabled(m_denyModel->rowCount() > 0);
}

void BoundaryComposer::addDenyOn()
{
    const QString action = m_denyAction->text().trimmed();
    const QString arn = m_denyArn->text().trimmed();
    if (action.isEmpty() || arn.isEmpty())
        return;
    m_document->pushBoundaryEdit(
        BoundaryEdit::denyOnResources({ ArnDeny { action.toStdString(), arn.toStdString() } }));
    m_denyArn->clear();
}

void BoundaryComposer::addConditionalDeny()
{
    auto split = [](const QString& text) {
        std::vector<std::string> out;
        for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            out.push_back(part.toStdString());
        return out;
    };
    const std::vector<std::string> actions = split(m_condActions->text());
    const QString key = m_condKey->currentText().trimmed();
    const QString op = m_condOperator->currentText().trimmed();
    // Values may hold spaces (a tag value): only commas separate them.
    std::vector<std::string> values;
    for (const QString& v : m_condValues->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!v.trimmed().isEmpty())
            values.push_back(v.trimmed().toStdString());
    QString problem;
    std::optional<ConditionClause> clause = PolicyParser::parseOperator(op.toStdString());
    if (actions.empty())
        problem = tr("Name the actions to deny.");
    else if (!clause)
        problem = tr("\"%1\" is not a condition operator IAM knows.").arg(op);
    else if (key.isEmpty() || key.contains(QLatin1Char(' ')))
        problem = tr("Name one condition key, such as aws:ResourceTag/env.");
    else if (values.empty())
        problem = tr("Give at least one value.");
    m_condError->setText(problem);
    m_condError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    clause->key = key.toStdString();
    clause->values = values;
    m_document->pushBoundaryEdit(BoundaryEdit::denyWhen({ actions, *clause }));
    m_condValues->clear();
}

void BoundaryComposer::removeDenyOn()
{
    const QModelIndex current = m_denyList->currentIndex();
    const int row = current.isValid() ? current.row() : m_denyModel->rowCount() - 1;
    if (row < 0 || row >= m_denyModel->rowCount())
        return;
    m_document->pushBoundaryEdit(m_denyModel->entry(row).withdrawn());
}

void BoundaryComposer::baseChosen(int index)
{
    const BoundaryBase base = index == 0 ? BoundaryBase::AllowAll : BoundaryBase::VendorGrants;
    if (base != m_document->boundaryDraft().base)
        m_document->pushBoundaryEdit(BoundaryEdit::setBase(base, m_document->vendorActions()));
}

QString BoundaryComposer::importBoundaryFile(const QString& path)
{
    Diagnostics diagnostics;
    std::optional<BoundaryDraft> draft;
    if (const std::optional<Policy> policy = readBoundaryFile(path, diagnostics))
        draft = draftFromBoundary(*policy, Catalog::bundled(), m_document->vendorActions(), diagnostics);
    if (!draft) {
        QStringList lines;
        for (const Diagnostic& d : diagnostics)
            if (d.severity == DiagnosticSeverity::Error)
                lines << d.toString();
        if (lines.isEmpty())
            lines << tr("%1 holds no boundary").arg(path);
        return lines.join(QLatin1Char('\n'));
    }
    const std::vector<BoundaryEdit> edits = editsReplacingDraft(m_document->boundaryDraft(), *draft);
    if (!edits.empty())
        m_document->pushBoundaryEdits(edits, tr("Import boundary from %1").arg(QFileInfo(path).fileName()));
    return {};
}

void BoundaryComposer::chooseBoundaryFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Boundary"), {}, tr("Boundaries (*.json *.yaml *.yml *.template *.tf);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString problems = importBoundaryFile(path); !problems.isEmpty())
        QMessageBox::warning(this, tr("Import Boundary"),
            tr("The boundary was not imported; the draft is unchanged.\n\n%1").arg(problems));
}

} // namespace grantscope::ui
