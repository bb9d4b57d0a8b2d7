// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark figures for the engine's hot paths, on the data bundled with the program:
// catalogue load, parse and expansion of every AWS managed policy, request evaluation, the
// effective permissions of AdministratorAccess under a permissions boundary, and the semantic diff (what
// `diff`, `report` and `boundary --from-findings` compute) on the whole corpus, with its speed targets as ratios.
#include "analysis/EffectivePermissions.h"
#include "analysis/Expansion.h"
#include "analysis/RequestEvaluator.h"
#include "boundary/BoundaryDraft.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/Mitigations.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "common/ResourceData.h"
#include "policy/PolicyParser.h"
#include "review/BoundaryEvaluation.h"
#include "review/Review.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace grantscope;

namespace {

const std::string& catalogText()
{
    static const std::string text = bundledResourceText(QStringLiteral(":/aws/catalog.tsv"));
    return text;
}

[[noreturn]] void die(const char* what)
{
    std::fprintf(stderr, "bench_engine: %s\n", what);
    std::abort();
}

Policy parse(std::string_view json, PolicyKind kind, const char* name)
{
    Diagnostics diagnostics;
    PolicyParser::Result r = PolicyParser::parseJson(json, kind, QString::fromLatin1(name), name, diagnostics);
    if (!r.ok)
        die(name);
    return std::move(r.policy);
}

Policy managed(const char* name)
{
    const ManagedPolicyEntry* e = ManagedPolicyStore::bundled().find(name);
    if (!e)
        die(name);
    return parse(e->document, PolicyKind::Identity, name);
}

// Every bundled managed policy, parsed once for the benchmarks that start from policies.
const std::vector<Policy>& managedPolicies()
{
    static const std::vector<Policy> policies = [] {
        std::vector<Policy> out;
        Diagnostics ignored;
        for (const ManagedPolicyEntry& e : ManagedPolicyStore::bundled().policies())
            out.push_back(PolicyParser::parseJson(e.document, PolicyKind::Identity,
                QString::fromUtf8(e.name.data(), static_cast<qsizetype>(e.name.size())), std::string(e.name), ignored)
                              .policy);
        return out;
    }();
    return policies;
}

// A boundary a vendor might be held to: its own services in full, read-only elsewhere, no IAM writes, and
// nothing outside two regions.
constexpr std::string_view kBoundary = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": ["s3:*", "cloudwatch:*", "logs:*", "ec2:*", "kms:Decrypt"], "Resource": "*"},
    {"Effect": "Allow", "Action": ["*:Describe*", "*:List*", "*:Get*"], "Resource": "*"},
    {"Effect": "Allow", "Action": "dynamodb:*", "Resource": "arn:aws:dynamodb:*:123456789012:table/vendor-*"},
    {"Effect": "Deny", "Action": ["iam:Create*", "iam:Delete*", "iam:Put*", "iam:Attach*", "iam:PassRole"],
     "Resource": "*"},
    {"Effect": "Deny", "NotAction": ["iam:*", "sts:*", "cloudfront:*", "route53:*"], "Resource": "*",
     "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}}},
    {"Effect": "Deny", "Action": "s3:*",
     "Resource": ["arn:aws:s3:::example-audit-logs", "arn:aws:s3:::example-audit-logs/*"]}
  ]
})";

struct MixRequest {
    const char* action;
    const char* resource;
    std::vector<std::pair<const char*, std::vector<std::string>>> context;
};

