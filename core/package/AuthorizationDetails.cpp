// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/AuthorizationDetails.h"

#include "catalog/ManagedPolicyStore.h"
#include "package/CloudFormationLoader.h"

#include <QByteArray>
#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace grantscope {

namespace {

// Translated under the context "AuthorizationDetails" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuthorizationDetails)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string textOf(const SourceNode& entry, std::string_view key)
{
    const SourceNode* node = entry.find(key);
    return node && node->isScalar() ? node->text : std::string();
}

class PageReader {
public:
    PageReader(const QString& file, ReviewSubject& subject, AccountExport& page)
        : m_file(file)
        , m_subject(subject)
        , m_export(page)
    { }

    void read(const SourceNode& root)
    {
        if (const SourceNode* truncated = root.find("IsTruncated"); truncated && truncated->text == "true")
            m_export.truncatedPages.emplace_back(m_file, truncated->location);
        else
            m_export.lastPageSeen = true;
        forEachEntry(root, "Policies", [&](const SourceNode& e) { readManagedPolicy(e); });
        forEachEntry(root, "GroupDetailList", [&](const SourceNode& e) { readEntity(e, "group"); });
        forEachEntry(root, "UserDetailList", [&](const SourceNode& e) { readEntity(e, "user"); });
        forEachEntry(root, "RoleDetailList", [&](const SourceNode& e) { readEntity(e, "role"); });
    }

private:
    void error(SourceLocation at, const QString& message)
    {
        m_subject.diagnostics.push_back({ DiagnosticSeverity::Error, "export-shape", m_file, at, message });
    }

    template <typename Visit> void forEachEntry(const SourceNode& root, std::string_view key, Visit visit)
    {
        const SourceNode* list = root.find(key);
        if (!list || list->isNull())
            return;
        if (!list->isArray()) {
            error(list->location, Tr::tr("%1 must be a list").arg(q(key)));
            return;
        }
        for (const SourceNode& entry : list->items) {
            if (entry.isObject())
                visit(entry);
            else
                error(entry.location, Tr::tr("an entry of %1 must be an object").arg(q(key)));
        }
    }

    // A policy document as the export holds it: a JSON object (AWS CLI) or a URL-encoded JSON string (the
    // raw API). The decoded string keeps the string's place, so its errors point at it.
    PolicyRecord document(const SourceNode& node, PolicyKind kind, PolicyOrigin origin, const std::string& name)
    {
        if (!node.isString() || node.text.find_first_not_of(" \t\r\n") == std::string::npos
            || node.text[node.text.find_first_not_of(" \t\r\n")] == '{')
            return policyFromNode(node, kind, origin, name, m_file, m_subject);
        SourceNode decoded = node;
        decoded.text = QByteArray::fromPercentEncoding(QByteArray::fromStdString(node.text)).toStdString();
        return policyFromNode(decoded, kind, origin, name, m_file, m_subject);
    }

    void readManagedPolicy(const SourceNode& entry)
    {
        const std::string arn = textOf(entry, "Arn");
        const std::string name = textOf(entry, "PolicyName");
        if (arn.empty()) {
            error(entry.location, Tr::tr("a policy of Policies has no Arn"));
            return;
        }
        const SourceNode* versions = entry.find("PolicyVersionList");
        const SourceNode* chosen = nullptr;
        if (versions && versions->isArray())
            for (const SourceNode& v : versions->items)
                if (const SourceNode* isDefault = v.find("IsDefaultVersion"); isDefault && isDefault->text == "true")
                    chosen = &v;
        const SourceNode* doc = chosen ? chosen->find("Document") : nullptr;
        if (!doc) {
            error(entry.location,
                Tr::tr("the policy %1 has no default version with a Document in PolicyVersionList").arg(q(arn)));
            return;
        }
        PolicyRecord record = document(*doc, PolicyKind::Identity,
            ManagedPolicyStore::isAwsManagedArn(arn) ? PolicyOrigin::AwsManaged : PolicyOrigin::CustomerManaged,
            name.empty() ? arn : name);
        record.arn = arn;
        m_export.managedPolicies.push_back(std::move(record));
    }

