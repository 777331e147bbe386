#pragma once

#include "core/clock.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class BusyIndicator;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

// What every sign-in page shares: a centred column of readable width, a heading, a busy
// indication that also disables the page's submit button, a countdown when the portal asks to
// wait before the next try, Enter for the submit button and Escape for "back" where the page has
// one.
class WizardPage : public QWidget
{
    Q_OBJECT

public:
    explicit WizardPage(QWidget *parent = nullptr);

    // While the portal works on what the user asked: the busy indication shows, the submit button
    // is disabled and the fields stay as typed.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // After too many tries: the submit button stays disabled, with a countdown, until `when`.
    void setRetryAllowedAt(const QDateTime &when);
    // Tests pass a clock they move by hand; the default is the system clock.
    void setClock(Clock clock);
    // Recounts the waits shown on the page; a timer calls it every second while one runs.
    virtual void updateCountdown();

    // Where the keyboard focus goes when the page appears.
    virtual void focusFirstField() { }

signals:
    // Escape, or the page's own "back" link.
    void backRequested();

protected:
    // Builds its fields into the page's column with the helpers below.
    friend class NewPasswordFields;

    QVBoxLayout *column() const { return m_column; }
    QLabel *addHeading(const QString &text);
    // A label (with its Alt+letter mnemonic) and a field below it, added to the column.
    QLineEdit *addLineEdit(const QString &label, const QString &accessibleName,
                           const QString &objectName);
    // "Show password": shows the typed text of `fields`, for people who make typing mistakes.
    QCheckBox *addShowPasswordToggle(const QList<QLineEdit *> &fields);
    // The main button, which Enter presses (unless another button has the focus), with the busy
    // indication and the retry countdown beside it.
    void addSubmitRow(QPushButton *submit);
    // A link-styled button, as for "Cancel signing in".
    QPushButton *addLink(const QString &text, const QString &objectName);

    // Tab follows the order on screen, whatever the order the widgets were made in.
    static void setTabOrderChain(const QList<QWidget *> &widgets);
    void setBackOnEscape(bool enabled) { m_backOnEscape = enabled; }
    virtual void busyChanged(bool busy) { Q_UNUSED(busy) }
    QDateTime now() const { return m_clock(); }
    // Seconds from now until `when`, rounded up; 0 when it has passed.
    int secondsUntil(const QDateTime &when) const;
    // Keeps the one-second timer running while the page shows a countdown.
    void keepTicking(bool needed);

    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateSubmit();

    QVBoxLayout *m_column;
    BusyIndicator *m_busyIndicator;
    QLabel *m_retryLabel;
    QPushButton *m_submit = nullptr;
    Clock m_clock;
    QTimer m_ticker;
    QDateTime m_retryAllowedAt;
    bool m_busy = false;
    bool m_backOnEscape = false;
};
