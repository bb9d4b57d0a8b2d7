// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/FindingsView.h"

#include "document/ReviewDocument.h"
#include "models/FindingsFilterModel.h"
#include "models/FindingsModel.h"
#include "report/SubjectLabels.h"
#include "review/Review.h"
#include "style/ShownText.h"
#include "views/ExplainPanel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <array>
#include <set>

namespace grantscope::ui {

namespace {

// Package text in the detail: made visible (shownText), then HTML-escaped.
QString esc(const QString& s)
{
    return shownText(s).toHtmlEscaped();
}
QString esc(const std::string& s)
{
    return shownText(s).toHtmlEscaped();
}

QString location(const QString& file, SourceLocation at)
{
    QString text = file;
    if (at.line > 0)
        text += QLatin1Char(':') + QString::number(at.line);
    if (at.column > 0)
        text += QLatin1Char(':') + QString::number(at.column);
    return text;
}

QString section(const QString& heading, const QString& body)
{
    return QStringLiteral("<h4>%1</h4>%2").arg(esc(heading), body);
}

QString list(const std::vector<std::string>& values)
{
    constexpr size_t kShown = 100;
    QString html = QStringLiteral("<ul>");
    for (size_t i = 0; i < values.size() && i < kShown; ++i)
        html += QStringLiteral("<li>%1</li>").arg(esc(values[i]));
    if (values.size() > kShown)
        html += QStringLiteral("<li>%1</li>").arg(esc(FindingsView::tr("… and %1 more").arg(values.size() - kShown)));
    return html + QStringLiteral("</ul>");
}

// Everything here comes from the package or the rules, so every value is escaped before it meets markup.
QString detailsHtml(const Finding& f, const PackageAnalysis* analysis)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(f.title));
    if (isNotReviewed(f))
        html += QStringLiteral("<p style=\"color:#b91c1c\"><b>%1</b></p>")
                    .arg(esc(FindingsView::tr("Not reviewed: what this part grants is missing from the review.")));
    if (!f.condition.empty())
        html += QStringLiteral("<p style=\"color:#6d28d9\"><b>%1</b> %2<br/><i>%3</i></p>")
                    .arg(esc(FindingsView::tr("Conditional:")), esc(f.condition),
                        esc(FindingsView::tr("The grant is reviewed whatever the condition evaluates to and keeps "
                                             "its severity.")));
    QString severity
        = QStringLiteral("<b>%1</b> %2").arg(esc(FindingsView::tr("Severity:")), esc(severityName(f.severity)));
    if (!f.severityReason.isEmpty())
        severity += QStringLiteral(" — ") + esc(f.severityReason);
    html += QStringLiteral("<p>%1</p>").arg(severity);
    html += QStringLiteral("<p><b>%1</b> %2 · <b>%3</b> %4</p>")
                .arg(esc(FindingsView::tr("Rule:")), esc(f.rule), esc(FindingsView::tr("Category:")), esc(f.category));
    if (!f.subject.empty()) {
        QString subject = esc(f.subject);
        if (const SubjectSummary* s = analysis ? subjectOfFinding(*analysis, f) : nullptr) {
            subject += QStringLiteral(" (") + esc(subjectKindName(*s)) + QLatin1Char(')');
            if (!s->deployment.empty())
                subject += QStringLiteral("<br/>") + esc(deploymentText(s->deployment));
        }
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(FindingsView::tr("Subject:")), subject);
    }
    if (!f.file.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(FindingsView::tr("Location:")), esc(location(f.file, f.location)));
    if (!f.rationale.isEmpty())
        html += section(FindingsView::tr("Why it matters"), QStringLiteral("<p>%1</p>").arg(esc(f.rationale)));
    if (!f.mitigation.isEmpty())
        html += section(FindingsView::tr("What to do"), QStringLiteral("<p>%1</p>").arg(esc(f.mitigation)));
    if (!f.actions.empty())
        html += section(FindingsView::tr("Actions"), list(f.actions));
    if (!f.resources.empty())
        html += section(FindingsView::tr("Resources"), list(f.resources));
    if (!f.evidence.empty()) {
        QString items = QStringLiteral("<ul>");
        for (const Evidence& e : f.evidence) {
            QString where = location(e.file, e.location);
            if (!e.policy.empty())
                where += QStringLiteral(" — ") + FindingsView::tr("policy %1").arg(shownText(e.policy));
            if (!e.sid.empty())
                where += QStringLiteral(", ") + FindingsView::tr("statement %1").arg(shownText(e.sid));
            else if (e.statement >= 0)
                where += QStringLiteral(", ") + FindingsView::tr("statement #%1").arg(e.statement + 1);
            items += QStringLiteral("<li>%1</li>").arg(esc(where));
        }
        html += section(FindingsView::tr("Evidence"), items + QStringLiteral("</ul>"));
    }
    if (!f.references.empty())
        html += section(FindingsView::tr("References"), list(f.references));
    return html;
}

} // namespace