    // A managed policy named by ARN: AWS managed ones from the bundled copy, customer managed ones once every
    // page is read.
    PolicyRecord managed(const SourceNode& arnNode, const std::string& name)
    {
        if (ManagedPolicyStore::isAwsManagedArn(arnNode.text))
            return awsManagedPolicy(arnNode.text, m_file, arnNode.location, m_subject);
        PolicyRecord record;
        record.origin = PolicyOrigin::CustomerManaged;
        record.arn = arnNode.text;
        const size_t slash = arnNode.text.rfind('/');
        record.name = !name.empty() ? name : slash == std::string::npos ? arnNode.text : arnNode.text.substr(slash + 1);
        record.file = m_file;
        record.location = arnNode.location;
        record.resolved = false;
        record.policy.file = m_file;
        record.policy.name = record.name;
        return record;
    }

    void readEntity(const SourceNode& entry, const char* kind)
    {
        const std::string kindName = kind;
        const char* nameKey = kindName == "role" ? "RoleName" : kindName == "user" ? "UserName" : "GroupName";
        const char* idKey = kindName == "role" ? "RoleId" : kindName == "user" ? "UserId" : "GroupId";
        const char* inlineKey = kindName == "role" ? "RolePolicyList"
            : kindName == "user"                   ? "UserPolicyList"
                                                   : "GroupPolicyList";
        const SourceNode* nameNode = entry.find(nameKey);
        if (!nameNode || !nameNode->isString() || nameNode->text.empty()) {
            error(entry.location, Tr::tr("an entry without %1").arg(QLatin1String(nameKey)));
            return;
        }
        RoleRecord role;
        role.kind = kindName;
        role.name = nameNode->text;
        role.file = m_file;
        role.location = nameNode->location;
        AccountEntityInfo info;
        info.arn = textOf(entry, "Arn");
        info.id = textOf(entry, idKey);
        info.path = textOf(entry, "Path");
        info.createDate = textOf(entry, "CreateDate");
        if (const SourceNode* used = entry.find("RoleLastUsed"); used && used->isObject()) {
            info.lastUsedDate = textOf(*used, "LastUsedDate");
            info.lastUsedRegion = textOf(*used, "Region");
        }
        if (const SourceNode* groups = entry.find("GroupList"); groups && groups->isArray())
            for (const SourceNode& g : groups->items)
                if (g.isString())
                    info.groups.push_back(g.text);
        role.account = std::move(info);

        if (kindName == "role") {
            if (const SourceNode* trust = entry.find("AssumeRolePolicyDocument")) {
                PolicyRecord record = document(*trust, PolicyKind::Trust, PolicyOrigin::Inline, role.name + " trust");
                role.hasTrustPolicy = record.resolved;
                role.trustPolicy = std::move(record.policy);
                role.trustPolicy.kind = PolicyKind::Trust;
            } else {
                error(nameNode->location, Tr::tr("the role %1 has no AssumeRolePolicyDocument").arg(q(role.name)));
            }
            role.maxSessionDuration = textOf(entry, "MaxSessionDuration");
            if (const SourceNode* d = entry.find("MaxSessionDuration"))
                role.maxSessionDurationLocation = d->location;
        }
        if (const SourceNode* list = entry.find(inlineKey); list && list->isArray())
            for (const SourceNode& p : list->items) {
                const SourceNode* doc = p.find("PolicyDocument");
                if (!doc) {
                    error(p.location, Tr::tr("an inline policy of %1 has no PolicyDocument").arg(q(role.name)));
                    continue;
                }
                const std::string policyName = textOf(p, "PolicyName");
                role.policies.push_back(document(*doc, PolicyKind::Identity, PolicyOrigin::Inline,
                    policyName.empty() ? role.name + " inline" : policyName));
            }
        if (const SourceNode* list = entry.find("AttachedManagedPolicies"); list && list->isArray())
            for (const SourceNode& p : list->items) {
                const SourceNode* arn = p.find("PolicyArn");
                if (!arn || !arn->isString()) {
                    error(p.location, Tr::tr("an attached policy of %1 has no PolicyArn").arg(q(role.name)));
                    continue;
                }
                role.policies.push_back(managed(*arn, textOf(p, "PolicyName")));
            }
        if (const SourceNode* boundary = entry.find("PermissionsBoundary"); boundary && boundary->isObject())
            if (const SourceNode* arn = boundary->find("PermissionsBoundaryArn"); arn && arn->isString()) {
                role.hasBoundary = true;
                role.boundary = managed(*arn, {});
            }
        m_subject.roles.push_back(std::move(role));
    }

