#include "ui/settings/settingscontroller.h"

#include "core/appsettings.h"
#include "ui/settings/settingsdialog.h"
#include "ui/theme.h"

#include <QApplication>
#include <QShortcut>
#include <QWidget>

SettingsController::SettingsController(AppSettings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{
    const auto shortcut = [this, window](const QKeySequence &keys, auto slot) {
        auto *action = new QShortcut(keys, window);
        action->setContext(Qt::ApplicationShortcut);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus), [this] { stepTextSize(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { stepTextSize(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Equal), [this] { stepTextSize(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { stepTextSize(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { resetTextSize(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { openDialog(); });
}

void SettingsController::openDialog()
{
    // One settings dialog at a time, even when Ctrl+, is pressed in it.
    if (m_window->findChild<SettingsDialog *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto *dialog = new SettingsDialog(m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->show();
}

void SettingsController::stepTextSize(int direction)
{
    const QList<int> &steps = AppSettings::TextScaleSteps;
    const int current = Theme::textScale();
    int target = current;
    if (direction > 0) {
        for (int step : steps) {
            if (step > current) {
                target = step;
                break;
            }
        }
    } else {
        for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
            if (*it < current) {
                target = *it;
                break;
            }
        }
    }
    setTextSize(target);
}

void SettingsController::resetTextSize()
{
    setTextSize(100);
}

void SettingsController::setTextSize(int percent)
{
    Theme::setTextScale(percent);
    m_settings->setTextScalePercent(Theme::textScale());
}
