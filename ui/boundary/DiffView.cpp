// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/DiffView.h"

#include "activity/RightsizedPolicy.h"
#include "boundary/DiffSummaryModel.h"
#include "boundary/DiffTextEdit.h"
#include "catalog/Catalog.h"
#include "common/QtText.h"
#include "diff/TextDiff.h"
#include "document/ReviewDocument.h"
#include "style/ShownText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace grantscope::ui {

namespace {

// A colour that reads on this palette's base: the hue mixed into Base, so dark mode stays dark.
QColor tint(const QPalette& palette, const QColor& hue, double amount)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - amount) + hue.redF() * amount),
        static_cast<float>(base.greenF() * (1 - amount) + hue.greenF() * amount),
        static_cast<float>(base.blueF() * (1 - amount) + hue.blueF() * amount));
}

QString scopeText(const std::vector<std::string>& scopes)
{
    QStringList parts;
    for (const std::string& s : scopes)
        parts << (s.starts_with('!') ? DiffView::tr("all except %1").arg(QString::fromStdString(s.substr(1)))
                                     : QString::fromStdString(s));
    return parts.join(QStringLiteral(", "));
}

} // namespace

struct DiffView::Job {
    std::shared_ptr<const Review> review;
    std::shared_ptr<const BoundaryEvaluation> boundary;
    QString rightsizedRole; // empty: the boundary comparison
    std::shared_ptr<const CompactedBoundary> rightsized;
    QPalette palette;
    std::shared_ptr<std::atomic<bool>> cancelled;
};

namespace {

template <typename Side> Side sideOf(const std::vector<DiffLine>& rows, bool left, const QPalette& palette)
{
    Side side;
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(rows.size()));
    side.numbers.reserve(rows.size());
    for (const DiffLine& row : rows) {
        lines << (left ? row.left : row.right);
        side.numbers.push_back(left ? row.leftLine : row.rightLine);
    }
    side.text = lines.join(QLatin1Char('\n'));

    const QColor removed = tint(palette, QColor(220, 50, 47), 0.28);
    const QColor added = tint(palette, QColor(60, 170, 60), 0.28);
    const QColor changed = tint(palette, palette.color(QPalette::Highlight), 0.25);
    const QColor filler = palette.color(QPalette::AlternateBase);
    side.backgrounds.reserve(rows.size());
    for (const DiffLine& row : rows) {
        if (row.change == LineChange::Equal) {
            side.backgrounds.emplace_back();
            continue;
        }
        const bool empty = left ? row.leftLine == 0 : row.rightLine == 0;
        side.backgrounds.push_back(empty            ? filler
                : row.change == LineChange::Changed ? changed
                : row.change == LineChange::Removed ? removed
                                                    : added);
    }
    return side;
}

} // namespace

DiffView::DiffView(ReviewDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new DiffSummaryModel(document, this))
{
    setObjectName(QStringLiteral("boundaryDiff"));
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("diffFindings"));
    m_findings->setWordWrap(true);
    m_conditions = new QLabel(this);
    m_conditions->setObjectName(QStringLiteral("diffConditions"));
    m_conditions->setWordWrap(true);
    m_conditions->setTextFormat(Qt::PlainText);
    m_summary = new QTableView(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setModel(m_model);
    m_summary->verticalHeader()->hide();
    m_summary->setAlternatingRowColors(true);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setSectionResizeMode(DiffSummaryModel::ServiceColumn, QHeaderView::Stretch);
    // One line per service: a fixed row height, rather than measuring hundreds of rows on every edit.
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_summary->verticalHeader()->setDefaultSectionSize(m_summary->fontMetrics().height() + 6);
    m_summary->setAccessibleName(tr("What the boundary changes per service"));

    m_left = new DiffTextEdit(this);
    m_left->setObjectName(QStringLiteral("diffLeft"));
    m_left->setAccessibleName(tr("Vendor's access as it stands"));
    m_right = new DiffTextEdit(this);
    m_right->setObjectName(QStringLiteral("diffRight"));
    m_right->setAccessibleName(tr("Vendor's access under the boundary"));
    // Both sides have the same number of rows, so equal scroll values show the same rows.
    for (auto [from, to] : { std::pair { m_left, m_right }, std::pair { m_right, m_left } }) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(), &QScrollBar::setValue);
        connect(
            from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(), &QScrollBar::setValue);
    }
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("diffCounts"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("diffProgress"));
    m_progress->setRange(0, 0); // busy: the comparison has no steps to count
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_watcher = new QFutureWatcher<std::shared_ptr<const Comparison>>(this);
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<const Comparison>>::finished, this, &DiffView::comparisonDone);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("diffMode"));
    m_mode->setAccessibleName(tr("Compare"));
    m_mode->addItem(tr("The vendor's access with and without the boundary"));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(24);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &DiffView::modeChanged);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(new QLabel(tr("Compare:"), this));
    modeRow->addWidget(m_mode, 1);

    auto* text = new QWidget(this);
    auto* grid = new QGridLayout(text);
    grid->setContentsMargins(0, 0, 0, 0);
    m_leftTitle = new QLabel(text);
    m_rightTitle = new QLabel(text);
    m_leftTitle->setTextFormat(Qt::RichText);
    m_rightTitle->setTextFormat(Qt::RichText);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    auto* countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_progress);
    grid->addLayout(countsRow, 2, 0, 1, 2);

    m_boundaryPart = new QWidget(this);
    auto* topLayout = new QVBoxLayout(m_boundaryPart);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_findings);
    topLayout->addWidget(m_conditions);
    topLayout->addWidget(m_summary);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_boundaryPart);
    splitter->addWidget(text);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    layout->addWidget(splitter, 1);
    modeChanged();

    connect(document, &ReviewDocument::boundaryChanged, this, &DiffView::boundaryChanged);
    // The edit itself is evaluated on a worker for a large package: busy from then, not only while comparing.
    connect(document, &ReviewDocument::boundaryEvaluating, m_progress, &QWidget::show);
    boundaryChanged();
}