// A fixed mix of requests: plain allows, denies by the boundary, conditions with present and missing keys.
std::vector<Request> requestMix()
{
    const std::vector<MixRequest> mix = {
        { "s3:GetObject", "arn:aws:s3:::example-bucket/reports/2026.csv",
            { { "aws:RequestedRegion", { "eu-west-1" } } } },
        { "s3:PutObject", "arn:aws:s3:::example-audit-logs/trail.json",
            { { "aws:RequestedRegion", { "eu-west-1" } } } },
        { "ec2:DescribeInstances", "*", { { "aws:RequestedRegion", { "us-east-1" } } } },
        { "ec2:StopInstances", "arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc1234def567890",
            { { "aws:RequestedRegion", { "eu-west-1" } }, { "aws:ResourceTag/owner", { "vendor" } } } },
        { "iam:CreateUser", "arn:aws:iam::123456789012:user/mallory", {} },
        { "iam:PassRole", "arn:aws:iam::123456789012:role/vendor-scheduler",
            { { "iam:PassedToService", { "ssm.amazonaws.com" } } } },
        { "kms:Decrypt", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            { { "aws:RequestedRegion", { "eu-west-1" } }, { "kms:ViaService", { "s3.eu-west-1.amazonaws.com" } } } },
        { "dynamodb:GetItem", "arn:aws:dynamodb:eu-west-1:123456789012:table/vendor-orders",
            { { "aws:RequestedRegion", { "eu-west-1" } } } },
        { "dynamodb:DeleteTable", "arn:aws:dynamodb:eu-west-1:123456789012:table/payroll", {} },
        { "logs:GetLogEvents", "arn:aws:logs:eu-central-1:123456789012:log-group:app:log-stream:web-1",
            { { "aws:RequestedRegion", { "eu-central-1" } }, { "aws:SourceIp", { "203.0.113.7" } } } },
        { "ec2:CreateTags", "arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc",
            { { "aws:RequestedRegion", { "eu-west-1" } }, { "aws:TagKeys", { "environment", "cost-center" } } } },
        { "sts:GetCallerIdentity", "*", {} },
        { "cloudfront:CreateInvalidation", "arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE", {} },
        { "rds:DeleteDBInstance", "arn:aws:rds:eu-west-1:123456789012:db:orders",
            { { "aws:RequestedRegion", { "eu-west-1" } } } },
        { "cloudwatch:PutMetricData", "*", { { "aws:RequestedRegion", { "ap-southeast-2" } } } },
        { "s3:ListBucket", "arn:aws:s3:::example-bucket",
            { { "aws:RequestedRegion", { "eu-west-1" } }, { "s3:prefix", { "home/alice/" } },
                { "aws:SecureTransport", { "true" } } } },
    };
    std::vector<Request> out;
    for (const MixRequest& m : mix) {
        Request r { m.action, m.resource, {} };
        for (const auto& [key, values] : m.context)
            r.context.set(key, values);
        out.push_back(std::move(r));
    }
    return out;
}

void BM_CatalogFromText(benchmark::State& state)
{
    const std::string& text = catalogText();
    int64_t actions = 0;
    for (auto _ : state) {
        QString error;
        std::unique_ptr<Catalog> catalog = Catalog::fromText(text, &error);
        if (!catalog)
            die("the bundled catalogue does not load");
        actions += catalog->actionCount();
        benchmark::DoNotOptimize(catalog.get());
    }
    state.SetItemsProcessed(actions);
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
    state.SetLabel("items: actions");
}
BENCHMARK(BM_CatalogFromText)->Unit(benchmark::kMillisecond);

// What the programs do instead: read the image the build made of that text, in place. Then the first action
// look-up of every service and a walk over every action's record, so the figure includes touching the tables.
void BM_CatalogFromImage(benchmark::State& state)
{
    const std::string_view image = Catalog::bundledImage();
    int64_t actions = 0;
    for (auto _ : state) {
        QString error;
        std::unique_ptr<Catalog> catalog = Catalog::fromImage(image, &error);
        if (!catalog)
            die("the bundled catalogue image does not load");
        unsigned levels = 0;
        for (int i = 0; i < catalog->actionCount(); ++i)
            levels |= catalog->action(i).levels;
        int found = 0;
        for (int s = 0; s < catalog->serviceCount(); ++s)
            found += catalog->findAction(catalog->actionName(catalog->service(s).firstAction)) >= 0;
        actions += catalog->actionCount();
        benchmark::DoNotOptimize(levels);
        benchmark::DoNotOptimize(found);
    }
    state.SetItemsProcessed(actions);
    state.SetLabel("items: actions");
}
BENCHMARK(BM_CatalogFromImage)->Unit(benchmark::kMillisecond);

