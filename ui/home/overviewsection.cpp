#include "ui/home/overviewsection.h"

#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QLabel>
#include <QLayoutItem>
#include <QVBoxLayout>

OverviewSection::OverviewSection(const QString &title, const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_note(new QLabel(this))
    , m_error(new StatusMessage(this))
    , m_entries(new QVBoxLayout)
{
    setObjectName(objectName);
    setAccessibleName(title);
    setFrameShape(QFrame::NoFrame);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    Theme::makeHeading(m_title, 2);
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_error->setObjectName(objectName + QStringLiteral("Error"));
    m_entries->setContentsMargins(0, 0, 0, 0);
    m_entries->setSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addLayout(m_entries);
}

void OverviewSection::clearEntries()
{
    m_note->hide();
    m_error->clear();
    while (QLayoutItem *item = m_entries->takeAt(0)) {
        // Later, not now: the entry may be the button whose click led here.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

void OverviewSection::showLoading()
{
    clearEntries();
    m_note->setText(tr("Loading…"));
    m_note->show();
}

void OverviewSection::showEmpty(const QString &sentence)
{
    clearEntries();
    m_note->setText(sentence);
    m_note->show();
}

void OverviewSection::showError(const QString &sentence)
{
    clearEntries();
    m_error->showMessage(sentence);
}

void OverviewSection::addEntry(QWidget *entry)
{
    entry->setParent(this);
    m_entries->addWidget(entry);
    // At once, not from the event loop as a layout would: what is read now must be there now.
    entry->setVisible(true);
}

void OverviewSection::addSubheading(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    addEntry(label);
}

int OverviewSection::entryCount() const
{
    return m_entries->count();
}
