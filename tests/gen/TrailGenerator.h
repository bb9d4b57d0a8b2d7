// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes CloudTrail deliveries as CloudTrail writes them to S3: {"Records": [...]} in .json.gz files under
// AWSLogs/<account>/CloudTrail/<region>/<yyyy>/<mm>/<dd>/, records shaped like AWS's documented examples,
// with noise from other principals and accounts. Used by the activity tests and benchmark.

#include "activity/TrailTime.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <cstdint>
#include <libdeflate.h>
#include <random>
#include <string>
#include <vector>

namespace grantscope::test {

/** One event to write; empty fields are left out of the record. */
struct TrailEventSpec {
    std::string eventId; // generated when empty
    std::int64_t time = 0; // seconds since the epoch
    std::string source; // "s3.amazonaws.com"
    std::string name; // "ListObjectsV2"
    std::string region = "us-east-1";
    std::string recipient; // recipientAccountId
    // Who: a role session (roleArn set) or an IAM user (userArn set) or an AWS service (service set).
    std::string roleArn;
    std::string sessionName = "vendor-session";
    std::string userArn;
    std::string service;
    std::string errorCode;
    bool dataEvent = false;
    std::vector<std::string> resources; // ARNs for the record's "resources" list
};

inline std::string jsonString(const std::string& s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

inline std::string accountOf(const std::string& arn)
{
    size_t pos = 0;
    for (int i = 0; i < 4; ++i)
        pos = arn.find(':', pos) + 1;
    return arn.substr(pos, arn.find(':', pos) - pos);
}

inline std::string roleNameOf(const std::string& roleArn)
{
    return roleArn.substr(roleArn.rfind('/') + 1);
}

class TrailGenerator {
public:
    explicit TrailGenerator(std::uint32_t seed = 20261102)
        : m_random(seed)
    { }

    std::string uuid()
    {
        static const char* hex = "0123456789abcdef";
        std::string out;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                out += '-';
            out += hex[m_random() % 16];
        }
        return out;
    }

    std::string upperId(int length)
    {
        static const char* chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        std::string out;
        for (int i = 0; i < length; ++i)
            out += chars[m_random() % 32];
        return out;
    }

    /** One record, as CloudTrail writes it (keys in CloudTrail's order). */
    std::string record(TrailEventSpec e)
    {
        if (e.eventId.empty())
            e.eventId = uuid();
        const std::string time = formatTrailTime(e.time);
        std::string identity;
        if (!e.roleArn.empty()) {
            const std::string account = accountOf(e.roleArn);
            const std::string roleId = "AROA" + upperId(17);
            identity = "{\"type\":\"AssumedRole\",\"principalId\":" + jsonString(roleId + ":" + e.sessionName)
                + ",\"arn\":"
                + jsonString("arn:aws:sts::" + account + ":assumed-role/" + roleNameOf(e.roleArn) + "/" + e.sessionName)
                + ",\"accountId\":" + jsonString(account) + ",\"accessKeyId\":" + jsonString("ASIA" + upperId(16))
                + ",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":" + jsonString(roleId)
                + ",\"arn\":" + jsonString(e.roleArn) + ",\"accountId\":" + jsonString(account)
                + ",\"userName\":" + jsonString(roleNameOf(e.roleArn)) + "},\"attributes\":{\"creationDate\":"
                + jsonString(formatTrailTime(e.time - 600)) + ",\"mfaAuthenticated\":\"false\"}}}";
        } else if (!e.userArn.empty()) {
            identity = "{\"type\":\"IAMUser\",\"principalId\":" + jsonString("AIDA" + upperId(17))
                + ",\"arn\":" + jsonString(e.userArn) + ",\"accountId\":" + jsonString(accountOf(e.userArn))
                + ",\"accessKeyId\":" + jsonString("AKIA" + upperId(16))
                + ",\"userName\":" + jsonString(e.userArn.substr(e.userArn.rfind('/') + 1)) + "}";
        } else {
            identity = "{\"type\":\"AWSService\",\"invokedBy\":"
                + jsonString(e.service.empty() ? "ec2.amazonaws.com" : e.service) + "}";
        }
        std::string out = "{\"eventVersion\":\"1.09\",\"userIdentity\":" + identity
            + ",\"eventTime\":" + jsonString(time) + ",\"eventSource\":" + jsonString(e.source)
            + ",\"eventName\":" + jsonString(e.name) + ",\"awsRegion\":" + jsonString(e.region)
            + ",\"sourceIPAddress\":\"203.0.113." + std::to_string(m_random() % 250 + 1)
            + "\",\"userAgent\":\"aws-sdk-go-v2/1.30.3 os/linux lang/go#1.22.5\"";
        if (!e.errorCode.empty())
            out += ",\"errorCode\":" + jsonString(e.errorCode)
                + ",\"errorMessage\":" + jsonString("User is not authorized to perform this operation");
        out += ",\"requestParameters\":{\"maxResults\":100},\"responseElements\":null,\"requestID\":"
            + jsonString(uuid()) + ",\"eventID\":" + jsonString(e.eventId)
            + ",\"readOnly\":true,\"eventType\":\"AwsApiCall\",\"managementEvent\":" + (e.dataEvent ? "false" : "true")
            + ",\"recipientAccountId\":" + jsonString(e.recipient)
            + ",\"eventCategory\":" + (e.dataEvent ? "\"Data\"" : "\"Management\"");
        if (!e.resources.empty()) {
            out += ",\"resources\":[";
            for (size_t i = 0; i < e.resources.size(); ++i)
                out += std::string(i ? "," : "") + "{\"accountId\":" + jsonString(e.recipient)
                    + ",\"type\":\"AWS::Resource\",\"ARN\":" + jsonString(e.resources[i]) + "}";
            out += "]";
        }
        out += std::string("")
            + ",\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\","
              "\"clientProvidedHostHeader\":"
            + jsonString(e.source) + "}}";
        return out;
    }

    /** A noise event: someone else, somewhere else. */
    TrailEventSpec noise(std::int64_t time, const std::string& account)
    {
        static const std::vector<std::pair<std::string, std::string>> calls = {
            { "ec2.amazonaws.com", "DescribeInstances" },
            { "s3.amazonaws.com", "GetBucketAcl" },
            { "sts.amazonaws.com", "AssumeRole" },
            { "kms.amazonaws.com", "Decrypt" },
            { "monitoring.amazonaws.com", "GetMetricData" },
            { "logs.amazonaws.com", "CreateLogStream" },
            { "iam.amazonaws.com", "ListRoles" },
            { "lambda.amazonaws.com", "ListFunctions20150331" },
            { "dynamodb.amazonaws.com", "DescribeTable" },
            { "config.amazonaws.com", "DescribeConfigRules" },
        };
        static const std::vector<std::string> regions = { "us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2" };
        TrailEventSpec e;
        e.time = time;
        const auto& call = calls[m_random() % calls.size()];
        e.source = call.first;
        e.name = call.second;
        e.region = regions[m_random() % regions.size()];
        e.recipient = account;
        switch (m_random() % 3) {
        case 0:
            e.userArn = "arn:aws:iam::" + account + ":user/ops-" + std::to_string(m_random() % 5);
            break;
        case 1:
            e.roleArn = "arn:aws:iam::" + account + ":role/InternalAutomation";
            break;
        default:
            e.service = "cloudformation.amazonaws.com";
            break;
        }
        if (m_random() % 20 == 0)
            e.errorCode = "AccessDenied";
        return e;
    }

    static std::string delivery(const std::vector<std::string>& records)
    {
        std::string out = "{\"Records\":[";
        for (size_t i = 0; i < records.size(); ++i) {
            if (i)
                out += ',';
            out += records[i];
        }
        return out + "]}";
    }

    /** {"Events": [...]} as `aws cloudtrail lookup-events` prints it, each record as a JSON string. */
    static std::string lookupEvents(const std::vector<std::string>& records)
    {
        std::string out = "{\n    \"Events\": [";
        for (size_t i = 0; i < records.size(); ++i) {
            out += i ? ",\n" : "\n";
            out += "        {\"EventId\": \"x\", \"ReadOnly\": \"true\", \"CloudTrailEvent\": " + jsonString(records[i])
                + "}";
        }
        return out + "\n    ]\n}\n";
    }

    static QByteArray gzip(const std::string& text, int level = 6)
    {
        libdeflate_compressor* c = libdeflate_alloc_compressor(level);
        QByteArray out(static_cast<qsizetype>(libdeflate_gzip_compress_bound(c, text.size())), Qt::Uninitialized);
        const size_t n
            = libdeflate_gzip_compress(c, text.data(), text.size(), out.data(), static_cast<size_t>(out.size()));
        libdeflate_free_compressor(c);
        out.truncate(static_cast<qsizetype>(n));
        return out;
    }

    /** AWSLogs/<account>/CloudTrail/<region>/<yyyy>/<mm>/<dd>/<account>_CloudTrail_<region>_<stamp>_<id>.json.gz */
    std::string deliveryPath(
        const std::string& account, const std::string& region, std::int64_t time, const std::string& organization = {})
    {
        const std::string t = formatTrailTime(time);
        const std::string stamp
            = t.substr(0, 4) + t.substr(5, 2) + t.substr(8, 2) + "T" + t.substr(11, 2) + t.substr(14, 2) + "Z";
        return "AWSLogs/" + (organization.empty() ? "" : organization + "/") + account + "/CloudTrail/" + region + "/"
            + t.substr(0, 4) + "/" + t.substr(5, 2) + "/" + t.substr(8, 2) + "/" + account + "_CloudTrail_" + region
            + "_" + stamp + "_" + upperId(16) + ".json.gz";
    }

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    std::mt19937& random() { return m_random; }

private:
    std::mt19937 m_random;
};

} // namespace grantscope::test