FindingsView::FindingsView(ReviewDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingsModel(document, this))
    , m_filter(new FindingsFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    buildUi();
    connect(document, &ReviewDocument::reviewChanged, this, &FindingsView::onReviewChanged);
    connect(document, &ReviewDocument::verdictChanged, this, [this](int finding) {
        if (finding == m_current && !m_updating)
            showVerdict();
    });
    connect(document, &ReviewDocument::currentFindingChanged, this, &FindingsView::selectFinding);
    onReviewChanged();
}

void FindingsView::buildUi()
{
    m_severityFilter = new QComboBox(this);
    m_severityFilter->setObjectName(QStringLiteral("severityFilter"));
    m_severityFilter->setAccessibleName(tr("Minimum severity"));
    m_severityFilter->addItem(tr("All severities"), static_cast<int>(Severity::Info));
    m_severityFilter->addItem(tr("Low and above"), static_cast<int>(Severity::Low));
    m_severityFilter->addItem(tr("Medium and above"), static_cast<int>(Severity::Medium));
    m_severityFilter->addItem(tr("High and above"), static_cast<int>(Severity::High));
    m_severityFilter->addItem(tr("Critical only"), static_cast<int>(Severity::Critical));

    m_categoryFilter = new QComboBox(this);
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->setAccessibleName(tr("Category"));

    m_decisionFilter = new QComboBox(this);
    m_decisionFilter->setObjectName(QStringLiteral("decisionFilter"));
    m_decisionFilter->setAccessibleName(tr("Decision"));
    m_decisionFilter->addItem(tr("All decisions"), -1);

    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("findingDecision"));
    m_decision->setAccessibleName(tr("Decision"));
    for (FindingDecision d : { FindingDecision::Open, FindingDecision::AcceptedRisk, FindingDecision::ToMitigate,
             FindingDecision::FalsePositive }) {
        m_decisionFilter->addItem(FindingsModel::decisionName(d), static_cast<int>(d));
        m_decision->addItem(FindingsModel::decisionName(d), static_cast<int>(d));
    }

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setPlaceholderText(tr("Search rule, title, action, resource, file…"));
    m_search->setAccessibleName(tr("Search findings"));
    m_search->setClearButtonEnabled(true);

    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_severityFilter);
    filterBar->addWidget(m_categoryFilter);
    filterBar->addWidget(m_decisionFilter);
    filterBar->addWidget(m_search, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Decisions and notes are taken in the details pane, where the reviewer reads the finding first.
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("Mmm…")));
    // Widths from the rows on screen and a few hundred more: measuring thousands of findings' texts on every
    // reset would hold the window for as long, and the widths are capped anyway.
    m_table->horizontalHeader()->setResizeContentsPrecision(256);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsView::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FindingsView::onDataChanged);
    m_table->viewport()->installEventFilter(this);
    fitColumns();

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setAccessibleName(tr("Finding details"));
    m_details->setOpenLinks(false); // nothing from a package is ever followed

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("findingNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Why you accept, mitigate or reject this finding"));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);

    // "Can the vendor do this?" for the finding's first action and resource, in the explain view.
    m_explainAction = new QAction(tr("E&xplain: Can the Vendor Do This?"), this);
    m_explainAction->setObjectName(QStringLiteral("actionExplainFinding"));
    connect(m_explainAction, &QAction::triggered, this, [this] {
        if (m_current >= 0)
            Q_EMIT explainRequested(m_current);
    });
    m_explainButton = new QPushButton(tr("Explain..."), this);
    m_explainButton->setObjectName(QStringLiteral("explainFindingButton"));
    connect(m_explainButton, &QPushButton::clicked, m_explainAction, &QAction::trigger);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &FindingsView::showTableMenu);

    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_decision, 1);
    decisionRow->addWidget(m_explainButton);
    auto* verdictForm = new QFormLayout;
    // The field is a row of two widgets: the label needs its buddy named, or it shows the "&" itself.
    auto* decisionLabel = new QLabel(tr("&Decision:"), this);
    decisionLabel->setBuddy(m_decision);
    verdictForm->addRow(decisionLabel, decisionRow);
    verdictForm->addRow(tr("&Note:"), m_note);

    auto* detailsPane = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addLayout(verdictForm);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(splitter, 1);

    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, &FindingsView::applyFilters);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &FindingsView::applyFilters);
    connect(m_decisionFilter, &QComboBox::currentIndexChanged, this, &FindingsView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &FindingsView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsView::onSelectionChanged);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &FindingsView::storeVerdict);
    connect(m_note, &QPlainTextEdit::textChanged, this, &FindingsView::storeVerdict);
}

