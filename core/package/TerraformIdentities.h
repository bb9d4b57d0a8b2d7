// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"
#include "package/TerraformResolver.h"

#include <string>

namespace grantscope {

/**
 * The credentials a Terraform file gives an IAM user, as notes: `aws_iam_user_login_profile` ("login-profile",
 * a console password) and `aws_iam_access_key` ("access-key", a long-lived key; "access-key-secret-exposed"
 * where its `secret` reaches an `output`, an `aws_ssm_parameter`, an `aws_secretsmanager_secret_version` or
 * any other resource of `root`, located at the string that reads it). `user` is the user as written.
 */
void noteTerraformCredential(const TerraformResource& resource, const SourceNode& root, const QString& file,
    const std::string& user, ReviewSubject& subject);

} // namespace grantscope
