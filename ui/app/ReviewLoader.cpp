// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ReviewLoader.h"

#include "document/ReviewDocument.h"

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
    m_workers.push_back(QtConcurrent::run([self, generation, paths, options] {
        std::shared_ptr<Review> review = loadSharedReview(paths, options);
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
    ++m_generation; // whatever the worker brings back is stale now
    Q_EMIT finished(nullptr, true);
}

void ReviewLoader::done(quint64 generation, std::shared_ptr<Review> review)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    Q_EMIT finished(std::move(review), false);
}

void ReviewLoader::waitForFinished()
{
    for (QFuture<void>& f : m_workers)
        f.waitForFinished();
    m_workers.clear();
}

} // namespace grantscope::ui
