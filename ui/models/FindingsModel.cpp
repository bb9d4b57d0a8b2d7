// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FindingsModel.h"

#include <QGuiApplication>
#include <QPalette>

#include "common/QtText.h"
#include "document/ReviewDocument.h"
#include "report/SubjectLabels.h"
#include "style/Palette.h"
#include "style/ShownText.h"

#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace grantscope::ui {

namespace {

constexpr int kShownActions = 3;
constexpr int kShownResources = 3;
constexpr int kToolTipItems = 40;

QString joinFirst(const std::vector<std::string>& values, int shown)
{
    QStringList out;
    for (size_t i = 0; i < values.size() && static_cast<int>(i) < shown; ++i)
        out << toQString(values[i]);
    QString text = out.join(QStringLiteral(", "));
    if (static_cast<int>(values.size()) > shown)
        text += QStringLiteral(", …");
    return text;
}

QString escapedList(const std::vector<std::string>& values)
{
    QStringList out;
    for (size_t i = 0; i < values.size() && static_cast<int>(i) < kToolTipItems; ++i)
        out << toQString(values[i]).toHtmlEscaped();
    if (static_cast<int>(values.size()) > kToolTipItems)
        out << FindingsModel::tr("… and %1 more").arg(values.size() - kToolTipItems);
    return QStringLiteral("<p>") + out.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
}

QString locationText(const Finding& f)
{
    if (f.file.isEmpty())
        return {};
    const QString name = QFileInfo(f.file).fileName().isEmpty() ? f.file : QFileInfo(f.file).fileName();
    return f.location.line > 0 ? name + QLatin1Char(':') + QString::number(f.location.line) : name;
}

} // namespace

FindingsModel::FindingsModel(ReviewDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_review(document->shared())
{
    connect(document, &ReviewDocument::reviewChanged, this, &FindingsModel::reload);
    // Findings the boundary mitigates are greyed: the reviewer sees at a glance what is left.
    connect(document, &ReviewDocument::boundaryChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(
                index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::ForegroundRole, Qt::ToolTipRole });
    });
    connect(document, &ReviewDocument::verdictChanged, this, [this](int finding) {
        if (finding >= 0 && finding < rowCount())
            Q_EMIT dataChanged(index(finding, 0), index(finding, ColumnCount - 1));
    });
}

