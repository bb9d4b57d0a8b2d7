// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "common/Progress.h"
#include "policy/Policy.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace grantscope {

/** How a permission policy reaches a role. */
enum class PolicyOrigin {
    Inline, // Policies of an AWS::IAM::Role, aws_iam_role_policy, inline_policy
    CustomerManaged, // AWS::IAM::ManagedPolicy / AWS::IAM::Policy / aws_iam_policy defined in the package
    AwsManaged, // arn:aws:iam::aws:policy/..., resolved from the bundled copy
    Standalone, // a bare policy file, not attached to any role in the package
};

const char* policyOriginKey(PolicyOrigin origin);

/** A permission policy of the package with its provenance. */
struct PolicyRecord {
    PolicyOrigin origin = PolicyOrigin::Standalone;
    std::string name; // policy name, logical id or managed-policy name
    std::string arn; // for AWS managed policies
    QString file; // where it is defined (or referenced, for AWS managed policies)
    SourceLocation location; // of the definition or of the ARN reference
    Policy policy; // parsed document; for AWS managed ones `policy.file` is "aws-managed:<name>"
    bool resolved = true; // false: the document is not in the package (unknown ARN, fetched at deploy time)
    std::string condition; // "only when EnableExtras=true ...": created only under a template condition
    // For a piece of a resource split by Fn::If: which resource's branches (`branchGroup`) and in which of
    // them it exists. A grant that pieces of one group carry in every branch does not depend on the branch.
    std::string branchGroup;
    std::vector<bool> branchVariants;
};

/**
 * What an account export (`aws iam get-account-authorization-details`) says about a role, user or group
 * beyond its policies: where it lives, when it was made and when it was last used. Absent for a role of a
 * vendor package.
 */
struct AccountEntityInfo {
    std::string arn;
    std::string id; // RoleId, UserId or GroupId
    std::string path; // "/", "/aws-service-role/...", ...
    std::string createDate; // ISO 8601, as exported
    std::string lastUsedDate; // RoleLastUsed.LastUsedDate; empty: never used (or not tracked)
    std::string lastUsedRegion;
    std::vector<std::string> groups; // a user's GroupList, by group name
    /** The account the ARN names ("111122223333"), or empty. */
    std::string account() const;
    /** A role AWS made for a service (path /aws-service-role/): the service's, never a third party's. */
    bool serviceLinked() const { return path.starts_with("/aws-service-role/"); }
    friend bool operator==(const AccountEntityInfo&, const AccountEntityInfo&) = default;
};

/**
 * A role the vendor asks the customer to create, with everything attached to it; also an IAM user or
 * group of the package (`kind`), which has no trust policy but the same kinds of policies.
 */
struct RoleRecord {
    std::string kind = "role"; // "role", "user" (AWS::IAM::User) or "group" (AWS::IAM::Group)
    std::string name; // RoleName (UserName, GroupName) when given, else the logical id / resource name
    std::string logicalId; // CloudFormation logical id or Terraform resource address
    QString file;
    SourceLocation location;
    bool hasTrustPolicy = false;
    Policy trustPolicy;
    std::vector<PolicyRecord> policies; // inline, customer managed and AWS managed
    bool hasBoundary = false;
    PolicyRecord boundary;
    std::string maxSessionDuration; // seconds, as written
    SourceLocation maxSessionDurationLocation;
    // Where the role is created when it is not simply the customer's account: "StackSet MemberRoles:
    // every account of the OUs ou-ab12-3456789a; regions us-east-1". Empty for a top-level template.
    std::string deployment;
    std::string condition; // "only when EnableExtras=true (off with the default values)"; empty: always created
    std::optional<AccountEntityInfo> account; // set for what an account export holds (AuthorizationDetails.h)
};

/**
 * Something the package does that the review cannot see into: a CloudFormation macro, a custom
 * resource that runs vendor code at deploy time, a policy fetched from a URL, a parameter left
 * for the customer to type. Each becomes a finding.
 */
struct PackageNote {
    std::string kind; // "unreviewed" (something that can grant access and is not reviewed), "macro", "custom-resource",
                      // "remote-document", "unresolved-parameter", "unresolved-arn", "unresolved-reference",
                      // "unresolved-import", "unresolved-document", "condition-assumed"; each has a rule
                      // "package-<kind>" in resources/rules/package.json
    QString file;
    SourceLocation location;
    std::string subject; // what it is about: a logical id, a parameter name, a URL
    QString message;
    std::string condition; // "only when ..." for what a resource created under a template condition does

