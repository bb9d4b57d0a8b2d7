// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace grantscope {

/** One file of a vendor package as it was on disk when the review read it. */
struct PackageFile {
    QString path; // absolute
    std::string sha256; // lower-case hex; empty when the file could not be read
    qint64 bytes = 0;
    friend bool operator==(const PackageFile&, const PackageFile&) = default;
};

/** How one file of a package differs from what a saved review recorded. */
struct PackageFileChange {
    enum class Kind { Changed, Missing, Added };
    Kind kind = Kind::Changed;
    QString path;
    friend bool operator==(const PackageFileChange&, const PackageFileChange&) = default;
};

/**
 * The files on disk that a package read from `paths` consists of, each hashed with SHA-256 once: every file
 * named in `read` (ReviewSubject::files; an archive member "pkg.zip!a.json" stands for its archive) and every
 * path that is a file, in the order first met, each once. Files that no longer exist are left out.
 */
std::vector<PackageFile> hashPackageFiles(const QStringList& paths, const std::vector<QString>& read);

/** SHA-256 of one file, lower-case hex; empty when it cannot be read. */
std::string sha256OfFile(const QString& path, qint64* bytes = nullptr);

/**
 * What changed between the files a review recorded (`saved`) and those read now (`now`), matched by path:
 * a different hash, a saved file no longer read, a file read now that was not. Saved files without a hash
 * (an older review file) are not compared. In `saved` order, then the added files.
 */
std::vector<PackageFileChange> comparePackageFiles(
    const std::vector<PackageFile>& saved, const std::vector<PackageFile>& now);

/** One translated line per change ("changed: /x/a.yaml"), for the window, the command line and the report. */
QStringList packageChangeLines(const std::vector<PackageFileChange>& changes);

} // namespace grantscope
