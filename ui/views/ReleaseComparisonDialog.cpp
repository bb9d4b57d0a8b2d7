// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ReleaseComparisonDialog.h"

#include "catalog/Catalog.h"
#include "graph/AccessGraphView.h"
#include "graph/GraphPanel.h"
#include "review/ReleaseComparison.h"
#include "review/Review.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace grantscope::ui {

ReleaseMarks releaseGraphMarks(const ReleaseComparison& comparison, const Catalog& catalog, bool newer)
{
    ReleaseMarks marks;
    marks.actionMark = newer ? ReleaseMark::Added : ReleaseMark::Removed;
    marks.actions = catalog.emptySet();
    for (const SubjectComparison& s : comparison.subjects) {
        const ActionSet& changed = newer ? s.added : s.removed;
        if (changed.size() == marks.actions.size())
            marks.actions |= changed;
        const std::string& name = newer || s.oldName.empty() ? s.name : s.oldName;
        switch (s.status) {
        case SubjectStatus::Added:
            if (newer)
                marks.subjects[name] = ReleaseMark::Added;
            break;
        case SubjectStatus::Removed:
            if (!newer)
                marks.subjects[name] = ReleaseMark::Removed;
            break;
        case SubjectStatus::Changed:
            marks.subjects[name] = ReleaseMark::Changed;
            break;
        case SubjectStatus::Unchanged:
            break;
        }
    }
    return marks;
}

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

namespace {

QWidget* captioned(const QString& caption, const QString& detail, GraphPanel* panel, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* title = new QLabel(QStringLiteral("<b>%1</b> %2").arg(caption.toHtmlEscaped(), detail.toHtmlEscaped()), box);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(panel, 1);
    return box;
}

} // namespace

ReleaseComparisonDialog::ReleaseComparisonDialog(const ReportReleaseChanges& changes,
    const ReleaseComparison& comparison, std::shared_ptr<const Review> older, std::shared_ptr<const Review> newer,
    QWidget* parent)
    : ReleaseComparisonDialog(changes, parent)
{
    auto* graphs = new QSplitter(Qt::Horizontal, this);
    graphs->setObjectName(QStringLiteral("releaseGraphs"));
    graphs->setChildrenCollapsible(false);
    m_older = new GraphPanel(graphs);
    m_older->setObjectName(QStringLiteral("olderReleaseGraph"));
    m_newer = new GraphPanel(graphs);
    m_newer->setObjectName(QStringLiteral("newerReleaseGraph"));
    m_older->setExportable(false);
    m_newer->setExportable(false);
    m_older->setAccessibleName(tr("Access graph of the earlier release"));
    m_newer->setAccessibleName(tr("Access graph of this release"));
    const Catalog& catalog = Catalog::bundled();
    m_older->setReleaseMarks(std::make_shared<ReleaseMarks>(releaseGraphMarks(comparison, catalog, false)));
    m_newer->setReleaseMarks(std::make_shared<ReleaseMarks>(releaseGraphMarks(comparison, catalog, true)));
    m_older->setReview(std::move(older));
    m_newer->setReview(std::move(newer));
    graphs->addWidget(captioned(tr("Earlier release"), m_changes.oldPaths.join(QStringLiteral(", ")), m_older, graphs));
    graphs->addWidget(captioned(tr("This release"), tr("(open)"), m_newer, graphs));
    // One search for both: what the reviewer looks for in one release is looked for in the other.
    connect(m_older, &GraphPanel::searchEdited, m_newer, &GraphPanel::setSearchText);
    connect(m_newer, &GraphPanel::searchEdited, m_older, &GraphPanel::setSearchText);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("releaseComparisonSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_text);
    split->addWidget(graphs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(0, split, 1);

    // As large as a report and two graphs need, never larger than the screen.
    QSize size(1240, 860);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
}

void ReleaseComparisonDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The graphs were fitted to the size they had when built: fit them to the dialog as it opens.
    QTimer::singleShot(0, this, [this] {
        for (GraphPanel* panel : { m_older, m_newer })
            if (panel)
                panel->view()->fitToView();
    });
}

QString ReleaseComparisonDialog::shownText() const
{
    return m_text->toPlainText();
}

} // namespace grantscope::ui
