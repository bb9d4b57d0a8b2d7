// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/PackageFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace grantscope {

namespace {

// Translated under the context "PackageFiles" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PackageFiles)
};

} // namespace

std::string sha256OfFile(const QString& path, qint64* bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    if (bytes)
        *bytes = file.size();
    return hash.result().toHex().toStdString();
}

std::vector<PackageFile> hashPackageFiles(const QStringList& paths, const std::vector<QString>& read)
{
    std::vector<PackageFile> files;
    std::set<QString> seen;
    auto add = [&](const QString& name) {
        // An archive member is read from its archive: the archive is the file on disk.
        const qsizetype bang = name.indexOf(QLatin1Char('!'));
        const QFileInfo info(bang < 0 ? name : name.left(bang));
        if (!info.isFile())
            return;
        const QString path = info.absoluteFilePath();
        if (!seen.insert(path).second)
            return;
        PackageFile f;
        f.path = path;
        f.sha256 = sha256OfFile(path, &f.bytes);
        files.push_back(std::move(f));
    };
    for (const QString& p : paths)
        add(p);
    for (const QString& name : read)
        add(name);
    return files;
}

std::vector<PackageFileChange> comparePackageFiles(
    const std::vector<PackageFile>& saved, const std::vector<PackageFile>& now)
{
    std::vector<PackageFileChange> changes;
    if (saved.empty())
        return changes; // a review saved before files were recorded: nothing to compare with
    auto find = [](const std::vector<PackageFile>& files, const QString& path) {
        return std::find_if(files.begin(), files.end(), [&](const PackageFile& f) { return f.path == path; });
    };
    for (const PackageFile& s : saved) {
        const auto it = find(now, s.path);
        if (it == now.end() || it->sha256.empty())
            changes.push_back({ PackageFileChange::Kind::Missing, s.path });
        else if (!s.sha256.empty() && it->sha256 != s.sha256)
            changes.push_back({ PackageFileChange::Kind::Changed, s.path });
    }
    for (const PackageFile& n : now)
        if (find(saved, n.path) == saved.end())
            changes.push_back({ PackageFileChange::Kind::Added, n.path });
    return changes;
}

QStringList packageChangeLines(const std::vector<PackageFileChange>& changes)
{
    QStringList lines;
    for (const PackageFileChange& c : changes) {
        switch (c.kind) {
        case PackageFileChange::Kind::Changed:
            lines << Tr::tr("changed since the review was saved: %1").arg(c.path);
            break;
        case PackageFileChange::Kind::Missing:
            lines << Tr::tr("missing since the review was saved: %1").arg(c.path);
            break;
        case PackageFileChange::Kind::Added:
            lines << Tr::tr("new since the review was saved: %1").arg(c.path);
            break;
        }
    }
    return lines;
}

} // namespace grantscope
