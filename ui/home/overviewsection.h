#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;
class StatusMessage;

// One block of the home overview: a heading, then what it holds, "Loading…", a sentence when
// there is nothing, or what went wrong. Its entries are rebuilt on every change.
class OverviewSection : public QFrame
{
    Q_OBJECT

public:
    OverviewSection(const QString &title, const QString &objectName, QWidget *parent = nullptr);

    void showLoading();
    void showEmpty(const QString &sentence);
    void showError(const QString &sentence);
    // Removes the entries and messages; addEntry() adds new ones below the heading.
    void clearEntries();
    void addEntry(QWidget *entry);
    void addSubheading(const QString &text, const QString &objectName);
    int entryCount() const;

private:
    QLabel *m_title;
    QLabel *m_note;
    StatusMessage *m_error;
    QVBoxLayout *m_entries;
};
