// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "doc/SourceNode.h"

#include <QString>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/**
 * Why CloudFormation would refuse `value` for the template parameter `definition` (the parameter's object in
 * `Parameters`): not one of its AllowedValues, not matching its AllowedPattern as a whole, shorter than
 * MinLength or longer than MaxLength, or, for a Number, not a number or outside MinValue/MaxValue. A list
 * type (CommaDelimitedList, List<...>) checks each item. std::nullopt when the value is accepted.
 */
std::optional<QString> parameterValueProblem(const SourceNode& definition, std::string_view value);

/**
 * An Error diagnostic ("param-unknown") for each reviewer-given name in `given` that is no parameter or
 * variable in `known` ("var.NAME" stands for the Terraform variable NAME), naming the close ones ("did you
 * mean") and the known names. A misspelt --param would otherwise leave the default in place unnoticed.
 */
void checkParameterNames(
    const std::map<std::string, std::string>& given, const std::vector<std::string>& known, Diagnostics& diagnostics);

} // namespace grantscope
