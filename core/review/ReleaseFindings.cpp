// SPDX-License-Identifier: GPL-3.0-or-later
// The findings half of ReleaseComparison: which findings of two releases are the same, and a saved review's
// verdicts carried from the old release to the new.
#include "review/ReleaseComparison.h"
#include "review/Review.h"

#include <algorithm>
#include <map>

namespace grantscope {

namespace {

/** A findingKey() without its last `fields` '|'-separated parts (the column, then the line, then the file). */
std::string dropFields(std::string key, int fields)
{
    for (int i = 0; i < fields; ++i) {
        const size_t bar = key.rfind('|');
        if (bar != std::string::npos)
            key.resize(bar);
    }
    return key;
}

std::string keyWithout(const Finding& f, const std::string& subject, int fields)
{
    Finding renamed = f;
    renamed.subject = subject;
    return dropFields(ReviewSession::findingKey(renamed), fields);
}

/**
 * Pairs `oldCount` earlier findings, known by `oldKey(index, fieldsDropped)`, with `newFindings`: each pass pairs
 * what is left, in the findings' order, by a coarser key than the one before (the exact key; without line and
 * column; without the file too).
 */
template <typename OldKey>
std::vector<FindingMatch> pairFindings(size_t oldCount, OldKey&& oldKey, const std::vector<Finding>& newFindings)
{
    std::vector<FindingMatch> matches;
    std::vector<bool> oldUsed(oldCount, false);
    std::vector<bool> newUsed(newFindings.size(), false);
    for (const int dropped : { 0, 2, 3 }) {
        std::multimap<std::string, size_t> byKey;
        for (size_t o = 0; o < oldCount; ++o)
            if (!oldUsed[o])
                byKey.emplace(oldKey(o, dropped), o);
        for (size_t n = 0; n < newFindings.size(); ++n) {
            if (newUsed[n])
                continue;
            const auto it = byKey.find(keyWithout(newFindings[n], newFindings[n].subject, dropped));
            if (it == byKey.end())
                continue;
            matches.push_back({ it->second, n });
            oldUsed[it->second] = true;
            newUsed[n] = true;
            byKey.erase(it);
        }
    }
    std::sort(matches.begin(), matches.end(),
        [](const FindingMatch& a, const FindingMatch& b) { return a.newIndex < b.newIndex; });
    return matches;
}

} // namespace

std::vector<FindingMatch> matchFindings(const std::vector<Finding>& oldFindings,
    const std::vector<Finding>& newFindings, const std::map<std::string, std::string>& renamed)
{
    const auto newName = [&](const std::string& subject) {
        const auto it = renamed.find(subject);
        return it == renamed.end() ? subject : it->second;
    };
    return pairFindings(
        oldFindings.size(),
        [&](size_t o, int dropped) {
            const Finding& f = oldFindings[o];
            return keyWithout(f, dropped == 0 ? f.subject : newName(f.subject), dropped);
        },
        newFindings);
}

std::vector<FindingMatch> pairFindingKeys(const std::vector<std::string>& keys, const std::vector<Finding>& findings)
{
    return pairFindings(
        keys.size(), [&](size_t o, int dropped) { return dropFields(keys[o], dropped); }, findings);
}

std::vector<bool> findingsInKeys(const std::vector<std::string>& keys, const std::vector<Finding>& findings)
{
    std::vector<bool> known(findings.size(), false);
    for (const FindingMatch& m : pairFindingKeys(keys, findings))
        known[m.newIndex] = true;
    return known;
}

CarriedReview carryReview(const ReviewSession& oldSession, const Review& oldReview, const Review& newReview,
    const ReleaseComparison& comparison)
{
    const std::vector<Finding>& oldFindings = oldReview.analysis.findings;
    const std::vector<Finding>& newFindings = newReview.analysis.findings;
    CarriedReview result;
    result.session = oldSession;
    result.session.verdicts.clear();
    result.session.currentFinding.clear();
    result.session.packagePaths = newReview.paths;
    result.session.packageFiles = newReview.files;

    std::vector<bool> decided(newFindings.size(), false);
    std::map<std::string, bool> used;
    for (const FindingMatch& m : comparison.matchedFindings) {
        if (m.oldIndex >= oldFindings.size() || m.newIndex >= newFindings.size())
            continue;
        const std::string oldKey = ReviewSession::findingKey(oldFindings[m.oldIndex]);
        const auto it = oldSession.verdicts.find(oldKey);
        if (it == oldSession.verdicts.end())
            continue;
        const std::string newKey = ReviewSession::findingKey(newFindings[m.newIndex]);
        result.carried.push_back({ m.newIndex, oldKey, it->second });
        result.session.verdicts[newKey] = it->second;
        if (oldSession.currentFinding == oldKey)
            result.session.currentFinding = newKey;
        decided[m.newIndex] = it->second.decision != FindingDecision::Open;
        used[oldKey] = true;
    }
    for (size_t i = 0; i < newFindings.size(); ++i)
        if (!decided[i])
            result.open.push_back(i);
    for (const auto& [key, verdict] : oldSession.verdicts)
        if (!used.contains(key))
            result.leftBehind.push_back(key);
    return result;
}

} // namespace grantscope
