// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/PolicyEditorPanel.h"

#include "analysis/PackageAnalysis.h"
#include "catalog/ManagedPolicyStore.h"
#include "doc/SourceFile.h"
#include "document/ReviewDocument.h"
#include "editor/FindBar.h"
#include "package/ArchiveReader.h"

#include "style/ElidedLabel.h"
#include <QDir>
#include <QFileInfo>

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <set>
#include <tuple>

namespace grantscope::ui {

namespace {

const QString kManagedPrefix = QStringLiteral("aws-managed:");

QString firstError(const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        if (d.severity == DiagnosticSeverity::Error)
            return d.message;
    return diagnostics.empty() ? QString() : diagnostics.front().message;
}

// Files whose name says nothing are recognised by their first character.
Syntax sniffSyntax(const QString& name, const QString& text)
{
    const Syntax byName = SyntaxHighlighter::syntaxForFile(name);
    if (byName != Syntax::PlainText)
        return byName;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        return (c == QLatin1Char('{') || c == QLatin1Char('[')) ? Syntax::Json : Syntax::Yaml;
    }
    return Syntax::PlainText;
}

} // namespace

PolicyEditorPanel::PolicyEditorPanel(QWidget* parent)
    : QWidget(parent)
    , m_editor(new PolicyEditor(this))
    , m_findBar(new FindBar(m_editor, this, this))
    , m_fileLabel(new ElidedLabel(Qt::ElideMiddle, this))
    , m_detailLabel(new ElidedLabel(Qt::ElideLeft, this))
    , m_positionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("policyEditorPanel"));
    m_fileLabel->setObjectName(QStringLiteral("editorFileLabel"));
    // Both labels give way to a narrow dock: the file name keeps its ends, the folder its end; the tooltip
    // holds the whole path.
    QFont bold = m_fileLabel->font();
    bold.setBold(true);
    m_fileLabel->setFont(bold);
    m_detailLabel->setObjectName(QStringLiteral("editorFileDetail"));
    m_detailLabel->setForegroundRole(QPalette::PlaceholderText);
    // The folder has only the room the file name leaves: in a narrow dock the name comes first, rather than
    // both cut down to a few letters each.
    m_detailLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_positionLabel->setObjectName(QStringLiteral("editorPosition"));
    m_positionLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 8, 4);
    header->setSpacing(10);
    header->addWidget(m_fileLabel, 0);
    header->addWidget(m_detailLabel, 1);
    header->addWidget(m_positionLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();

    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &PolicyEditorPanel::updatePosition);
    m_fileLabel->setText(tr("No file"));
    m_editor->setPlaceholderText(tr("Select a finding or a file of the package to see its text here."));
}

bool PolicyEditorPanel::showFile(const QString& path)
{
    // Package files are never written, so the text shown is still current: keep cursor and scroll.
    if (!path.isEmpty() && path == m_file)
        return true;
    QString shownName;
    QString detail;
    const std::optional<std::string> bytes = readBytes(path, &shownName, &detail);
    if (!bytes) {
        showError(path, m_error);
        return false;
    }
    m_error.clear();
    m_file = path;
    const QString text = QString::fromUtf8(bytes->data(), static_cast<qsizetype>(bytes->size()));
    m_editor->openText(shownName, text, sniffSyntax(shownName, text));
    m_fileLabel->setText(shownName);
    m_fileLabel->setToolTip(QDir::toNativeSeparators(path));
    m_detailLabel->setText(detail);
    m_detailLabel->setToolTip(detail);
    refreshMarkers();
    updatePosition();
    Q_EMIT fileShown(path);
    return true;
}

