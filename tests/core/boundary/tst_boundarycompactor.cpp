// SPDX-License-Identifier: GPL-3.0-or-later
// BoundaryCompactor: every compaction is checked by expanding it again against the catalogue, on every
// bundled AWS managed policy, and a boundary that cannot fit gives a clear error.
#include "analysis/Expansion.h"
#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundaryDraft.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "policy/PolicyParser.h"
#include "policy/PolicyWriter.h"

#include <QTest>
#include <algorithm>

using namespace grantscope;

class TestBoundaryCompactor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compactActions_data();
    void compactActions();
    void wildcardOnlyWhenExact();
    void equivalentOnEveryManagedPolicy();
    void notActionAsLastResort();
    void cannotFit();
    void tooManyStatementsToFit();
    void shortWideListKept();
    void unknownActionsKeptAsWritten();
    void fitsUnchanged();
};

namespace {

const Catalog& catalog()
{
    return Catalog::bundled();
}

ActionSet named(const std::vector<std::string>& patterns)
{
    ActionSet set = catalog().emptySet();
    for (const std::string& p : patterns)
        catalog().matchInto(p, set);
    return set;
}

ActionSet allowedBy(const std::string& json, bool* ok = nullptr)
{
    Diagnostics diagnostics;
    PolicyParser::Result r = PolicyParser::parseJson(
        json, PolicyKind::Boundary, QStringLiteral("compacted.json"), "compacted", diagnostics);
    if (ok)
        *ok = r.ok;
    return expandPolicy(catalog(), r.policy, nullptr).allowed;
}

std::vector<std::string> names(const ActionSet& set)
{
    std::vector<std::string> out;
    catalog().forEachSorted(set, [&](int i) { out.push_back(catalog().actionName(i)); });
    return out;
}

BoundaryDraft allowing(const ActionSet& set)
{
    BoundaryDraft draft;
    draft.base = BoundaryBase::VendorGrants;
    draft.vendorActions = names(set);
    return draft;
}

} // namespace

void TestBoundaryCompactor::compactActions_data()
{
    QTest::addColumn<QStringList>("wanted");
    QTest::addColumn<bool>("anyPrefix");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("every action is *") << QStringList { QStringLiteral("*") } << false
                                       << QStringList { QStringLiteral("*") };
    QTest::newRow("a whole service is svc:*")
        << QStringList { QStringLiteral("s3:*") } << false << QStringList { QStringLiteral("s3:*") };
    QTest::newRow("every kms:Get action is kms:Get*")
        << QStringList { QStringLiteral("kms:Get*") } << false << QStringList { QStringLiteral("kms:Get*") };
    QTest::newRow("one action stays itself") << QStringList { QStringLiteral("ec2:StopInstances") } << false
                                             << QStringList { QStringLiteral("ec2:StopInstances") };
    QTest::newRow("two services, in name order") << QStringList { QStringLiteral("sqs:*"),
        QStringLiteral("kms:*") } << false << QStringList { QStringLiteral("kms:*"), QStringLiteral("sqs:*") };
    QTest::newRow("nothing") << QStringList {} << false << QStringList {};
}

void TestBoundaryCompactor::compactActions()
{
    QFETCH(QStringList, wanted);
    QFETCH(bool, anyPrefix);
    QFETCH(QStringList, expected);
    std::vector<std::string> patterns;
    for (const QString& w : wanted)
        patterns.push_back(w.toStdString());
    const std::vector<std::string> got = BoundaryCompactor::compactActions(catalog(), named(patterns), anyPrefix);
    QStringList gotList;
    for (const std::string& g : got)
        gotList << QString::fromStdString(g);
    QCOMPARE(gotList, expected);
}

void TestBoundaryCompactor::wildcardOnlyWhenExact()
{
    // Every s3:Get* action but one: "s3:Get*" would grant that one too, so it must not appear.
    ActionSet wanted = catalog().match("s3:Get*").actions;
    const int left = catalog().findAction("s3:GetObject");
    QVERIFY(left >= 0);
    wanted.reset(left);
    for (bool anyPrefix : { false, true }) {
        const std::vector<std::string> patterns = BoundaryCompactor::compactActions(catalog(), wanted, anyPrefix);
        QVERIFY(std::find(patterns.begin(), patterns.end(), "s3:Get*") == patterns.end());
        QCOMPARE(named(patterns), wanted);
        for (const std::string& p : patterns)
            QVERIFY2(catalog().match(p).actions.isSubsetOf(wanted), p.c_str());
    }
}