    const QString& m_file;
    ReviewSubject& m_subject;
    AccountExport& m_export;
};

// A customer managed policy (or boundary) by ARN: the default version from a page, or a loud gap.
void resolve(PolicyRecord& record, const std::map<std::string, const PolicyRecord*>& byArn, ReviewSubject& subject,
    std::set<std::pair<std::string, QString>>& noted)
{
    if (record.resolved || record.arn.empty() || record.origin == PolicyOrigin::AwsManaged)
        return;
    if (auto it = byArn.find(record.arn); it != byArn.end()) {
        const std::string name = record.name;
        record.policy = it->second->policy;
        record.resolved = it->second->resolved;
        record.name = name;
        return;
    }
    const QString where = record.file + QLatin1Char(':') + QString::number(record.location.line);
    if (noted.insert({ record.arn, where }).second)
        subject.notes.push_back({ "unresolved-arn", record.file, record.location, record.arn,
            Tr::tr("the customer managed policy \"%1\" is in no page of the export given (its Policies list): its "
                   "permissions cannot be reviewed; export again without a --filter, or give every page")
                .arg(q(record.arn)) });
}

} // namespace

bool looksLikeAuthorizationDetails(const SourceNode& root)
{
    return root.isObject()
        && (root.find("RoleDetailList") || root.find("UserDetailList")
            || (root.find("Policies") && root.find("GroupDetailList")));
}

void loadAuthorizationDetails(const SourceNode& root, const QString& file, ReviewSubject& subject)
{
    if (!subject.accountExport)
        subject.accountExport.emplace();
    subject.accountExport->pages.push_back(file);
    subject.accountExport->finished = false;
    PageReader(file, subject, *subject.accountExport).read(root);
}

void finishAuthorizationDetails(ReviewSubject& subject)
{
    if (!subject.accountExport || subject.accountExport->finished)
        return;
    AccountExport& exported = *subject.accountExport;
    exported.finished = true;

    // The same entity in two pages (pages read twice, overlapping exports) is one subject.
    std::set<std::pair<std::string, std::string>> seen;
    std::erase_if(subject.roles, [&](const RoleRecord& r) {
        return r.account && !r.account->arn.empty() && !seen.insert({ r.kind, r.account->arn }).second;
    });

    std::map<std::string, const PolicyRecord*> byArn;
    for (const PolicyRecord& p : exported.managedPolicies)
        byArn.emplace(p.arn, &p);
    std::set<std::pair<std::string, QString>> noted;
    for (RoleRecord& r : subject.roles) {
        if (!r.account)
            continue;
        for (PolicyRecord& p : r.policies)
            resolve(p, byArn, subject, noted);
        if (r.hasBoundary)
            resolve(r.boundary, byArn, subject, noted);
    }

    // Users get their groups' policies, wherever the group was listed.
    std::map<std::string, const RoleRecord*> groups;
    for (const RoleRecord& r : subject.roles)
        if (r.account && r.kind == "group")
            groups.emplace(r.name, &r);
    std::vector<std::pair<size_t, std::vector<PolicyRecord>>> additions;
    for (size_t i = 0; i < subject.roles.size(); ++i) {
        const RoleRecord& r = subject.roles[i];
        if (!r.account || r.kind != "user")
            continue;
        std::vector<PolicyRecord> extra;
        for (const std::string& g : r.account->groups)
            if (auto it = groups.find(g); it != groups.end())
                extra.insert(extra.end(), it->second->policies.begin(), it->second->policies.end());
        additions.emplace_back(i, std::move(extra));
    }
    for (auto& [index, extra] : additions)
        subject.roles[index].policies.insert(subject.roles[index].policies.end(),
            std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()));

    if (!exported.lastPageSeen)
        for (const auto& [file, at] : exported.truncatedPages)
            subject.notes.push_back({ "unreviewed", file, at, file.toStdString(),
                Tr::tr("this page of the export says more follow (IsTruncated), and no page given is the last: the "
                       "roles, users and policies of the missing pages are not reviewed; give every page, or export "
                       "with the AWS CLI, which reads them all") });
}

std::string exportAccount(const ReviewSubject& subject)
{
    std::map<std::string, int> counts;
    for (const RoleRecord& r : subject.roles)
        if (r.account)
            if (const std::string account = r.account->account(); !account.empty())
                ++counts[account];
    std::string best;
    int most = 0;
    for (const auto& [account, n] : counts)
        if (n > most) {
            best = account;
            most = n;
        }
    return best;
}

} // namespace grantscope
