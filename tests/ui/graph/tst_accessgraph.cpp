// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/AccessGraph.h"
#include "graph/GraphToolTip.h"

#include "activity/ActivityReview.h"
#include "boundary/BoundaryEdit.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "document/ReviewDocument.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace grantscope;
using namespace grantscope::ui;

class TestAccessGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleSeverities();
    void sampleStructure();
    void servicesCollapsedByDefault();
    void expandingKmsShowsItsActions();
    void actionHoverNamesTheGrantingStatement();
    void largePoliciesStartCollapsed();
    void severityFilter();
    void searchFindsActionsInsideCollapsedServices();
    void serviceAndAccessLevelFilters();
    void findingNodesAndReveal();
    void administratorAccessStaysSmall();
    void boundaryGreysWhatItTakesAway();
    void usersAndResourcePoliciesBesideRoles();
    void activityMarksUsedAndUnusedActions();
    void releaseMarksActionsAndSubjects();

private:
    static void checkConsistent(const AccessGraph& g);
    int findingIndex(const std::string& rule) const;

    std::shared_ptr<Review> m_sample;
};

namespace {

QString samplePath()
{
    return QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
}

bool visible(const AccessGraph& g, GraphNodeKind kind, const char* label)
{
    return g.isVisible(g.findNode(kind, QString::fromUtf8(label)));
}

int moreNodeOf(const AccessGraph& g, int parent)
{
    for (int id : g.visibleNodes())
        if (g.node(id).kind == GraphNodeKind::More && g.node(id).parent == parent)
            return id;
    return -1;
}

int visibleOfKind(const AccessGraph& g, GraphNodeKind kind)
{
    const std::vector<int>& v = g.visibleNodes();
    return static_cast<int>(std::count_if(v.begin(), v.end(), [&](int id) { return g.node(id).kind == kind; }));
}

} // namespace

void TestAccessGraph::initTestCase()
{
    m_sample = loadSharedReview({ samplePath() }, {});
    QVERIFY(m_sample);
    QCOMPARE(m_sample->package.roles.size(), size_t(1));
    QVERIFY(!m_sample->analysis.findings.empty());
}

int TestAccessGraph::findingIndex(const std::string& rule) const
{
    const auto& f = m_sample->analysis.findings;
    for (size_t i = 0; i < f.size(); ++i)
        if (f[i].rule == rule)
            return static_cast<int>(i);
    return -1;
}

// Every visible edge joins two visible nodes; every visible node is listed once, by column.
void TestAccessGraph::checkConsistent(const AccessGraph& g)
{
    std::set<int> seen;
    int lastLayer = -1;
    for (int id : g.visibleNodes()) {
        QVERIFY(seen.insert(id).second);
        QVERIFY(g.isVisible(id));
        QVERIFY(g.node(id).layer >= lastLayer);
        lastLayer = g.node(id).layer;
    }
    for (const GraphEdge& e : g.visibleEdges()) {
        QVERIFY(seen.count(e.from));
        QVERIFY(seen.count(e.to));
        QVERIFY(g.node(e.from).layer < g.node(e.to).layer);
    }
}

void TestAccessGraph::sampleSeverities()
{
    const AccessGraph g(m_sample, Catalog::bundled());
    const int role = g.findNode(GraphNodeKind::Role, u"AcmeObservabilityIntegration");
    const int kms = g.findNode(GraphNodeKind::Service, u"kms");
    QVERIFY(role >= 0);
    QVERIFY(kms >= 0);
    // kms:Decrypt on every key without a narrowing condition is critical.
    QCOMPARE(g.node(role).severity, std::optional(Severity::Critical));
    QCOMPARE(g.node(kms).severity, std::optional(Severity::Critical));
    // The statement's policy carries it too; the whole-account trust is a medium on the principal.
    QCOMPARE(
        g.node(g.findNode(GraphNodeKind::Policy, u"AcmeTelemetryRead")).severity, std::optional(Severity::Critical));
    const int principal = g.findNode(GraphNodeKind::Principal, u"arn:aws:iam::210987654321:root");
    QVERIFY(principal >= 0);
    QCOMPARE(g.node(principal).severity, std::optional(Severity::Medium));
    QCOMPARE(g.node(g.findNode(GraphNodeKind::Service, u"logs")).severity, std::optional(Severity::Medium));
    QCOMPARE(g.node(g.findNode(GraphNodeKind::Service, u"cloudwatch")).severity, std::nullopt);
}