void TestBoundaryCompactor::equivalentOnEveryManagedPolicy()
{
    const ManagedPolicyStore& store = ManagedPolicyStore::bundled();
    QVERIFY(store.policies().size() > 1000);
    int compared = 0, fit = 0, fitUncompacted = 0, empty = 0, notAction = 0;
    size_t largest = 0, largestFitting = 0;
    std::string largestName, tooLarge;
#ifdef GRANTSCOPE_SANITIZED
    // Under the sanitizers every eighth policy: they look for memory errors, while the full
    // equivalence proof runs in the ordinary build.
    constexpr size_t kStride = 8;
#else
    constexpr size_t kStride = 1;
#endif
    for (size_t index = 0; index < store.policies().size(); index += kStride) {
        const ManagedPolicyEntry& entry = store.policies()[index];
        Diagnostics diagnostics;
        const PolicyParser::Result parsed = PolicyParser::parseJson(entry.document, PolicyKind::Identity,
            QString::fromUtf8(entry.arn.data(), qsizetype(entry.arn.size())), std::string(entry.name), diagnostics);
        const ActionSet wanted = expandPolicy(catalog(), parsed.policy, nullptr).allowed;
        if (wanted.none()) {
            ++empty; // a Deny-only policy, or one whose actions are all unknown to the catalogue
            continue;
        }
        ++compared;
        const std::string what = std::string(entry.name);

        // The building block on its own, both modes: exactly the wanted actions.
        QVERIFY2(named(BoundaryCompactor::compactActions(catalog(), wanted, false)) == wanted, what.c_str());
        QVERIFY2(named(BoundaryCompactor::compactActions(catalog(), wanted, true)) == wanted, what.c_str());

        // The whole way: draft → policy → compaction → JSON → parse → expand.
        const Policy uncompacted = allowing(wanted).toPolicy(catalog());
        if (policySizeForLimits(uncompacted) <= BoundaryCompactor::kManagedPolicyLimit)
            ++fitUncompacted;
        const CompactedBoundary c = BoundaryCompactor::compact(catalog(), uncompacted);
        bool ok = false;
        QVERIFY2(allowedBy(c.json, &ok) == wanted, what.c_str());
        QVERIFY2(ok, what.c_str());
        QCOMPARE(c.size, policySizeForLimits(c.policy));
        QCOMPARE(c.fits, c.size <= BoundaryCompactor::kManagedPolicyLimit);
        QCOMPARE(hasErrors(c.diagnostics), !c.fits);
        if (c.fits) {
            ++fit;
            largestFitting = std::max(largestFitting, c.size);
        } else {
            tooLarge += (tooLarge.empty() ? "" : ", ") + what;
        }
        if (std::any_of(c.policy.statements.begin(), c.policy.statements.end(),
                [](const Statement& st) { return st.notAction; }))
            ++notAction;
        if (c.size > largest) {
            largest = c.size;
            largestName = what;
        }
    }
    qInfo("%d managed policies compared (%d grant no catalogue action); %d fit in %zu characters after compaction "
          "(%d of them as NotAction), %d already before it; largest fitting %zu; largest overall %zu (%s)",
        compared, empty, fit, BoundaryCompactor::kManagedPolicyLimit, notAction, fitUncompacted, largestFitting,
        largest, largestName.c_str());
    qInfo("too large even after compaction: %s", tooLarge.c_str());
    QVERIFY(compared > 1000 / static_cast<int>(kStride));
    QVERIFY(fit > compared * 9 / 10);
}

void TestBoundaryCompactor::notActionAsLastResort()
{
    // Everything but IAM: listing ~400 services does not fit, "NotAction": "iam:*" does.
    const ActionSet wanted = catalog().allActions() - catalog().match("iam:*").actions;
    const CompactedBoundary c = BoundaryCompactor::compact(catalog(), allowing(wanted).toPolicy(catalog()));
    QVERIFY(c.fits);
    QCOMPARE(c.policy.statements.size(), size_t(1));
    QVERIFY(c.policy.statements[0].notAction);
    QCOMPARE(c.policy.statements[0].actions.size(), size_t(1));
    QCOMPARE(c.policy.statements[0].actions[0].value, std::string("iam:*"));
    QCOMPARE(allowedBy(c.json), wanted);
    QVERIFY(std::any_of(c.diagnostics.begin(), c.diagnostics.end(),
        [](const Diagnostic& d) { return d.code == "boundary-notaction"; }));
}

