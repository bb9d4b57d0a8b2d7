// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PackageAnalysis.h"

#include <QString>

#include <string>
#include <vector>

namespace grantscope {

struct ReviewSubject;

/**
 * Where in the vendor's own files a place of a finding is. A statement of an attached AWS managed
 * policy ("aws-managed:PowerUserAccess") is not a file anyone can open: it is placed where the package
 * attaches the policy (the ARN in ManagedPolicyArns), or, without the package, at the subject that gets
 * it, and the policy is named so reports can say which one it was.
 */
struct PackagePlace {
    QString file; // empty: no place in the package is known
    SourceLocation location;
    std::string managedPolicy; // the AWS managed policy's name, when the place is inside one
    std::string managedArn; // its ARN
    SourceLocation managedLocation; // the place inside the managed policy's document
};

/** True for the pseudo file of an AWS managed policy's document ("aws-managed:<name>"). */
bool isManagedPolicyFile(const QString& file);

/** Places `file`/`at` of a finding about `subject`; `package` may be null. */
PackagePlace packagePlace(const PackageAnalysis& analysis, const ReviewSubject* package, const std::string& subject,
    const QString& file, SourceLocation at);

/**
 * An archive member ("pkg.zip!dir/a.json", archives within archives too) split into the archive path
 * and the member paths inside it: {"pkg.zip", "dir/a.json"}. A plain file is one part.
 */
std::vector<QString> archiveParts(const QString& file);

/** "file:line:column" (or "file" when the place has no line) for terminals and gate messages. */
QString placeText(const QString& file, SourceLocation location);

/**
 * The deepest folder holding every path (a folder given is its own), absolute; empty when only the file
 * system's root does. Reports name files relative to it: where the reviewer keeps a package is not part of it.
 */
QString commonFolder(const QStringList& paths);

/** `path` relative to `root` when it lies inside it (an archive member too), else as it is. */
QString relativeTo(const QString& root, const QString& path);

} // namespace grantscope
