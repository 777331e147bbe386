#pragma once

#include "ui/login/wizardpage.h"

class QAbstractItemModel;
class QListView;
class QPushButton;
class StatusMessage;

// For a person who acts for several clients: whose portal to open. A list of large entries with
// name and photo, by keyboard (arrows and Enter) or by one click.
class ClientPickerPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ClientPickerPage(QWidget *parent = nullptr);

    // `idRole` is the role that holds the client's id; DisplayRole the name, DecorationRole the
    // photo (QImage or QPixmap; initials where there is none).
    void setModel(QAbstractItemModel *model, int idRole);
    // Marks the client that is open now, when switching.
    void setCurrentClient(const QString &clientId);
    // "Back" to the open client, when switching rather than signing in.
    void setCanGoBack(bool canGoBack);
    void showError(const QString &text);
    void clearMessage();
    void focusFirstField() override;

    QListView *list() const { return m_list; }

signals:
    void clientChosen(const QString &clientId);

private:
    void choose(const QModelIndex &index);

    QAbstractItemModel *m_model = nullptr;
    int m_idRole = Qt::UserRole;
    QListView *m_list;
    StatusMessage *m_message;
    QPushButton *m_open;
    QPushButton *m_back;
};