void TestAccessGraph::sampleStructure()
{
    const AccessGraph g(m_sample, Catalog::bundled());
    checkConsistent(g);
    const int role = g.findNode(GraphNodeKind::Role, u"AcmeObservabilityIntegration");
    const int inlinePolicy = g.findNode(GraphNodeKind::Policy, u"AcmeTelemetryRead");
    const int managed = g.findNode(GraphNodeKind::Policy, u"AcmeAutoRemediation");
    const int principal = g.findNode(GraphNodeKind::Principal, u"arn:aws:iam::210987654321:root");
    const auto& edges = g.visibleEdges();
    auto hasEdge = [&](int a, int b) {
        return std::any_of(edges.begin(), edges.end(), [&](const GraphEdge& e) { return e.from == a && e.to == b; });
    };
    QVERIFY(hasEdge(principal, role));
    QVERIFY(hasEdge(role, inlinePolicy));
    QVERIFY(hasEdge(role, managed));
    QVERIFY(hasEdge(inlinePolicy, g.findNode(GraphNodeKind::Service, u"kms")));
    QVERIFY(hasEdge(managed, g.findNode(GraphNodeKind::Service, u"ec2")));

    // Counts by access level: the inline policy's kms:Decrypt (Write), CreateGrant (Permissions
    // management) and DescribeKey (Read), plus whatever SecurityAudit adds, all add up.
    const GraphNode& kms = g.node(g.findNode(GraphNodeKind::Service, u"kms"));
    int sum = 0;
    for (int c : kms.levelCounts)
        sum += c;
    QCOMPARE(sum, kms.actionCount);
    QVERIFY(kms.levelCounts[static_cast<size_t>(accessLevelSlot(AccessLevel::PermissionsManagement))] >= 1);
    QVERIFY(kms.levelCounts[static_cast<size_t>(accessLevelSlot(AccessLevel::Write))] >= 1);

    // Collapsed services lead straight to the resource patterns their statements name.
    const int bucket = g.findNode(GraphNodeKind::Resource, u"arn:aws:s3:::acme-archive-123456789012");
    QVERIFY(bucket >= 0);
    QVERIFY(hasEdge(g.findNode(GraphNodeKind::Service, u"s3"), bucket));
    const auto summary = std::find_if(edges.begin(), edges.end(), [&](const GraphEdge& e) { return e.to == bucket; });
    QVERIFY(summary->summary); // stands for s3's hidden actions
}

void TestAccessGraph::servicesCollapsedByDefault()
{
    const AccessGraph g(m_sample, Catalog::bundled());
    QVERIFY(visibleOfKind(g, GraphNodeKind::Service) > 0);
    for (int id : g.visibleNodes())
        if (g.node(id).kind == GraphNodeKind::Service)
            QVERIFY2(!g.isExpanded(id), qPrintable(g.node(id).label));
    QCOMPARE(visibleOfKind(g, GraphNodeKind::Action), 0);
    // Action nodes are not even built before their service is opened.
    for (int id = 0; id < g.nodeCount(); ++id)
        QVERIFY(g.node(id).kind != GraphNodeKind::Action);
}

