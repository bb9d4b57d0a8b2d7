// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DiagnosticsModel.h"

#include "document/ReviewDocument.h"
#include "report/SubjectLabels.h"
#include "style/ShownText.h"

#include <QApplication>
#include <QStyle>

namespace grantscope::ui {

DiagnosticsModel::DiagnosticsModel(ReviewDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::reviewChanged, this, &DiagnosticsModel::reload);
    reload();
}

void DiagnosticsModel::reload()
{
    beginResetModel();
    m_diagnostics.clear();
    m_notReviewed.clear();
    m_notReviewedIndex.clear();
    if (const Review* r = m_document->review()) {
        m_diagnostics = r->package.diagnostics;
        for (size_t i : notReviewedFindings(r->analysis)) {
            m_notReviewed.push_back(r->analysis.findings[i]);
            m_notReviewedIndex.push_back(static_cast<int>(i));
        }
    }
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notReviewed.size() + m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const
{
    return shownData(rawData(index, role), role);
}

QVariant DiagnosticsModel::rawData(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto row = static_cast<size_t>(index.row());
    if (row < m_notReviewed.size()) {
        const Finding& f = m_notReviewed[row];
        const QString what = QString::fromStdString(f.resources.empty() ? f.subject : f.resources.front());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == SeverityColumn)
                return tr("Not reviewed");
            if (index.column() == MessageColumn)
                return what.isEmpty() ? f.title : tr("%1: %2").arg(what, f.title);
            return f.location.isValid()
                ? QStringLiteral("%1:%2:%3").arg(f.file).arg(f.location.line).arg(f.location.column)
                : f.file;
        case Qt::DecorationRole:
            return index.column() == SeverityColumn ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical)
                                                    : QVariant();
        case Qt::ToolTipRole:
            return QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
                .arg(f.title.toHtmlEscaped(), f.rationale.toHtmlEscaped(), f.mitigation.toHtmlEscaped());
        case FileRole:
            return f.file;
        case LineRole:
            return f.location.line;
        case ColumnRole:
            return f.location.column;
        case FindingIndexRole:
            return m_notReviewedIndex[row];
        default:
            return {};
        }
    }
    const Diagnostic& d = m_diagnostics[row - m_notReviewed.size()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == SeverityColumn)
            return d.severity == DiagnosticSeverity::Error
                ? tr("Error")
                : (d.severity == DiagnosticSeverity::Warning ? tr("Warning") : tr("Note"));
        if (index.column() == MessageColumn)
            return d.message;
        return d.location.isValid() ? QStringLiteral("%1:%2:%3").arg(d.file).arg(d.location.line).arg(d.location.column)
                                    : d.file;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return QApplication::style()->standardIcon(
                d.severity == DiagnosticSeverity::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        return d.toString();
    case FileRole:
        return d.file;
    case LineRole:
        return d.location.line;
    case ColumnRole:
        return d.location.column;
    case FindingIndexRole:
        return -1;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Problem");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace grantscope::ui
