// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Expansion.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "common/BatchHeap.h"
#include "common/Text.h"
#include "common/ThreadPlacement.h"
#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "package/CloudFormationLoader.h"
#include "package/TerraformLoader.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace grantscope::cli {

namespace {

// Output is streamed in chunks small enough to stay in cache, not built whole in memory.
constexpr size_t kChunk = 64 * 1024;

// A one-time signal between the two threads. The waiter first polls for a while, yielding its processor, and only
// then sleeps: the wait is for a listing of a few milliseconds, and on a virtual machine a processor that fell
// idle was seen to take up to 4 ms to run its thread again once woken (std::latch, which sleeps at once, and a
// condition variable alike).
class Gate {
public:
    void open()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_open.store(true, std::memory_order_release);
        }
        m_changed.notify_all();
    }
    bool isOpen() const { return m_open.load(std::memory_order_acquire); }
    void wait()
    {
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(50);
        while (!isOpen() && std::chrono::steady_clock::now() < until)
            std::this_thread::yield();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return isOpen(); });
    }

private:
    std::atomic<bool> m_open { false };
    std::mutex m_mutex;
    std::condition_variable m_changed;
};

void flush(std::FILE* out, std::string& buffer)
{
    std::fwrite(buffer.data(), 1, buffer.size(), out);
    buffer.clear();
}

// Every catalogue action's name as the JSON output writes it, quoted and followed by the separator, in
// index order: within a service that is name order, so a run of consecutive actions (a service's wildcard,
// "svc:Get*", "*") is one copy of bytes instead of a name at a time. Made once, after the catalogue.
class JsonNames {
public:
    explicit JsonNames(const Catalog& catalog)
        : m_catalog(catalog)
    {
        const auto count = static_cast<size_t>(catalog.actionCount());
        size_t size = 0;
        for (size_t i = 0; i < count; ++i)
            size += catalog.lowerActionName(static_cast<int>(i)).size() + 4;
        m_text.reserve(size);
        m_offsets.reserve(count + 1);
        for (size_t i = 0; i < count; ++i) {
            m_offsets.push_back(static_cast<uint32_t>(m_text.size()));
            m_text += '"';
            m_text += catalog.lowerActionName(static_cast<int>(i));
            m_text += "\", ";
        }
        m_offsets.push_back(static_cast<uint32_t>(m_text.size()));
        m_rank.resize(static_cast<size_t>(catalog.serviceCount()));
        const std::vector<int>& order = catalog.servicesInNameOrder();
        for (size_t k = 0; k < order.size(); ++k)
            m_rank[static_cast<size_t>(order[k])] = static_cast<int>(k);
    }

    // One policy's actions as a JSON array, services in name order ("s3-outposts:..." before "s3:...").
    std::string array(const ActionSet& actions) const
    {
        // The set's runs in index order, cut where a service ends and put in the services' name order: a
        // walk of the set's own words, not of every service of the catalogue for each policy.
        struct Run {
            int rank;
            int first;
            int last;
            bool operator<(const Run& o) const { return rank != o.rank ? rank < o.rank : first < o.first; }
        };
        std::vector<Run> runs;
        actions.forEachRunInRange(0, actions.size(), [&](int first, int last) {
            while (first < last) {
                const int service = m_catalog.actionService(first);
                const ServiceInfo& s = m_catalog.service(service);
                const int end = std::min(last, s.firstAction + s.actionCount);
                runs.push_back({ m_rank[static_cast<size_t>(service)], first, end });
                first = end;
            }
        });
        std::sort(runs.begin(), runs.end());
        // Sized exactly first: growing by doubling touched up to three times the memory, and on this kind of
        // machine every new page is cleared (and often faulted in by the host) before use.
        size_t size = 2;
        for (const Run& r : runs)
            size += m_offsets[static_cast<size_t>(r.last)] - m_offsets[static_cast<size_t>(r.first)];
        std::string text;
        text.reserve(size);
        text += '[';
        for (const Run& r : runs) {
            const uint32_t from = m_offsets[static_cast<size_t>(r.first)];
            text.append(m_text, from, m_offsets[static_cast<size_t>(r.last)] - from);
        }
        if (text.size() > 1)
            text.resize(text.size() - 2); // the last name's separator
        text += ']';
        return text;
    }

private:
    const Catalog& m_catalog;
    std::string m_text;
    std::vector<uint32_t> m_offsets; // where each action's entry starts in m_text; one more for the end
    std::vector<int> m_rank; // each service's place in name order
};