void FindingsView::reloadCategories()
{
    const QString previous = m_categoryFilter->currentData().toString();
    std::set<QString> categories;
    for (int row = 0; row < m_model->rowCount(); ++row)
        categories.insert(m_model->index(row, 0).data(FindingsModel::CategoryRole).toString());
    m_updating = true;
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), QString());
    for (const QString& c : categories)
        if (!c.isEmpty())
            m_categoryFilter->addItem(c, c);
    m_categoryFilter->setCurrentIndex(std::max(0, m_categoryFilter->findData(previous)));
    m_updating = false;
    applyFilters();
}

// The space goes to the columns with content: a column nothing fills (no conditional grant, no decision
// taken, no note) is hidden until something does, the others are sized to their content up to a cap, and
// the title takes the rest, never less than a readable width (the others give way first).
void FindingsView::fitColumns()
{
    static_assert(FindingsModel::ColumnCount == std::tuple_size_v<decltype(m_columnWidths)>);
    for (int c = 0; c < FindingsModel::ColumnCount; ++c)
        fitColumn(c);
    distributeColumns();
}

void FindingsView::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    // After a reset only a decision or a note changes a cell's text; the boundary's marks change colours and
    // tooltips of every row, which leaves every width as it is.
    if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole) && !roles.contains(Qt::EditRole))
        return;
    bool fitted = false;
    for (const int c : { static_cast<int>(FindingsModel::DecisionColumn), static_cast<int>(FindingsModel::NoteColumn) })
        if (c >= topLeft.column() && c <= bottomRight.column()) {
            fitColumn(c);
            fitted = true;
        }
    if (fitted)
        distributeColumns();
}

void FindingsView::fitColumn(int c)
{
    QHeaderView* header = m_table->horizontalHeader();
    const int rows = m_model->rowCount();
    const int em = m_table->fontMetrics().averageCharWidth();
    // Caps in characters, per column (the title stretches).
    static constexpr std::array<int, FindingsModel::ColumnCount> kCaps = { 14, 22, 0, 20, 14, 20, 20, 24, 14, 30 };
    int& wanted = m_columnWidths[static_cast<size_t>(c)];
    wanted = 0;
    if (c == FindingsModel::TitleColumn)
        return;
    if (c == FindingsModel::ConditionColumn || c == FindingsModel::DecisionColumn || c == FindingsModel::NoteColumn) {
        bool content = false;
        for (int r = 0; r < rows && !content; ++r) {
            const QModelIndex index = m_model->index(r, c);
            content = c == FindingsModel::DecisionColumn
                ? index.data(Qt::EditRole).toInt() != static_cast<int>(FindingDecision::Open)
                : !index.data().toString().isEmpty();
        }
        header->setSectionHidden(c, !content);
        if (!content)
            return;
    }
    m_table->resizeColumnToContents(c); // the wider of header and cells (a sample of rows when many)
    wanted = std::min(header->sectionSize(c), em * kCaps[static_cast<size_t>(c)]);
}

void FindingsView::distributeColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().averageCharWidth();
    // Severity, condition and decision are short words: they keep their width, the long texts give way.
    auto shrinks = [](int c) {
        return c != FindingsModel::SeverityColumn && c != FindingsModel::ConditionColumn
            && c != FindingsModel::DecisionColumn;
    };
    int available = m_table->viewport()->width() - em * 40; // the title's minimum
    int total = 0;
    for (int c = 0; c < FindingsModel::ColumnCount; ++c) {
        if (shrinks(c))
            total += m_columnWidths[static_cast<size_t>(c)];
        else
            available -= m_columnWidths[static_cast<size_t>(c)];
    }
    // Narrow: the long columns shrink in proportion (to six characters at least), the title keeps its minimum.
    const double factor = total > available && total > 0 ? std::max(0, available) / double(total) : 1.0;
    for (int c = 0; c < FindingsModel::ColumnCount; ++c) {
        const int wanted = m_columnWidths[static_cast<size_t>(c)];
        if (wanted > 0)
            header->resizeSection(
                c, shrinks(c) ? std::max(std::min(wanted, em * 6), static_cast<int>(wanted * factor)) : wanted);
    }
}