std::optional<std::string> PolicyEditorPanel::readBytes(const QString& path, QString* shownName, QString* detail)
{
    LoadOptions options;
    if (m_document && m_document->review())
        options = m_document->review()->options;

    if (path.startsWith(kManagedPrefix)) {
        const QString name = path.mid(kManagedPrefix.size());
        const ManagedPolicyEntry* entry = ManagedPolicyStore::bundled().find(name.toStdString());
        if (!entry) {
            m_error = tr("%1 is not among the bundled AWS managed policies").arg(name);
            return std::nullopt;
        }
        *shownName = name;
        *detail = tr("AWS managed policy, version %1 of %2 (read-only)")
                      .arg(QString::fromUtf8(entry->versionId.data(), static_cast<qsizetype>(entry->versionId.size())),
                          QString::fromUtf8(entry->updated.data(), static_cast<qsizetype>(entry->updated.size())));
        return ManagedPolicyStore::prettyDocument(*entry);
    }

    Diagnostics diagnostics;
    // "pkg.zip!dir/a.json": the archive is the longest prefix before a '!' that is a file on disk.
    for (qsizetype bang = path.lastIndexOf(QLatin1Char('!')); bang > 0;
         bang = path.lastIndexOf(QLatin1Char('!'), bang - 1)) {
        const QString archive = path.left(bang);
        if (!QFileInfo(archive).isFile())
            continue;
        const QString member = path.mid(bang + 1);
        std::optional<std::string> found;
        readArchive(archive, options, diagnostics, [&](const QString& name, std::string bytes) {
            if (!found && name == member)
                found = std::move(bytes);
        });
        if (!found) {
            m_error = diagnostics.empty() || !hasErrors(diagnostics)
                ? tr("%1 has no member %2").arg(QDir::toNativeSeparators(archive), member)
                : firstError(diagnostics);
            return std::nullopt;
        }
        *shownName = QFileInfo(member).fileName();
        *detail = tr("%1 in %2 (read-only)").arg(member, QFileInfo(archive).fileName());
        return found;
    }

    std::optional<SourceText> source = readSourceFile(path, diagnostics, options.maxFileBytes);
    if (!source) {
        m_error = firstError(diagnostics);
        return std::nullopt;
    }
    *shownName = QFileInfo(path).fileName();
    *detail = tr("%1 (read-only)").arg(QDir::toNativeSeparators(QFileInfo(path).path()));
    return std::move(source->bytes);
}

void PolicyEditorPanel::showError(const QString& path, const QString& message)
{
    m_file.clear();
    m_editor->openText({}, {}, Syntax::PlainText);
    m_editor->setPlaceholderText(message);
    m_fileLabel->setText(QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName());
    m_fileLabel->setToolTip(QDir::toNativeSeparators(path));
    m_detailLabel->setText(message);
    m_detailLabel->setToolTip(message);
    m_positionLabel->clear();
}

void PolicyEditorPanel::setMarkers(std::vector<PolicyEditor::Marker> markers)
{
    m_editor->setMarkers(std::move(markers));
}

void PolicyEditorPanel::goToLine(int line, int column)
{
    m_editor->goToLine(line, column);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void PolicyEditorPanel::setReviewDocument(ReviewDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document)
        return;
    connect(document, &ReviewDocument::currentFindingChanged, this, &PolicyEditorPanel::showFinding);
    connect(document, &ReviewDocument::verdictChanged, this, &PolicyEditorPanel::refreshMarkers);
    connect(document, &ReviewDocument::reviewChanged, this, [this] {
        m_file.clear();
        m_editor->openText({}, {}, Syntax::PlainText);
        m_fileLabel->setText(tr("No file"));
        m_detailLabel->clear();
        m_positionLabel->clear();
    });
}

void PolicyEditorPanel::showFinding(int index)
{
    const Review* review = m_document ? m_document->review() : nullptr;
    if (!review || index < 0 || index >= static_cast<int>(review->analysis.findings.size()))
        return;
    const Finding& finding = review->analysis.findings[static_cast<size_t>(index)];
    if (finding.file.isEmpty())
        return;
    if (finding.file != m_file && !showFile(finding.file))
        return;
    if (finding.location.isValid())
        goToLine(finding.location.line, finding.location.column);
}

std::vector<PolicyEditor::Marker> PolicyEditorPanel::markersForFile(
    const PackageAnalysis& analysis, const QString& file, const std::function<bool(int)>& excluded)
{
    std::vector<PolicyEditor::Marker> markers;
    std::set<std::pair<int, int>> seen; // (line, finding): a finding is listed once per line
    for (size_t i = 0; i < analysis.findings.size(); ++i) {
        const Finding& f = analysis.findings[i];
        if (excluded && excluded(static_cast<int>(i)))
            continue;
        auto add = [&](const SourceLocation& at, const QString& text) {
            if (at.isValid() && seen.insert({ at.line, static_cast<int>(i) }).second)
                markers.push_back({ at.line, f.severity, text });
        };
        if (f.file == file)
            add(f.location, f.title);
        for (const Evidence& e : f.evidence)
            if (e.file == file)
                add(e.location, f.title);
    }
    return markers;
}

void PolicyEditorPanel::refreshMarkers()
{
    const Review* review = m_document ? m_document->review() : nullptr;
    if (!review || m_file.isEmpty())
        return;
    ReviewDocument* document = m_document;
    m_editor->setMarkers(markersForFile(review->analysis, m_file,
        [document](int i) { return document->verdict(i).decision == FindingDecision::FalsePositive; }));
}

void PolicyEditorPanel::updatePosition()
{
    if (m_file.isEmpty()) {
        m_positionLabel->clear();
        return;
    }
    m_positionLabel->setText(tr("Line %1, column %2").arg(m_editor->currentLine()).arg(m_editor->currentColumn()));
}

} // namespace grantscope::ui