// The JSON object of policy: actions, a policy at a time, in chunks.
class JsonObjectWriter {
public:
    explicit JsonObjectWriter(std::FILE* out)
        : m_out(out)
    {
        m_buffer.reserve(kChunk + 4096);
        m_buffer += '{';
    }

    void add(const std::string& name, const std::string& actions)
    {
        if (!m_first)
            m_buffer += ',';
        m_first = false;
        m_buffer += "\n  ";
        // Only the policy name comes from the input: it alone needs write()'s escaping of disguising
        // characters (the catalogue's names are plain ASCII), so the rest is written as it is.
        m_key.clear();
        appendJsonString(m_key, name);
        m_buffer += visibleControls(m_key);
        m_buffer += ": ";
        if (m_buffer.size() + actions.size() > kChunk) {
            flush(m_out, m_buffer);
            std::fwrite(actions.data(), 1, actions.size(), m_out);
        } else {
            m_buffer += actions;
        }
    }

    void finish()
    {
        m_buffer += m_first ? "}\n" : "\n}\n";
        flush(m_out, m_buffer);
    }

private:
    std::FILE* m_out;
    std::string m_buffer;
    std::string m_key;
    bool m_first = true;
};

void writeJson(std::FILE* out, const std::map<std::string, std::string>& results)
{
    JsonObjectWriter writer(out);
    for (const auto& [name, actions] : results)
        writer.add(name, actions);
    writer.finish();
}

// Where each file's policy goes in the JSON object, in the order of the keys, when every file has a key of its
// own (its name without ".json"): then the order is known as soon as the files are listed, and each policy can
// be written once it and all before it are done. Empty when two files are named alike, since which of them keeps
// the name then depends on which of them can be read.
std::vector<size_t> streamOrder(const std::vector<InputFile>& files)
{
    std::vector<size_t> order(files.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return files[a].stem < files[b].stem; });
    for (size_t k = 1; k < order.size(); ++k)
        if (files[order[k - 1]].stem == files[order[k]].stem)
            return {};
    return order;
}

void writeTable(std::FILE* out, const Catalog& catalog, const std::map<std::string, const ActionSet*>& results)
{
    std::string text;
    text.reserve(kChunk + 4096);
    for (const auto& [name, set] : results) {
        const ActionSet& actions = *set;
        text += name;
        text += ": ";
        text += std::to_string(actions.count());
        text += " actions\n";
        int currentService = -1;
        actions.forEach([&](int i) {
            const ActionInfo& a = catalog.action(i);
            if (a.service != currentService) {
                if (currentService >= 0)
                    text += '\n';
                currentService = a.service;
                text += "  ";
                text += catalog.service(a.service).prefix;
                text += ": ";
            } else {
                text += ", ";
            }
            text += a.name;
            if (text.size() > kChunk) {
                write(out, text);
                text.clear();
            }
        });
        if (currentService >= 0)
            text += '\n';
    }
    write(out, text);
}

// The actions a policy's Allow statements grant: expandPolicy() without the per-statement copies of the
// resources the command does not print. Deny statements are expanded too, for their warnings.
ActionSet allowedActions(const Catalog& catalog, const Policy& policy, Diagnostics* diagnostics)
{
    ActionSet allowed = catalog.emptySet();
    for (const Statement& st : policy.statements) {
        const ActionSet actions = expandActions(catalog, st, policy.file, diagnostics);
        if (st.effect == Effect::Allow)
            allowed |= actions;
    }
    return allowed;
}

// A template or Terraform file given to expand: say which command reads it instead of a syntax error.
void templateAdvice(const QString& file, SourceLocation at, Diagnostics& diagnostics)
{
    diagnostics.push_back({ DiagnosticSeverity::Error, "expand-not-a-policy", file, at,
        QCoreApplication::translate("cli",
            "this is a CloudFormation template or Terraform configuration, not a policy: "
            "expand reads IAM policy documents; review the package with "
            "grantscope-cli analyze %1")
            .arg(file) });
}

