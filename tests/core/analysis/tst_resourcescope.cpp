// SPDX-License-Identifier: GPL-3.0-or-later
// Resource-scope reasoning must be sound for a security review: "covers" only when certain,
// "intersect" never smaller than the truth.
#include "analysis/ResourceScope.h"

#include <QTest>

#include <random>

using namespace grantscope;

class TestResourceScope : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void covers_data();
    void covers();
    void overlap_data();
    void overlap();
    void scopes();
    void hostileLengthsAreBoundedAndSafe();
    void overlapIndexAgreesWithScope();
    void linearComparisonsAgreeWithTheTable();
};

void TestResourceScope::covers_data()
{
    QTest::addColumn<QString>("general");
    QTest::addColumn<QString>("specific");
    QTest::addColumn<bool>("expected");
    QTest::newRow("star covers everything") << "*"
                                            << "arn:aws:s3:::b/*" << true;
    QTest::newRow("same text") << "arn:aws:s3:::b/k"
                               << "arn:aws:s3:::b/k" << true;
    QTest::newRow("prefix star covers a longer prefix star") << "arn:aws:s3:::b/*"
                                                             << "arn:aws:s3:::b/x*" << true;
    QTest::newRow("narrow does not cover wide") << "arn:aws:s3:::b/x*"
                                                << "arn:aws:s3:::b/*" << false;
    QTest::newRow("question mark does not cover a star") << "arn:aws:s3:::b/x?"
                                                         << "arn:aws:s3:::b/x*" << false;
    QTest::newRow("question mark covers one character") << "arn:aws:s3:::b/x?"
                                                        << "arn:aws:s3:::b/xy" << true;
    QTest::newRow("literal does not cover a question mark") << "arn:aws:s3:::b/xy"
                                                            << "arn:aws:s3:::b/x?" << false;
    QTest::newRow("star in the account segment") << "arn:aws:ec2:*:*:instance/i-0prod*"
                                                 << "arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod42" << true;
    QTest::newRow("case matters") << "arn:aws:s3:::B/*"
                                  << "arn:aws:s3:::b/k" << false;
    QTest::newRow("a deny with a variable covers only the same text") << "arn:aws:s3:::home/${aws:username}/*"
                                                                      << "arn:aws:s3:::home/alice/x" << false;
    QTest::newRow("a grant with a variable may reach anything there") << "arn:aws:s3:::home/*"
                                                                      << "arn:aws:s3:::home/${aws:username}/*" << true;
}

void TestResourceScope::covers()
{
    QFETCH(QString, general);
    QFETCH(QString, specific);
    QFETCH(bool, expected);
    QCOMPARE(patternCovers(general.toStdString(), specific.toStdString()), expected);
}

void TestResourceScope::overlap_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("expected");
    QTest::newRow("disjoint literals") << "arn:aws:s3:::a"
                                       << "arn:aws:s3:::b" << false;
    QTest::newRow("prefix and suffix stars meet") << "arn:aws:s3:::logs-*"
                                                  << "arn:aws:s3:::*-prod" << true;
    QTest::newRow("different fixed lengths") << "arn:aws:s3:::a?"
                                             << "arn:aws:s3:::a??" << false;
    QTest::newRow("disjoint prefixes with stars") << "arn:aws:s3:::a*"
                                                  << "arn:aws:s3:::b*" << false;
    QTest::newRow("star and question mark") << "a*c"
                                            << "?b?" << true;
}

void TestResourceScope::overlap()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, expected);
    QCOMPARE(patternsOverlap(a.toStdString(), b.toStdString()), expected);
    QCOMPARE(patternsOverlap(b.toStdString(), a.toStdString()), expected);
}

