#include "ui/access/rightseditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

RightsEditor::RightsEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rightsEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // The manual's advice, right where the rights are set.
    auto *advice = new QLabel(tr("<b>Do not give everyone all rights automatically.</b> The "
                                 "information in the dossier is personal: give each person only "
                                 "what they need, and talk it over with your partner or children "
                                 "if you like. Do you manage the portal for the client? Then ask "
                                 "the client what they want, where you can. You can add a right "
                                 "later."),
                              this);
    advice->setObjectName(QStringLiteral("rightsAdvice"));
    advice->setWordWrap(true);
    advice->setTextFormat(Qt::RichText);
    advice->setFrameShape(QFrame::StyledPanel);
    advice->setMargin(10);
    layout->addWidget(advice);
    layout->addSpacing(8);

    const QList<ContactRights::Right> all = ContactRights::allRights();
    for (ContactRights::Right right : all) {
        auto *box = new QCheckBox(ContactRights::label(right), this);
        box->setObjectName(QStringLiteral("right_") + ContactRights::key(right));
        box->setAccessibleDescription(ContactRights::sentence(right));
        QFont bold = box->font();
        bold.setBold(true);
        box->setFont(bold);
        auto *sentence = new QLabel(ContactRights::sentence(right), this);
        sentence->setWordWrap(true);
        sentence->setIndent(32);
        sentence->setBuddy(box);
        layout->addWidget(box);
        layout->addWidget(sentence);
        layout->addSpacing(4);
        m_boxes.insert(right, box);
        connect(box, &QCheckBox::toggled, this, [this, right](bool on) { onToggled(right, on); });
    }
    showRights();
}

QWidget *RightsEditor::firstFocus() const
{
    return m_boxes.value(ContactRights::Right::ReportsRead);
}

void RightsEditor::setRights(const ContactRights &rights)
{
    m_rights = rights;
    showRights();
}

void RightsEditor::onToggled(ContactRights::Right right, bool on)
{
    m_rights.setKeepingConsistent(right, on);
    showRights();
    emit rightsChanged(m_rights);
}

void RightsEditor::showRights()
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(m_rights.has(it.key()));
    }
}
