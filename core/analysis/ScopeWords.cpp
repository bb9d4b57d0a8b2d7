// SPDX-License-Identifier: GPL-3.0-or-later
// Resource patterns in words and how broad they are: the scope a finding names ("bucket acme-logs", "roles
// named acme-*") and whether a pattern names any particular resource at all.
#include "analysis/RiskAnalyzer.h"

#include "common/QtText.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "RiskAnalyzer", where these texts have always been.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RiskAnalyzer)
};

bool hasWildcard(std::string_view s)
{
    return s.find_first_of("*?") != std::string_view::npos;
}

// One resource pattern in words: "bucket acme-logs", "objects in buckets named prod-*", "roles named acme-*".
QString resourceWords(const std::string& pattern)
{
    std::vector<std::string_view> parts;
    std::string_view rest = pattern;
    for (int i = 0; i < 5; ++i) {
        const size_t colon = rest.find(':');
        if (colon == std::string_view::npos)
            break;
        parts.push_back(rest.substr(0, colon));
        rest = rest.substr(colon + 1);
    }
    if (parts.size() < 5 || parts[0] != "arn")
        return toQString(pattern);
    const std::string_view service = parts[2];
    const std::string_view resource = rest;
    if (service == "s3") {
        const size_t slash = resource.find('/');
        const std::string_view bucket = resource.substr(0, slash);
        if (slash == std::string_view::npos)
            return hasWildcard(bucket) ? Tr::tr("buckets named %1").arg(toQString(bucket))
                                       : Tr::tr("bucket %1").arg(toQString(bucket));
        const std::string_view key = resource.substr(slash + 1);
        if (key == "*")
            return hasWildcard(bucket) ? Tr::tr("objects in buckets named %1").arg(toQString(bucket))
                                       : Tr::tr("objects in bucket %1").arg(toQString(bucket));
        return Tr::tr("objects matching %1").arg(toQString(resource));
    }
    const size_t sep = resource.find_first_of("/:");
    if (sep == std::string_view::npos || sep == 0)
        return Tr::tr("%1 resource %2").arg(toQString(service), toQString(resource));
    const std::string_view type = resource.substr(0, sep);
    const std::string_view name = resource.substr(sep + 1);
    if (service == "kms" && type == "key" && !hasWildcard(name))
        return Tr::tr("1 KMS key");
    if (hasWildcard(name))
        return Tr::tr("%1 %2s named %3").arg(toQString(service), toQString(type), toQString(name));
    return Tr::tr("%1 %2 %3").arg(toQString(service), toQString(type), toQString(name));
}

bool isOneKmsKey(const std::string& pattern)
{
    const size_t at = pattern.find(":key/");
    return pattern.starts_with("arn:") && pattern.find(":kms:") != std::string::npos && at != std::string::npos
        && !hasWildcard(std::string_view(pattern).substr(at + 5));
}

} // namespace

QString describeScope(const std::vector<std::string>& resources)
{
    if (resources.empty())
        return {};
    if (std::all_of(resources.begin(), resources.end(), isOneKmsKey))
        return resources.size() == 1 ? Tr::tr("1 KMS key") : Tr::tr("%1 KMS keys").arg(resources.size());
    QStringList words;
    size_t shown = 0;
    size_t i = 0;
    for (; i < resources.size() && shown < 3; ++i) {
        const std::string& r = resources[i];
        // "bucket" and "bucket/*" together read as one: the bucket and its objects.
        if (r.starts_with("arn:") && r.find(":s3:::") != std::string::npos && r.find('/') == std::string::npos
            && std::find(resources.begin(), resources.end(), r + "/*") != resources.end()) {
            words << Tr::tr("%1 and its objects").arg(resourceWords(r));
            ++shown;
            continue;
        }
        if (r.ends_with("/*")
            && std::find(resources.begin(), resources.end(), r.substr(0, r.size() - 2)) != resources.end()
            && r.find(":s3:::") != std::string::npos)
            continue;
        words << resourceWords(r);
        ++shown;
    }
    QString out = words.join(QStringLiteral(", "));
    if (i < resources.size())
        out = Tr::tr("%1 and %2 more").arg(out).arg(resources.size() - i);
    return out;
}

bool isBroadResourcePattern(std::string_view pattern)
{
    if (pattern.find_first_not_of('*') == std::string_view::npos)
        return !pattern.empty();
    if (!pattern.starts_with("arn:"))
        return false;
    // arn:partition:service:region:account:resource. The resource part names no particular resource
    // when it is "*", or a resource type followed by "/*" or ":*", or starts with a wildcard type.
    size_t pos = 0;
    size_t serviceStart = 0;
    for (int i = 0; i < 5; ++i) {
        pos = pattern.find(':', pos);
        if (pos == std::string_view::npos)
            return pattern.back() == '*';
        ++pos;
        if (i == 1)
            serviceStart = pos;
    }
    std::string_view resource = pattern.substr(pos);
    // API Gateway paths: "/apikeys/*" is every API key.
    if (resource.starts_with('/'))
        resource.remove_prefix(1);
    if (resource.empty() || resource.front() == '*')
        return true;
    // S3 bucket and object ARNs carry no type prefix: "bucket/*" is every object of one bucket.
    if (pattern.substr(serviceStart).starts_with("s3:"))
        return false;
    const size_t sep = resource.find_first_of("/:");
    if (sep == std::string_view::npos)
        return false;
    const std::string_view type = resource.substr(0, sep);
    const std::string_view rest = resource.substr(sep + 1);
    return rest == "*" && type.find_first_of("*?") == std::string_view::npos;
}

} // namespace grantscope