void TestAccessGraph::expandingKmsShowsItsActions()
{
    AccessGraph g(m_sample, Catalog::bundled());
    const int kms = g.findNode(GraphNodeKind::Service, u"kms");
    g.setExpanded(kms, true);
    QVERIFY(g.isExpanded(kms));
    QVERIFY(visible(g, GraphNodeKind::Action, "kms:Decrypt"));
    QVERIFY(visible(g, GraphNodeKind::Action, "kms:CreateGrant"));
    QVERIFY(!visible(g, GraphNodeKind::Action, "ec2:StopInstances"));
    const int decrypt = g.findNode(GraphNodeKind::Action, u"kms:Decrypt");
    QCOMPARE(g.node(decrypt).severity, std::optional(Severity::Critical));
    QVERIFY(hasLevel(g.node(decrypt).levels, AccessLevel::Write));
    // Expanded, the resources hang off the actions instead of the service.
    const int star = g.findNode(GraphNodeKind::Resource, u"*");
    const auto& edges = g.visibleEdges();
    QVERIFY(std::find(edges.begin(), edges.end(), GraphEdge { decrypt, star }) != edges.end());
    QVERIFY(std::find(edges.begin(), edges.end(), GraphEdge { kms, star, true }) == edges.end());
    checkConsistent(g);

    g.setExpanded(kms, false);
    QVERIFY(!visible(g, GraphNodeKind::Action, "kms:Decrypt"));
    QCOMPARE(visibleOfKind(g, GraphNodeKind::Action), 0);
}

void TestAccessGraph::actionHoverNamesTheGrantingStatement()
{
    AccessGraph g(m_sample, Catalog::bundled());
    g.setExpanded(g.findNode(GraphNodeKind::Service, u"kms"), true);
    const GraphNode& decrypt = g.node(g.findNode(GraphNodeKind::Action, u"kms:Decrypt"));
    QCOMPARE(decrypt.grants.size(), size_t(1)); // SecurityAudit does not grant Decrypt
    const Statement* st = g.statement(decrypt.grants.front());
    QVERIFY(st);
    QCOMPARE(st->sid, std::string("EncryptedLogArchive"));
    QCOMPARE(g.policyRecord(decrypt.grants.front().policyNode)->name, std::string("AcmeTelemetryRead"));

    const QString tip = GraphToolTip::forNode(g, decrypt.id);
    QVERIFY2(tip.contains(QLatin1String("AcmeTelemetryRead")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("EncryptedLogArchive")));
    QVERIFY(tip.contains(QStringLiteral("acme-observability-onboarding.yaml:%1").arg(st->location.line)));
    QVERIFY(tip.contains(QLatin1String("Decrypt with any KMS key")));

    // kms:DescribeKey is granted twice: by the inline statement and by SecurityAudit.
    const GraphNode& describe = g.node(g.findNode(GraphNodeKind::Action, u"kms:DescribeKey"));
    QCOMPARE(describe.grants.size(), size_t(2));
    QVERIFY(GraphToolTip::forNode(g, describe.id).contains(QLatin1String("SecurityAudit")));
}

void TestAccessGraph::largePoliciesStartCollapsed()
{
    AccessGraph g(m_sample, Catalog::bundled());
    const int audit = g.findNode(GraphNodeKind::Policy, u"SecurityAudit");
    QVERIFY(audit >= 0);
    QVERIFY(g.node(audit).serviceCount > AccessGraph::kAutoCollapseServices);
    QVERIFY(!g.isExpanded(audit));
    QVERIFY(g.isExpanded(g.findNode(GraphNodeKind::Policy, u"AcmeTelemetryRead")));
    const int before = visibleOfKind(g, GraphNodeKind::Service);
    QVERIFY(before < 12);
    g.setExpanded(audit, true);
    QVERIFY(visibleOfKind(g, GraphNodeKind::Service) > before);
    checkConsistent(g);
}

