// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/ParameterValidation.h"

#include "common/Suggestions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "PackageLoader", as the other messages of loading a package.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PackageLoader)
};

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::optional<double> number(std::string_view text)
{
    bool ok = false;
    const double d = q(text).trimmed().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

std::optional<double> numberOf(const SourceNode& definition, const char* key)
{
    const SourceNode* node = definition.find(key);
    return node && node->isScalar() ? number(node->text) : std::nullopt;
}

std::optional<QString> itemProblem(const SourceNode& definition, const std::string& type, std::string_view value)
{
    const bool isNumber = type == "Number" || type == "List<Number>";
    const QString shown = q(value);
    if (isNumber && !number(value))
        return Tr::tr("\"%1\" is not a number").arg(shown);
    if (const SourceNode* allowed = definition.find("AllowedValues"); allowed && allowed->isArray()) {
        const bool listed = std::any_of(allowed->items.begin(), allowed->items.end(), [&](const SourceNode& item) {
            if (!item.isScalar())
                return false;
            if (item.text == value)
                return true;
            const std::optional<double> a = number(item.text);
            return isNumber && a && number(value) == a;
        });
        if (!listed) {
            QStringList names;
            for (const SourceNode& item : allowed->items)
                names << q(item.text);
            return Tr::tr("\"%1\" is not one of the AllowedValues (%2)").arg(shown, names.join(QStringLiteral(", ")));
        }
    }
    if (const SourceNode* pattern = definition.find("AllowedPattern"); pattern && pattern->isScalar()) {
        // CloudFormation matches the whole value, as Java's String.matches does.
        const QRegularExpression re(QRegularExpression::anchoredPattern(q(pattern->text)));
        if (re.isValid() && !re.match(shown).hasMatch())
            return Tr::tr("\"%1\" does not match the AllowedPattern %2").arg(shown, q(pattern->text));
    }
    if (!isNumber) {
        const auto length = static_cast<double>(shown.size());
        if (const std::optional<double> min = numberOf(definition, "MinLength"); min && length < *min)
            return Tr::tr("\"%1\" is shorter than the MinLength %2").arg(shown).arg(*min);
        if (const std::optional<double> max = numberOf(definition, "MaxLength"); max && length > *max)
            return Tr::tr("\"%1\" is longer than the MaxLength %2").arg(shown).arg(*max);
    } else {
        const double n = number(value).value_or(0);
        if (const std::optional<double> min = numberOf(definition, "MinValue"); min && n < *min)
            return Tr::tr("%1 is below the MinValue %2").arg(shown).arg(*min);
        if (const std::optional<double> max = numberOf(definition, "MaxValue"); max && n > *max)
            return Tr::tr("%1 is above the MaxValue %2").arg(shown).arg(*max);
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> parameterValueProblem(const SourceNode& definition, std::string_view value)
{
    if (!definition.isObject())
        return std::nullopt;
    const SourceNode* typeNode = definition.find("Type");
    const std::string type = typeNode && typeNode->isScalar() ? typeNode->text : std::string();
    const bool list = type == "CommaDelimitedList" || type.starts_with("List<");
    if (!list)
        return itemProblem(definition, type, value);
    for (const QString& item : q(value).split(QLatin1Char(','))) {
        const QByteArray bytes = item.trimmed().toUtf8();
        if (std::optional<QString> problem
            = itemProblem(definition, type, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()))))
            return problem;
    }
    return std::nullopt;
}

void checkParameterNames(
    const std::map<std::string, std::string>& given, const std::vector<std::string>& known, Diagnostics& diagnostics)
{
    const auto isKnown = [&](const std::string& name) {
        return std::find(known.begin(), known.end(), name) != known.end()
            || (name.starts_with("var.") && std::find(known.begin(), known.end(), name.substr(4)) != known.end());
    };
    for (const auto& [name, value] : given) {
        if (isKnown(name))
            continue;
        QString message = Tr::tr("%1 is no parameter of a CloudFormation template nor a variable of a Terraform "
                                 "module in the package")
                              .arg(q(name));
        const std::vector<std::string> close = closestNames(name.starts_with("var.") ? name.substr(4) : name, known);
        if (!close.empty()) {
            QStringList names;
            for (const std::string& c : close)
                names << q(c);
            message += Tr::tr("; did you mean %1?").arg(names.join(QStringLiteral(", ")));
        }
        if (known.empty()) {
            message += Tr::tr(" (the package has none)");
        } else {
            QStringList all;
            for (const std::string& k : known)
                all << q(k);
            message += Tr::tr(" (known: %1)").arg(all.join(QStringLiteral(", ")));
        }
        diagnostics.push_back({ DiagnosticSeverity::Error, "param-unknown", QStringLiteral("--param"), {}, message });
    }
}

} // namespace grantscope
