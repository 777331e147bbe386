#include "ui/widgets/passwordchecklist.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

PasswordChecklist::PasswordChecklist(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("passwordChecklist"));
    setAccessibleName(tr("Rules for the new password"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setPolicy(PasswordPolicy());
}

void PasswordChecklist::setPolicy(const PasswordPolicy &policy)
{
    m_policy = policy;
    qDeleteAll(m_rows);
    m_rows.clear();
    m_met.clear();
    for (PasswordPolicyCheck::Rule rule : PasswordPolicyCheck::rules(policy)) {
        if (m_hidden.contains(rule))
            continue;
        auto *row = new QLabel(this);
        row->setObjectName(QStringLiteral("passwordRule%1").arg(int(rule)));
        row->setWordWrap(true);
        row->setTextFormat(Qt::PlainText);
        m_layout->addWidget(row);
        m_rows.insert(int(rule), row);
    }
    showCheck(PasswordPolicyCheck(policy, {}, {}, {}));
}

void PasswordChecklist::showCheck(const PasswordPolicyCheck &check)
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const auto rule = PasswordPolicyCheck::Rule(it.key());
        const bool met = check.passes(rule);
        const QString text = PasswordPolicyCheck::ruleText(rule, m_policy);
        QLabel *row = it.value();
        // The sign and the words carry the meaning; the colour only supports it.
        row->setText(
            QStringLiteral("%1  %2").arg(met ? QStringLiteral("✓") : QStringLiteral("✗"), text));
        row->setAccessibleName(met ? tr("Done: %1").arg(text) : tr("Not yet: %1").arg(text));
        row->setProperty("met", met);
        // The colour comes from resources/style/portiek.qss (QLabel[met="true"]).
        row->style()->unpolish(row);
        row->style()->polish(row);
        m_met.insert(it.key(), met);
    }
}

void PasswordChecklist::hideRule(PasswordPolicyCheck::Rule rule)
{
    m_hidden.append(rule);
    setPolicy(m_policy);
}

bool PasswordChecklist::showsMet(PasswordPolicyCheck::Rule rule) const
{
    return m_met.value(int(rule), false);
}

QLabel *PasswordChecklist::labelFor(PasswordPolicyCheck::Rule rule) const
{
    return m_rows.value(int(rule), nullptr);
}
