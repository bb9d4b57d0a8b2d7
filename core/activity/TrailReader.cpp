// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/TrailReader.h"

#include "activity/DeliveryFile.h"
#include "activity/TrailParser.h"
#include "common/BatchHeap.h"

#include <QDirIterator>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace grantscope {

namespace {

struct IdHash {
    size_t operator()(const std::pair<std::uint64_t, std::uint64_t>& id) const { return id.first ^ (id.second << 1); }
};

bool isTrailName(const QString& name)
{
    for (const char* suffix : { ".json", ".json.gz", ".csv", ".csv.gz" })
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    return false;
}

/** The log being filled, behind one lock: files finish in any order and merge one at a time. */
class Merger {
public:
    explicit Merger(ActivityLog& log)
        : m_log(log)
    { }

    void add(const TrailBatch& batch)
    {
        const std::lock_guard lock(m_mutex);
        m_callMap.assign(batch.calls.size(), -1);
        for (size_t i = 0; i < batch.calls.size(); ++i)
            m_callMap[i]
                = intern(m_calls, batch.calls[i].source + '\n' + batch.calls[i].name, m_log.calls, batch.calls[i]);
        m_principalMap.assign(batch.principals.size(), -1);
        for (size_t i = 0; i < batch.principals.size(); ++i)
            m_principalMap[i] = intern(m_principals, batch.principals[i].arn + '\n' + batch.principals[i].account,
                m_log.principals, batch.principals[i]);
        m_accountMap.assign(batch.accounts.size(), -1);
        for (size_t i = 0; i < batch.accounts.size(); ++i)
            m_accountMap[i] = intern(m_accounts, batch.accounts[i], m_log.accounts, batch.accounts[i]);
        m_resourceMap.assign(batch.resources.size(), -1);
        for (size_t i = 0; i < batch.resources.size(); ++i)
            m_resourceMap[i] = intern(m_resources, batch.resources[i], m_log.resources, batch.resources[i]);
        m_log.dataEventSources.insert(batch.dataEventSources.begin(), batch.dataEventSources.end());
        size_t nextResource = 0;
        m_log.malformed += batch.malformed;
        for (size_t i = 0; i < batch.events.size(); ++i) {
            const auto& id = batch.ids[i];
            const size_t firstResource = nextResource;
            while (nextResource < batch.eventResources.size() && batch.eventResources[nextResource].first == i)
                ++nextResource;
            if ((id.first || id.second) && !m_seen.insert(id).second) {
                ++m_log.duplicates;
                continue;
            }
            for (size_t r = firstResource; r < nextResource; ++r)
                m_log.eventResources.emplace_back(static_cast<std::uint32_t>(m_log.events.size()),
                    m_resourceMap[static_cast<size_t>(batch.eventResources[r].second)]);
            ActivityEvent ev = batch.events[i];
            ev.call = m_callMap[static_cast<size_t>(ev.call)];
            if (ev.principal >= 0)
                ev.principal = m_principalMap[static_cast<size_t>(ev.principal)];
            if (ev.account >= 0)
                ev.account = m_accountMap[static_cast<size_t>(ev.account)];
            m_log.events.push_back(ev);
        }
        ++m_log.filesRead;
    }

    void skip(Diagnostic diagnostic)
    {
        const std::lock_guard lock(m_mutex);
        ++m_log.filesSkipped;
        m_log.diagnostics.push_back(std::move(diagnostic));
    }

private:
    template <typename T>
    static int intern(
        std::unordered_map<std::string, int>& table, std::string key, std::vector<T>& values, const T& value)
    {
        const auto [it, inserted] = table.try_emplace(std::move(key), static_cast<int>(values.size()));
        if (inserted)
            values.push_back(value);
        return it->second;
    }

    ActivityLog& m_log;
    std::mutex m_mutex;
    std::unordered_map<std::string, int> m_calls, m_principals, m_accounts, m_resources;
    std::unordered_set<std::pair<std::uint64_t, std::uint64_t>, IdHash> m_seen;
    std::vector<int> m_callMap, m_principalMap, m_accountMap, m_resourceMap;
};

} // namespace

QStringList collectTrailFiles(const QStringList& paths, Diagnostics& diagnostics)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files.push_back(path);
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isTrailName(file) && !file.contains(QStringLiteral("/CloudTrail-Digest/")))
                    found.push_back(file);
            }
            found.sort();
            files += found;
        } else {
            diagnostics.push_back(
                { DiagnosticSeverity::Error, "trail-missing", path, {}, QStringLiteral("no such file or folder") });
        }
    }
    return files;
}

ActivityLog readTrails(const QStringList& paths, const EventMapping& mapping, const TrailReadOptions& options)
{
    ActivityLog log;
    const QStringList files = collectTrailFiles(paths, log.diagnostics);
    log.filesSkipped = static_cast<int>(log.diagnostics.size());
    Merger merger(log);
    std::atomic<int> next { 0 };
    std::atomic<int> done { 0 };
    std::atomic<bool> cancelled { false };
    std::mutex progressMutex;
    const int total = static_cast<int>(files.size());

    const auto work = [&] {
        DeliveryFile file(options.maxFileBytes);
        TrailParser parser(mapping);
        TrailBatch batch;
        for (int i = next++; i < total && !cancelled; i = next++) {
            const QString& path = files[i];
            QString error;
            SourceLocation where;
            if (!file.load(path, &error) || !parser.parse(file.data(), file.size(), batch, &error, &where))
                merger.skip({ DiagnosticSeverity::Error, "trail-unreadable", path, where,
                    error + QStringLiteral("; file skipped") });
            else if (batch.kind != TrailFileKind::Digest)
                merger.add(batch);
            const int finished = ++done;
            if (options.progress) {
                const std::lock_guard lock(progressMutex);
                if (!options.progress(finished, total))
                    cancelled = true;
            }
        }
    };
    const int workers = std::clamp(options.workers, 1, std::max(1, total));
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back([&] {
            prepareThreadHeap();
            work();
        });
    work();
    for (std::thread& t : threads)
        t.join();
    std::sort(log.diagnostics.begin(), log.diagnostics.end(),
        [](const Diagnostic& a, const Diagnostic& b) { return a.file < b.file; });
    return log;
}

} // namespace grantscope