void TestResourceScope::scopes()
{
    const ResourceScope all = ResourceScope::everything();
    const ResourceScope prod { false, { "arn:aws:ec2:*:*:instance/i-0prod*" } };
    const ResourceScope notProd { true, { "arn:aws:ec2:*:*:instance/i-0prod*" } };
    const ResourceScope one { false, { "arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod42" } };
    const ResourceScope dev { false, { "arn:aws:ec2:eu-west-1:123456789012:instance/i-0dev1" } };

    QVERIFY(all.covers(prod));
    QVERIFY(!prod.covers(all));
    QVERIFY(prod.covers(one));
    QVERIFY(!prod.covers(dev));
    QVERIFY(notProd.covers(dev));
    QVERIFY(!notProd.covers(one));
    QVERIFY(!notProd.covers(all));
    QVERIFY(ResourceScope({ true, { "a*" } }).covers(ResourceScope { true, { "a*", "b*" } }));
    QVERIFY(!ResourceScope({ true, { "a*", "b*" } }).covers(ResourceScope { true, { "a*" } }));

    QCOMPARE(all.intersect(prod), prod);
    QCOMPARE(prod.intersect(one), one);
    QVERIFY(one.intersect(dev).isEmpty());
    QVERIFY(notProd.intersect(one).isEmpty());
    QCOMPARE(notProd.intersect(dev), dev);
    QVERIFY(notProd.intersect(ResourceScope { true, { "x" } }).except);
    QVERIFY(!ResourceScope {}.mayOverlap(all));
}

void TestResourceScope::hostileLengthsAreBoundedAndSafe()
{
    // Two overlapping wildcard patterns of 200,000 characters each: a table of their product would need
    // 40 GB. Past the length of any ARN the answers are the safe ones, at once.
    std::string a = "arn:aws:s3:::";
    std::string b = "arn:aws:s3:::";
    for (int i = 0; i < 100000; ++i) {
        a += "a*";
        b += "*a";
    }
    QVERIFY(patternsOverlap(a, b));
    QVERIFY(!patternCovers(a, b));
    QVERIFY(patternCovers(a, a));
    const ResourceScope wide = ResourceScope::of(false, { a });
    QVERIFY(wide.mayOverlap(ResourceScope::of(false, { b })));
    QVERIFY(!wide.covers(ResourceScope::of(false, { "arn:aws:s3:::x" })));
    // Disjoint patterns of that length still count as possibly overlapping (the safe side for a grant).
    QVERIFY(patternsOverlap(a, "arn:aws:ec2:" + std::string(300000, 'x')));
}

void TestResourceScope::overlapIndexAgreesWithScope()
{
    // A finding naming many resources is compared with every grant through the index: it must answer as
    // the scope itself does, for literal ARNs, wildcards anywhere, variables and NotResource.
    std::mt19937 random(20261204);
    const std::vector<std::string> pieces
        = { "arn:aws:s3:::", "acme-", "logs", "*", "?", "/", "prod", "${aws:username}",
              "arn:aws:kms:us-east-1:123456789012:key/", "k", "-1", "arn:aws:iam::123456789012:role/", "vendor" };
    auto pattern = [&] {
        std::string p;
        const int n = 1 + static_cast<int>(random() % 5);
        for (int i = 0; i < n; ++i)
            p += pieces[random() % pieces.size()];
        return p;
    };
    for (int round = 0; round < 200; ++round) {
        ResourceScope big;
        big.except = round % 10 == 9;
        for (int i = 0; i < 40; ++i)
            big.patterns.push_back(pattern());
        const ScopeOverlapIndex index(big);
        for (int k = 0; k < 20; ++k) {
            ResourceScope grant;
            grant.except = k % 7 == 6;
            for (int i = 0, n = 1 + static_cast<int>(random() % 3); i < n; ++i)
                grant.patterns.push_back(pattern());
            QCOMPARE(index.mayOverlap(grant), big.mayOverlap(grant));
        }
    }
}

