// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyParser.h"
#include "review/ReviewSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

class TestReviewSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void pathsRelativeToSessionFile();
    void stableKeysSurviveReanalysis();
    void malformed_data();
    void malformed();
    void futureVersionRefused();
    void sessionWithoutTimesRoundTrips();
    void failedSaveKeepsOldFile();
    void autosaveRecovery();
};

namespace {

Finding finding(const char* rule, const char* subject, const QString& file, int line, int column)
{
    Finding f;
    f.rule = rule;
    f.subject = subject;
    f.file = file;
    f.location = { line, column };
    f.title = QStringLiteral("title");
    return f;
}

ReviewSession sample(const QString& dir)
{
    ReviewSession s;
    s.packagePaths << QDir(dir).filePath(QStringLiteral("pkg/template.yaml"));
    s.parameters["VendorAccountId"] = "111122223333";
    s.region = "eu-west-1";
    s.orgAccounts = { "444455556666", "777788889999" };
    s.partition = "aws-us-gov";
    s.setVerdict(finding("kms-decrypt-any-key", "AcmeRole", QStringLiteral("/x/template.yaml"), 12, 9),
        { FindingDecision::ToMitigate, QStringLiteral("deny on prod keys <b>\"&'") });
    s.setVerdict(finding("trust-no-external-id", "AcmeRole", QStringLiteral("/x/template.yaml"), 4, 3),
        { FindingDecision::AcceptedRisk, {} });
    s.notes = QStringLiteral("Vendor confirmed on call.\nSecond line");
    s.view = QStringLiteral("boundary");
    s.currentFinding = "kms-decrypt-any-key|AcmeRole|template.yaml|70|21";
    s.hasBoundary = true;
    s.boundary.deniedActions = { "kms:Decrypt" };
    s.boundary.arnDenies = { { "ec2:*", "arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod" } };
    s.boundary.allowedServices = { "s3", "ec2" };
    s.boundary.allowedLevels
        = static_cast<AccessLevels>(AccessLevel::Read) | static_cast<AccessLevels>(AccessLevel::List);
    ConditionalDeny cd;
    cd.actions = { "ec2:StopInstances", "ec2:TerminateInstances" };
    cd.condition = *PolicyParser::parseOperator("StringEquals");
    cd.condition.key = "aws:ResourceTag/env";
    cd.condition.values = { "production" };
    s.boundary.conditionalDenies = { cd };
    s.boundary.exceptDenies = { { { "kms:Decrypt" }, { "arn:aws:kms:eu-west-1:123456789012:key/abc" } } };
    s.created = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00.123Z"), Qt::ISODateWithMs);
    s.modified = s.created.addSecs(3600);
    return s;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestReviewSession::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ReviewSession s = sample(dir.path());
    const QString file = dir.filePath(QStringLiteral("review.grantscope"));
    QString error;
    QVERIFY2(s.save(file, &error), qPrintable(error));
    Diagnostics diagnostics;
    const std::optional<ReviewSession> loaded = ReviewSession::load(file, diagnostics);
    QVERIFY2(loaded, diagnostics.empty() ? "" : qPrintable(diagnostics.front().toString()));
    QVERIFY(diagnostics.empty());
    QCOMPARE(loaded->packagePaths, s.packagePaths);
    QCOMPARE(loaded->verdicts.size(), s.verdicts.size());
    QVERIFY(loaded->boundary == s.boundary);
    QCOMPARE(loaded->created, s.created);
    QCOMPARE(loaded->view, s.view);
    QCOMPARE(loaded->currentFinding, s.currentFinding);
    QVERIFY(*loaded == s);
    // Saving again gives the same bytes.
    QCOMPARE(QByteArray::fromStdString(loaded->toJson(file)), readAll(file));
}

void TestReviewSession::pathsRelativeToSessionFile()
{
    QTemporaryDir dir;
    const ReviewSession s = sample(dir.path());
    const QString file = dir.filePath(QStringLiteral("review.grantscope"));
    QVERIFY(s.save(file));
    QVERIFY(readAll(file).contains("\"pkg/template.yaml\""));
    // The folder moves with its package: the paths follow.
    QTemporaryDir other;
    const QString moved = other.filePath(QStringLiteral("moved.grantscope"));
    QVERIFY(QFile::copy(file, moved));
    Diagnostics diagnostics;
    const std::optional<ReviewSession> loaded = ReviewSession::load(moved, diagnostics);
    QVERIFY(loaded);
    QCOMPARE(loaded->packagePaths, QStringList { QDir(other.path()).filePath(QStringLiteral("pkg/template.yaml")) });
}

void TestReviewSession::stableKeysSurviveReanalysis()
{
    QTemporaryDir dir;
    const ReviewSession s = sample(dir.path());
    // A re-analysis orders findings differently and may see the package from another folder.
    const Finding again = finding("kms-decrypt-any-key", "AcmeRole", QStringLiteral("/elsewhere/template.yaml"), 12, 9);
    QCOMPARE(s.verdict(again).decision, FindingDecision::ToMitigate);
    QCOMPARE(s.verdict(again).note, QStringLiteral("deny on prod keys <b>\"&'"));
    const Finding moved = finding("kms-decrypt-any-key", "AcmeRole", QStringLiteral("/x/template.yaml"), 13, 9);
    QCOMPARE(s.verdict(moved).decision, FindingDecision::Open);
    const Finding otherRole = finding("kms-decrypt-any-key", "OtherRole", QStringLiteral("/x/template.yaml"), 12, 9);
    QCOMPARE(s.verdict(otherRole).decision, FindingDecision::Open);
}

void TestReviewSession::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("code");
    QTest::newRow("Truncated JSON") << QByteArray("{\n  \"format\": \"grantscope-review\",\n  \"version\": 1,\n") << 4
                                    << 1 << QStringLiteral("json-syntax");
    QTest::newRow("Not a session") << QByteArray("{\n  \"format\": \"something-else\", \"version\": 1\n}") << 2 << 13
                                   << QStringLiteral("session-format");
    QTest::newRow("Version is a string") << QByteArray("{\"format\": \"grantscope-review\",\n \"version\": \"1\"}") << 2
                                         << 13 << QStringLiteral("session-format");
    QTest::newRow("Unknown decision") << QByteArray(
        "{\"format\": \"grantscope-review\", \"version\": 1, \"package\": {\"paths\": []},\n"
        "\"verdicts\": [{\"key\": \"a|b|c|1|1\",\n   \"decision\": \"maybe\"}]}")
                                      << 3 << 16 << QStringLiteral("session-format");
    QTest::newRow("Unknown access level in boundary")
        << QByteArray("{\"format\": \"grantscope-review\", \"version\": 1, \"package\": {\"paths\": []},\n"
                      "\"boundary\": {\"allowedLevels\": [\"Read\", \"Root\"]}}")
        << 2 << 40 << QStringLiteral("session-format");
    QTest::newRow("Organization account that is no account id")
        << QByteArray("{\"format\": \"grantscope-review\", \"version\": 1,\n"
                      "\"package\": {\"paths\": [], \"orgAccounts\": [\"444455556666\", \"4444-5555-6666\"]}}")
        << 2 << 58 << QStringLiteral("session-format");
    QTest::newRow("Unknown partition") << QByteArray("{\"format\": \"grantscope-review\", \"version\": 1,\n"
                                                     "\"package\": {\"paths\": [], \"partition\": \"aws-moon\"}}")
                                       << 2 << 39 << QStringLiteral("session-format");
    // A key CloudFormation would read as a function: the boundary could not be exported as it was composed.
    QTest::newRow("Condition key that is no key") << QByteArray(
        "{\"format\": \"grantscope-review\", \"version\": 1, \"package\": {\"paths\": []},\n"
        "\"boundary\": {\"conditionalDenies\": [{\"actions\": [\"s3:*\"], \"operator\": \"StringEquals\",\n"
        " \"key\": \"Fn::IfRegion\", \"values\": [\"x\"]}]}}")
                                                  << 3 << 9 << QStringLiteral("session-format");
}

