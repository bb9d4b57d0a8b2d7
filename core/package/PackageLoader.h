// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ReviewSubject.h"

#include <QStringList>

#include <string_view>

namespace grantscope {

/**
 * Opens what a vendor shipped: policy files, trust policies, CloudFormation templates (JSON/YAML),
 * Terraform JSON, folders (recursively) and zip archives, in any mix, into one ReviewSubject.
 * Files are recognised by content, with the extension as a hint. Input files are only read.
 * Problems are located diagnostics in `ReviewSubject::diagnostics`; loading never throws.
 */
ReviewSubject loadPackage(const QStringList& paths, const LoadOptions& options = {});

/** Adds one file's bytes (already read) to `subject`; `name` is shown in diagnostics. */
void loadDocument(const QString& name, std::string_view bytes, const LoadOptions& options, ReviewSubject& subject);

} // namespace grantscope