bool isTemplate(const QString& file, std::string_view bytes, Diagnostics& diagnostics)
{
    const size_t start = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool json = start != std::string_view::npos && (bytes[start] == '{' || bytes[start] == '[');
    static const QStringList suffixes { QStringLiteral(".yaml"), QStringLiteral(".yml"), QStringLiteral(".template"),
        QStringLiteral(".tf") };
    const bool templateName = std::any_of(
        suffixes.begin(), suffixes.end(), [&](const QString& s) { return file.endsWith(s, Qt::CaseInsensitive); });
    if (json || !templateName)
        return false;
    templateAdvice(file, { 1, 1 }, diagnostics);
    return true;
}

} // namespace

int runExpand(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("expand"),
        QCoreApplication::translate("cli", "List the actions each policy's Allow statements grant."));
    cl.addFlag(
        { QStringLiteral("json") }, QCoreApplication::translate("cli", "write a JSON object of policy: actions"));
    cl.addFlag({ QStringLiteral("q"), QStringLiteral("quiet") },
        QCoreApplication::translate("cli", "print errors only, no warnings"));
    cl.addArgument(QCoreApplication::translate("cli", "PATH..."),
        QCoreApplication::translate(
            "cli", "a policy JSON file, a folder of *.json policies, or \"-\" for one policy on standard input"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    const bool json = cl.isSet(QStringLiteral("json"));
    const bool quiet = cl.isSet(QStringLiteral("quiet"));
    const QStringList paths = cl.positionalArguments();
    if (paths.isEmpty())
        return cl.usageError(err, QCoreApplication::translate("cli", "no PATH given"));
    if (paths.count(QStringLiteral("-")) > 1)
        return cl.usageError(err, QCoreApplication::translate("cli", "standard input (\"-\") can be read only once"));

    Diagnostics diagnostics;
    std::vector<InputFile> files;
    // Two workers (the machine has two cores) share the list through a counter. Listing, reading and
    // parsing files need no catalogue's names as written, so while the main thread makes them a helper lists
    // the files and starts reading them. Results are merged in file order (and JSON written in key order), so
    // the output does not depend on timing.
    struct FileResult {
        bool ok = false;
        bool bad = false;
        std::optional<Policy> policy;
        ActionSet allowed; // for the table
        std::string json; // for --json: the actions as a JSON array
        Diagnostics diagnostics;
    };
    std::vector<FileResult> perFile;
    auto readOne = [&](size_t i) {
        const InputFile& f = files[i];
        FileResult& r = perFile[i];
        std::optional<SourceText> text = readInput(f, r.diagnostics);
        if (!text || isTemplate(f.display, text->bytes, r.diagnostics)) {
            r.bad = true;
            return;
        }
        std::optional<SourceNode> root = readJson(text->bytes, f.display, r.diagnostics);
        if (!root) {
            r.bad = true;
            return;
        }
        if (looksLikeCloudFormation(*root) || looksLikeTerraform(*root)) {
            templateAdvice(f.display, root->location, r.diagnostics);
            r.bad = true;
            return;
        }
        PolicyParser::Result parsed
            = PolicyParser::parse(*root, PolicyParser::guessKind(*root), f.display, f.stem, r.diagnostics);
        r.bad = !parsed.ok;
        r.policy = std::move(parsed.policy);
    };
    // A parsed file waits only while the catalogue's names as written are being made: after that each file is
    // expanded as soon as it is read and its policy freed, so memory stays about that of one file per worker.
    std::atomic<size_t> next { 0 };
    Gate catalogReady; // for --json, the catalogue's names as written
    std::optional<JsonNames> jsonNames;
    auto expandOne = [&](size_t i) {
        FileResult& r = perFile[i];
        if (!r.policy)
            return;
        const Catalog& catalog = Catalog::bundled();
        r.allowed = allowedActions(catalog, *r.policy, &r.diagnostics);
        r.policy.reset();
        if (json) {
            r.json = jsonNames->array(r.allowed);
            r.allowed = ActionSet();
        }
        r.ok = true;
    };
    // --json, every file with a key of its own: a policy is written as soon as it and all before it in key
    // order are done, by whichever worker finished one (the other does not wait for it), and its text is freed.
    // The managed policies' 7.5 MB of actions are then neither held to the end nor written by one thread
    // after all the work. Messages still come after the work, so on a terminal they follow the JSON.
    std::vector<size_t> order; // set with the listing; empty: the JSON is written at the end
    std::unique_ptr<std::atomic<bool>[]> done; // per file: expanded, or failed
    std::optional<JsonObjectWriter> stream;
    std::mutex writing;
    size_t written = 0; // how much of `order` is written, under `writing`
    auto writeReady = [&](bool wait) {
        std::unique_lock lock(writing, std::defer_lock);
        if (wait)
            lock.lock();
        else if (!lock.try_lock())
            return;
        for (; written < order.size() && done[order[written]].load(std::memory_order_acquire); ++written) {
            FileResult& r = perFile[order[written]];
            if (r.ok) {
                stream->add(files[order[written]].stem, r.json);
                std::string().swap(r.json);
            }
        }
    };
    auto finished = [&](size_t i) {
        if (!stream)
            return;
        done[i].store(true, std::memory_order_release);
        writeReady(false);
    };
    auto work = [&] {
        std::vector<size_t> waiting;
        for (size_t i = next++; i < files.size(); i = next++) {
            readOne(i);
            waiting.push_back(i);
            if (!catalogReady.isOpen())
                continue;
            for (const size_t w : waiting) {
                expandOne(w);
                finished(w);
            }
            waiting.clear();
        }
        if (!waiting.empty())
            catalogReady.wait();
        for (const size_t w : waiting) {
            expandOne(w);
            finished(w);
        }
    };
    // The catalogue is read (its image's header: well under a millisecond) before the helper starts, which then
    // moves off this thread's processor at once instead of sharing it until the scheduler balances the two.
    Gate listed;
    (void)Catalog::bundled();
    const int mainProcessor = currentProcessor();
    std::thread helper([&] {
        {
            const LeaveProcessor elsewhere(mainProcessor);
            prepareThreadHeap();
            files = collectPolicyFiles(paths, diagnostics);
        }
        perFile.resize(files.size());
        if (json)
            order = streamOrder(files);
        if (!order.empty()) {
            done = std::make_unique<std::atomic<bool>[]>(files.size());
            stream.emplace(out);
        }
        listed.open();
        work();
    });
    if (json)
        jsonNames.emplace(Catalog::bundled());
    catalogReady.open();
    listed.wait();
    work();
    helper.join();
    if (stream)
        writeReady(true);
    bool bad = hasErrors(diagnostics);
    const Catalog& catalog = Catalog::bundled();
    std::map<std::string, QString> keyOwner; // which file's results each key holds
    std::map<std::string, std::string> jsonResults;
    std::map<std::string, const ActionSet*> tableResults;
    for (size_t i = 0; i < files.size(); ++i) {
        FileResult& r = perFile[i];
        bad = bad || r.bad;
        diagnostics.insert(diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
        if (!r.ok || stream) // streamed: written already, each under its own name
            continue;
        // Two files named alike (a/reader.json, b/reader.json) keep results of their own, never merged: the
        // later one is keyed by its path, and the warning says so.
        std::string key = files[i].stem;
        if (const auto taken = keyOwner.find(key); taken != keyOwner.end()) {
            std::string candidate = files[i].display.toStdString();
            for (int n = 2; keyOwner.contains(candidate); ++n)
                candidate = files[i].display.toStdString() + '#' + std::to_string(n);
            diagnostics.push_back({ DiagnosticSeverity::Warning, "expand-duplicate-key", files[i].display, {},
                QCoreApplication::translate(
                    "cli", "the key \"%1\" is taken by %2; this file's actions are under \"%3\"")
                    .arg(QString::fromStdString(key), taken->second, QString::fromStdString(candidate)) });
            key = std::move(candidate);
        }
        keyOwner.emplace(key, files[i].display);
        if (json)
            jsonResults.emplace(key, std::move(r.json));
        else
            tableResults.emplace(key, &r.allowed);
    }
    printDiagnostics(err, diagnostics, !quiet);
    if (stream)
        stream->finish();
    else if (json)
        writeJson(out, jsonResults);
    else
        writeTable(out, catalog, tableResults);
    return bad ? BadInput : Success;
}

} // namespace grantscope::cli
