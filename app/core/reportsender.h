#pragma once

#include "core/apireply.h"
#include "core/report.h"

#include <QCoreApplication>
#include <QObject>

class DraftSender;
class DraftStore;
class PortalApi;

// Sends a report draft (POST /api/v1/clients/{id}/reports, createReport) with the draft's own
// Idempotency-Key. The draft goes only when the server has the report; after any failure it
// stays, key and all, so the person can try again without a risk of sending it twice.
class ReportSender : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DraftKind = "report";

    ReportSender(PortalApi *api, DraftStore *drafts, QObject *parent = nullptr);

    // Sends the stored draft as it is now. False (and nothing sent) when another send runs,
    // the draft is unknown or its text is empty or too long.
    bool send(const QString &draftId);
    bool isSending() const;
    QString sendingDraftId() const;

    // A sentence for the person writing: what went wrong and what to do.
    static QString sentenceFor(const ApiError &error);

signals:
    void sendingChanged(bool sending);
    // The server has the report; the draft is gone. `report` is invalid in the rare case that
    // the portal's answer could not be read (the report is stored all the same).
    void sent(const QString &draftId, const Report &report);
    void failed(const QString &draftId, const ApiError &error);

private:
    void onSent(const QString &draftId, const QJsonObject &answer);

    DraftStore *m_drafts;
    DraftSender *m_sender;
};
