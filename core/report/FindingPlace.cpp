// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FindingPlace.h"

#include "package/ReviewSubject.h"
#include "report/SubjectLabels.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace grantscope {

namespace {

const QLatin1String kManagedPrefix("aws-managed:");

const PolicyRecord* attachedManagedPolicy(const ReviewSubject& package, const std::string& subject, const QString& file)
{
    auto matches = [&file](const PolicyRecord& p) {
        return p.origin == PolicyOrigin::AwsManaged && p.policy.file == file && !p.file.isEmpty();
    };
    for (const RoleRecord& role : package.roles)
        if (role.name == subject)
            for (const PolicyRecord& p : role.policies)
                if (matches(p))
                    return &p;
    for (const PolicyRecord& p : package.standalonePolicies)
        if (p.name == subject && matches(p))
            return &p;
    return nullptr;
}

} // namespace

bool isManagedPolicyFile(const QString& file)
{
    return file.startsWith(kManagedPrefix);
}

PackagePlace packagePlace(const PackageAnalysis& analysis, const ReviewSubject* package, const std::string& subject,
    const QString& file, SourceLocation at)
{
    PackagePlace place { file, at, {}, {}, {} };
    if (!isManagedPolicyFile(file))
        return place;
    place.managedPolicy = file.mid(kManagedPrefix.size()).toStdString();
    place.managedArn = "arn:aws:iam::aws:policy/" + place.managedPolicy;
    place.managedLocation = at;
    if (package) {
        if (const PolicyRecord* attached = attachedManagedPolicy(*package, subject, file)) {
            place.file = attached->file;
            place.location = attached->location;
            if (!attached->arn.empty())
                place.managedArn = attached->arn;
            return place;
        }
    }
    if (const SubjectSummary* s = subjectNamed(analysis.subjects, subject); s && !isManagedPolicyFile(s->file)) {
        place.file = s->file;
        place.location = s->location;
        return place;
    }
    place.file.clear();
    place.location = {};
    return place;
}

std::vector<QString> archiveParts(const QString& file)
{
    std::vector<QString> parts;
    for (const QString& part : file.split(QLatin1Char('!')))
        parts.push_back(part);
    return parts;
}

QString placeText(const QString& file, SourceLocation location)
{
    if (!location.isValid())
        return file;
    return file + QLatin1Char(':') + QString::number(location.line) + QLatin1Char(':')
        + QString::number(location.column);
}

QString commonFolder(const QStringList& paths)
{
    QStringList common;
    bool first = true;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        const QStringList parts = QDir::cleanPath(folder).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (first) {
            common = parts;
            first = false;
            continue;
        }
        qsizetype n = 0;
        while (n < common.size() && n < parts.size() && common[n] == parts[n])
            ++n;
        common = common.mid(0, n);
    }
    if (common.isEmpty())
        return {};
    return QLatin1Char('/') + common.join(QLatin1Char('/'));
}

QString relativeTo(const QString& root, const QString& path)
{
    if (root.isEmpty() || path.isEmpty())
        return path;
    const QString absolute = QDir::isAbsolutePath(path) ? path : QFileInfo(path).absoluteFilePath();
    const QString prefix = root + QLatin1Char('/');
    return absolute.startsWith(prefix) ? absolute.mid(prefix.size()) : path;
}

} // namespace grantscope