void FindingsModel::reload()
{
    beginResetModel();
    m_review = m_document->shared();
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_review)
        return 0;
    return static_cast<int>(m_review->analysis.findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Finding* FindingsModel::finding(int row) const
{
    if (!m_review || row < 0 || row >= rowCount())
        return nullptr;
    return &m_review->analysis.findings[static_cast<size_t>(row)];
}

QString FindingsModel::decisionName(FindingDecision decision)
{
    switch (decision) {
    case FindingDecision::Open:
        return tr("Open");
    case FindingDecision::AcceptedRisk:
        return tr("Accepted risk");
    case FindingDecision::ToMitigate:
        return tr("To mitigate");
    case FindingDecision::FalsePositive:
        return tr("False positive");
    }
    return {};
}

QColor FindingsModel::severityColor(Severity severity)
{
    return style::severityColor(severity);
}

QIcon FindingsModel::severityIcon(Severity severity) const
{
    QIcon& icon = m_icons[static_cast<size_t>(severity)];
    if (!icon.isNull())
        return icon;
    for (int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        // A grey rim makes the dot stand out whether the row behind it is light or dark.
        const qreal rim = size / 16.0;
        painter.setPen(QPen(QColor(128, 128, 128, 200), rim));
        painter.setBrush(severityColor(severity));
        const qreal margin = size * 0.2;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString FindingsModel::severityToolTip(const Finding& f) const
{
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(severityName(f.severity).toHtmlEscaped());
    if (!f.severityReason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(f.severityReason.toHtmlEscaped());
    if (!f.rationale.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Why it matters:").toHtmlEscaped(), f.rationale.toHtmlEscaped());
    if (!f.mitigation.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What to do:").toHtmlEscaped(), f.mitigation.toHtmlEscaped());
    return html;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    return shownData(rawData(index, role), role);
}

QVariant FindingsModel::rawData(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding* f = finding(index.row());
    if (!f)
        return {};
    const SessionVerdict verdict = m_document->verdict(index.row());
    if (role == Qt::ForegroundRole && m_document->findingMitigated(index.row()))
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    switch (role) {
    case SeverityRole:
        return static_cast<int>(f->severity);
    case FindingIndexRole:
        return index.row();
    case FileRole:
        return f->file;
    case LineRole:
        return f->location.line;
    case ColumnRole:
        return f->location.column;
    case CategoryRole:
        return toQString(f->category);
    case DecisionRole:
        return static_cast<int>(verdict.decision);
    case ActionCountRole:
        return static_cast<int>(f->actions.size());
    case ConditionRole:
        return toQString(f->condition);
    case SubjectKindRole: {
        const SubjectSummary* subject = subjectOfFinding(m_review->analysis, *f);
        return subject ? toQString(subject->kind) : QString();
    }
    case NotReviewedRole:
        return isNotReviewed(*f);
    case SearchTextRole: {
        QStringList parts { toQString(f->rule), f->title, f->file, toQString(f->subject), toQString(f->condition) };
        for (const std::string& a : f->actions)
            parts << toQString(a);
        for (const std::string& r : f->resources)
            parts << toQString(r);
        return parts.join(QLatin1Char('\n'));
    }
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case SeverityColumn:
            return severityName(f->severity);
        case RuleColumn:
            return toQString(f->rule);
        case TitleColumn:
            return f->title;
        case SubjectColumn:
            return toQString(f->subject);
        case ConditionColumn:
            return f->condition.empty() ? QString() : tr("conditional");
        case ActionsColumn:
            if (f->actions.empty())
                return QString();
            return tr("%1: %2").arg(QString::number(f->actions.size()), joinFirst(f->actions, kShownActions));
        case ResourcesColumn:
            return joinFirst(f->resources, kShownResources);
        case LocationColumn:
            return locationText(*f);
        case DecisionColumn:
            return role == Qt::EditRole ? QVariant(static_cast<int>(verdict.decision))
                                        : QVariant(decisionName(verdict.decision));
        case NoteColumn:
            return verdict.note;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && column == SeverityColumn)
        return severityIcon(f->severity);
    if (role == Qt::FontRole && column == ConditionColumn && !f->condition.empty()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case SeverityColumn:
            return severityToolTip(*f);
        case TitleColumn:
            return f->rationale.isEmpty() ? QVariant()
                                          : QVariant(QStringLiteral("<p>%1</p>").arg(f->rationale.toHtmlEscaped()));
        case SubjectColumn: {
            const SubjectSummary* subject = subjectOfFinding(m_review->analysis, *f);
            if (!subject)
                return {};
            QString tip = QStringLiteral("<p>%1</p>").arg(subjectKindName(*subject).toHtmlEscaped());
            if (!subject->deployment.empty())
                tip += QStringLiteral("<p>%1</p>").arg(deploymentText(subject->deployment).toHtmlEscaped());
            return tip;
        }
        case ConditionColumn:
            if (f->condition.empty())
                return {};
            return QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(conditionalText(f->condition).toHtmlEscaped(),
                    tr("The grant is reviewed whatever the condition evaluates to and keeps its severity.")
                        .toHtmlEscaped());
        case ActionsColumn:
            return f->actions.empty() ? QVariant() : QVariant(escapedList(f->actions));
        case ResourcesColumn:
            return f->resources.empty() ? QVariant() : QVariant(escapedList(f->resources));
        case LocationColumn:
            if (f->file.isEmpty())
                return {};
            return QStringLiteral("<p>%1:%2:%3</p>")
                .arg(f->file.toHtmlEscaped(), QString::number(f->location.line), QString::number(f->location.column));
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole && column == SeverityColumn)
        return tr("Severity %1").arg(severityName(f->severity));
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case TitleColumn:
        return tr("Title");
    case SubjectColumn:
        return tr("Subject");
    case ConditionColumn:
        return tr("Condition");
    case ActionsColumn:
        return tr("Actions");
    case ResourcesColumn:
        return tr("Resources");
    case LocationColumn:
        return tr("Location");
    case DecisionColumn:
        return tr("Decision");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == DecisionColumn || index.column() == NoteColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool FindingsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SessionVerdict verdict = m_document->verdict(index.row());
    if (index.column() == DecisionColumn) {
        bool ok = false;
        const int decision = value.toInt(&ok);
        if (!ok || decision < static_cast<int>(FindingDecision::Open)
            || decision > static_cast<int>(FindingDecision::FalsePositive))
            return false;
        verdict.decision = static_cast<FindingDecision>(decision);
    } else if (index.column() == NoteColumn) {
        verdict.note = value.toString();
    } else {
        return false;
    }
    m_document->setVerdict(index.row(), verdict); // emits verdictChanged, which emits dataChanged
    return true;
}

} // namespace grantscope::ui
