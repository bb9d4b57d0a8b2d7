// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/TextDiff.h"

#include <QStringList>
#include <dtl/dtl.hpp>
#include <string>

namespace grantscope {

namespace {

std::vector<std::string> splitLines(const QString& text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (normalised.endsWith(QLatin1Char('\n')))
        normalised.chop(1);
    std::vector<std::string> out;
    if (text.isEmpty())
        return out;
    const QStringList lines = normalised.split(QLatin1Char('\n'));
    out.reserve(static_cast<size_t>(lines.size()));
    for (const QString& line : lines)
        out.push_back(line.toStdString());
    return out;
}

} // namespace

TextDiffResult TextDiff::compute(const QString& left, const QString& right)
{
    const std::vector<std::string> a = splitLines(left);
    const std::vector<std::string> b = splitLines(right);
    TextDiffResult out;

    // Deletions first within each block, so a block reads as "these lines became those".
    dtl::Diff<std::string, std::vector<std::string>> diff(a, b, true);
    if (a.size() + b.size() > 20000)
        diff.onHuge();
    diff.compose();

    std::vector<DiffLine> removed, added;
    auto flush = [&]() {
        const size_t paired = std::min(removed.size(), added.size());
        for (size_t i = 0; i < paired; ++i) {
            DiffLine row = removed[i];
            row.change = LineChange::Changed;
            row.rightLine = added[i].rightLine;
            row.right = added[i].right;
            out.lines.push_back(std::move(row));
            ++out.changed;
        }
        for (size_t i = paired; i < removed.size(); ++i, ++out.removed)
            out.lines.push_back(std::move(removed[i]));
        for (size_t i = paired; i < added.size(); ++i, ++out.added)
            out.lines.push_back(std::move(added[i]));
        removed.clear();
        added.clear();
    };
    // Line numbers are counted here: dtl leaves the after-index at 0 for trailing additions.
    int leftLine = 0, rightLine = 0;
    for (const auto& [text, info] : diff.getSes().getSequence()) {
        const QString line = QString::fromStdString(text);
        switch (info.type) {
        case dtl::SES_DELETE:
            if (!added.empty())
                flush();
            removed.push_back({ LineChange::Removed, ++leftLine, 0, line, {} });
            break;
        case dtl::SES_ADD:
            added.push_back({ LineChange::Added, 0, ++rightLine, {}, line });
            break;
        default:
            flush();
            ++leftLine;
            ++rightLine;
            out.lines.push_back({ LineChange::Equal, leftLine, rightLine, line, line });
            break;
        }
    }
    flush();
    return out;
}

} // namespace grantscope
