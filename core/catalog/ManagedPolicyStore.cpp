// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/ManagedPolicyStore.h"

#include "common/ResourceData.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <atomic>
#include <mutex>

namespace grantscope {

namespace {
constexpr std::string_view kPolicyMarker = ":iam::aws:policy/";
}

namespace {
std::atomic<bool> g_bundledLoaded { false };
}

bool ManagedPolicyStore::bundledLoaded()
{
    return g_bundledLoaded.load();
}

const ManagedPolicyStore& ManagedPolicyStore::bundled()
{
    static std::unique_ptr<ManagedPolicyStore> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        g_bundledLoaded = true;
        QString error;
        // Compiled in uncompressed (core/CMakeLists.txt): parsed where it lies, no copy of 3 MB.
        const QString path = QStringLiteral(":/aws/managed-policies.tsv");
        const std::string_view mapped = bundledResourceView(path);
        instance = mapped.empty() ? fromText(bundledResourceText(path), &error) : fromStaticText(mapped, &error);
        if (!instance)
            qFatal("bundled AWS managed policies are unreadable: %s", qPrintable(error));
    });
    return *instance;
}

std::unique_ptr<ManagedPolicyStore> ManagedPolicyStore::fromText(std::string text, QString* error)
{
    std::unique_ptr<ManagedPolicyStore> store(new ManagedPolicyStore);
    store->m_storage = std::move(text);
    store->m_text = store->m_storage;
    if (!store->parse(error))
        return nullptr;
    return store;
}

std::unique_ptr<ManagedPolicyStore> ManagedPolicyStore::fromStaticText(std::string_view text, QString* error)
{
    std::unique_ptr<ManagedPolicyStore> store(new ManagedPolicyStore);
    store->m_text = text;
    if (!store->parse(error))
        return nullptr;
    return store;
}

bool ManagedPolicyStore::parse(QString* error)
{
    const std::string_view text = m_text;
    if (!text.starts_with("#grantscope-managed-policies\t1\t")) {
        if (error)
            *error = QCoreApplication::translate("ManagedPolicyStore", "not a GrantScope managed-policy file");
        return false;
    }
    size_t pos = 0;
    int lineNo = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.empty())
            continue;
        if (line[0] == '#') {
            const size_t last = line.rfind('\t');
            m_dataVersion = std::string(line.substr(last + 1));
            continue;
        }
        std::string_view f[5];
        size_t start = 0;
        int n = 0;
        for (; n < 4; ++n) {
            const size_t tab = line.find('\t', start);
            if (tab == std::string_view::npos)
                break;
            f[n] = line.substr(start, tab - start);
            start = tab + 1;
        }
        if (n < 4) {
            if (error)
                *error = QCoreApplication::translate("ManagedPolicyStore", "line %1 has too few fields").arg(lineNo);
            return false;
        }
        f[4] = line.substr(start);
        m_policies.push_back({ f[0], f[1], f[2], f[3], f[4] });
    }
    for (size_t i = 0; i < m_policies.size(); ++i) {
        m_byName.emplace(m_policies[i].name, i);
        const std::string_view arn = m_policies[i].arn;
        const size_t at = arn.find(kPolicyMarker);
        if (at != std::string_view::npos)
            m_byPathAndName.emplace(arn.substr(at + kPolicyMarker.size()), i);
    }
    return true;
}

std::string ManagedPolicyStore::prettyDocument(const ManagedPolicyEntry& entry)
{
    const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(entry.document, nullptr, false);
    if (doc.is_discarded())
        return std::string(entry.document);
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool ManagedPolicyStore::isAwsManagedArn(std::string_view arn)
{
    return arn.starts_with("arn:") && arn.find(kPolicyMarker) != std::string_view::npos;
}

const ManagedPolicyEntry* ManagedPolicyStore::find(std::string_view arnOrName) const
{
    if (arnOrName.starts_with("arn:")) {
        const size_t at = arnOrName.find(kPolicyMarker);
        if (at == std::string_view::npos)
            return nullptr;
        const std::string_view pathAndName = arnOrName.substr(at + kPolicyMarker.size());
        if (auto it = m_byPathAndName.find(pathAndName); it != m_byPathAndName.end())
            return &m_policies[it->second];
        // AWS accepts the ARN only with the right path; a wrong path is a different (missing) policy.
        return nullptr;
    }
    if (auto it = m_byName.find(arnOrName); it != m_byName.end())
        return &m_policies[it->second];
    return nullptr;
}

} // namespace grantscope
