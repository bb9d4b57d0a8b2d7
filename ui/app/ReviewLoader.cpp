// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ReviewLoader.h"

#include "document/ReviewDocument.h"

#include <QtConcurrent>

namespace grantscope::ui {

ReviewLoader::ReviewLoader(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<std::shared_ptr<Review>>(this))
{
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<Review>>::finished, this, [this] {
        const bool cancelled = m_cancelled;
        std::shared_ptr<Review> review = m_watcher->result();
        Q_EMIT finished(cancelled ? nullptr : std::move(review), cancelled);
    });
}

ReviewLoader::~ReviewLoader()
{
    waitForFinished();
}

void ReviewLoader::start(const QStringList& paths, const LoadOptions& options)
{
    if (isRunning())
        return;
    m_paths = paths;
    m_cancelled = false;
    m_watcher->setFuture(QtConcurrent::run([paths, options] { return loadSharedReview(paths, options); }));
}

bool ReviewLoader::isRunning() const
{
    return m_watcher->isRunning();
}

void ReviewLoader::waitForFinished()
{
    if (m_watcher->isRunning())
        m_watcher->waitForFinished();
}

} // namespace grantscope::ui
