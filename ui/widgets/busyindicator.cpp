#include "ui/widgets/busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("One moment, please…"), this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    m_bar->setRange(0, 0); // how long it takes is unknown: a moving bar says "busy"
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(240);
    m_bar->setAccessibleName(m_label->text());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addStretch();
    hide();
}

void BusyIndicator::setText(const QString &text)
{
    m_label->setText(text);
    m_bar->setAccessibleName(text);
}
