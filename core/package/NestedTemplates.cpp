// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/NestedTemplates.h"

#include "doc/JsonReader.h"
#include "doc/YamlReader.h"
#include "package/CloudFormationLoader.h"
#include "package/UnreviewedResources.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>

namespace grantscope {

namespace {

// Translated under the context "NestedTemplates" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(NestedTemplates)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

constexpr int kMaxTemplateDepth = 4;

std::optional<SourceNode> parseTemplateText(
    std::string_view text, const QString& name, Diagnostics& diagnostics, const LoadOptions& options)
{
    ReadLimits limits;
    limits.maxBytes = options.maxFileBytes;
    const size_t start = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool json = start != std::string_view::npos && (text[start] == '{' || text[start] == '[');
    return json ? readJson(text, name, diagnostics, limits) : readYaml(text, name, diagnostics, limits);
}

std::string_view lineOf(std::string_view text, int line)
{
    size_t begin = 0;
    for (int i = 1; i < line; ++i) {
        begin = text.find('\n', begin);
        if (begin == std::string_view::npos)
            return {};
        ++begin;
    }
    const size_t end = text.find('\n', begin);
    return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

/** How a location inside a body string maps into the parent file. */
struct Shift {
    int lines = 0;
    int firstLineColumns = 0; // added to columns of the body's first line (an inline string)
    int columns = 0; // added to columns of every line (a YAML block scalar's indentation)
};

// A YAML block scalar ("TemplateBody: |" or "!Sub |") starts on the line after its indicator, indented;
// a quoted or JSON string starts at its quote on the body's own line.
Shift shiftFor(const SourceNode& body, std::string_view sourceText)
{
    const int line = body.location.line;
    const std::string_view here = lineOf(sourceText, line);
    const size_t from = std::min(here.size(), static_cast<size_t>(std::max(0, body.location.column - 1)));
    std::string_view rest = here.substr(from);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\r' || rest.back() == '\t'))
        rest.remove_suffix(1);
    const size_t indicator = rest.find_last_of("|>");
    const bool block = indicator != std::string_view::npos
        && rest.substr(indicator + 1).find_first_not_of("+-0123456789") == std::string_view::npos;
    if (block || (sourceText.empty() && body.text.find('\n') != std::string::npos)) {
        int indent = 0;
        for (int next = line + 1; !sourceText.empty(); ++next) {
            const std::string_view text = lineOf(sourceText, next);
            if (text.data() == nullptr || text.find_first_not_of(" \t\r") != std::string_view::npos) {
                indent = static_cast<int>(std::min(text.find_first_not_of(' '), text.size()));
                break;
            }
        }
        return { line, 0, indent };
    }
    return { line - 1, body.location.column, 0 };
}

void shift(SourceNode& node, const Shift& s)
{
    auto move = [&s](SourceLocation& at) {
        if (!at.isValid())
            return;
        at.column += (at.line == 1 ? s.firstLineColumns : 0) + s.columns;
        at.line += s.lines;
    };
    move(node.location);
    for (SourceNode& item : node.items)
        shift(item, s);
    for (SourceMember& m : node.members) {
        move(m.keyLocation);
        shift(m.value, s);
    }
}

// The values the parent passes: a StackSet's [{ParameterKey, ParameterValue}] or a Stack's {Key: Value}.
std::map<std::string, std::string> passedParameters(const SourceNode& properties)
{
    std::map<std::string, std::string> out;
    const SourceNode* params = properties.find("Parameters");
    if (!params)
        return out;
    if (params->isArray()) {
        for (const SourceNode& p : params->items) {
            const SourceNode* key = p.find("ParameterKey");
            const SourceNode* value = p.find("ParameterValue");
            if (key && key->isScalar() && value && value->isScalar())
                out[key->text] = value->text;
        }
    } else {
        for (const SourceMember& m : params->members)
            if (m.value.isScalar())
                out[m.key] = m.value.text;
    }
    return out;
}

QStringList scalars(const SourceNode* list)
{
    QStringList out;
    if (list && list->isArray()) {
        for (const SourceNode& item : list->items)
            if (item.isScalar())
                out << q(item.text);
    } else if (list && list->isScalar()) {
        out << q(list->text);
    }
    return out;
}

// "StackSet MemberRoles: every account of the OUs ou-ab12-3456789a; regions us-east-1, eu-west-1".
std::string deploymentOf(const std::string& logicalId, const std::string& type, const SourceNode& properties)
{
    if (type != "AWS::CloudFormation::StackSet")
        return Tr::tr("nested stack %1 (the parent stack's account and region)").arg(q(logicalId)).toStdString();
    QStringList targets;
    QStringList regions;
    if (const SourceNode* groups = properties.find("StackInstancesGroup"); groups && groups->isArray()) {
        for (const SourceNode& g : groups->items) {
            const SourceNode* d = g.find("DeploymentTargets");
            const QStringList ous = scalars(d ? d->find("OrganizationalUnitIds") : nullptr);
            const QStringList accounts = scalars(d ? d->find("Accounts") : nullptr);
            if (!ous.isEmpty())
                targets << Tr::tr("every account of the OUs %1").arg(ous.join(QStringLiteral(", ")));
            if (!accounts.isEmpty())
                targets << Tr::tr("the accounts %1").arg(accounts.join(QStringLiteral(", ")));
            for (const QString& r : scalars(g.find("Regions")))
                if (!regions.contains(r))
                    regions << r;
        }
    }
    QString text = Tr::tr("StackSet %1: ").arg(q(logicalId));
    text
        += targets.isEmpty() ? Tr::tr("stack instances not named in the template") : targets.join(QStringLiteral("; "));
    if (!regions.isEmpty())
        text += Tr::tr("; regions %1").arg(regions.join(QStringLiteral(", ")));
    return text.toStdString();
}

} // namespace

void loadNestedTemplate(const SourceMember& resource, const std::string& type, const SourceNode& properties,
    const QString& file, std::string_view sourceText, const LoadOptions& options, ReviewSubject& subject)
{
    const std::string& id = resource.key;
    const SourceNode* body = properties.find("TemplateBody");
    const SourceNode* url = properties.find("TemplateURL");
    if (options.templateDepth >= kMaxTemplateDepth) {
        noteUnreviewed(subject, file, resource.keyLocation, id,
            Tr::tr("the template of %1 is nested more than %2 levels deep and is not reviewed; review it as "
                   "a template of its own")
                .arg(q(id))
                .arg(kMaxTemplateDepth));
        return;
    }
    LoadOptions child = options;
    ++child.templateDepth;
    for (const auto& [name, value] : passedParameters(properties))
        child.parameters[name] = value;

    std::optional<SourceNode> root;
    QString childFile = file;
    std::string_view childText;
    std::optional<std::pair<QString, std::string>> found;
    if (body) {
        if (!body->isString()) {
            noteUnreviewed(subject, file, body->location, id,
                Tr::tr("the TemplateBody of %1 is not a string GrantScope can read (an expression it does "
                       "not resolve); the roles and policies it deploys are not reviewed. Review the "
                       "body by hand or save it as a template file of the package")
                    .arg(q(id)));
            return;
        }
        Diagnostics inner;
        root = parseTemplateText(body->text, file, inner, options);
        if (!root || !looksLikeCloudFormation(*root)) {
            const Shift s = shiftFor(*body, sourceText);
            SourceLocation at = body->location;
            QString why = Tr::tr("it is not a CloudFormation template");
            if (!inner.empty()) {
                at = inner.front().location;
                at.column += (at.line == 1 ? s.firstLineColumns : 0) + s.columns;
                at.line += s.lines;
                why = inner.front().message;
            }
            noteUnreviewed(subject, file, at, id,
                Tr::tr("the TemplateBody of %1 does not parse (%2), so the roles and policies it deploys "
                       "are not reviewed. Ask the vendor for a corrected template and review it again")
                    .arg(q(id), why));
            return;
        }
        shift(*root, shiftFor(*body, sourceText));
    } else if (url && url->isScalar() && options.packageFile && (found = options.packageFile(url->text))) {
        Diagnostics inner;
        root = parseTemplateText(found->second, found->first, inner, options);
        subject.diagnostics.insert(subject.diagnostics.end(), inner.begin(), inner.end());
        if (!root)
            return; // the file's own error is reported where it is
        childFile = found->first;
        childText = found->second;
    } else {
        subject.notes.push_back(
            { "remote-document", file, resource.keyLocation, url && url->isScalar() ? url->text : id,
                Tr::tr("the nested stack \"%1\" is fetched from %2 at deploy time and is not part of the package")
                    .arg(q(id), url && url->isScalar() ? q(url->text) : Tr::tr("a URL")) });
        return;
    }

    const size_t firstRole = subject.roles.size();
    loadCloudFormation(*root, childFile, child, subject, childText);
    const std::string where = deploymentOf(id, type, properties);
    for (size_t i = firstRole; i < subject.roles.size(); ++i) {
        RoleRecord& role = subject.roles[i];
        role.logicalId = id + '/' + role.logicalId;
        role.deployment = role.deployment.empty() ? where : where + " > " + role.deployment;
    }
}

} // namespace grantscope
