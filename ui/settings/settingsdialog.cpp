#include "ui/settings/settingsdialog.h"

#include "core/appsettings.h"
#include "ui/theme.h"
#include "ui/widgets/verticalscrollarea.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
const QStringList LanguageCodes = { QString(), QStringLiteral("nl"), QStringLiteral("en") };
}

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_originalScale(Theme::textScale())
    , m_originalContrast(Theme::highContrast())
    , m_sizes(new QButtonGroup(this))
    , m_contrast(new QCheckBox(tr("&High contrast: white and yellow on black"), this))
    , m_notifications(new QCheckBox(tr("Show &notices of new things"), this))
    , m_languages(new QButtonGroup(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    auto *heading = new QLabel(tr("Settings"), this);
    heading->setObjectName(QStringLiteral("settingsHeading"));
    Theme::makeHeading(heading, 1);

    // Text size: five large steps, one below the other so they fit at 200%, chosen with the arrow
    // keys.
    auto *sizeBox = new QGroupBox(tr("Text size"), this);
    sizeBox->setObjectName(QStringLiteral("textSizeGroup"));
    sizeBox->setAccessibleName(tr("Text size"));
    auto *sizeLayout = new QVBoxLayout(sizeBox);
    sizeLayout->setSpacing(4);
    for (int percent : AppSettings::TextScaleSteps) {
        auto *button = new QRadioButton(tr("%1%").arg(percent), sizeBox);
        button->setObjectName(QStringLiteral("textSize%1").arg(percent));
        button->setAccessibleName(tr("Text size %1 percent").arg(percent));
        button->setChecked(percent == m_originalScale);
        m_sizes->addButton(button, percent);
        sizeLayout->addWidget(button);
    }
    if (!m_sizes->checkedButton())
        m_sizes->button(100)->setChecked(true);

    m_preview->setObjectName(QStringLiteral("textSizePreview"));
    m_preview->setWordWrap(true);
    m_preview->setAccessibleName(tr("Example of the text size"));
    auto *shortcutHint = new QLabel(
        tr("Anywhere in Portiek, Ctrl and + makes the text bigger, Ctrl and − smaller, and Ctrl "
           "and 0 brings it back to normal."),
        this);
    shortcutHint->setWordWrap(true);

    m_contrast->setObjectName(QStringLiteral("highContrastCheck"));
    m_contrast->setAccessibleName(tr("High contrast"));
    m_contrast->setChecked(m_originalContrast);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_notifications->setAccessibleName(tr("Notices on the screen"));
    m_notifications->setAccessibleDescription(
        tr("While Portiek runs, also when it is minimised, a notice on the screen says when a "
           "message or report has come in, or a plan waits for approval."));
    m_notifications->setChecked(m_settings->notifications());

    auto *languageBox = new QGroupBox(tr("Language"), this);
    languageBox->setObjectName(QStringLiteral("languageGroup"));
    languageBox->setAccessibleName(tr("Language"));
    auto *languageLayout = new QVBoxLayout(languageBox);
    const QStringList languageNames
        = { tr("Like the system"), QStringLiteral("Nederlands"), QStringLiteral("English") };
    const QString current = settings->language();
    for (int i = 0; i < LanguageCodes.size(); ++i) {
        auto *button = new QRadioButton(languageNames.at(i), languageBox);
        button->setObjectName(i == 0 ? QStringLiteral("languageSystem")
                                     : QStringLiteral("language_") + LanguageCodes.at(i));
        button->setAccessibleName(languageNames.at(i));
        button->setChecked(LanguageCodes.at(i) == current);
        m_languages->addButton(button, i);
        languageLayout->addWidget(button);
    }
    auto *languageNote
        = new QLabel(tr("A new language is used the next time you start Portiek."), languageBox);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    languageLayout->addWidget(languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK, keep these settings"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("settingsCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleName(tr("Cancel, put back the settings as they were"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // At 200% the dialog may be taller than the screen: it scrolls rather than cutting off.
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setSpacing(16);
    column->addWidget(heading);
    column->addWidget(sizeBox);
    column->addWidget(m_preview);
    column->addWidget(shortcutHint);
    column->addWidget(m_contrast);
    column->addWidget(m_notifications);
    column->addWidget(languageBox);
    column->addStretch();
    auto *scroll = new VerticalScrollArea(content, this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    connect(m_sizes, &QButtonGroup::idClicked, this, [this](int percent) {
        Theme::setTextScale(percent);
        updatePreview();
    });
    connect(m_contrast, &QCheckBox::toggled, this, &Theme::setHighContrast);
    updatePreview();
    resize(760, 640);
}

void SettingsDialog::updatePreview()
{
    m_preview->setText(tr("This is how large the text is now: %1%.").arg(Theme::textScale()));
}

void SettingsDialog::accept()
{
    m_settings->setTextScalePercent(Theme::textScale());
    m_settings->setHighContrast(Theme::highContrast());
    m_settings->setNotifications(m_notifications->isChecked());
    m_settings->setLanguage(LanguageCodes.value(m_languages->checkedId()));
    QDialog::accept();
}

void SettingsDialog::reject()
{
    Theme::setTextScale(m_originalScale);
    Theme::setHighContrast(m_originalContrast);
    QDialog::reject();
}
