#pragma once

#include "core/contactaccess.h"

#include <QHash>
#include <QWidget>

class QCheckBox;

// One check box per right, each with a plain sentence of what it allows, under the manual's
// advice not to give everyone every right. Keeps the rights consistent as they are ticked:
// "Write reports" ticks "Read reports", and unticking "See the agenda" unticks "Change the
// agenda".
class RightsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RightsEditor(QWidget *parent = nullptr);

    void setRights(const ContactRights &rights);
    ContactRights rights() const { return m_rights; }
    QCheckBox *checkBox(ContactRights::Right right) const { return m_boxes.value(right); }
    // The first check box, for a dialog's tab order.
    QWidget *firstFocus() const;

signals:
    void rightsChanged(const ContactRights &rights);

private:
    void onToggled(ContactRights::Right right, bool on);
    void showRights();

    ContactRights m_rights;
    QHash<ContactRights::Right, QCheckBox *> m_boxes;
};