DiffView::~DiffView()
{
    // The worker holds its own copies of what it reads; it only needs to stop early.
    if (m_cancel)
        *m_cancel = true;
}

bool DiffView::isComparing() const
{
    return m_running != 0;
}

QString DiffView::accessText(const ReviewDocument& document, bool underBoundary)
{
    return accessText(document.baseline(), underBoundary ? document.boundary()->diff : document.baseline());
}

QString DiffView::accessText(const SemanticDiff& baseline, const SemanticDiff& diff)
{
    const Catalog& catalog = Catalog::bundled();
    // Pad to the longest name of either side, so that both columns line up across the two panes.
    qsizetype width = 0;
    for (const ActionDiff& a : baseline.actions)
        width = std::max(width, static_cast<qsizetype>(catalog.actionName(a.action).size()));
    width = std::min<qsizetype>(width, 36); // longer names push their resources right, not every line
    QStringList lines;
    for (const ActionDiff& a : diff.actions) {
        if (!a.after)
            continue;
        QString line = QString::fromStdString(catalog.actionName(a.action)).leftJustified(width) + QStringLiteral("  ")
            + scopeText(a.resourcesKept);
        if (!a.resourcesDenied.empty())
            line += tr("  (denied on %1)").arg(scopeText(a.resourcesDenied));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString DiffView::conditionsText(const BoundaryEvaluation& evaluation)
{
    QString text = conditionChoiceText(evaluation.choice);
    for (const ConditionalDenyNote& d : evaluation.conditionalDenies) {
        QStringList actions;
        for (const std::string& a : d.actions)
            actions << toQString(a);
        QStringList conditions;
        for (const std::string& c : d.conditions)
            conditions << toQString(c);
        const QString name = d.sid.empty() ? QStringLiteral("#%1").arg(d.statement + 1) : toQString(d.sid);
        text += QLatin1Char('\n')
            + (d.counted ? tr("Conditional deny %1 (%2 when %3): counted")
                         : tr("Conditional deny %1 (%2 when %3): not counted"))
                  .arg(name, actions.join(QStringLiteral(", ")), conditions.join(QStringLiteral("; ")));
    }
    return text;
}

QString DiffView::allowedText(const std::vector<AllowedAction>& actions, qsizetype width)
{
    const Catalog& catalog = Catalog::bundled();
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(actions.size()));
    for (const AllowedAction& a : actions) {
        QString line = QString::fromStdString(catalog.actionName(a.action)).leftJustified(width) + QStringLiteral("  ")
            + scopeText(a.resources);
        if (a.conditional)
            line += tr("  (under conditions)");
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void DiffView::showRightsized(const QString& role, std::shared_ptr<const CompactedBoundary> rightsized)
{
    m_rightsizedRole = rightsized ? role : QString();
    m_rightsized = std::move(rightsized);
    const QSignalBlocker block(m_mode);
    while (m_mode->count() > 1)
        m_mode->removeItem(1);
    if (m_rightsized) {
        m_mode->addItem(tr("Role %1: its policies and the policy sized to its use in CloudTrail").arg(role));
        m_mode->setCurrentIndex(1);
    }
    modeChanged();
}

bool DiffView::showsRightsized() const
{
    return m_rightsized && m_mode->currentIndex() == 1;
}

void DiffView::modeChanged()
{
    const bool rightsized = showsRightsized();
    m_boundaryPart->setVisible(!rightsized);
    m_leftTitle->setText(
        rightsized ? tr("<b>What the role's policies grant</b>") : tr("<b>Vendor's access as it stands</b>"));
    m_rightTitle->setText(rightsized ? tr("<b>Rightsized from CloudTrail</b>") : tr("<b>Under the boundary</b>"));
    m_left->setAccessibleName(rightsized ? tr("What the role's policies grant") : tr("Vendor's access as it stands"));
    m_right->setAccessibleName(
        rightsized ? tr("Rightsized policy from CloudTrail") : tr("Vendor's access under the boundary"));
    m_textDirty = true;
    if (isVisible())
        updateText();
}

void DiffView::boundaryChanged()
{
    int mitigated = 0;
    int partial = 0;
    int remaining = 0;
    for (const FindingOutcome& o : m_document->boundary()->diff.findings) {
        mitigated += o.state == MitigationState::Mitigated ? 1 : 0;
        partial += o.state == MitigationState::Partial ? 1 : 0;
        remaining += o.state == MitigationState::Remaining ? 1 : 0;
    }
    m_findings->setText(tr("Findings the boundary can affect: <b>%1 mitigated</b>, %2 partly mitigated, %3 remaining.")
                            .arg(mitigated)
                            .arg(partial)
                            .arg(remaining));
    m_conditions->setText(conditionsText(*m_document->boundary()));
    // The text diff is the costly part: only while it is on screen.
    m_textDirty = true;
    if (isVisible())
        updateText();
}

void DiffView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_textDirty)
        updateText();
}

void DiffView::updateText()
{
    m_textDirty = false;
    if (m_cancel)
        *m_cancel = true; // a newer boundary or choice: what runs is stale
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto job = std::make_shared<Job>();
    job->review = m_document->shared();
    job->boundary = m_document->boundary();
    if (showsRightsized()) {
        job->rightsizedRole = m_rightsizedRole;
        job->rightsized = m_rightsized;
    }
    job->palette = palette();
    job->cancelled = m_cancel;
    m_running = ++m_generation;
    m_progress->show();
    m_watcher->setFuture(QtConcurrent::run([job] { return compare(*job); }));
}

std::shared_ptr<const DiffView::Comparison> DiffView::compare(const Job& job)
{
    const std::atomic<bool>& cancelled = *job.cancelled;
    auto out = std::make_shared<Comparison>();
    QString before;
    QString after;
    if (job.rightsized) {
        out->rightsized = true;
        // The role's policies as the review expanded them: nothing is expanded twice.
        std::vector<const PolicyExpansion*> expansions;
        if (job.review)
            for (const RoleRecord& role : job.review->package.roles)
                if (shownText(QString::fromStdString(role.name)) == job.rightsizedRole)
                    for (const PolicyRecord& p : role.policies)
                        if (p.resolved)
                            expansions.push_back(job.review->expansionOf(p));
        const Catalog& catalog = Catalog::bundled();
        const std::vector<AllowedAction> granted = allowedActions(expansions);
        if (cancelled)
            return nullptr;
        const std::vector<AllowedAction> sized = allowedActions(catalog, { &job.rightsized->policy });
        qsizetype width = 0;
        for (const AllowedAction& a : granted)
            width = std::max(width, static_cast<qsizetype>(catalog.actionName(a.action).size()));
        width = std::min<qsizetype>(width, 36);
        before = allowedText(granted, width);
        after = allowedText(sized, width);
    } else {
        const SemanticDiff none;
        const SemanticDiff& baseline = job.review ? job.review->baseline : none;
        before = accessText(baseline, baseline);
        if (cancelled)
            return nullptr;
        after = accessText(baseline, job.boundary ? job.boundary->diff : baseline);
    }
    if (cancelled)
        return nullptr;
    const TextDiffResult result = TextDiff::compute(before, after);
    if (cancelled)
        return nullptr;
    out->left = sideOf<Side>(result.lines, true, job.palette);
    out->right = sideOf<Side>(result.lines, false, job.palette);
    for (size_t i = 0; i < result.lines.size() && out->firstChange < 0; ++i)
        if (result.lines[i].change != LineChange::Equal)
            out->firstChange = static_cast<int>(i);
    out->added = result.added;
    out->removed = result.removed;
    out->changed = result.changed;
    out->identical = result.identical();
    return out;
}

void DiffView::comparisonDone()
{
    // A finished future replaced by a newer one is not reported by the watcher; the generation guards the rest.
    if (m_running != m_generation || m_watcher->isCanceled())
        return;
    m_running = 0;
    m_progress->hide();
    const std::shared_ptr<const Comparison> c = m_watcher->result();
    if (!c)
        return;
    const int value = m_left->verticalScrollBar()->value();
    for (auto [edit, side] : { std::pair { m_left, &c->left }, std::pair { m_right, &c->right } }) {
        edit->setPlainText(side->text);
        edit->setLineNumbers(side->numbers);
        edit->setLineBackgrounds(side->backgrounds);
    }
    // Keep the reviewer's place; on a first look, start a few rows above the first change.
    m_left->verticalScrollBar()->setValue(value > 0 || c->firstChange < 0 ? value : std::max(0, c->firstChange - 3));
    if (c->rightsized)
        m_counts->setText(c->identical
                ? tr("The role used everything its policies grant.")
                : tr("The rightsized policy drops %1 action(s) the role never used and narrows %2; %3 added.")
                      .arg(c->removed)
                      .arg(c->changed)
                      .arg(c->added));
    else
        m_counts->setText(c->identical
                ? tr("The boundary leaves the vendor's access as it is.")
                : tr("%1 action(s) removed, %2 narrowed, %3 added.").arg(c->removed).arg(c->changed).arg(c->added));
}

} // namespace grantscope::ui
