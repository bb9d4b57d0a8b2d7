// SPDX-License-Identifier: GPL-3.0-or-later
// Package text with control and bidirectional characters, as the window's models show it: escaped
// visibly, never passed on to the view where it could reorder or hide what the reviewer reads.
#include "document/ReviewDocument.h"
#include "models/FindingsModel.h"
#include "models/PackageTreeModel.h"
#include "models/PolicySummaryModel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

// A role whose name carries a right-to-left override and whose policy name carries an ANSI "conceal".
const char* const kTemplate
    = "{\n"
      "  \"Resources\": {\n"
      "    \"DecryptRole\": {\n"
      "      \"Type\": \"AWS::IAM::Role\",\n"
      "      \"Properties\": {\n"
      "        \"RoleName\": \"Audit\\u202eeloRnimdA\",\n"
      "        \"AssumeRolePolicyDocument\": {\"Version\": \"2012-10-17\", \"Statement\": [\n"
      "          {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::210987654321:root\"},\n"
      "           \"Action\": \"sts:AssumeRole\"}]},\n"
      "        \"Policies\": [{\"PolicyName\": \"Read\\u001b[8mOnly\",\n"
      "          \"PolicyDocument\": {\"Version\": \"2012-10-17\", \"Statement\": [\n"
      "            {\"Sid\": \"Keys\\u200b\", \"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\", "
      "\"Resource\": \"*\"}]}}]\n"
      "      }\n"
      "    }\n"
      "  }\n"
      "}\n";

bool hasHiddenCharacter(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0) || (u >= 0x200b && u <= 0x200f)
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

// Every Display and ToolTip string of the model, depth first.
QStringList allText(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                out << model.data(index, role).toString();
            if (column == 0)
                out << allText(model, index);
        }
    return out;
}

} // namespace

class TestShownPackageText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void controlsAreShownEscaped();
};

void TestShownPackageText::controlsAreShownEscaped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kTemplate);
    file.close();
    ReviewDocument document;
    document.setReview(loadSharedReview({ path }, {}));
    QVERIFY(document.review());
    QVERIFY(!document.review()->analysis.findings.empty());

    FindingsModel findings(&document);
    PackageTreeModel tree(&document);
    const QStringList findingText = allText(findings);
    const QStringList treeText = allText(tree);
    for (const QString& text : findingText + treeText)
        QVERIFY2(!hasHiddenCharacter(text), text.toUtf8().toPercentEncoding().constData());
    // The escapes are there to be read: the role's name as written, not as displayed reversed.
    QVERIFY(treeText.join(QLatin1Char('\n')).contains(QStringLiteral("Audit\\u202eeloRnimdA")));
    QVERIFY(treeText.join(QLatin1Char('\n')).contains(QStringLiteral("Read\\u001b[8mOnly")));
    QVERIFY(findingText.join(QLatin1Char('\n')).contains(QStringLiteral("Audit\\u202eeloRnimdA")));
}

QTEST_MAIN(TestShownPackageText)
#include "tst_shownpackagetext.moc"