void BM_ParseManagedPolicies(benchmark::State& state)
{
    const std::vector<ManagedPolicyEntry>& entries = ManagedPolicyStore::bundled().policies();
    std::vector<QString> files;
    int64_t bytes = 0;
    for (const ManagedPolicyEntry& e : entries) {
        files.push_back(QString::fromUtf8(e.name.data(), static_cast<qsizetype>(e.name.size())));
        bytes += static_cast<int64_t>(e.document.size());
    }
    for (auto _ : state) {
        Diagnostics diagnostics;
        for (size_t i = 0; i < entries.size(); ++i) {
            PolicyParser::Result r = PolicyParser::parseJson(
                entries[i].document, PolicyKind::Identity, files[i], std::string(entries[i].name), diagnostics);
            benchmark::DoNotOptimize(r.policy.statements.data());
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(entries.size()));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes);
    state.SetLabel("items: policies");
}
BENCHMARK(BM_ParseManagedPolicies)->Unit(benchmark::kMillisecond);

void BM_ExpandManagedPolicies(benchmark::State& state)
{
    const Catalog& catalog = Catalog::bundled();
    const std::vector<Policy>& policies = managedPolicies();
    int64_t granted = 0;
    for (auto _ : state) {
        granted = 0;
        for (const Policy& p : policies) {
            const PolicyExpansion e = expandPolicy(catalog, p, nullptr);
            granted += e.allowed.count();
        }
        benchmark::DoNotOptimize(granted);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(policies.size()));
    state.counters["granted"] = static_cast<double>(granted);
    state.SetLabel("items: policies");
}
BENCHMARK(BM_ExpandManagedPolicies)->Unit(benchmark::kMillisecond);

void BM_EvaluateRequestMix(benchmark::State& state)
{
    static const Policy readOnly = managed("ReadOnlyAccess");
    static const Policy powerUser = managed("PowerUserAccess");
    static const Policy s3Full = managed("AmazonS3FullAccess");
    static const Policy boundary = parse(kBoundary, PolicyKind::Boundary, "vendor-boundary");
    const std::vector<const Policy*> identity { &readOnly, &powerUser, &s3Full };
    const std::vector<Request> requests = requestMix();
    int64_t allowed = 0;
    for (auto _ : state) {
        allowed = 0;
        for (const Request& r : requests)
            allowed += evaluateRequest(identity, &boundary, r).decision == Decision::Allowed;
        benchmark::DoNotOptimize(allowed);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(requests.size()));
    state.counters["allowed"] = static_cast<double>(allowed);
    state.counters["requests"] = static_cast<double>(requests.size());
    state.SetLabel("items: requests");
}
BENCHMARK(BM_EvaluateRequestMix)->Unit(benchmark::kMicrosecond);

void BM_EffectivePermissionsAdminUnderBoundary(benchmark::State& state)
{
    const Catalog& catalog = Catalog::bundled();
    static const Policy admin = managed("AdministratorAccess");
    static const Policy boundary = parse(kBoundary, PolicyKind::Boundary, "vendor-boundary");
    const std::vector<const Policy*> identity { &admin };
    int64_t effective = 0;
    for (auto _ : state) {
        const EffectivePermissions p = computeEffectivePermissions(catalog, identity, &boundary);
        effective = p.effective.count() + p.conditional.count();
        benchmark::DoNotOptimize(effective);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * catalog.actionCount());
    state.counters["allowed"] = static_cast<double>(effective);
    state.SetLabel("items: catalogue actions");
}
BENCHMARK(BM_EffectivePermissionsAdminUnderBoundary)->Unit(benchmark::kMillisecond);

