#pragma once

#include "core/organizationinfo.h"
#include "core/passwordpolicycheck.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

// The password rules as a list that ticks itself while the user types: a ✓ or ✗ and the rule in
// words, so it never depends on colour.
class PasswordChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordChecklist(QWidget *parent = nullptr);

    void setPolicy(const PasswordPolicy &policy);
    // Leaves a rule out, such as "differs from the current password" where there is none.
    void hideRule(PasswordPolicyCheck::Rule rule);
    void showCheck(const PasswordPolicyCheck &check);

    // For tests and screen readers: whether a rule shows as met.
    bool showsMet(PasswordPolicyCheck::Rule rule) const;
    QLabel *labelFor(PasswordPolicyCheck::Rule rule) const;

private:
    PasswordPolicy m_policy;
    QVBoxLayout *m_layout;
    QHash<int, QLabel *> m_rows;
    QHash<int, bool> m_met;
    QList<PasswordPolicyCheck::Rule> m_hidden;
};