void TestReviewSession::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, code);
    Diagnostics diagnostics;
    const auto s = ReviewSession::fromJson(text.toStdString(), QStringLiteral("bad.grantscope"), diagnostics);
    QVERIFY(!s);
    QVERIFY(hasErrors(diagnostics));
    const Diagnostic& d = diagnostics.front();
    QCOMPARE(QString::fromStdString(d.code), code);
    QCOMPARE(d.file, QStringLiteral("bad.grantscope"));
    QCOMPARE(d.location.line, line);
    QCOMPARE(d.location.column, column);
}

void TestReviewSession::futureVersionRefused()
{
    Diagnostics diagnostics;
    const auto s = ReviewSession::fromJson(
        "{\"format\": \"grantscope-review\",\n  \"version\": 7}", QStringLiteral("new.grantscope"), diagnostics);
    QVERIFY(!s);
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(diagnostics[0].code, std::string("session-version"));
    QCOMPARE(diagnostics[0].location.line, 2);
    QVERIFY(diagnostics[0].message.contains(QStringLiteral("newer")));
    QVERIFY(diagnostics[0].message.contains(QStringLiteral("7")));
}

void TestReviewSession::failedSaveKeepsOldFile()
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(sub));
    const QString file = QDir(sub).filePath(QStringLiteral("review.grantscope"));
    ReviewSession s = sample(dir.path());
    QVERIFY(s.save(file));
    const QByteArray before = readAll(file);
    // A folder that does not exist: the save fails and creates nothing (this runs even as root).
    QString missingError;
    QVERIFY(!s.save(QDir(sub).filePath(QStringLiteral("missing/review.grantscope")), &missingError));
    QVERIFY(!missingError.isEmpty());
    QVERIFY(!QFileInfo::exists(QDir(sub).filePath(QStringLiteral("missing"))));

    QVERIFY(QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (QFileInfo(sub).isWritable()) {
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QSKIP("running with privileges that ignore folder permissions");
    }
    s.notes = QStringLiteral("changed");
    QString error;
    const bool saved = s.save(file, &error);
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!saved);
    QVERIFY(error.contains(file));
    QCOMPARE(readAll(file), before);
    QCOMPARE(QDir(sub).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("review.grantscope") });
}

