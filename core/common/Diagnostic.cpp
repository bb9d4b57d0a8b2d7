// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope {

QString Diagnostic::toString() const
{
    QString out = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (location.isValid())
        out += QLatin1Char(':') + QString::number(location.line) + QLatin1Char(':') + QString::number(location.column);
    switch (severity) {
    case DiagnosticSeverity::Error:
        out += QStringLiteral(": error: ");
        break;
    case DiagnosticSeverity::Warning:
        out += QStringLiteral(": warning: ");
        break;
    case DiagnosticSeverity::Info:
        out += QStringLiteral(": note: ");
        break;
    }
    return out + message + QStringLiteral(" [") + QString::fromStdString(code) + QLatin1Char(']');
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == DiagnosticSeverity::Error; });
}

} // namespace grantscope
