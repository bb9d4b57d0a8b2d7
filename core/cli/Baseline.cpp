// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Baseline.h"

#include "analysis/Finding.h"
#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "review/ReviewSession.h"

#include <QCoreApplication>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

std::optional<int> integer(const SourceNode* node)
{
    if (!node || node->kind != SourceNode::Kind::Number)
        return std::nullopt;
    bool ok = false;
    const int value = QString::fromStdString(node->text).toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

std::optional<std::set<std::string>> readBaseline(const QString& path, Diagnostics& diagnostics)
{
    const std::optional<SourceText> text = readSourceFile(path, diagnostics);
    if (!text)
        return std::nullopt;
    const std::optional<SourceNode> root = readJson(text->bytes, path, diagnostics);
    if (!root)
        return std::nullopt;
    const auto fail = [&](const SourceLocation& at, const QString& message) {
        diagnostics.push_back({ DiagnosticSeverity::Error, "baseline-format", path, at, message });
        return std::nullopt;
    };
    std::set<std::string> keys;
    if (const SourceNode* format = root->isObject() ? root->find("format") : nullptr;
        format && format->text == "grantscope-review") {
        // A saved review: the findings the reviewer has seen and decided on (or noted) are known.
        const std::optional<ReviewSession> session = ReviewSession::load(path, diagnostics);
        if (!session)
            return std::nullopt;
        for (const auto& [key, verdict] : session->verdicts)
            keys.insert(key);
        return keys;
    }
    const SourceNode* findings = root->isObject() ? root->find("findings") : nullptr;
    if (!findings || !findings->isArray())
        return fail(root->location,
            Tr::tr("not a baseline: expected the output of analyze --json (an object with a \"findings\" "
                   "array) or a saved review (.grantscope)"));
    for (const SourceNode& item : findings->items) {
        const SourceNode* rule = item.isObject() ? item.find("rule") : nullptr;
        const SourceNode* file = item.isObject() ? item.find("file") : nullptr;
        const SourceNode* subject = item.isObject() ? item.find("subject") : nullptr;
        const std::optional<int> line = integer(item.isObject() ? item.find("line") : nullptr);
        const std::optional<int> column = integer(item.isObject() ? item.find("column") : nullptr);
        if (!rule || !rule->isString() || !file || !file->isString() || !line || !column
            || (subject && !subject->isString()))
            return fail(item.location,
                Tr::tr("a finding of the baseline needs \"rule\" and \"file\" (strings), \"line\" and \"column\" "
                       "(numbers) and may have \"subject\" (a string)"));
        Finding f;
        f.rule = rule->text;
        f.subject = subject ? subject->text : std::string();
        f.file = QString::fromStdString(file->text);
        f.location = { *line, *column };
        keys.insert(ReviewSession::findingKey(f));
    }
    return keys;
}

} // namespace grantscope::cli
