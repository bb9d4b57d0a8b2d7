// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTreeView;
class QVBoxLayout;

namespace grantscope::ui {

class ActionTreeModel;
class DenyListModel;
class ReviewDocument;

/**
 * Where the reviewer composes the permission boundary: the vendor's actions as a checkable tree,
 * one-click mitigations for the serious findings, denies on a resource or under a condition (an
 * aws:ResourceTag, a region, a source IP) with the list of every deny, the base the
 * boundary starts from, undo and redo, and the boundary JSON as it would be saved, with its size.
 * Every change is a BoundaryEdit on the document's undo stack.
 */
class BoundaryComposer : public QWidget {
    Q_OBJECT

public:
    explicit BoundaryComposer(ReviewDocument* document, QWidget* parent = nullptr);

    ActionTreeModel* treeModel() const { return m_model; }

    /**
     * Replaces the draft with the boundary kept in `path` (any form readBoundaryFile reads: JSON,
     * CloudFormation, Terraform, in parts or not) as one undoable step. Returns the problems, located,
     * when the file cannot be read or holds a boundary the composer cannot edit; the draft is then unchanged.
     */
    QString importBoundaryFile(const QString& path);

private:
    void rebuildMitigations();
    void updateFromBoundary();
    void addDenyOn();
    void removeDenyOn();
    void addConditionalDeny();
    void baseChosen(int index);
    void chooseBoundaryFile();

    ReviewDocument* m_document;
    ActionTreeModel* m_model = nullptr;
    DenyListModel* m_denyModel = nullptr;
    QTreeView* m_tree = nullptr;
    QComboBox* m_base = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_redo = nullptr;
    QPushButton* m_import = nullptr;
    QWidget* m_mitigations = nullptr;
    QScrollArea* m_mitigationScroll = nullptr; // holds m_mitigations; never taller than they are
    QVBoxLayout* m_mitigationLayout = nullptr;
    QLineEdit* m_denyAction = nullptr;
    QLineEdit* m_denyArn = nullptr;
    QPushButton* m_addDeny = nullptr;
    QPushButton* m_removeDeny = nullptr;
    QListView* m_denyList = nullptr;
    QLineEdit* m_condActions = nullptr;
    QComboBox* m_condKey = nullptr;
    QComboBox* m_condOperator = nullptr;
    QLineEdit* m_condValues = nullptr;
    QPushButton* m_addCondition = nullptr;
    QLabel* m_condError = nullptr;
    QString m_proposedAction; // what selecting in the tree last put into the deny forms
    QPlainTextEdit* m_json = nullptr;
    QLabel* m_size = nullptr;
    QWidget* m_evaluating = nullptr; // shown while an edit is evaluated on a worker
    QLabel* m_error = nullptr;
};

} // namespace grantscope::ui
