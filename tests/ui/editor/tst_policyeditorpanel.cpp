// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/ManagedPolicyStore.h"
#include "document/ReviewDocument.h"
#include "editor/FindBar.h"
#include "editor/PolicyEditorPanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <utility>
#include <vector>

using namespace grantscope;
using namespace grantscope::ui;

class TestPolicyEditorPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsAFileReadOnly();
    void showsAnAwsManagedPolicy();
    void showsAnArchiveMember();
    void reportsUnreadableFiles();
    void followsTheCurrentFinding();
    void screenshot();

private:
    QString m_path;
};

namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (char ch : data) {
        crc ^= static_cast<quint8>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray& out, quint32 v)
{
    out.append(static_cast<char>(v & 0xff));
    out.append(static_cast<char>((v >> 8) & 0xff));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

// A zip with "stored" (uncompressed) entries: enough for the reader, no zip library needed.
QByteArray storedZip(const std::vector<std::pair<QByteArray, QByteArray>>& entries)
{
    QByteArray zip;
    QByteArray central;
    for (const auto& [name, data] : entries) {
        const auto offset = static_cast<quint32>(zip.size());
        const quint32 crc = crc32(data);
        const auto size = static_cast<quint32>(data.size());
        put32(zip, 0x04034b50);
        for (quint32 v : { 20u, 0u, 0u, 0u, 0x21u })
            put16(zip, v);
        put32(zip, crc);
        put32(zip, size);
        put32(zip, size);
        put16(zip, static_cast<quint32>(name.size()));
        put16(zip, 0);
        zip += name + data;

        put32(central, 0x02014b50);
        for (quint32 v : { 20u, 20u, 0u, 0u, 0u, 0x21u })
            put16(central, v);
        put32(central, crc);
        put32(central, size);
        put32(central, size);
        for (quint32 v : { static_cast<quint32>(name.size()), 0u, 0u, 0u, 0u })
            put16(central, v);
        put32(central, 0);
        put32(central, offset);
        central += name;
    }
    const auto centralOffset = static_cast<quint32>(zip.size());
    zip += central;
    put32(zip, 0x06054b50);
    for (quint32 v : { 0u, 0u, static_cast<quint32>(entries.size()), static_cast<quint32>(entries.size()) })
        put16(zip, v);
    put32(zip, static_cast<quint32>(central.size()));
    put32(zip, centralOffset);
    put16(zip, 0);
    return zip;
}

QLabel* label(QWidget* panel, const char* name)
{
    return panel->findChild<QLabel*>(QString::fromLatin1(name));
}

} // namespace

void TestPolicyEditorPanel::initTestCase()
{
    m_path = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
}

void TestPolicyEditorPanel::showsAFileReadOnly()
{
    const QDateTime modified = QFileInfo(m_path).lastModified();
    PolicyEditorPanel panel;
    QSignalSpy shown(&panel, &PolicyEditorPanel::fileShown);
    QVERIFY(panel.showFile(m_path));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(panel.currentFile(), m_path);
    QCOMPARE(label(&panel, "editorFileLabel")->text(), QStringLiteral("acme-observability-onboarding.yaml"));
    QCOMPARE(panel.editor()->syntax(), Syntax::Yaml);
    QVERIFY(panel.editor()->toPlainText().contains(QStringLiteral("kms:CreateGrant")));
    QVERIFY(panel.editor()->isReadOnly());
    QCOMPARE(QFileInfo(m_path).lastModified(), modified);
    panel.goToLine(70, 21);
    QCOMPARE(label(&panel, "editorPosition")->text(), QStringLiteral("Line 70, column 21"));
}

void TestPolicyEditorPanel::showsAnAwsManagedPolicy()
{
    PolicyEditorPanel panel;
    QVERIFY(panel.showFile(QStringLiteral("aws-managed:SecurityAudit")));
    QCOMPARE(panel.editor()->syntax(), Syntax::Json);
    const ManagedPolicyEntry* entry = ManagedPolicyStore::bundled().find("SecurityAudit");
    QVERIFY(entry);
    // Exactly the text findings in managed policies are located in.
    QCOMPARE(panel.editor()->toPlainText(), QString::fromStdString(ManagedPolicyStore::prettyDocument(*entry)));
    QCOMPARE(label(&panel, "editorFileLabel")->text(), QStringLiteral("SecurityAudit"));
    QVERIFY(label(&panel, "editorFileDetail")->text().contains(QStringLiteral("AWS managed policy")));
    QVERIFY(!panel.showFile(QStringLiteral("aws-managed:NoSuchPolicyAnywhere")));
    QVERIFY(panel.errorString().contains(QStringLiteral("NoSuchPolicyAnywhere")));
}

