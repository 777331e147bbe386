#pragma once

#include "core/language.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// Portiek as many of its people see it: in Dutch, with the text at 200 %, for as long as this
// object lives; then English at 100 % again, as the other tests expect. Make the widgets after
// it, so that their texts are Dutch.
class LargeDutch
{
public:
    LargeDutch()
    {
        Theme::setTextScale(200);
        Language::install(*qApp, QStringLiteral("nl"));
    }
    ~LargeDutch()
    {
        Theme::setTextScale(100);
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_locale);
    }
    LargeDutch(const LargeDutch &) = delete;
    LargeDutch &operator=(const LargeDutch &) = delete;

private:
    const QLocale m_locale;
};