void TestAccessGraph::severityFilter()
{
    AccessGraph g(m_sample, Catalog::bundled());
    GraphFilter f;
    f.minimumSeverity = Severity::High;
    g.setFilter(f);
    QVERIFY(visible(g, GraphNodeKind::Service, "kms"));
    QVERIFY(visible(g, GraphNodeKind::Service, "ec2"));
    QVERIFY(!visible(g, GraphNodeKind::Service, "logs"));
    QVERIFY(!visible(g, GraphNodeKind::Service, "cloudwatch"));
    QVERIFY(!visible(g, GraphNodeKind::Service, "s3"));
    // Where the grant comes from stays visible.
    QVERIFY(visible(g, GraphNodeKind::Role, "AcmeObservabilityIntegration"));
    QVERIFY(visible(g, GraphNodeKind::Policy, "AcmeTelemetryRead"));
    QVERIFY(visible(g, GraphNodeKind::Principal, "arn:aws:iam::210987654321:root"));
    checkConsistent(g);

    f.minimumSeverity = Severity::Medium;
    g.setFilter(f);
    QVERIFY(visible(g, GraphNodeKind::Service, "logs"));
    g.setFilter({});
    QVERIFY(visible(g, GraphNodeKind::Service, "cloudwatch"));
}

void TestAccessGraph::searchFindsActionsInsideCollapsedServices()
{
    AccessGraph g(m_sample, Catalog::bundled());
    GraphFilter f;
    f.search = QStringLiteral("DECRYPT");
    g.setFilter(f);
    QVERIFY(visible(g, GraphNodeKind::Service, "kms"));
    QVERIFY(!visible(g, GraphNodeKind::Service, "ec2"));
    QVERIFY(visible(g, GraphNodeKind::Role, "AcmeObservabilityIntegration"));
    // Opened, a searched service shows only the matching actions.
    g.setExpanded(g.findNode(GraphNodeKind::Service, u"kms"), true);
    QVERIFY(visible(g, GraphNodeKind::Action, "kms:Decrypt"));
    QVERIFY(!visible(g, GraphNodeKind::Action, "kms:CreateGrant"));
    checkConsistent(g);

    f.search = QStringLiteral("acme-archive");
    g.setFilter(f);
    QVERIFY(visible(g, GraphNodeKind::Service, "s3"));
    QVERIFY(!visible(g, GraphNodeKind::Service, "kms"));

    f.search = QStringLiteral("no such thing anywhere");
    g.setFilter(f);
    QVERIFY(g.visibleNodes().empty());
    QVERIFY(g.visibleEdges().empty());
}

void TestAccessGraph::serviceAndAccessLevelFilters()
{
    AccessGraph g(m_sample, Catalog::bundled());
    GraphFilter f;
    f.services = QStringLiteral("s3");
    g.setFilter(f);
    QCOMPARE(visibleOfKind(g, GraphNodeKind::Service), 1);
    QVERIFY(visible(g, GraphNodeKind::Service, "s3"));
    QVERIFY(visible(g, GraphNodeKind::Policy, "AcmeTelemetryRead"));
    QVERIFY(!visible(g, GraphNodeKind::Policy, "AcmeAutoRemediation"));

    f.services = QStringLiteral("kms, EC2");
    g.setFilter(f);
    QCOMPARE(visibleOfKind(g, GraphNodeKind::Service), 2);

    f = {};
    f.accessLevels = static_cast<AccessLevels>(AccessLevel::PermissionsManagement);
    g.setFilter(f);
    QVERIFY(visible(g, GraphNodeKind::Service, "kms"));
    QVERIFY(!visible(g, GraphNodeKind::Service, "logs"));
    g.setExpanded(g.findNode(GraphNodeKind::Service, u"kms"), true);
    QVERIFY(visible(g, GraphNodeKind::Action, "kms:CreateGrant"));
    QVERIFY(!visible(g, GraphNodeKind::Action, "kms:Decrypt"));
    checkConsistent(g);
}