void TestPolicyEditorPanel::showsAnArchiveMember()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString zipPath = dir.filePath(QStringLiteral("vendor pkg!v2.zip"));
    QFile zip(zipPath);
    QVERIFY(zip.open(QIODevice::WriteOnly));
    zip.write(storedZip(
        { { "cfn/role.json", R"({"Version": "2012-10-17", "Statement": []})" }, { "README.txt", "read me" } }));
    zip.close();

    PolicyEditorPanel panel;
    QVERIFY2(panel.showFile(zipPath + QStringLiteral("!cfn/role.json")), qPrintable(panel.errorString()));
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral(R"({"Version": "2012-10-17", "Statement": []})"));
    QCOMPARE(panel.editor()->syntax(), Syntax::Json);
    QCOMPARE(label(&panel, "editorFileLabel")->text(), QStringLiteral("role.json"));
    QVERIFY(!panel.showFile(zipPath + QStringLiteral("!cfn/missing.json")));
    QVERIFY(panel.errorString().contains(QStringLiteral("cfn/missing.json")));
}

void TestPolicyEditorPanel::reportsUnreadableFiles()
{
    PolicyEditorPanel panel;
    QVERIFY(panel.showFile(m_path));
    const QString missing = QDir::temp().filePath(QStringLiteral("grantscope-no-such-file.json"));
    QVERIFY(!panel.showFile(missing));
    QVERIFY(!panel.errorString().isEmpty());
    QVERIFY(panel.currentFile().isEmpty());
    QVERIFY(panel.editor()->toPlainText().isEmpty());
    QCOMPARE(panel.editor()->placeholderText(), panel.errorString());
}

void TestPolicyEditorPanel::followsTheCurrentFinding()
{
    ReviewDocument document;
    document.setReview(loadSharedReview({ m_path }, LoadOptions {}));
    const std::vector<Finding>& findings = document.review()->analysis.findings;
    int decrypt = -1;
    for (size_t i = 0; i < findings.size(); ++i)
        if (findings[i].rule == "kms-decrypt-any-key")
            decrypt = static_cast<int>(i);
    QVERIFY(decrypt >= 0);

    PolicyEditorPanel panel;
    panel.resize(800, 600);
    panel.setReviewDocument(&document);
    document.setCurrentFinding(decrypt);
    QCOMPARE(panel.currentFile(), m_path);
    QCOMPARE(panel.editor()->currentLine(), 70);
    QCOMPARE(panel.editor()->currentColumn(), 21);
    QCOMPARE(panel.editor()->markersAt(70).front().severity, Severity::Critical);

    // A false positive loses its marker; the low finding on the same line keeps its own.
    document.setVerdict(decrypt, { FindingDecision::FalsePositive, QStringLiteral("keys are vendor-owned") });
    const std::vector<PolicyEditor::Marker> at70 = panel.editor()->markersAt(70);
    QCOMPARE(at70.size(), size_t(1));
    QCOMPARE(at70.front().severity, Severity::Low);

    document.setReview(nullptr);
    QVERIFY(panel.currentFile().isEmpty());
    QVERIFY(panel.editor()->toPlainText().isEmpty());
}

void TestPolicyEditorPanel::screenshot()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(QApplication::style()->standardPalette());
    ReviewDocument document;
    document.setReview(loadSharedReview({ m_path }, LoadOptions {}));
    PolicyEditorPanel panel;
    panel.setReviewDocument(&document);
    panel.resize(900, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.showFile(m_path));
    panel.setMarkers(PolicyEditorPanel::markersForFile(document.review()->analysis, m_path));
    panel.findBar()->activate();
    QTest::keyClicks(panel.findChild<QLineEdit*>(QStringLiteral("editorFind")), QStringLiteral("kms:"));
    panel.goToLine(70, 21);
    QTRY_COMPARE(panel.editor()->flashedLine(), 0);
    QVERIFY(panel.grab().save(QStringLiteral("/tmp/editor-sample.png")));

    QPalette dark = QApplication::style()->standardPalette();
    for (auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        dark.setColor(group, QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(group, QPalette::WindowText, QColor(0xe3, 0xe3, 0xe3));
        dark.setColor(group, QPalette::Base, QColor(0x1f, 0x21, 0x24));
        dark.setColor(group, QPalette::Text, QColor(0xe3, 0xe3, 0xe3));
        dark.setColor(group, QPalette::Button, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(group, QPalette::ButtonText, QColor(0xe3, 0xe3, 0xe3));
        dark.setColor(group, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(group, QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    }
    QApplication::setPalette(dark);
    QTRY_VERIFY(
        panel.editor()->highlighter()->format(SyntaxHighlighter::Token::Key).foreground().color().lightnessF() > 0.5);
    QVERIFY(panel.grab().save(QStringLiteral("/tmp/editor-dark.png")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    qInfo("screenshots: /tmp/editor-sample.png /tmp/editor-dark.png");
}

QTEST_MAIN(TestPolicyEditorPanel)
#include "tst_policyeditorpanel.moc"
