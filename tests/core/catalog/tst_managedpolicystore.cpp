// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/ManagedPolicyStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <string>
#include <string_view>
#include <vector>

using namespace grantscope;

namespace {

QString sourcePath(const char* relative)
{
    return QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + QLatin1String(relative);
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

std::string str(const QString& s)
{
    return s.toStdString();
}
QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// One row of resources/aws/managed-policies.tsv as the test reads it, independently of the store.
struct Row {
    QString name, arn, versionId, updated, document;
};

} // namespace

class TestManagedPolicyStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countMatchesSourceMd();
    void dataVersionMatchesSourceMd();
    void everyRowIsFoundByArnAndName();
    void find_data();
    void find();
    void isAwsManagedArn_data();
    void isAwsManagedArn();
    void fromTextValid();
    void fromTextMalformed_data();
    void fromTextMalformed();

private:
    int m_expectedCount = -1;
    QString m_expectedVersion;
    std::vector<Row> m_rows;
};

void TestManagedPolicyStore::initTestCase()
{
    const QString source = readText(sourcePath("resources/aws/SOURCE.md"));
    const QRegularExpressionMatch counts
        = QRegularExpression(QStringLiteral("Contents: \\d+ services, \\d+ actions, (\\d+) AWS managed policies"))
              .match(source);
    QVERIFY2(counts.hasMatch(), "SOURCE.md has no \"Contents:\" line");
    m_expectedCount = counts.captured(1).toInt();
    const QRegularExpressionMatch row
        = QRegularExpression(QStringLiteral("^\\| `managed-policies\\.tsv`[^|]*\\|[^|]*\\| *([^ |]+) *\\|"),
            QRegularExpression::MultilineOption)
              .match(source);
    QVERIFY2(row.hasMatch(), "SOURCE.md has no managed-policies.tsv row");
    m_expectedVersion = row.captured(1);

    const QString tsv = readText(sourcePath("resources/aws/managed-policies.tsv"));
    QVERIFY(!tsv.isEmpty());
    const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        QVERIFY2(f.size() == 5, qPrintable(line.left(80)));
        m_rows.push_back({ f[0], f[1], f[2], f[3], f[4] });
    }
}

void TestManagedPolicyStore::countMatchesSourceMd()
{
    const ManagedPolicyStore& store = ManagedPolicyStore::bundled();
    QCOMPARE(int(store.policies().size()), m_expectedCount);
    QCOMPARE(int(m_rows.size()), m_expectedCount);
}

void TestManagedPolicyStore::dataVersionMatchesSourceMd()
{
    QCOMPARE(qstr(ManagedPolicyStore::bundled().dataVersion()), m_expectedVersion);
}

void TestManagedPolicyStore::everyRowIsFoundByArnAndName()
{
    const ManagedPolicyStore& store = ManagedPolicyStore::bundled();
    for (const Row& row : m_rows) {
        const ManagedPolicyEntry* byArn = store.find(str(row.arn));
        QVERIFY2(byArn, qPrintable(row.arn));
        QCOMPARE(qstr(byArn->name), row.name);
        QCOMPARE(qstr(byArn->arn), row.arn);
        QCOMPARE(qstr(byArn->versionId), row.versionId);
        QCOMPARE(qstr(byArn->updated), row.updated);
        QCOMPARE(qstr(byArn->document), row.document);
        QCOMPARE(store.find(str(row.name)), byArn);
        QVERIFY2(ManagedPolicyStore::isAwsManagedArn(str(row.arn)), qPrintable(row.arn));
    }
}

void TestManagedPolicyStore::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name"); // empty: not found

    QTest::newRow("SecurityAudit by ARN")
        << QStringLiteral("arn:aws:iam::aws:policy/SecurityAudit") << QStringLiteral("SecurityAudit");
    QTest::newRow("AWSLambdaRole by ARN with its service-role path")
        << QStringLiteral("arn:aws:iam::aws:policy/service-role/AWSLambdaRole") << QStringLiteral("AWSLambdaRole");
    QTest::newRow("ViewOnlyAccess by ARN with its job-function path")
        << QStringLiteral("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess") << QStringLiteral("ViewOnlyAccess");
    QTest::newRow("SecurityAudit in the aws-us-gov partition")
        << QStringLiteral("arn:aws-us-gov:iam::aws:policy/SecurityAudit") << QStringLiteral("SecurityAudit");
    QTest::newRow("AWSLambdaRole in the aws-cn partition")
        << QStringLiteral("arn:aws-cn:iam::aws:policy/service-role/AWSLambdaRole") << QStringLiteral("AWSLambdaRole");
    QTest::newRow("SecurityAudit by name") << QStringLiteral("SecurityAudit") << QStringLiteral("SecurityAudit");
    QTest::newRow("AWSLambdaRole by name, no path needed")
        << QStringLiteral("AWSLambdaRole") << QStringLiteral("AWSLambdaRole");
    QTest::newRow("AWSLambdaRole under the wrong path")
        << QStringLiteral("arn:aws:iam::aws:policy/job-function/AWSLambdaRole") << QString();
    QTest::newRow("AWSLambdaRole with its path left out")
        << QStringLiteral("arn:aws:iam::aws:policy/AWSLambdaRole") << QString();
    QTest::newRow("SecurityAudit under a path it does not have")
        << QStringLiteral("arn:aws:iam::aws:policy/service-role/SecurityAudit") << QString();
    QTest::newRow("unknown name") << QStringLiteral("NoSuchPolicy") << QString();
    QTest::newRow("unknown ARN") << QStringLiteral("arn:aws:iam::aws:policy/NoSuchPolicy") << QString();
    QTest::newRow("prefix of a name") << QStringLiteral("arn:aws:iam::aws:policy/Security") << QString();
    QTest::newRow("customer-managed policy with the same name")
        << QStringLiteral("arn:aws:iam::123456789012:policy/SecurityAudit") << QString();
    QTest::newRow("a role ARN") << QStringLiteral("arn:aws:iam::aws:role/SecurityAudit") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ARN with nothing after policy/") << QStringLiteral("arn:aws:iam::aws:policy/") << QString();
}

