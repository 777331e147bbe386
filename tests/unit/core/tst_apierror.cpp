#include "core/apierror.h"
#include "core/language.h"
#include "core/organizationinfo.h"

#include <QTest>

using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void everyKind_hasItsOwnSentence();
    void helpdesk_isNamedOnlyWhenAPersonCanHelp();
    void helpdeskSentence_usesWhatIsKnown();
    void dutch_isTheTranslation();
};

void TestApiError::everyKind_hasItsOwnSentence()
{
    const QList<Kind> kinds { Kind::InvalidAddress,
                              Kind::InsecureAddress,
                              Kind::HostNotFound,
                              Kind::Unreachable,
                              Kind::Timeout,
                              Kind::CertificateUntrusted,
                              Kind::SecureConnectionFailed,
                              Kind::NotAPortal,
                              Kind::ServerUnavailable,
                              Kind::Problem };
    QSet<QString> sentences;
    for (Kind kind : kinds) {
        const QString sentence = ApiError(kind).userMessage();
        QVERIFY2(sentence.endsWith(QLatin1Char('.')) || sentence.endsWith(QLatin1String(".nl")),
                 qPrintable(sentence));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), kinds.size());
    QVERIFY(ApiError().userMessage().isEmpty());
}

void TestApiError::helpdesk_isNamedOnlyWhenAPersonCanHelp()
{
    const Helpdesk helpdesk { QStringLiteral("020 123 45 67"), QStringLiteral("help@x.example") };
    // A certificate problem needs the organisation: name its helpdesk.
    QVERIFY(ApiError(Kind::CertificateUntrusted).userMessage(helpdesk).contains(helpdesk.phone));
    // A typo in the address the user can fix alone.
    QVERIFY(!ApiError(Kind::InvalidAddress).userMessage(helpdesk).contains(helpdesk.phone));
    // Nothing known, nothing added.
    QCOMPARE(ApiError(Kind::NotAPortal).userMessage(Helpdesk()),
             ApiError(Kind::NotAPortal).userMessage());
}

void TestApiError::helpdeskSentence_usesWhatIsKnown()
{
    const QString both
        = ApiError::helpdeskSentence({ QStringLiteral("020"), QStringLiteral("a@b.nl") });
    QVERIFY(both.contains(QLatin1String("020")) && both.contains(QLatin1String("a@b.nl")));
    QVERIFY(ApiError::helpdeskSentence({ {}, QStringLiteral("a@b.nl") })
                .contains(QLatin1String("a@b.nl")));
    QVERIFY(ApiError::helpdeskSentence({}).isEmpty());
}

void TestApiError::dutch_isTheTranslation()
{
    Language::install(*QCoreApplication::instance(), QStringLiteral("nl"));
    QCOMPARE(
        ApiError(Kind::Timeout).userMessage(),
        QStringLiteral(
            "Het portaal gaf niet op tijd antwoord. Probeer het over een paar minuten opnieuw."));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