    PackageNote() = default;
    PackageNote(std::string kind_, QString file_, SourceLocation location_, std::string subject_, QString message_,
        std::string condition_ = {})
        : kind(std::move(kind_))
        , file(std::move(file_))
        , location(location_)
        , subject(std::move(subject_))
        , message(std::move(message_))
        , condition(std::move(condition_))
    { }
    friend bool operator==(const PackageNote&, const PackageNote&) = default;
};

/** A template parameter: its effective value and where that value comes from. */
struct ParameterRecord {
    std::string name;
    std::string value; // effective value; empty when unresolved
    bool resolved = false; // a default or a reviewer-supplied value exists
    bool fromDefault = false; // the value is the template's Default (the same for every customer)
    bool fromReviewer = false; // given with --param
    bool noEcho = false;
    std::string description; // the template's Description (description of a Terraform variable), as written
    QString file;
    SourceLocation location;
};

/**
 * What the pages of an account export hold besides its subjects, kept until every page is read
 * (finishAuthorizationDetails() in AuthorizationDetails.h): the customer managed policies by ARN, with their
 * default version, which a role of another page may attach, and whether the last page was given.
 */
struct AccountExport {
    std::vector<QString> pages; // files read as export pages
    std::vector<PolicyRecord> managedPolicies; // `Policies`, default versions, `arn` set
    std::vector<std::pair<QString, SourceLocation>> truncatedPages; // IsTruncated: true, at the flag
    bool lastPageSeen = false; // some page has IsTruncated: false (or none)
    bool finished = false;
};

/** Everything one vendor package asks for, read from its files. */
struct ReviewSubject {
    std::vector<RoleRecord> roles;
    std::vector<PolicyRecord> standalonePolicies; // policies not attached to a role in the package
    std::vector<Policy> standaloneTrustPolicies; // trust policies given as files of their own
    std::vector<QString> files; // every file read, in order
    std::vector<PackageNote> notes;
    std::map<std::string, ParameterRecord> parameters; // template parameters by name
    Diagnostics diagnostics;
    std::optional<AccountExport> accountExport; // set when an account export was read

    bool empty() const { return roles.empty() && standalonePolicies.empty() && standaloneTrustPolicies.empty(); }
    /** The parts of the package that can grant access and were not reviewed ("package-unreviewed"). */
    std::vector<PackageNote> unreviewed() const;
};

/** Options a reviewer gives when loading a package. */
struct LoadOptions {
    std::map<std::string, std::string> parameters; // --param Name=Value
    // Terraform variable values the package itself sets (terraform.tfvars.json, *.auto.tfvars.json, variable
    // files given as paths): below the reviewer's parameters, above the variables' defaults.
    std::map<std::string, std::string> packageVariables;
    std::string accountId = "123456789012"; // the customer's account, for AWS::AccountId
    std::vector<std::string> orgAccounts; // other accounts of the customer's organization (--org-account)
    std::string region = "us-east-1";
    std::string partition = "aws";
    bool partitionGiven = false; // the reviewer named the partition: the package's ARNs do not override it
    // Globs (--exclude) of files left out of the package: matched against the path relative to the folder or
    // archive, against each of its folders and against the file name. Each file left out is an Info diagnostic.
    std::vector<std::string> exclude;
    // loadPackage reports --param names that are no parameter of the package ("param-unknown"); off when the
    // caller adds documents after it (standard input) and checks the names itself (checkParameterNames()).
    bool checkParameterNames = true;
    size_t maxFileBytes = 16u * 1024 * 1024;
    size_t maxArchiveEntries = 10000;
    size_t maxArchiveBytes = 256u * 1024 * 1024; // total decompressed size
    // Finds the package file a nested stack's TemplateURL names (by relative path or file name): its name
    // and bytes. Set by loadPackage; without it every TemplateURL is a remote document.
    std::function<std::optional<std::pair<QString, std::string>>(const std::string& url)> packageFile;
    int templateDepth = 0; // StackSet bodies and nested stacks being read around this template
    // Told as files are read, subjects analysed and policies compared (loadPackage, analyzePackage,
    // makeReview); answering false stops the work with WorkCancelled. Not kept in a Review's options.
    ProgressCallback progress;
};

} // namespace grantscope
