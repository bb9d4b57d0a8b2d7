// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <exception>
#include <functional>

namespace grantscope {

/** The parts of reading a package, in the order they run. */
enum class WorkStage {
    Reading, // files of the package read and parsed; total = files
    Analysing, // subjects judged by the risk and trust rules; total = subjects
    Comparing, // policies expanded and the package's own evaluation made; total = policies
};

/**
 * Told how far long work has come: (stage, done, total), called often and from the worker doing the work.
 * Returning false asks the work to stop: it then throws WorkCancelled at that point and its partial results
 * are dropped.
 */
using ProgressCallback = std::function<bool(WorkStage stage, size_t done, size_t total)>;

/** Work stopped because its ProgressCallback answered false. */
class WorkCancelled : public std::exception {
public:
    const char* what() const noexcept override { return "the work was cancelled"; }
};

/** Reports to `callback` when it is set, and throws WorkCancelled when it answers false. */
inline void reportProgress(const ProgressCallback& callback, WorkStage stage, size_t done, size_t total)
{
    if (callback && !callback(stage, done, total))
        throw WorkCancelled();
}

} // namespace grantscope