// A boundary with three ARN denies, as `grantscope-cli diff --boundary` is given one: the vendor's services in
// full, read-only elsewhere, and no access to an audit bucket, a payroll table or the break-glass roles.
constexpr std::string_view kArnDenyBoundary = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": ["s3:*", "cloudwatch:*", "logs:*", "ec2:*", "kms:Decrypt", "sagemaker:*", "lambda:*"],
     "Resource": "*"},
    {"Effect": "Allow", "Action": ["*:Describe*", "*:List*", "*:Get*"], "Resource": "*"},
    {"Effect": "Deny", "Action": "s3:*",
     "Resource": ["arn:aws:s3:::example-audit-logs", "arn:aws:s3:::example-audit-logs/*"]},
    {"Effect": "Deny", "Action": "dynamodb:*", "Resource": "arn:aws:dynamodb:*:*:table/payroll"},
    {"Effect": "Deny", "Action": ["iam:*", "sts:AssumeRole"], "Resource": "arn:aws:iam::*:role/break-glass-*"}
  ]
})";

// The corpus as a reviewer's folder: one JSON file per managed policy, `copies` times under distinct names
// ("Name.json", "Name-copy2.json", ...), so that twice the copies is a package twice as large.
QString writeCorpus(const QTemporaryDir& dir, int copies, std::string_view only = {})
{
    const QString folder = dir.path() + QStringLiteral("/corpus-%1").arg(copies);
    QDir().mkpath(folder);
    for (const ManagedPolicyEntry& e : ManagedPolicyStore::bundled().policies()) {
        if (!only.empty() && e.name != only)
            continue;
        for (int c = 1; c <= copies; ++c) {
            const QString name = QString::fromUtf8(e.name.data(), static_cast<qsizetype>(e.name.size()))
                + (c == 1 ? QString() : QStringLiteral("-copy%1").arg(c));
            QFile file(folder + QLatin1Char('/') + name + QStringLiteral(".json"));
            if (!file.open(QIODevice::WriteOnly)
                || file.write(e.document.data(), static_cast<qint64>(e.document.size()))
                    != static_cast<qint64>(e.document.size()))
                die("cannot write the corpus");
        }
    }
    return folder;
}

const QTemporaryDir& scratch()
{
    static const QTemporaryDir dir;
    if (!dir.isValid())
        die("no temporary folder");
    return dir;
}

// The review `grantscope-cli diff PATH` makes of the corpus, loaded once per process.
const Review& corpusReview(int copies)
{
    static std::map<int, Review> reviews;
    auto it = reviews.find(copies);
    if (it == reviews.end())
        it = reviews.emplace(copies, loadReview({ writeCorpus(scratch(), copies) })).first;
    return it->second;
}

// Processor time of this (single-threaded) process: the build machine's cores are shared, and wall-clock
// ratios between cases would measure the neighbours as much as the engine.
class CpuTimer {
public:
    CpuTimer() { restart(); }
    void restart() { m_start = std::clock(); }
    double seconds() const { return static_cast<double>(std::clock() - m_start) / CLOCKS_PER_SEC; }

private:
    std::clock_t m_start = 0;
};

// The semantic diff of the corpus under a boundary with ARN denies, for one copy and two copies of it in the
// same run: the figure to hold is `ratio` (two copies / one copy; linear means 2, the target is at most 2.2).
// Times are processor seconds, best of the iterations (five: the build machine is shared).
void BM_SemanticDiffCorpusScaling(benchmark::State& state)
{
    static const Policy boundary = parse(kArnDenyBoundary, PolicyKind::Boundary, "vendor-boundary");
    const Review& one = corpusReview(1);
    const Review& two = corpusReview(2);
    double bestOne = 1e9, bestTwo = 1e9;
    size_t findings = 0;
    for (auto _ : state) {
        CpuTimer t;
        const SemanticDiff a = evaluatePackage(one, &boundary, ConditionChoice::NoContextKeys);
        const double s1 = t.seconds();
        t.restart();
        const SemanticDiff b = evaluatePackage(two, &boundary, ConditionChoice::NoContextKeys);
        const double s2 = t.seconds();
        bestOne = std::min(bestOne, s1);
        bestTwo = std::min(bestTwo, s2);
        findings = a.findings.size();
        benchmark::DoNotOptimize(b.findings.data());
        state.SetIterationTime(s1 + s2);
    }
    state.counters["one_copy_s"] = bestOne;
    state.counters["two_copies_s"] = bestTwo;
    state.counters["ratio"] = bestTwo / bestOne;
    state.counters["findings"] = static_cast<double>(findings);
    state.SetLabel("target: one_copy_s < 1, ratio <= 2.2");
}
BENCHMARK(BM_SemanticDiffCorpusScaling)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

