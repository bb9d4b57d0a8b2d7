// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ReviewSubject.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

/**
 * Loads a review off the GUI thread: loadReview() on a worker, then `finished` on the GUI thread. The
 * engine has no interruption points, so cancel() only marks the running load: its result is dropped
 * and `finished` reports it as cancelled.
 */
class ReviewLoader : public QObject {
    Q_OBJECT

public:
    explicit ReviewLoader(QObject* parent = nullptr);
    ~ReviewLoader() override;

    /** Starts loading `paths`; ignored while a load is running. */
    void start(const QStringList& paths, const LoadOptions& options);
    bool isRunning() const;
    void cancel() { m_cancelled = true; }
    /** Blocks until the running load (if any) has finished. */
    void waitForFinished();
    /** The paths of the load running or last finished. */
    const QStringList& paths() const { return m_paths; }

Q_SIGNALS:
    /** The load ended; `review` is null when it was cancelled. */
    void finished(std::shared_ptr<grantscope::Review> review, bool cancelled);

private:
    QFutureWatcher<std::shared_ptr<Review>>* m_watcher;
    QStringList m_paths;
    bool m_cancelled = false;
};

} // namespace grantscope::ui
