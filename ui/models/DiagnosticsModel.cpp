// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DiagnosticsModel.h"

#include "document/ReviewDocument.h"

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
    if (const Review* r = m_document->review())
        m_diagnostics = r->package.diagnostics;
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Diagnostic& d = m_diagnostics[static_cast<size_t>(index.row())];
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