void TestReviewSession::autosaveRecovery()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("review.grantscope"));
    QCOMPARE(ReviewSession::autosavePath(file), file + QStringLiteral(".autosave"));
    ReviewSession s = sample(dir.path());
    QVERIFY(!ReviewSession::hasNewerAutosave(file));
    QVERIFY(s.save(file));
    QVERIFY(!ReviewSession::hasNewerAutosave(file));
    s.notes = QStringLiteral("unsaved work");
    QVERIFY(s.saveAutosave(file));
    QFile autosave(ReviewSession::autosavePath(file));
    QVERIFY(autosave.open(QIODevice::ReadWrite));
    QVERIFY(autosave.setFileTime(QFileInfo(file).lastModified().addSecs(5), QFileDevice::FileModificationTime));
    autosave.close();
    QVERIFY(ReviewSession::hasNewerAutosave(file));
    Diagnostics diagnostics;
    const auto recovered = ReviewSession::load(ReviewSession::autosavePath(file), diagnostics);
    QVERIFY(recovered);
    QCOMPARE(recovered->notes, QStringLiteral("unsaved work"));
    QCOMPARE(recovered->packagePaths, s.packagePaths);
    ReviewSession::discardAutosave(file);
    QVERIFY(!ReviewSession::hasNewerAutosave(file));
}

void TestReviewSession::sessionWithoutTimesRoundTrips()
{
    // Written by hand (or by a tool) without "created"/"modified": it reads, and what it writes reads again.
    const QString file = QStringLiteral("/reviews/hand.grantscope");
    Diagnostics diagnostics;
    const std::optional<ReviewSession> s = ReviewSession::fromJson(
        R"({"format": "grantscope-review", "version": 1, "package": {"paths": ["pkg.yaml"]}})", file, diagnostics);
    QVERIFY(s);
    QVERIFY(!s->created.isValid());
    const std::string written = s->toJson(file);
    QVERIFY(written.find("\"created\"") == std::string::npos);
    const std::optional<ReviewSession> again = ReviewSession::fromJson(written, file, diagnostics);
    QVERIFY2(again, diagnostics.empty() ? "" : qPrintable(diagnostics.front().toString()));
    QVERIFY(*again == *s);
}

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
