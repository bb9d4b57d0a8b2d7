// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PatternMatch.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>

using namespace grantscope;

class TestPatternMatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handWritten_data();
    void handWritten();
    void agreesWithRowMatcherOnRandomInput();
    void agreesOnResourcePrefixPatterns();
    void longPatternOnLongValue();
};

namespace {

// The matcher as it was before pieces were placed left-most: token by token over one row of reachable
// positions. Kept here, separate from the library, as the reference the fast matcher must agree with.
size_t oracleCharLength(std::string_view text, size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    size_t n = 1;
    if (c >= 0xF0)
        n = 4;
    else if (c >= 0xE0)
        n = 3;
    else if (c >= 0xC0)
        n = 2;
    return i + n <= text.size() ? n : 1;
}

bool oracle(const std::vector<PatternToken>& tokens, std::string_view text)
{
    const size_t n = text.size();
    std::vector<char> reach(n + 1, 0);
    std::vector<char> next(n + 1, 0);
    reach[0] = 1;
    for (const PatternToken& token : tokens) {
        std::fill(next.begin(), next.end(), 0);
        switch (token.kind) {
        case PatternToken::Kind::Literal:
            for (size_t j = 0; j < n; ++j)
                if (reach[j] && text[j] == token.literal)
                    next[j + 1] = 1;
            break;
        case PatternToken::Kind::AnyChar:
            for (size_t j = 0; j < n; ++j)
                if (reach[j] && !(token.stopsAtColon && text[j] == ':'))
                    next[j + oracleCharLength(text, j)] = 1;
            break;
        case PatternToken::Kind::AnyRun:
            for (size_t j = 0; j <= n; ++j) {
                if (reach[j])
                    next[j] = 1;
                if (next[j] && j < n && !(token.stopsAtColon && text[j] == ':'))
                    next[j + oracleCharLength(text, j)] = 1;
            }
            break;
        }
        reach.swap(next);
    }
    return reach[n] != 0;
}

std::string randomString(std::mt19937& rng, const std::vector<std::string>& alphabet, size_t maxLength)
{
    std::uniform_int_distribution<size_t> length(0, maxLength);
    std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
    std::string out;
    for (size_t i = length(rng); i > 0; --i)
        out += alphabet[pick(rng)];
    return out;
}

} // namespace

void TestPatternMatch::handWritten_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("matches");
    const auto row = [](const char* p, const char* t, bool m) {
        QTest::addRow("%s ~ %s", p, t) << QByteArray(p) << QByteArray(t) << m;
    };
    row("arn:aws:s3:::example-reports-*/*", "arn:aws:s3:::example-reports-123456789012/q1/summary.csv", true);
    row("arn:aws:s3:::example-reports-*/*", "arn:aws:s3:::example-reports-123456789012", false);
    row("*", "", true);
    row("", "", true);
    row("", "a", false);
    row("?", "", false);
    row("?", "\xC3\xBC", true); // one character, two bytes
    row("??", "\xC3\xBC", false);
    row("*a", "aaaa", true);
    row("a*a", "a", false);
    row("a*a", "aa", true);
    row("*ab*ab", "abab", true);
    row("*aab*", "aaaab", true);
    row("*a?c*", "abxabc", true);
    row("*a?c", "abcabd", false);
    row("*?\xC3\xBC*", "x\xC3\xBC", true);
    row("*\xC3\xBC?", "\xC3\xBC\xC3\xBC", true);
    row("project-?/*", "project-\xE2\x82\xAC/report", true);
    row("Prod\\*", "Prod*", true);
    row("Prod\\*", "Production", false);
    row("*\\?*", "why?", true);
    row("*-*-*", "team-a", false);
    row("\xFF*", "\xFF\x61", true); // stray byte: the row matcher decides
    row("*a*", "\xE0\x61\x62", false); // 'a' hidden inside a truncated sequence is never reached
}

