// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace grantscope {

/** A Terraform configuration file in HCL native syntax (`*.tf`, not `*.tf.json`)? */
bool isTerraformHclFile(const QString& name);

/** A Terraform variable file in HCL native syntax (`*.tfvars`, not `*.tfvars.json`)? */
bool isTerraformHclVariableFile(const QString& name);

/** The bytes of a file of the module, by its path relative to the module's folder; nullopt if absent. */
using TerraformModuleFiles = std::function<std::optional<std::string>(const QString& relativePath)>;

/**
 * Evaluates in a tree read from HCL what decides a policy document and that the JSON-syntax loader
 * leaves unevaluated:
 * - `local.name` (the `locals` blocks) as a whole value or inside a template, when the local's value is
 *   known here;
 * - `format`, `join`, `concat`, `merge`, `coalesce`, `lookup`, `length`, `tolist`, `toset` and `try`
 *   when their arguments are literal enough (a `${var.x}` may still be a part of a string: the loader
 *   substitutes it later); anything else is left as written;
 * - `jsonencode({...})` (or of a local) of an HCL object with a `Statement` becomes that object, every
 *   element located where it is written (references in it stay `${...}` for the loader to resolve or note);
 * - `file("${path.module}/policies/x.json")`, `jsondecode(file(...))` and
 *   `templatefile(path, { name = value, ... })` of a file of the module become the file's text, the
 *   template's `${name}` (and `${jsonencode(name)}` of a list) replaced by the given value or by the
 *   value's own `${...}` expression. Paths must stay inside the module's folder; a file that is not in
 *   the package is a Warning "terraform-file" at the call, and the expression is left to the loader,
 *   which notes it as an unresolved document.
 */
void evaluateTerraformHcl(
    SourceNode& root, const QString& file, const TerraformModuleFiles& files, ReviewSubject& subject);

/** evaluateTerraformHcl() of one value of `root` (a branch of a conditional), with `root`'s locals. */
void evaluateTerraformHclValue(SourceNode& value, const SourceNode& root, const QString& file,
    const TerraformModuleFiles& files, ReviewSubject& subject);

/**
 * Reads a `.tf` file (readHcl() with the options' size limit), evaluates it with evaluateTerraformHcl()
 * against the files beside it (on disk, or in the same archive for "pkg.zip!dir/main.tf"), and loads it
 * with loadTerraform(), exactly as the same module in `.tf.json`. A `module` whose source is not a
 * local folder (registry, git, URL) is a note "unreviewed" at its label, subject "module.<name>
 * (<source>)". A `dynamic` block in an `aws_iam_*` resource or data source (statements or inline
 * policies generated when Terraform runs) is a note "unresolved-document" at its label. A syntax error is an Error
 * diagnostic at its line and column, and nothing of the file is loaded.
 */
void loadTerraformHcl(const QString& name, std::string_view bytes, const LoadOptions& options, ReviewSubject& subject);

} // namespace grantscope
