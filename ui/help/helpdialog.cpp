#include "ui/help/helpdialog.h"

#include "core/apierror.h"
#include "core/organizationinfo.h"
#include "ui/help/helptopics.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Headings and paragraphs with air between them; QTextDocument knows only a little CSS. Links
// take the palette's link colour, so they follow the high-contrast theme.
const char PageStyle[] = R"(
h1 { font-size: x-large; margin-bottom: 12px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }
p, li { margin-bottom: 8px; }
a { text-decoration: underline; }
)";

// The <title> of a help page, which the topic list shows.
QString pageTitle(const QString &language, const QString &topic)
{
    QFile file(QStringLiteral(":/portiek/help/%1/%2.html").arg(language, topic));
    if (!file.open(QIODevice::ReadOnly))
        return topic;
    static const QRegularExpression title(QStringLiteral("<title>(.*)</title>"));
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1) : topic;
}

} // namespace

HelpDialog::HelpDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_language(language)
    , m_topics(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_helpdesk(new QLabel(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Help — Portiek"));
    setModal(false);

    m_topics->setObjectName(QStringLiteral("helpTopics"));
    m_topics->setAccessibleName(tr("Help topics"));
    m_topics->setAccessibleDescription(
        tr("Use the arrow keys to choose a topic. Tab goes to its text."));
    m_topics->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    QFont topicFont = m_topics->font();
    topicFont.setPointSizeF(topicFont.pointSizeF() * 1.15);
    m_topics->setFont(topicFont);
    m_topics->setSpacing(4);
    for (const QString &topic : HelpTopics::all()) {
        auto *item = new QListWidgetItem(pageTitle(language, topic), m_topics);
        item->setData(Qt::UserRole, topic);
    }
    // Long titles wrap, so that with large text the list never takes the help text's room
    // (fitTopics()).
    m_topics->setWordWrap(true);
    m_topics->setResizeMode(QListView::Adjust); // wrap again at every new width
    m_topics->setTextElideMode(Qt::ElideNone);
    m_topics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Help text"));
    m_browser->setAccessibleDescription(
        tr("Tab goes from link to link; Enter opens the link. Alt+Left goes back."));
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_browser->document()->setDefaultStyleSheet(QString::fromLatin1(PageStyle));
    QFont pageFont = m_browser->font();
    pageFont.setPointSizeF(pageFont.pointSizeF() * 1.2);
    m_browser->setFont(pageFont);
    m_browser->document()->setDocumentMargin(16);

    m_helpdesk->setObjectName(QStringLiteral("helpHelpdesk"));
    m_helpdesk->setAccessibleName(tr("Helpdesk"));
    m_helpdesk->setWordWrap(true);
    m_helpdesk->setFrameShape(QFrame::StyledPanel);
    m_helpdesk->setMargin(12);
    m_helpdesk->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_helpdesk->setFocusPolicy(Qt::StrongFocus);
    setHelpdesk({});

    m_back->setObjectName(QStringLiteral("helpBackButton"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Goes back to the page you read before (Alt+Left)."));
    m_back->setEnabled(false);
    m_back->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("helpCloseButton"));
    m_close->setAccessibleName(tr("Close the help"));
    m_close->setAutoDefault(false);

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_topics);
    body->addWidget(m_browser, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addLayout(body, 1);
    layout->addWidget(m_helpdesk);
    layout->addLayout(buttons);

    setTabOrder(m_topics, m_browser);
    setTabOrder(m_browser, m_helpdesk);
    setTabOrder(m_helpdesk, m_back);
    setTabOrder(m_back, m_close);

    connect(m_topics, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showTopic(m_topics->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpDialog::onSourceChanged);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    auto *back = new QShortcut(QKeySequence::Back, this);
    connect(back, &QShortcut::activated, m_browser, &QTextBrowser::backward);

    resize(960, 680);
    showTopic(HelpTopics::all().constFirst());
}

void HelpDialog::showTopic(const QString &topic)
{
    const QString shown = HelpTopics::all().contains(topic) ? topic : HelpTopics::all().first();
    if (shown == m_topic)
        return;
    m_browser->setSource(QUrl(HelpTopics::url(m_language, shown)));
}

void HelpDialog::setHelpdesk(const Helpdesk &helpdesk)
{
    const QString reach = ApiError::helpdeskSentence(helpdesk);
    const QString care = tr("Questions about the care itself? Ask the care team.");
    m_helpdesk->setText(reach.isEmpty()
                            ? tr("Questions about signing in or about Portiek? Ask your care "
                                 "organisation.")
                                + QLatin1Char(' ') + care
                            : reach + QLatin1Char(' ') + care);
}

void HelpDialog::onSourceChanged(const QUrl &source)
{
    // The signal's URL: source() still answers the previous page while this signal is emitted.
    m_topic = HelpTopics::topicOfUrl(source.toString());
    for (int row = 0; row < m_topics->count(); ++row) {
        if (m_topics->item(row)->data(Qt::UserRole).toString() == m_topic) {
            const QSignalBlocker blocker(m_topics);
            m_topics->setCurrentRow(row);
            break;
        }
    }
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("Help — Portiek") : tr("Help: %1 — Portiek").arg(title));
}

void HelpDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitTopics();
    // A page takes the link colour when it is read: read it again for the new theme.
    if ((event->type() == QEvent::PaletteChange
         || event->type() == QEvent::ApplicationPaletteChange)
        && m_browser->source().isValid())
        m_browser->reload();
}

void HelpDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitTopics();
}

void HelpDialog::fitTopics()
{
    // As wide as the longest title while that is at most a third of the window; narrower (titles
    // wrapping) when the text is large or the window small.
    const int widest = m_topics->sizeHintForColumn(0) + 72;
    const int width = qMin(widest, this->width() / 3);
    m_topics->setFixedWidth(qMax(width, m_topics->fontMetrics().averageCharWidth() * 8));
}
