// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ReviewLoader.h"

#include "document/ReviewDocument.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent>

#include <algorithm>

namespace grantscope::ui {

ReviewLoader::ReviewLoader(QObject* parent)
    : QObject(parent)
{ }

ReviewLoader::~ReviewLoader()
{
    waitForFinished();
}

void ReviewLoader::start(const QStringList& paths, const LoadOptions& options)
{
    if (m_running)
        return;
    std::erase_if(m_workers, [](const QFuture<void>& f) { return f.isFinished(); });
    m_paths = paths;
    m_running = true;
    const quint64 generation = ++m_generation;
    const QPointer<ReviewLoader> self(this);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    LoadOptions withProgress = options;
    // Runs on the worker: answers whether to go on, and passes the figures to the GUI thread now and then
    // (a report per file of a large folder would flood the event queue).
    withProgress.progress = [self, generation, stop = m_stop, clock = std::make_shared<QElapsedTimer>(),
                                lastStage = std::make_shared<int>(-1)](WorkStage stage, size_t done, size_t total) {
        if (stop->load())
            return false;
        if (static_cast<int>(stage) != *lastStage || !clock->isValid() || clock->elapsed() >= 50) {
            *lastStage = static_cast<int>(stage);
            clock->start();
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, stage, done, total] {
                    if (self)
                        self->reportProgress(generation, stage, qsizetype(done), qsizetype(total));
                },
                Qt::QueuedConnection);
        }
        return true;
    };
    m_workers.push_back(QtConcurrent::run([self, generation, paths, options = std::move(withProgress)] {
        std::shared_ptr<Review> review;
        try {
            review = loadSharedReview(paths, options);
        } catch (const WorkCancelled&) {
            return; // cancel() has told the window already
        }
        // Back on the GUI thread. The destructor waits for this worker, so the loader is alive when this is
        // queued; a queued call to a loader deleted since is discarded with it.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, review] {
                if (self)
                    self->done(generation, review);
            },
            Qt::QueuedConnection);
    }));
}

void ReviewLoader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_stop)
        m_stop->store(true); // the worker stops at its next progress report
    ++m_generation; // whatever the worker still brings back is stale now
    Q_EMIT finished(nullptr, true);
}

void ReviewLoader::done(quint64 generation, std::shared_ptr<Review> review)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    Q_EMIT finished(std::move(review), false);
}

void ReviewLoader::reportProgress(quint64 generation, WorkStage stage, qsizetype done, qsizetype total)
{
    if (generation == m_generation && m_running)
        Q_EMIT progress(stage, done, total);
}

void ReviewLoader::waitForFinished()
{
    for (QFuture<void>& f : m_workers)
        f.waitForFinished();
    m_workers.clear();
}

} // namespace grantscope::ui
