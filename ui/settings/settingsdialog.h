#pragma once

#include <QDialog>

class AppSettings;
class QButtonGroup;
class QCheckBox;
class QLabel;

// Text size, high contrast and language. Text size and contrast apply at once, so the person sees
// what they choose; OK remembers the choice, Cancel (or Escape) puts back what was there.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;

private:
    void updatePreview();

    AppSettings *m_settings;
    const int m_originalScale;
    const bool m_originalContrast;
    QButtonGroup *m_sizes;
    QCheckBox *m_contrast;
    QCheckBox *m_notifications;
    QButtonGroup *m_languages;
    QLabel *m_preview;
};
