// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the review as a file — open, save, autosave, recovery after a crash, the window title.
#include "app/MainWindow.h"

#include "app/Prompts.h"
#include "app/ReviewLoader.h"
#include "document/ReviewDocument.h"
#include "settings/PackageSettingsDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace grantscope::ui {

namespace {
// The autosave of the review being edited and the review file it belongs to; removed on a clean exit,
// so finding them at start means the last run ended without saving.
const QString kAutosaveKey = QStringLiteral("session/autosave");
const QString kAutosaveOwnerKey = QStringLiteral("session/path");
const QString kSessionSuffix = QStringLiteral(".grantscope");

void forgetAutosave()
{
    QSettings settings;
    settings.remove(kAutosaveKey);
    settings.remove(kAutosaveOwnerKey);
}
} // namespace

bool MainWindow::isReviewFile(const QStringList& paths)
{
    return paths.size() == 1 && paths.front().endsWith(kSessionSuffix, Qt::CaseInsensitive);
}

QString MainWindow::untitledSessionPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("untitled") + kSessionSuffix);
}

void MainWindow::setAutosaveDelay(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

QString MainWindow::fileToReopen(const QString& path, bool* recovered)
{
    *recovered = false;
    if (!QFileInfo::exists(path) || !ReviewSession::hasNewerAutosave(path))
        return path;
    if (m_prompts->confirm(this, tr("Recover unsaved changes"),
            tr("%1 has changes that were autosaved but never saved. Open them?").arg(QFileInfo(path).fileName()))) {
        *recovered = true;
        return ReviewSession::autosavePath(path);
    }
    ReviewSession::discardAutosave(path);
    return path;
}

std::optional<ReviewSession> MainWindow::readReviewFile(const QString& file, const QString& errorTitle)
{
    Diagnostics diagnostics;
    std::optional<ReviewSession> session = ReviewSession::load(file, diagnostics);
    if (!session) {
        QStringList lines;
        for (const Diagnostic& d : diagnostics)
            lines << d.toString();
        m_prompts->error(this, errorTitle, lines.join(QLatin1Char('\n')));
    }
    return session;
}

void MainWindow::startSession(ReviewSession session, const QString& owner, bool recovered, bool now)
{
    m_options = session.loadOptions();
    const QStringList paths = session.packagePaths;
    m_pendingSession = std::move(session);
    m_pendingSessionPath = owner;
    m_pendingRecovered = recovered;
    if (now)
        openPathsNow(paths);
    else
        openPaths(paths);
}

bool MainWindow::openReviewFile(const QString& path, bool now)
{
    bool recovered = false;
    std::optional<ReviewSession> session = readReviewFile(fileToReopen(path, &recovered), tr("Cannot open the review"));
    if (!session)
        return false;
    startSession(std::move(*session), QFileInfo(path).absoluteFilePath(), recovered, now);
    return true;
}

bool MainWindow::openSession(const QString& path)
{
    if (m_loader->isRunning() || !maybeSave())
        return false;
    return openReviewFile(path, false);
}

bool MainWindow::openSessionNow(const QString& path)
{
    return openReviewFile(path, true);
}

void MainWindow::applySession()
{
    const ReviewSession session = std::move(*m_pendingSession);
    m_pendingSession.reset();
    m_sessionPath = m_pendingSessionPath;
    const int unmatched = m_document->applySession(session);
    if (m_pendingRecovered)
        m_document->markModified();
    if (const std::optional<View> view = viewFromKey(session.view))
        showView(*view);
    if (!m_sessionPath.isEmpty())
        addRecent({ m_sessionPath });
    // Decisions made on other files may not fit these: say so before the reviewer relies on them.
    if (const QStringList changes = packageChangeLines(m_document->packageChanges()); !changes.isEmpty())
        m_prompts->error(this, tr("The package changed since the review was saved"),
            tr("The review's decisions were made on files that are not the ones read now. Check them before you "
               "sign the report:")
                + QLatin1Char('\n') + changes.join(QLatin1Char('\n')));
    if (unmatched > 0)
        statusBar()->showMessage(tr("%n decision(s) of the saved review match no finding of the package as it is now; "
                                    "they are kept in the review file",
                                     nullptr, unmatched),
            15000);
    else if (!m_sessionPath.isEmpty())
        statusBar()->showMessage(tr("Opened review %1").arg(QFileInfo(m_sessionPath).fileName()), 5000);
}

ReviewSession MainWindow::currentSession() const
{
    ReviewSession session = m_document->toSession();
    session.view = viewKey(currentView());
    return session;
}

bool MainWindow::saveSession()
{
    if (m_sessionPath.isEmpty())
        return saveSessionAs();
    return saveSessionTo(m_sessionPath);
}

bool MainWindow::saveSessionAs()
{
    if (!m_document->review())
        return false;
    QString suggested = m_sessionPath;
    if (suggested.isEmpty())
        suggested = QFileInfo(m_paths.value(0)).completeBaseName() + kSessionSuffix;
    QString path = m_prompts->saveFile(this, tr("Save review"), suggested, tr("GrantScope reviews (*.grantscope)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(kSessionSuffix, Qt::CaseInsensitive))
        path += kSessionSuffix;
    return saveSessionTo(path);
}

bool MainWindow::saveSessionTo(const QString& path)
{
    if (!m_document->review())
        return false;
    QString error;
    if (!currentSession().save(path, &error)) {
        m_prompts->error(this, tr("Cannot save the review"), error);
        return false;
    }
    m_autosave->stop();
    discardAutosave();
    m_sessionPath = QFileInfo(path).absoluteFilePath();
    m_document->markSaved();
    addRecent({ m_sessionPath });
    updateTitle();
    statusBar()->showMessage(tr("Review saved to %1").arg(m_sessionPath), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->review() || !m_document->isModified())
        return true;
    const QString name = m_sessionPath.isEmpty() ? tr("The review of %1").arg(QFileInfo(m_paths.value(0)).fileName())
                                                 : QFileInfo(m_sessionPath).fileName();
    switch (m_prompts->askToSave(
        this, tr("Save the review?"), tr("%1 has decisions, notes or boundary edits that are not saved.").arg(name))) {
    case Prompts::SaveChoice::Save:
        return saveSession();
    case Prompts::SaveChoice::Discard:
        m_autosave->stop();
        discardAutosave();
        m_document->markSaved(); // the reviewer chose to drop the changes
        return true;
    case Prompts::SaveChoice::Cancel:
        return false;
    }
    return false;
}

void MainWindow::scheduleAutosave()
{
    if (m_document->review() && m_document->isModified() && !m_pendingSession)
        m_autosave->start();
}

void MainWindow::writeAutosave()
{
    if (!m_document->review() || !m_document->isModified())
        return;
    const QString base = m_sessionPath.isEmpty() ? untitledSessionPath() : m_sessionPath;
    QString error;
    if (!currentSession().saveAutosave(base, &error)) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
        return;
    }
    QSettings settings;
    settings.setValue(kAutosaveKey, ReviewSession::autosavePath(base));
    settings.setValue(kAutosaveOwnerKey, m_sessionPath);
}

void MainWindow::discardAutosave()
{
    const QString autosave = QSettings().value(kAutosaveKey).toString();
    if (!autosave.isEmpty())
        QFile::remove(autosave);
    if (!m_sessionPath.isEmpty())
        ReviewSession::discardAutosave(m_sessionPath);
    forgetAutosave();
}

bool MainWindow::offerRecovery()
{
    QSettings settings;
    const QString autosave = settings.value(kAutosaveKey).toString();
    const QString owner = settings.value(kAutosaveOwnerKey).toString();
    if (autosave.isEmpty() || !QFileInfo::exists(autosave)) {
        forgetAutosave();
        return false;
    }
    const QString what = owner.isEmpty() ? tr("an unsaved review") : QFileInfo(owner).fileName();
    if (!m_prompts->confirm(this, tr("Recover your review"),
            tr("GrantScope closed before your changes to %1 were saved (autosaved %2). Recover them?")
                .arg(what, QLocale().toString(QFileInfo(autosave).lastModified(), QLocale::ShortFormat)))) {
        QFile::remove(autosave);
        forgetAutosave();
        return false;
    }
    std::optional<ReviewSession> session = readReviewFile(autosave, tr("Cannot recover the review"));
    if (!session)
        return false;
    startSession(std::move(*session), owner, true, false);
    return true;
}

void MainWindow::updateTitle()
{
    QString name;
    if (!m_sessionPath.isEmpty()) {
        name = QFileInfo(m_sessionPath).fileName();
    } else {
        QStringList names;
        for (const QString& p : m_paths)
            names << QFileInfo(p).fileName();
        name = names.join(QStringLiteral(", "));
    }
    setWindowTitle(name.isEmpty() ? tr("GrantScope") : tr("%1[*] - GrantScope").arg(name));
    setWindowModified(m_document->review() && m_document->isModified());
}

void MainWindow::editPackageSettings()
{
    const Review* review = m_document->review();
    if (!review || m_loader->isRunning())
        return;
    PackageSettingsDialog dialog(m_options, review->package.parameters, this);
    if (dialog.exec() == QDialog::Accepted)
        applyPackageSettings(dialog.options());
}

void MainWindow::applyPackageSettings(const LoadOptions& options, bool now)
{
    if (!m_document->review() || m_loader->isRunning())
        return;
    ReviewSession session = currentSession();
    session.setLoadOptions(options);
    // Marked as recovered so that the review counts as modified once the package is read again.
    startSession(std::move(session), m_sessionPath, /*recovered=*/true, now);
}

} // namespace grantscope::ui
