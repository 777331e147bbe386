#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

struct Helpdesk;

// Why a conversation with the portal failed, in terms the user can act on.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        InvalidAddress, // what was typed is no web address
        InsecureAddress, // http:// instead of https://
        HostNotFound, // DNS has no such name
        Unreachable, // refused, reset, no network
        Timeout,
        CertificateUntrusted, // TLS worked, but the certificate did not verify
        SecureConnectionFailed, // no TLS handshake at all (e.g. not an HTTPS server)
        NotAPortal, // something answered, but not a Portiek portal
        ServerUnavailable, // 5xx: the portal has a problem
        Problem, // the portal refused with a problem+json answer
    };

    // One entry of a validation_failed problem's `errors`.
    struct FieldError
    {
        QString field; // a dotted path into the request body: "newPassword"
        QString code; // "too_short", "incorrect", …
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // Technical detail for the log and for "more information" (certificate errors, the problem's
    // code), never the main sentence.
    QString detail() const { return m_detail; }
    int httpStatus() const { return m_httpStatus; }
    QString problemCode() const { return m_problemCode; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // With sms_code_invalid: tries the current code has left; -1 when the answer did not say.
    int attemptsLeft() const { return m_attemptsLeft; }
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setProblemCode(const QString &code) { m_problemCode = code; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    void setAttemptsLeft(int attempts) { m_attemptsLeft = attempts; }
    void setFieldErrors(const QList<FieldError> &errors) { m_fieldErrors = errors; }

    // One or two plain Dutch (translated) sentences: what happened and what to do; when the
    // problem needs a person, followed by how to reach the helpdesk (knownHelpdesk()).
    QString userMessage() const;
    // The same, with this helpdesk instead of the known one.
    QString userMessage(const Helpdesk &helpdesk) const;
    // True when the user cannot fix this alone: a certificate or server problem, a blocked
    // account, a missing right, or a problem code Portiek has no sentence for.
    bool needsHelpdesk() const;
    // The same decision for a problem+json `code` alone.
    static bool problemCodeNeedsHelpdesk(const QString &code);

    static QString helpdeskSentence(const Helpdesk &helpdesk);

    // The helpdesk of the portal Portiek is connected to (or was, last time), named with every
    // error that needs a person. PortalConnection keeps it current. It is one fact for the whole
    // process, like the language, so every part shows it without being handed it.
    static void setKnownHelpdesk(const Helpdesk &helpdesk);
    static Helpdesk knownHelpdesk();

private:
    // The sentence for a problem code that means the same wherever it comes (codes that depend on
    // the step, such as the sign-in's, are mapped by their flow); empty for other codes.
    QString problemMessage() const;
    QString sentence() const;

    Kind m_kind = Kind::None;
    QString m_detail;
    QString m_problemCode;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = -1;
    int m_attemptsLeft = -1;
    QList<FieldError> m_fieldErrors;
};

Q_DECLARE_METATYPE(ApiError)
