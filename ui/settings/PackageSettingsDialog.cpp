// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/PackageSettingsDialog.h"

#include "common/AwsIds.h"
#include "common/QtText.h"
#include "style/ShownText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace grantscope::ui {

namespace {

enum Column { NameColumn, ValueColumn, TemplateColumn };

bool isRegion(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
    return pattern.match(text).hasMatch();
}

QString templateText(const ParameterRecord& p)
{
    QStringList parts;
    if (p.fromDefault || (!p.fromReviewer && p.resolved))
        parts << PackageSettingsDialog::tr("default: %1").arg(p.noEcho ? QStringLiteral("****") : shownText(p.value));
    else if (!p.resolved)
        parts << PackageSettingsDialog::tr("no default: typed at deployment");
    if (!p.description.empty())
        parts << shownText(p.description);
    return parts.join(QStringLiteral(" — "));
}

} // namespace

PackageSettingsDialog::PackageSettingsDialog(
    const LoadOptions& options, const std::map<std::string, ParameterRecord>& declared, QWidget* parent)
    : QDialog(parent)
    , m_base(options)
{
    setWindowTitle(tr("Package Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_account = new QLineEdit(toQString(options.accountId), this);
    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setToolTip(tr("The customer's AWS account: ${AWS::AccountId} and the account the grants are in"));
    form->addRow(tr("&Account:"), m_account);
    QStringList org;
    for (const std::string& a : options.orgAccounts)
        org << toQString(a);
    m_orgAccounts = new QLineEdit(org.join(QStringLiteral(", ")), this);
    m_orgAccounts->setObjectName(QStringLiteral("orgAccountsEdit"));
    m_orgAccounts->setPlaceholderText(tr("none"));
    m_orgAccounts->setToolTip(tr("Other accounts of the customer's organization, separated by commas: roles "
                                 "they trust are not a third party and need no External ID"));
    form->addRow(tr("&Organization accounts:"), m_orgAccounts);
    m_region = new QLineEdit(toQString(options.region), this);
    m_region->setObjectName(QStringLiteral("regionEdit"));
    form->addRow(tr("&Region:"), m_region);
    m_partition = new QComboBox(this);
    m_partition->setObjectName(QStringLiteral("partitionCombo"));
    m_partition->addItem(tr("From the package's ARNs"), QString());
    for (std::string_view p : kAwsPartitions)
        m_partition->addItem(toQString(std::string(p)), toQString(std::string(p)));
    if (options.partitionGiven)
        m_partition->setCurrentIndex(std::max(0, m_partition->findData(toQString(options.partition))));
    form->addRow(tr("&Partition:"), m_partition);
    layout->addLayout(form);

    auto* parametersLabel = new QLabel(tr("Parameter &values (empty: the template's default):"), this);
    layout->addWidget(parametersLabel);
    std::set<std::string> names;
    for (const auto& [name, record] : declared)
        names.insert(name);
    for (const auto& [name, value] : options.parameters)
        names.insert(name);
    m_parameters = new QTableWidget(static_cast<int>(names.size()), 3, this);
    m_parameters->setObjectName(QStringLiteral("parametersTable"));
    m_parameters->setHorizontalHeaderLabels({ tr("Parameter"), tr("Value"), tr("In the package") });
    m_parameters->verticalHeader()->hide();
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->setAccessibleName(tr("Parameter values"));
    parametersLabel->setBuddy(m_parameters);
    int row = 0;
    for (const std::string& name : names) {
        auto* nameItem = new QTableWidgetItem(shownText(name));
        nameItem->setData(Qt::UserRole, toQString(name));
        nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_parameters->setItem(row, NameColumn, nameItem);
        const auto given = options.parameters.find(name);
        m_parameters->setItem(row, ValueColumn,
            new QTableWidgetItem(given == options.parameters.end() ? QString() : toQString(given->second)));
        const auto record = declared.find(name);
        auto* about = new QTableWidgetItem(record == declared.end()
                ? tr("not a parameter of the package: the value is not used")
                : templateText(record->second));
        about->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_parameters->setItem(row, TemplateColumn, about);
        ++row;
    }
    m_parameters->resizeColumnsToContents();
    layout->addWidget(m_parameters, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    layout->addWidget(m_problem);
    auto* note = new QLabel(tr("The package is read again with these settings; decisions, notes and the boundary "
                               "are kept."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_account, m_orgAccounts, m_region })
        connect(edit, &QLineEdit::textChanged, this, &PackageSettingsDialog::validate);
    validate();
    resize(640, 420);
}

std::optional<std::vector<std::string>> PackageSettingsDialog::parseAccounts(const QString& text, QString* error)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    std::vector<std::string> out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const std::string id = part.toStdString();
        if (!isAwsAccountId(id)) {
            if (error)
                *error = tr("\"%1\" is not a 12-digit AWS account id").arg(shownText(part));
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), id) == out.end())
            out.push_back(id);
    }
    return out;
}

QString PackageSettingsDialog::problem() const
{
    if (!isAwsAccountId(m_account->text().trimmed().toStdString()))
        return tr("Account: \"%1\" is not a 12-digit AWS account id").arg(shownText(m_account->text()));
    QString error;
    if (!parseAccounts(m_orgAccounts->text(), &error))
        return tr("Organization accounts: %1").arg(error);
    if (!isRegion(m_region->text().trimmed()))
        return tr("Region: \"%1\" is not an AWS region name such as eu-west-1").arg(shownText(m_region->text()));
    return {};
}

LoadOptions PackageSettingsDialog::options() const
{
    LoadOptions out = m_base;
    out.accountId = m_account->text().trimmed().toStdString();
    out.orgAccounts = parseAccounts(m_orgAccounts->text(), nullptr).value_or(std::vector<std::string> {});
    out.region = m_region->text().trimmed().toStdString();
    const QString partition = m_partition->currentData().toString();
    out.partitionGiven = !partition.isEmpty();
    out.partition = partition.isEmpty() ? std::string("aws") : partition.toStdString();
    out.parameters.clear();
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        const QString value = m_parameters->item(row, ValueColumn)->text();
        if (!value.isEmpty())
            out.parameters[m_parameters->item(row, NameColumn)->data(Qt::UserRole).toString().toStdString()]
                = value.toStdString();
    }
    return out;
}

void PackageSettingsDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace grantscope::ui