void TestBoundaryCompactor::cannotFit()
{
    // Read access to every service: thousands of actions spread over hundreds of services.
    BoundaryDraft draft;
    draft.allowedLevels = static_cast<AccessLevels>(AccessLevel::Read);
    const CompactedBoundary c = BoundaryCompactor::compact(catalog(), draft.toPolicy(catalog()));
    QVERIFY(!c.fits);
    QVERIFY(c.size > BoundaryCompactor::kManagedPolicyLimit);
    const auto error = std::find_if(
        c.diagnostics.begin(), c.diagnostics.end(), [](const Diagnostic& d) { return d.code == "boundary-too-large"; });
    QVERIFY(error != c.diagnostics.end());
    QCOMPARE(error->severity, DiagnosticSeverity::Error);
    QVERIFY(error->message.contains(QStringLiteral("6144")));
    // Even when it does not fit, what was written is still the same set of actions.
    QCOMPARE(allowedBy(c.json), draft.allowedActions(catalog()));
}

void TestBoundaryCompactor::tooManyStatementsToFit()
{
    // 200 conditional denies cannot fit whatever their action lists become: each is kept as written,
    // and the error says how large the boundary is.
    BoundaryDraft draft;
    for (int i = 0; i < 200; ++i) {
        ConditionClause tagged;
        tagged.operatorText = "StringEquals";
        tagged.key = "aws:ResourceTag/env";
        tagged.values = { "prod-" + std::to_string(i) };
        draft.conditionalDenies.push_back({ { "ec2:TerminateInstances", "ec2:StopInstances" }, tagged });
    }
    const Policy policy = draft.toPolicy(catalog());
    const CompactedBoundary c = BoundaryCompactor::compact(catalog(), policy);
    QVERIFY(!c.fits);
    QCOMPARE(c.policy, policy);
    QVERIFY(c.size > BoundaryCompactor::kManagedPolicyLimit);
    QVERIFY(std::any_of(c.diagnostics.begin(), c.diagnostics.end(),
        [](const Diagnostic& d) { return d.code == "boundary-too-large"; }));
}

void TestBoundaryCompactor::shortWideListKept()
{
    // "*:Get*" touches every service: no list of names or per-service wildcards is shorter, so the
    // statement stays as the reviewer wrote it, even when the boundary must be compacted elsewhere.
    BoundaryDraft draft = allowing(catalog().allActions() - catalog().match("iam:*").actions);
    draft.deniedActions = { "*:Get*" };
    const Policy policy = draft.toPolicy(catalog());
    const CompactedBoundary c = BoundaryCompactor::compact(catalog(), policy);
    QVERIFY(c.fits);
    QCOMPARE(c.policy.statements.size(), size_t(2));
    QCOMPARE(c.policy.statements[1].actions.size(), size_t(1));
    QCOMPARE(c.policy.statements[1].actions[0].value, std::string("*:Get*"));
    QCOMPARE(allowedBy(c.json), allowedBy(writePolicyJson(policy, 2)));
}

void TestBoundaryCompactor::unknownActionsKeptAsWritten()
{
    BoundaryDraft draft;
    draft.deniedActions = { "kms:Decrypt", "kms:NotYetInTheCatalogue", "kms:ReEncryptFrom" };
    const CompactedBoundary c = BoundaryCompactor::compact(catalog(), draft.toPolicy(catalog()));
    QVERIFY(c.fits);
    QCOMPARE(c.policy.statements[1].actions.size(), size_t(3));
    QCOMPARE(c.policy.statements[1].actions[1].value, std::string("kms:NotYetInTheCatalogue"));
}

void TestBoundaryCompactor::fitsUnchanged()
{
    // A small boundary is written as the draft says; nothing is rewritten into a less readable form.
    BoundaryDraft draft;
    draft.deniedActions = { "ec2:StopInstances", "iam:Create*" };
    const Policy policy = draft.toPolicy(catalog());
    const CompactedBoundary c = BoundaryCompactor::compact(catalog(), policy);
    QVERIFY(c.fits);
    QVERIFY(c.diagnostics.empty());
    QCOMPARE(c.policy, policy);
    QCOMPARE(c.json, writePolicyJson(policy, 2));
}

QTEST_GUILESS_MAIN(TestBoundaryCompactor)
#include "tst_boundarycompactor.moc"
