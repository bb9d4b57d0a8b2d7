// SPDX-License-Identifier: GPL-3.0-or-later
// The package's files and their SHA-256: hashed once when a package is reviewed, kept in the review file,
// compared when the review is opened again.
#include "review/PackageFiles.h"
#include "review/Review.h"
#include "review/ReviewSession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

Q_DECLARE_METATYPE(std::vector<grantscope::PackageFile>)
Q_DECLARE_METATYPE(std::vector<grantscope::PackageFileChange>)

class TestPackageFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sha256OfKnownText();
    void folderPackageHashesEveryFileRead();
    void changesFound_data();
    void changesFound();
    void olderReviewFileComparesNothing();
    void sessionKeepsHashesRelative();
    void malformedHashRefused();
};

namespace {

// A vendor's CloudFormation role, cut down to what the review reads.
const char* const kTemplate = R"(AWSTemplateFormatVersion: "2010-09-09"
Description: Example Corp log shipper cross-account role
Resources:
  ExampleLogShipperRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: ExampleLogShipper
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::210987654321:root" }
            Action: sts:AssumeRole
            Condition: { StringEquals: { "sts:ExternalId": "example-7f3a" } }
      Policies:
        - PolicyName: ShipLogs
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: [ "logs:FilterLogEvents", "logs:DescribeLogGroups" ]
                Resource: "*"
)";

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

PackageFile file(const QString& path, const char* hash)
{
    return { path, hash, 10 };
}

const char* const kHashA = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const char* const kHashB = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

void TestPackageFiles::sha256OfKnownText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("abc.txt"));
    write(path, "abc");
    qint64 bytes = 0;
    QCOMPARE(sha256OfFile(path, &bytes), std::string(kHashA)); // FIPS 180-2, example 1
    QCOMPARE(bytes, qint64(3));
    QCOMPARE(sha256OfFile(dir.filePath(QStringLiteral("none.txt"))), std::string());
}

void TestPackageFiles::folderPackageHashesEveryFileRead()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("vendor/cfn")));
    const QString role = dir.filePath(QStringLiteral("vendor/cfn/log-shipper.yaml"));
    write(role, kTemplate);
    const Review review = loadReview({ dir.filePath(QStringLiteral("vendor")) });
    QCOMPARE(review.files.size(), size_t(1));
    QCOMPARE(review.files[0].path, QFileInfo(role).absoluteFilePath());
    QCOMPARE(review.files[0].sha256, sha256OfFile(role));
    QCOMPARE(review.files[0].bytes, qint64(qstrlen(kTemplate)));

    // An archive member stands for its archive; a file named twice is hashed once.
    const std::vector<PackageFile> files
        = hashPackageFiles({ role, role }, { role + QStringLiteral("!inner/a.json"), QStringLiteral("/no/such") });
    QCOMPARE(files.size(), size_t(1));
}

void TestPackageFiles::changesFound_data()
{
    QTest::addColumn<std::vector<PackageFile>>("now");
    QTest::addColumn<std::vector<PackageFileChange>>("expected");
    const std::vector<PackageFile> saved { file(QStringLiteral("/p/role.yaml"), kHashA),
        file(QStringLiteral("/p/policy.json"), kHashB) };
    QTest::newRow("Same files, same bytes") << saved << std::vector<PackageFileChange> {};
    QTest::newRow("The vendor edited the role template")
        << std::vector<PackageFile> { file(QStringLiteral("/p/role.yaml"), kHashB), saved[1] }
        << std::vector<PackageFileChange> { { PackageFileChange::Kind::Changed, QStringLiteral("/p/role.yaml") } };
    QTest::newRow("The policy file was removed")
        << std::vector<PackageFile> { saved[0] }
        << std::vector<PackageFileChange> { { PackageFileChange::Kind::Missing, QStringLiteral("/p/policy.json") } };
    QTest::newRow("A new template appeared in the folder")
        << std::vector<PackageFile> { saved[0], saved[1], file(QStringLiteral("/p/extra.yaml"), kHashA) }
        << std::vector<PackageFileChange> { { PackageFileChange::Kind::Added, QStringLiteral("/p/extra.yaml") } };
    QTest::newRow("Unreadable now counts as missing")
        << std::vector<PackageFile> { file(QStringLiteral("/p/role.yaml"), ""), saved[1] }
        << std::vector<PackageFileChange> { { PackageFileChange::Kind::Missing, QStringLiteral("/p/role.yaml") } };
}

void TestPackageFiles::changesFound()
{
    QFETCH(std::vector<PackageFile>, now);
    QFETCH(std::vector<PackageFileChange>, expected);
    const std::vector<PackageFile> saved { file(QStringLiteral("/p/role.yaml"), kHashA),
        file(QStringLiteral("/p/policy.json"), kHashB) };
    const std::vector<PackageFileChange> changes = comparePackageFiles(saved, now);
    QCOMPARE(changes, expected);
    const QStringList lines = packageChangeLines(changes);
    QCOMPARE(lines.size(), qsizetype(expected.size()));
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY(lines[i].endsWith(expected[static_cast<size_t>(i)].path));
}

void TestPackageFiles::olderReviewFileComparesNothing()
{
    QVERIFY(comparePackageFiles({}, { file(QStringLiteral("/p/role.yaml"), kHashA) }).empty());
}

void TestPackageFiles::sessionKeepsHashesRelative()
{
    QTemporaryDir dir;
    ReviewSession s;
    s.packagePaths << dir.filePath(QStringLiteral("pkg"));
    s.packageFiles = { { dir.filePath(QStringLiteral("pkg/role.yaml")), kHashA, 1234 } };
    s.reviewer = QStringLiteral("Dana Reviewer");
    s.recommendation = Recommendation::ApproveWithBoundary;
    const QString path = dir.filePath(QStringLiteral("acme.grantscope"));
    QVERIFY(s.save(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.contains("\"path\": \"pkg/role.yaml\""), text.constData());
    QVERIFY(text.contains("\"recommendation\": \"boundary\""));
    Diagnostics diagnostics;
    const std::optional<ReviewSession> back = ReviewSession::load(path, diagnostics);
    QVERIFY(back);
    QCOMPARE(back->packageFiles, s.packageFiles);
    QCOMPARE(back->reviewer, s.reviewer);
    QCOMPARE(back->recommendation, s.recommendation);
}

void TestPackageFiles::malformedHashRefused()
{
    const std::string text = R"({
  "format": "grantscope-review",
  "version": 1,
  "package": { "paths": ["pkg"], "files": [ { "path": "pkg/role.yaml", "sha256": "not-a-hash", "bytes": 3 } ] },
  "recommendation": "approve-everything"
})";
    Diagnostics diagnostics;
    QVERIFY(!ReviewSession::fromJson(text, QStringLiteral("/r/acme.grantscope"), diagnostics));
    QCOMPARE(diagnostics.size(), size_t(2));
    QCOMPARE(diagnostics[0].location.line, 4);
    QVERIFY(diagnostics[0].message.contains(QStringLiteral("sha256")));
    QCOMPARE(diagnostics[1].location.line, 5);
    QVERIFY(diagnostics[1].message.contains(QStringLiteral("approve-everything")));
}

QTEST_GUILESS_MAIN(TestPackageFiles)
#include "tst_packagefiles.moc"
