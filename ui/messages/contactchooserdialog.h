#pragma once

#include "core/contactperson.h"

#include <QDialog>

class ContactListModel;
class QLabel;
class QListView;
class QPushButton;
class StatusMessage;

// "New message": the people in the client's portal, alphabetically, with photo and relation,
// to choose whom to write to. It is also the overview of the client's contacts. Enter chooses,
// Escape closes; someone who cannot receive messages is listed, and saying so, but not chosen.
class ContactChooserDialog : public QDialog
{
    Q_OBJECT

public:
    ContactChooserDialog(ContactListModel *contacts, QWidget *parent = nullptr);

    ContactPerson chosen() const { return m_chosen; }
    QListView *list() const { return m_list; }

    void accept() override;

private:
    void updateState();

    ContactListModel *m_contacts;
    QLabel *m_empty;
    StatusMessage *m_status;
    QListView *m_list;
    QPushButton *m_choose;
    ContactPerson m_chosen;
};
