// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <map>
#include <string>
#include <vector>

namespace grantscope {

/**
 * The parts of a CloudFormation template that give access to IAM users rather than roles: group
 * membership (a user's `Groups`, `AWS::IAM::UserToGroupAddition`), console passwords (`LoginProfile`)
 * and long-lived access keys (`AWS::IAM::AccessKey`), whose secret must never leave the stack. Users
 * and groups themselves are RoleRecords of kind "user" / "group", read like roles by the loader.
 *
 * Notes: "login-profile" (a user with a console password), "access-key" (a long-lived key, at the
 * AccessKey resource), "access-key-secret-exposed" (its SecretAccessKey reaches a stack output or
 * another resource, such as an SSM parameter or a Secrets Manager secret, at the place it is used).
 */
class IamIdentities {
public:
    /** A user's `Groups` and `LoginProfile`; `properties` resolved. */
    void readUser(
        const SourceMember& resource, const SourceNode& properties, const QString& file, ReviewSubject& subject);
    /** `AWS::IAM::UserToGroupAddition`: GroupName and Users, resolved. */
    void readGroupAddition(const SourceNode& properties);
    /** `AWS::IAM::AccessKey`: a long-lived key of the user named by UserName. */
    void readAccessKey(
        const SourceMember& resource, const SourceNode& properties, const QString& file, ReviewSubject& subject);
    /**
     * Once every resource is read: users get the policies of their groups; the raw template is searched
     * for the keys' secrets. `byLogicalId` indexes `subject.roles` (roles, users and groups of the file).
     */
    void finish(const SourceNode& root, const std::map<std::string, size_t>& byLogicalId, const QString& file,
        ReviewSubject& subject) const;

private:
    struct Member {
        std::string userRef; // logical id, or empty
        std::string userName;
        std::string groupRef;
        std::string groupName;
    };
    std::vector<Member> m_members;
    std::vector<std::string> m_accessKeys; // logical ids
};

} // namespace grantscope
