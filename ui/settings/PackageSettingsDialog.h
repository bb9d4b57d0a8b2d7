// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ReviewSubject.h"

#include <QDialog>

#include <map>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace grantscope::ui {

/**
 * What the package is reviewed with: the customer's account, the other accounts of its organization, the
 * region and partition, and the values of the package's parameters (CloudFormation parameters, Terraform
 * variables). The same settings as the command line's --account, --org-account, --region, --partition and
 * --param; they are saved with the review. OK stays disabled while a value is malformed, and the label
 * under the form says which one.
 */
class PackageSettingsDialog : public QDialog {
    Q_OBJECT
public:
    PackageSettingsDialog(
        const LoadOptions& options, const std::map<std::string, ParameterRecord>& declared, QWidget* parent = nullptr);

    /** The settings as edited; only meaningful when problem() is empty. */
    LoadOptions options() const;
    /** Why the settings cannot be used as they are (translated), or empty. */
    QString problem() const;

    /**
     * Account ids separated by commas, spaces or new lines; std::nullopt with `error` naming the first entry
     * that is not a 12-digit id. Duplicates are dropped, the order kept.
     */
    static std::optional<std::vector<std::string>> parseAccounts(const QString& text, QString* error);

private:
    void validate();

    LoadOptions m_base;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_orgAccounts = nullptr;
    QLineEdit* m_region = nullptr;
    QComboBox* m_partition = nullptr;
    QTableWidget* m_parameters = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace grantscope::ui