void TestAccessGraph::findingNodesAndReveal()
{
    AccessGraph g(m_sample, Catalog::bundled());
    const int fi = findingIndex("kms-decrypt-any-key");
    QVERIFY(fi >= 0);
    std::set<QString> labels;
    for (int id : g.nodesOfFinding(fi))
        labels.insert(g.node(id).label);
    QVERIFY(labels.count(QStringLiteral("AcmeObservabilityIntegration")));
    QVERIFY(labels.count(QStringLiteral("AcmeTelemetryRead")));
    QVERIFY(labels.count(QStringLiteral("kms")));
    QVERIFY(!labels.count(QStringLiteral("ec2")));

    g.reveal(fi);
    QVERIFY(visible(g, GraphNodeKind::Action, "kms:Decrypt"));

    const int trust = findingIndex("trust-root-principal");
    QVERIFY(trust >= 0);
    const std::vector<int> trustNodes = g.nodesOfFinding(trust);
    QVERIFY(std::find(trustNodes.begin(), trustNodes.end(),
                g.findNode(GraphNodeKind::Principal, u"arn:aws:iam::210987654321:root"))
        != trustNodes.end());
}

void TestAccessGraph::administratorAccessStaysSmall()
{
    const ManagedPolicyEntry* admin = ManagedPolicyStore::bundled().find("AdministratorAccess");
    QVERIFY(admin);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("AdministratorAccess.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(admin->document.data(), static_cast<qint64>(admin->document.size()));
    file.close();

    const Catalog& catalog = Catalog::bundled();
    AccessGraph g(loadSharedReview({ path }, {}), catalog);
    const int policy = g.findNode(GraphNodeKind::Policy, u"AdministratorAccess");
    QVERIFY(policy >= 0);
    QCOMPARE(g.node(policy).actionCount, catalog.actionCount());
    // Every service is granted, but nothing below the policy is drawn until asked for.
    QVERIFY(!g.isExpanded(policy));
    QVERIFY(g.visibleNodes().size() <= 2);

    g.setExpanded(policy, true);
    checkConsistent(g);
    QCOMPARE(visibleOfKind(g, GraphNodeKind::Service), AccessGraph::kChildCap);
    const int moreServices = moreNodeOf(g, policy);
    QVERIFY(moreServices >= 0);
    int granted = 0;
    for (int s = 0; s < catalog.serviceCount(); ++s)
        granted += catalog.service(s).actionCount > 0 ? 1 : 0;
    QCOMPARE(g.node(moreServices).hiddenCount, granted - AccessGraph::kChildCap);
    QCOMPARE(visibleOfKind(g, GraphNodeKind::Action), 0);

    // The riskiest services are the ones kept: iam is among the first 200.
    const int iam = g.findNode(GraphNodeKind::Service, u"iam");
    QVERIFY(g.isVisible(iam));
    QVERIFY(g.node(iam).actionCount > AccessGraph::kChildCap / 2);

    // ec2 alone has more actions than the cap: opening it shows the riskiest 200 and a "more" node.
    const int ec2 = g.findNode(GraphNodeKind::Service, u"ec2");
    QVERIFY(g.node(ec2).actionCount > AccessGraph::kChildCap);
    g.setExpanded(ec2, true);
    g.setExpanded(policy, true);
    if (!g.isVisible(ec2))
        g.showMore(moreServices);
    QVERIFY(g.isVisible(ec2));
    QCOMPARE(visibleOfKind(g, GraphNodeKind::Action), AccessGraph::kChildCap);
    const std::vector<int> ec2Children = g.childrenOf(ec2);
    QCOMPARE(static_cast<int>(ec2Children.size()), g.node(ec2).actionCount);
    QVERIFY(g.visibleNodes().size() <= size_t(3 * AccessGraph::kChildCap + 10));
    // Only ec2's actions were built, not the other 21,000.
    QVERIFY(g.nodeCount() < catalog.serviceCount() + g.node(ec2).actionCount + 10);
    checkConsistent(g);

    const int moreActions = moreNodeOf(g, ec2);
    QVERIFY(moreActions >= 0);
    QCOMPARE(g.node(moreActions).hiddenCount, g.node(ec2).actionCount - AccessGraph::kChildCap);
    g.showMore(moreActions);
    QCOMPARE(visibleOfKind(g, GraphNodeKind::Action), std::min(2 * AccessGraph::kChildCap, g.node(ec2).actionCount));

    // Searching within the huge policy goes through the bitsets, not through built nodes.
    GraphFilter f;
    f.search = QStringLiteral("kms:decrypt");
    g.setFilter(f);
    QVERIFY(visible(g, GraphNodeKind::Service, "kms"));
    QCOMPARE(visibleOfKind(g, GraphNodeKind::Service), 1);
    checkConsistent(g);
}

void TestAccessGraph::boundaryGreysWhatItTakesAway()
{
    ReviewDocument doc;
    doc.setReview(m_sample);
    doc.pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:Decrypt" }));
    doc.pushBoundaryEdit(BoundaryEdit::denyActions({ "ec2:*" }));
    const BoundaryEvaluation& b = *doc.boundary();
    std::vector<MitigationState> states;
    for (const FindingOutcome& o : b.diff.findings)
        states.push_back(o.state);

    AccessGraph g(m_sample, Catalog::bundled());
    const int kms = g.findNode(GraphNodeKind::Service, u"kms");
    const int ec2 = g.findNode(GraphNodeKind::Service, u"ec2");
    QCOMPARE(g.node(ec2).removedActions, 0);
    g.setBoundaryEffect(b.diff.removed(), states);
    // Every ec2 action goes: the service is greyed. Of kms only Decrypt goes: counted, not greyed.
    QVERIFY(g.node(ec2).actionCount > 0);
    QCOMPARE(g.node(ec2).removedActions, g.node(ec2).actionCount);
    QVERIFY(g.node(ec2).mitigated);
    QCOMPARE(g.node(kms).removedActions, 1);
    QVERIFY(!g.node(kms).mitigated);
    QVERIFY(g.node(kms).severity); // still coloured: kms:CreateGrant on * remains

    // Action nodes built after the boundary was set are marked too.
    g.setExpanded(kms, true);
    const int decrypt = g.findNode(GraphNodeKind::Action, u"kms:Decrypt");
    const int grant = g.findNode(GraphNodeKind::Action, u"kms:CreateGrant");
    QCOMPARE(g.node(decrypt).removedActions, 1);
    QVERIFY(g.node(decrypt).mitigated);
    QCOMPARE(g.node(grant).removedActions, 0);
    QVERIFY(!g.node(grant).mitigated);
    // The role keeps its colour: some of its findings remain.
    for (int id : g.visibleNodes())
        if (g.node(id).kind == GraphNodeKind::Role)
            QVERIFY(!g.node(id).mitigated);

    // Without a boundary nothing is marked.
    g.setBoundaryEffect(Catalog::bundled().emptySet(), {});
    for (int id = 0; id < g.nodeCount(); ++id) {
        QCOMPARE(g.node(id).removedActions, 0);
        QVERIFY(!g.node(id).mitigated);
    }
}

// Users, groups and resource-policy grants are subjects in the role column, labelled by kind; the outsider a
// resource policy lets in is a principal node joined to it; a conditional subject carries its condition and
// a StackSet role where it is deployed.
void TestAccessGraph::usersAndResourcePoliciesBesideRoles()
{
    const Catalog& catalog = Catalog::bundled();
    AccessGraph g(
        loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml") }, {}), catalog);
    checkConsistent(g);

    const int role = g.findNode(GraphNodeKind::Role, u"QuillstackIndexer");
    const int user = g.findNode(GraphNodeKind::Role, u"quillstack-legacy-agent");
    const int group = g.findNode(GraphNodeKind::Role, u"QuillstackLegacyUploaders");
    const int key = g.findNode(GraphNodeKind::Role, u"ArchiveKey");
    const int bucket = g.findNode(GraphNodeKind::Role, u"ArchiveBucketPolicy");
    for (int id : { role, user, group, key, bucket })
        QVERIFY(id >= 0 && g.isVisible(id));
    QCOMPARE(g.node(role).subjectKind, std::string("role"));
    QCOMPARE(g.node(user).subjectKind, std::string("user"));
    QCOMPARE(g.node(group).subjectKind, std::string("group"));
    QCOMPARE(g.node(key).subjectKind, std::string("resource-policy"));
    QCOMPARE(g.node(role).detail, QStringLiteral("Role"));
    QVERIFY(g.node(user).detail.startsWith(QStringLiteral("IAM user")));
    QCOMPARE(g.node(key).detail, QStringLiteral("Resource policy on KMS key"));
    QVERIFY(g.node(bucket).detail.startsWith(QStringLiteral("Resource policy on S3 bucket")));

    // The vendor account the key policy lets in is a principal of the key, like a role's trusted account.
    const int vendor = g.findNode(GraphNodeKind::Principal, u"arn:aws:iam::454545454545:root");
    QVERIFY(vendor >= 0);
    const std::vector<int> letIn = g.childrenOf(vendor);
    QVERIFY(std::find(letIn.begin(), letIn.end(), key) != letIn.end());
    QVERIFY(std::find(letIn.begin(), letIn.end(), role) != letIn.end());
    const QString vendorTip = GraphToolTip::forNode(g, vendor);
    QVERIFY(vendorTip.contains(QStringLiteral("May assume: QuillstackIndexer")));
    QVERIFY(vendorTip.contains(QStringLiteral("Let in by the resource policies of: ")));
    QVERIFY(GraphToolTip::forNode(g, key).contains(QStringLiteral("Lets in: ")));
    // The key's grant reaches kms through the policy node of the key policy.
    const std::vector<int> keyPolicies = g.childrenOf(key);
    QCOMPARE(keyPolicies.size(), size_t(1));
    QVERIFY(g.node(keyPolicies.front()).actionCount > 0);

    // Conditional: the user (and its findings' marks) but not the always-created role.
    QVERIFY(g.node(user).condition.find("UseLegacyAgent=true") != std::string::npos);
    QVERIFY(g.node(user).detail.endsWith(QStringLiteral("conditional")));
    QVERIFY(GraphToolTip::forNode(g, user).contains(QStringLiteral("Conditional: only when UseLegacyAgent=true")));
    QVERIFY(g.node(role).condition.empty());
    QVERIFY(!GraphToolTip::forNode(g, role).contains(QStringLiteral("Conditional:")));

    AccessGraph sets(loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/stacksets/org-package") }, {}), catalog);
    const int member = sets.findNode(GraphNodeKind::Role, u"SkylarkMemberScanner");
    QVERIFY(member >= 0);
    QVERIFY(sets.node(member).detail.contains(QStringLiteral("other accounts")));
    QVERIFY(GraphToolTip::forNode(sets, member).contains(QStringLiteral("Deployed to: StackSet")));
}

// CloudTrail's verdict on each granted action, from the sample trail: the same sets the activity view lists.
void TestAccessGraph::activityMarksUsedAndUnusedActions()
{
    ActivityInputs inputs;
    inputs.trails = { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/trail") };
    const ActivityReview activity = reviewActivity(m_sample->package, m_sample->options, {}, inputs);
    QVERIFY(!activity.failed());
    const Catalog& catalog = Catalog::bundled();
    const ActionUse use = actionUse(activity, catalog);
    const RoleUsage& role = activity.report.roles.front();

    AccessGraph g(m_sample, catalog);
    QVERIFY(!g.hasActivity());
    g.setActivity(use.used, use.unused, use.unobservable);
    QVERIFY(g.hasActivity());
    const int cloudwatch = g.findNode(GraphNodeKind::Service, u"cloudwatch");
    QVERIFY(cloudwatch >= 0);
    QVERIFY(g.node(cloudwatch).usedActions > 0);
    // Every service's counts add up to the role's: one role in the sample.
    int used = 0;
    int unused = 0;
    for (int id = 0; id < g.nodeCount(); ++id)
        if (g.node(id).kind == GraphNodeKind::Service) {
            used += g.node(id).usedActions;
            unused += g.node(id).unusedActions;
        }
    QCOMPARE(used, use.used.count());
    QCOMPARE(unused, use.unused.count());
    QCOMPARE(unused, static_cast<int>(role.unused.size()));

    // Action nodes built afterwards carry their mark, and their hover says it.
    g.setExpanded(cloudwatch, true);
    const int metricData = g.findNode(GraphNodeKind::Action, u"cloudwatch:GetMetricData");
    QCOMPARE(g.node(metricData).use, ActionUseMark::Used);
    const std::string neverUsed = role.unused.front();
    const int service
        = g.findNode(GraphNodeKind::Service, QString::fromStdString(neverUsed.substr(0, neverUsed.find(':'))));
    g.setExpanded(service, true);
    const int unusedNode = g.findNode(GraphNodeKind::Action, QString::fromStdString(neverUsed));
    QVERIFY(unusedNode >= 0);
    QCOMPARE(g.node(unusedNode).use, ActionUseMark::Unused);
    QVERIFY(GraphToolTip::forNode(g, unusedNode).contains(QLatin1String("never used")));

    // Clearing drops every mark.
    const ActionSet none = catalog.emptySet();
    g.setActivity(none, none, none);
    QVERIFY(!g.hasActivity());
    for (int id = 0; id < g.nodeCount(); ++id) {
        QCOMPARE(g.node(id).use, ActionUseMark::None);
        QCOMPARE(g.node(id).usedActions, 0);
    }
}

// Two releases side by side: the marks of one release's graph reach action nodes built later, name the subjects
// by their name in that release, count per service only granted actions, and clear.
void TestAccessGraph::releaseMarksActionsAndSubjects()
{
    const Catalog& catalog = Catalog::bundled();
    AccessGraph g(m_sample, catalog);
    QVERIFY(!g.hasReleaseMarks());
    const int cloudwatch = g.findNode(GraphNodeKind::Service, u"cloudwatch");
    QVERIFY(cloudwatch >= 0);
    const int metricData = catalog.findAction("cloudwatch:GetMetricData");
    const int notGranted = catalog.findAction("iam:CreateUser");
    QVERIFY(metricData >= 0 && notGranted >= 0 && !m_sample->granted.test(notGranted));
    ReleaseMarks marks;
    marks.actionMark = ReleaseMark::Added;
    marks.actions = catalog.emptySet();
    marks.actions.set(metricData);
    marks.actions.set(notGranted); // not in this release's graph: counted nowhere
    int role = -1;
    for (int id = 0; id < g.nodeCount(); ++id)
        if (g.node(id).kind == GraphNodeKind::Role && role < 0)
            role = id;
    QVERIFY(role >= 0);
    marks.subjects[g.node(role).label.toStdString()] = ReleaseMark::Changed;
    g.setReleaseMarks(marks);
    QVERIFY(g.hasReleaseMarks());
    QCOMPARE(g.node(role).release, ReleaseMark::Changed);
    QCOMPARE(g.node(cloudwatch).releaseActions, 1);
    QCOMPARE(g.node(cloudwatch).release, ReleaseMark::Added);
    int marked = 0;
    for (int id = 0; id < g.nodeCount(); ++id)
        if (g.node(id).kind == GraphNodeKind::Service)
            marked += g.node(id).releaseActions;
    QCOMPARE(marked, 1);
    g.setExpanded(cloudwatch, true);
    const int node = g.findNode(GraphNodeKind::Action, u"cloudwatch:GetMetricData");
    QVERIFY(node >= 0);
    QCOMPARE(g.node(node).release, ReleaseMark::Added);
    QVERIFY(GraphToolTip::forNode(g, node).contains(QLatin1String("earlier release did not grant")));
    const int other = g.findNode(GraphNodeKind::Action, u"cloudwatch:ListMetrics");
    if (other >= 0)
        QCOMPARE(g.node(other).release, ReleaseMark::None);

    g.setReleaseMarks({});
    QVERIFY(!g.hasReleaseMarks());
    for (int id = 0; id < g.nodeCount(); ++id) {
        QCOMPARE(g.node(id).release, ReleaseMark::None);
        QCOMPARE(g.node(id).releaseActions, 0);
    }
}

QTEST_GUILESS_MAIN(TestAccessGraph)
#include "tst_accessgraph.moc"
