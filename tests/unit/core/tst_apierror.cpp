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
    void helpdeskMapping_data();
    void helpdeskMapping();
    void knownHelpdesk_isNamedWithoutBeingPassed();
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

void TestApiError::helpdeskMapping_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("needsHelpdesk");
    const auto kind = [](Kind k) { return static_cast<int>(k); };
    // What a person has to solve: certificates, the server, blocked accounts, missing rights,
    // and any code this version does not know.
    QTest::newRow("certificate") << kind(Kind::CertificateUntrusted) << QString() << true;
    QTest::newRow("no tls") << kind(Kind::SecureConnectionFailed) << QString() << true;
    QTest::newRow("not a portal") << kind(Kind::NotAPortal) << QString() << true;
    QTest::newRow("5xx") << kind(Kind::ServerUnavailable) << QString() << true;
    for (const char *code :
         { "account_disabled", "right_missing", "client_not_accessible", "internal_error",
           "unavailable", "malformed_request", "parameter_invalid", "some_future_code" })
        QTest::newRow(code) << kind(Kind::Problem) << QString::fromLatin1(code) << true;
    // What the user fixes alone: the address, the network, a code, a file, a wait.
    QTest::newRow("invalid address") << kind(Kind::InvalidAddress) << QString() << false;
    QTest::newRow("http") << kind(Kind::InsecureAddress) << QString() << false;
    QTest::newRow("dns") << kind(Kind::HostNotFound) << QString() << false;
    QTest::newRow("unreachable") << kind(Kind::Unreachable) << QString() << false;
    QTest::newRow("timeout") << kind(Kind::Timeout) << QString() << false;
    for (const char *code :
         { "not_found", "contact_change_code_invalid", "image_invalid", "payload_too_large",
           "not_author", "appointment_read_only", "session_expired", "rate_limited",
           "validation_failed", "invalid_credentials", "sms_code_invalid", "reset_code_invalid" })
        QTest::newRow(code) << kind(Kind::Problem) << QString::fromLatin1(code) << false;
}

void TestApiError::helpdeskMapping()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(bool, needsHelpdesk);
    ApiError error(static_cast<Kind>(kind));
    error.setProblemCode(code);
    QCOMPARE(error.needsHelpdesk(), needsHelpdesk);
    if (!code.isEmpty())
        QCOMPARE(ApiError::problemCodeNeedsHelpdesk(code), needsHelpdesk);
    const Helpdesk helpdesk { QStringLiteral("020 123 45 67"), QStringLiteral("help@x.example") };
    const QString message = error.userMessage(helpdesk);
    QCOMPARE(message.contains(helpdesk.phone), needsHelpdesk);
    QCOMPARE(message.contains(helpdesk.email), needsHelpdesk);
    // The helpdesk comes after the sentence that says what happened.
    if (needsHelpdesk)
        QVERIFY(message.endsWith(ApiError::helpdeskSentence(helpdesk)));
}

void TestApiError::knownHelpdesk_isNamedWithoutBeingPassed()
{
    const Helpdesk helpdesk { QStringLiteral("020 448 69 70"), QStringLiteral("hd@x.example") };
    ApiError::setKnownHelpdesk(helpdesk);
    ApiError forbidden(Kind::Problem);
    forbidden.setProblemCode(QStringLiteral("right_missing"));
    const QString message = forbidden.userMessage();
    ApiError::setKnownHelpdesk({});
    QVERIFY2(message.contains(helpdesk.phone) && message.contains(helpdesk.email),
             qPrintable(message));
    QVERIFY(!forbidden.userMessage().contains(helpdesk.phone));
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