bool FindingsView::eventFilter(QObject* watched, QEvent* event)
{
    // The table's own width, once its layout has settled: the view's resize comes before it.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        distributeColumns();
    return QWidget::eventFilter(watched, event);
}

void FindingsView::onReviewChanged()
{
    reloadCategories();
    showFinding(-1);
}

void FindingsView::applyFilters()
{
    if (m_updating)
        return;
    m_filter->setMinimumSeverity(static_cast<Severity>(m_severityFilter->currentData().toInt()));
    m_filter->setCategory(m_categoryFilter->currentData().toString());
    m_filter->setDecision(m_decisionFilter->currentData().toInt());
    m_filter->setSearchText(m_search->text());
}

void FindingsView::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int finding = rows.isEmpty() ? -1 : rows.first().data(FindingsModel::FindingIndexRole).toInt();
    if (finding == m_current)
        return;
    showFinding(finding);
    if (finding < 0)
        return;
    m_document->setCurrentFinding(finding);
    Q_EMIT findingActivated(finding);
}

void FindingsView::selectFinding(int findingIndex)
{
    if (findingIndex == m_current)
        return;
    if (findingIndex < 0 || findingIndex >= m_model->rowCount()) {
        m_table->clearSelection();
        return;
    }
    QModelIndex proxy = m_filter->mapFromSource(m_model->index(findingIndex, 0));
    if (!proxy.isValid()) {
        // The finding is filtered out: show everything rather than select nothing.
        m_updating = true;
        m_severityFilter->setCurrentIndex(0);
        m_categoryFilter->setCurrentIndex(0);
        m_decisionFilter->setCurrentIndex(0);
        m_search->clear();
        m_updating = false;
        m_filter->clearFilters();
        proxy = m_filter->mapFromSource(m_model->index(findingIndex, 0));
    }
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxy);
}

void FindingsView::showFinding(int findingIndex)
{
    m_current = findingIndex;
    const Finding* f = m_model->finding(findingIndex);
    m_decision->setEnabled(f != nullptr);
    m_note->setEnabled(f != nullptr);
    if (!f) {
        m_current = -1;
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Select a finding to see why it matters and what to do.").toHtmlEscaped()));
    } else {
        const Review* review = m_document->review();
        m_details->setHtml(detailsHtml(*f, review ? &review->analysis : nullptr));
    }
    showVerdict();
    updateExplain();
}

void FindingsView::updateExplain()
{
    const Finding* f = m_model->finding(m_current);
    const QString why = f ? ExplainPanel::whyNoQuestion(*f) : tr("Select a finding first.");
    m_explainAction->setEnabled(f && why.isEmpty());
    const QString tip
        = why.isEmpty() ? tr("Ask whether the vendor can make the request this finding is about, and why") : why;
    m_explainAction->setToolTip(tip);
    m_explainButton->setEnabled(m_explainAction->isEnabled());
    m_explainButton->setToolTip(tip);
}

void FindingsView::showTableMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.setToolTipsVisible(true); // a disabled "Explain" says why
    menu.addAction(m_explainAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void FindingsView::showVerdict()
{
    const SessionVerdict verdict = m_current >= 0 ? m_document->verdict(m_current) : SessionVerdict {};
    m_updating = true;
    m_decision->setCurrentIndex(std::max(0, m_decision->findData(static_cast<int>(verdict.decision))));
    if (m_note->toPlainText() != verdict.note)
        m_note->setPlainText(verdict.note);
    m_updating = false;
}

void FindingsView::storeVerdict()
{
    if (m_updating || m_current < 0)
        return;
    SessionVerdict verdict;
    verdict.decision = static_cast<FindingDecision>(m_decision->currentData().toInt());
    verdict.note = m_note->toPlainText();
    m_updating = true;
    m_document->setVerdict(m_current, verdict);
    m_updating = false;
}

} // namespace grantscope::ui
