// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "package/ReviewSubject.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

/**
 * Loads a review off the GUI thread: loadReview() on a worker, then `finished` on the GUI thread, with
 * `progress` as it goes. cancel() gives the window back at once: `finished` reports the load as cancelled
 * right away, and the worker stops at its next progress report (every file read, subject analysed and
 * policy compared); whatever it still brings back is dropped (each load has its own generation), and a new
 * load may start while the cancelled one winds down.
 */
class ReviewLoader : public QObject {
    Q_OBJECT

public:
    explicit ReviewLoader(QObject* parent = nullptr);
    ~ReviewLoader() override;

    /** Starts loading `paths`; ignored while a load is running. */
    void start(const QStringList& paths, const LoadOptions& options);
    /** A load is running that has not been cancelled. */
    bool isRunning() const { return m_running; }
    /** Stops the running load: `finished(nullptr, true)` now, and nothing more from that load. */
    void cancel();
    /** Blocks until every load started (cancelled ones included) has finished on its worker. */
    void waitForFinished();
    /** The paths of the load running or last finished. */
    const QStringList& paths() const { return m_paths; }

Q_SIGNALS:
    /** The load ended; `review` is null when it was cancelled. */
    void finished(std::shared_ptr<grantscope::Review> review, bool cancelled);
    /** How far the running load has come (at most every 50 ms, and at each new stage). */
    void progress(grantscope::WorkStage stage, qsizetype done, qsizetype total);

private:
    void done(quint64 generation, std::shared_ptr<Review> review);
    void reportProgress(quint64 generation, WorkStage stage, qsizetype done, qsizetype total);

    std::vector<QFuture<void>> m_workers; // running or finished; pruned as they end
    QStringList m_paths;
    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_stop; // the running load's: set by cancel(), read by its worker
};

} // namespace grantscope::ui
