#pragma once

#include <QDialog>

struct Helpdesk;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QUrl;

// The help: a list of topics on the left, the chosen topic's page on the right (large text,
// links to other topics), and below them how to reach the organisation's helpdesk. It is not
// modal, so people can keep it open beside the screen it explains. Everything works by keyboard:
// arrow keys choose a topic, Tab goes through the page's links, Alt+Left goes back, Escape closes.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    // `language` is "nl" or "en" (HelpTopics::currentLanguage()).
    explicit HelpDialog(const QString &language, QWidget *parent = nullptr);

    // Shows a topic of HelpTopics::all(); an unknown one shows the first.
    void showTopic(const QString &topic);
    QString currentTopic() const { return m_topic; }
    void setHelpdesk(const Helpdesk &helpdesk);

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *topicList() const { return m_topics; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitTopics();

    void onSourceChanged(const QUrl &source);

    QString m_language;
    QString m_topic;
    QListWidget *m_topics;
    QTextBrowser *m_browser;
    QLabel *m_helpdesk;
    QPushButton *m_back;
    QPushButton *m_close;
};