namespace {

// The reference the comparisons were first written as: a table over both patterns' lengths. `general`
// covers `specific` when its stars absorb any symbols of it (stars too), its `?` one symbol that is not a star.
bool coversByTable(std::string_view g, std::string_view s)
{
    std::vector<std::vector<char>> reach(g.size() + 1, std::vector<char>(s.size() + 1, 0));
    reach[0][0] = 1;
    for (size_t i = 0; i < g.size(); ++i)
        for (size_t j = 0; j <= s.size(); ++j) {
            if (g[i] == '*') {
                reach[i + 1][j] = reach[i][j] || (j > 0 && reach[i + 1][j - 1]);
            } else if (j > 0 && reach[i][j - 1]) {
                reach[i + 1][j] = g[i] == '?' ? s[j - 1] != '*' : s[j - 1] == g[i];
            }
        }
    return reach[g.size()][s.size()];
}

// Two patterns share a string when some path through both reaches their ends together.
bool overlapByTable(std::string_view a, std::string_view b)
{
    std::vector<std::vector<char>> can(a.size() + 1, std::vector<char>(b.size() + 1, 0));
    can[a.size()][b.size()] = 1;
    for (size_t i = a.size() + 1; i-- > 0;)
        for (size_t j = b.size() + 1; j-- > 0;) {
            if (i == a.size() && j == b.size())
                continue;
            const bool aStar = i < a.size() && a[i] == '*', bStar = j < b.size() && b[j] == '*';
            bool ok = (aStar && can[i + 1][j]) || (bStar && can[i][j + 1]);
            if (aStar && j < b.size() && !bStar)
                ok = ok || can[i][j + 1];
            if (bStar && i < a.size() && !aStar)
                ok = ok || can[i + 1][j];
            if (i < a.size() && j < b.size() && !aStar && !bStar && (a[i] == '?' || b[j] == '?' || a[i] == b[j]))
                ok = ok || can[i + 1][j + 1];
            can[i][j] = ok;
        }
    return can[0][0];
}

} // namespace

void TestResourceScope::linearComparisonsAgreeWithTheTable()
{
    // Pattern comparisons run without allocating, in one pass where they can: every answer must be the one
    // the table gives, on ARN-like patterns with stars, question marks and literals in every position.
    std::mt19937 random(20261205);
    const std::vector<std::string> pieces = { "arn:aws:s3:::", "b", "a", "*", "?", "/", "-", ":", "**", "ab" };
    auto pattern = [&] {
        std::string p;
        const int n = static_cast<int>(random() % 6);
        for (int i = 0; i < n; ++i)
            p += pieces[random() % pieces.size()];
        return p;
    };
    int covered = 0, overlapping = 0;
    for (int round = 0; round < 40000; ++round) {
        const std::string a = pattern(), b = pattern();
        const bool covers = coversByTable(a, b), overlaps = overlapByTable(a, b);
        if (patternCovers(a, b) != covers || patternsOverlap(a, b) != overlaps)
            QFAIL(qPrintable(
                QStringLiteral("\"%1\" and \"%2\"").arg(QString::fromStdString(a), QString::fromStdString(b))));
        covered += covers;
        overlapping += overlaps;
    }
    QVERIFY(covered > 1000 && covered < 39000);
    QVERIFY(overlapping > covered && overlapping < 39000);
    // Small scopes are compared without building their intersection; the answer is the same.
    for (int round = 0; round < 2000; ++round) {
        ResourceScope x { round % 5 == 4, {} }, y { round % 7 == 6, {} };
        for (int i = 0, n = static_cast<int>(random() % 3); i < n; ++i)
            x.patterns.push_back(pattern());
        for (int i = 0, n = static_cast<int>(random() % 3); i < n; ++i)
            y.patterns.push_back(pattern());
        QCOMPARE(ScopeOverlapIndex(x).mayOverlap(y), x.mayOverlap(y));
    }
}

QTEST_GUILESS_MAIN(TestResourceScope)
#include "tst_resourcescope.moc"