void TestPatternMatch::handWritten()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, text);
    QFETCH(bool, matches);
    const auto tokens = compilePattern(std::string_view(pattern.constData(), size_t(pattern.size())));
    const std::string_view value(text.constData(), size_t(text.size()));
    QCOMPARE(oracle(tokens, value), matches);
    QCOMPARE(matchPattern(tokens, value), matches);
    QCOMPARE(matchPatternByRows(tokens, value), matches);
}

void TestPatternMatch::agreesWithRowMatcherOnRandomInput()
{
    // Small alphabets make overlaps, repeats and near misses common. Multi-byte characters, ':' and stray
    // bytes exercise character stepping and the fallback.
    const std::vector<std::string> textAlphabet { "a", "b", ":", "/", "\xC3\xBC", "\xE2\x82\xAC", "\xF0\x9F\x94\x91" };
    const std::vector<std::string> patternAlphabet { "a", "b", ":", "/", "\xC3\xBC", "\xE2\x82\xAC", "*", "*", "?", "?",
        "\\*" };
    std::mt19937 rng(20261204);
    int matched = 0;
    for (int round = 0; round < 60000; ++round) {
        std::string text = randomString(rng, textAlphabet, 14);
        if (round % 10 == 0 && !text.empty())
            text[rng() % text.size()] = char(0x80 | (rng() % 0x40)); // a stray byte now and then
        const std::string pattern = randomString(rng, patternAlphabet, 8);
        const auto tokens = compilePattern(pattern);
        const bool expected = oracle(tokens, text);
        matched += expected ? 1 : 0;
        if (matchPattern(tokens, text) != expected)
            QFAIL(qPrintable(QStringLiteral("round %1: pattern \"%2\" text \"%3\" should %4match")
                                 .arg(round)
                                 .arg(QString::fromUtf8(pattern))
                                 .arg(QString::fromUtf8(text))
                                 .arg(expected ? QString() : QStringLiteral("not "))));
    }
    // The comparison is only meaningful if both answers occur often.
    QVERIFY2(matched > 3000 && matched < 57000, qPrintable(QString::number(matched)));
}

void TestPatternMatch::agreesOnResourcePrefixPatterns()
{
    const std::vector<std::string> textAlphabet { "a", "b", ":", ":", "\xC3\xBC" };
    const std::vector<std::string> patternAlphabet { "a", "b", ":", "*", "*", "?" };
    std::mt19937 rng(1234);
    for (int round = 0; round < 30000; ++round) {
        const std::string text = randomString(rng, textAlphabet, 12);
        const std::string pattern = randomString(rng, patternAlphabet, 8);
        const auto tokens = compilePattern(pattern, ColonRule::ResourcePrefix);
        QCOMPARE(matchPattern(tokens, text), oracle(tokens, text));
    }
}

void TestPatternMatch::longPatternOnLongValue()
{
    // A 10,000-character StringLike pattern against a 1 MB value took seconds per request row by row.
    std::string value(1u << 20, 'a');
    for (size_t i = 997; i < value.size(); i += 1009)
        value[i] = 'b';
    std::string pattern;
    for (int i = 0; i < 2500; ++i)
        pattern += "*a?b";
    pattern += "*";
    const auto tokens = compilePattern(pattern);
    QCOMPARE(tokens.size(), size_t(10001));
    QVERIFY(!matchPattern(tokens, value)); // 2,500 pieces need 2,500 'b's; the value has about 1,039
    std::string within = value.substr(0, 1009 * 50);
    std::string shorter;
    for (int i = 0; i < 40; ++i)
        shorter += "*a?ab";
    shorter += "*";
    const auto shortTokens = compilePattern(shorter);
    QCOMPARE(matchPattern(shortTokens, within), oracle(shortTokens, within));
    QVERIFY(matchPattern(shortTokens, within));

    // Overlapping literal pieces: the KMP search does not rescan.
    const std::string many(1u << 20, 'a');
    std::string overlapping = "*" + std::string(5000, 'a') + "b*";
    QVERIFY(!matchPattern(compilePattern(overlapping), many));
    QVERIFY(matchPattern(compilePattern(overlapping), many + "b"));
}

QTEST_GUILESS_MAIN(TestPatternMatch)
#include "tst_patternmatch.moc"