// Every managed policy as a package of its own, diffed under the same boundary: the slowest against
// AdministratorAccess in the same run (`ratio`, the target is at most 3), best of the iterations per policy, in
// processor time. std::clock ticks in microseconds: a policy takes milliseconds.
void BM_SemanticDiffSlowestManagedPolicy(benchmark::State& state)
{
    static const Policy boundary = parse(kArnDenyBoundary, PolicyKind::Boundary, "vendor-boundary");
    static const std::vector<std::pair<std::string, Review>> reviews = [] {
        std::vector<std::pair<std::string, Review>> out;
        const QString folder = writeCorpus(scratch(), 1);
        for (const ManagedPolicyEntry& e : ManagedPolicyStore::bundled().policies())
            out.emplace_back(std::string(e.name),
                loadReview({ folder + QLatin1Char('/')
                    + QString::fromUtf8(e.name.data(), static_cast<qsizetype>(e.name.size()))
                    + QStringLiteral(".json") }));
        return out;
    }();
    std::vector<double> best(reviews.size(), 1e9);
    for (auto _ : state) {
        double total = 0;
        for (size_t i = 0; i < reviews.size(); ++i) {
            const CpuTimer t;
            const SemanticDiff d = evaluatePackage(reviews[i].second, &boundary, ConditionChoice::NoContextKeys);
            benchmark::DoNotOptimize(d.findings.data());
            const double s = t.seconds();
            best[i] = std::min(best[i], s);
            total += s;
        }
        state.SetIterationTime(total);
    }
    size_t slowest = 0, admin = 0;
    for (size_t i = 0; i < reviews.size(); ++i) {
        if (best[i] > best[slowest])
            slowest = i;
        if (reviews[i].first == "AdministratorAccess")
            admin = i;
    }
    state.counters["admin_ms"] = best[admin] * 1e3;
    state.counters["slowest_ms"] = best[slowest] * 1e3;
    state.counters["ratio"] = best[slowest] / best[admin];
    state.SetLabel("slowest: " + reviews[slowest].first + "; target: ratio <= 3");
}
BENCHMARK(BM_SemanticDiffSlowestManagedPolicy)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

// `grantscope-cli boundary --from-findings` on the corpus after loading it: the mitigations of the high and
// critical findings applied to a draft, compacted and compared with the package (target: under 1 s).
void BM_BoundaryFromFindingsCorpus(benchmark::State& state)
{
    const Catalog& catalog = Catalog::bundled();
    const Review& review = corpusReview(1);
    size_t size = 0;
    for (auto _ : state) {
        BoundaryDraft draft;
        draft.name = "GrantScopeBoundary";
        for (BoundaryEdit& e : Mitigations::forFindings(review.analysis.findings, catalog, Severity::High))
            e.apply(draft);
        const BoundaryEvaluation eval = evaluateBoundary(review, draft, ConditionChoice::NoContextKeys);
        size = eval.compacted.size;
        benchmark::DoNotOptimize(eval.diff.findings.data());
    }
    state.counters["boundary_chars"] = static_cast<double>(size);
    state.SetLabel("target: under 1 s");
}
BENCHMARK(BM_BoundaryFromFindingsCorpus)->Iterations(3)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