void TestManagedPolicyStore::find()
{
    QFETCH(QString, query);
    QFETCH(QString, name);

    const ManagedPolicyEntry* entry = ManagedPolicyStore::bundled().find(str(query));
    if (name.isEmpty()) {
        QVERIFY2(!entry, entry ? std::string(entry->arn).c_str() : "");
        return;
    }
    QVERIFY(entry);
    QCOMPARE(qstr(entry->name), name);
    QVERIFY(qstr(entry->arn).endsWith(QLatin1Char('/') + name));
    QVERIFY(qstr(entry->document).startsWith(QLatin1Char('{')));
    QVERIFY(qstr(entry->versionId).startsWith(QLatin1Char('v')));
}

void TestManagedPolicyStore::isAwsManagedArn_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<bool>("managed");

    QTest::newRow("bundled AWS managed policy") << QStringLiteral("arn:aws:iam::aws:policy/SecurityAudit") << true;
    QTest::newRow("AWS managed policy with a path")
        << QStringLiteral("arn:aws:iam::aws:policy/service-role/AWSLambdaRole") << true;
    QTest::newRow("AWS managed policy that is not bundled")
        << QStringLiteral("arn:aws:iam::aws:policy/SomeFuturePolicy") << true;
    QTest::newRow("GovCloud AWS managed policy")
        << QStringLiteral("arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess") << true;
    QTest::newRow("customer-managed policy")
        << QStringLiteral("arn:aws:iam::123456789012:policy/SecurityAudit") << false;
    QTest::newRow("vendor policy") << QStringLiteral("arn:aws:iam::111122223333:policy/VendorAccess") << false;
    QTest::newRow("bare name") << QStringLiteral("SecurityAudit") << false;
    QTest::newRow("role, not policy") << QStringLiteral("arn:aws:iam::aws:role/SecurityAudit") << false;
    QTest::newRow("not an ARN") << QStringLiteral("xarn:aws:iam::aws:policy/SecurityAudit") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestManagedPolicyStore::isAwsManagedArn()
{
    QFETCH(QString, arn);
    QFETCH(bool, managed);
    QCOMPARE(ManagedPolicyStore::isAwsManagedArn(str(arn)), managed);
}

void TestManagedPolicyStore::fromTextValid()
{
    const std::string text = "#grantscope-managed-policies\t1\ttest\t1.2.3\n"
                             "AlphaAccess\tarn:aws:iam::aws:policy/AlphaAccess\tv3\t2024-01-01T00:00:00Z\t{\"a\":1}\n"
                             "BetaRole\tarn:aws:iam::aws:policy/service-role/BetaRole\tv1\t2024-02-02T00:00:00Z\t{}";
    QString error;
    const std::unique_ptr<ManagedPolicyStore> store = ManagedPolicyStore::fromText(text, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->dataVersion(), std::string("1.2.3"));
    QCOMPARE(int(store->policies().size()), 2);
    const ManagedPolicyEntry* beta = store->find("arn:aws-cn:iam::aws:policy/service-role/BetaRole");
    QVERIFY(beta);
    QCOMPARE(beta->document, std::string_view("{}")); // last line without a newline
    QCOMPARE(store->find("BetaRole"), beta);
    QCOMPARE(store->find("AlphaAccess")->document, std::string_view("{\"a\":1}"));
    QVERIFY(!store->find("arn:aws:iam::aws:policy/BetaRole"));
}

void TestManagedPolicyStore::fromTextMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty text") << QByteArray() << QStringLiteral("not a GrantScope managed-policy file");
    QTest::newRow("catalogue header") << QByteArray("#grantscope-catalog\t1\tx\t1\nA\tB\tC\tD\tE\n")
                                      << QStringLiteral("not a GrantScope managed-policy file");
    QTest::newRow("row with too few fields")
        << QByteArray("#grantscope-managed-policies\t1\tx\t1\n"
                      "AlphaAccess\tarn:aws:iam::aws:policy/AlphaAccess\tv1\t2024-01-01\t{}\n"
                      "BetaAccess\tarn:aws:iam::aws:policy/BetaAccess\tv1\n")
        << QStringLiteral("line 3");
}

void TestManagedPolicyStore::fromTextMalformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, errorPart);

    QString error;
    QVERIFY(!ManagedPolicyStore::fromText(text.toStdString(), &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!ManagedPolicyStore::fromText(text.toStdString(), nullptr));
}

QTEST_GUILESS_MAIN(TestManagedPolicyStore)
#include "tst_managedpolicystore.moc"
