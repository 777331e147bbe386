#pragma once

#include "server/demo/demopdf.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Test helpers for the plan import: a real multi-page PDF and the multipart body around it.
namespace PlanUpload {

inline const QByteArray Boundary = QByteArrayLiteral("----portiek-test-7MA4YWxkTrZu0gW");
inline const QByteArray ContentType = "multipart/form-data; boundary=" + Boundary;

// A PDF of `pages` pages made by the demo's writer.
inline QByteArray pdf(int pages = 3, const QString &title = QStringLiteral("Ondersteuningsplan"))
{
    Portiek::Server::DemoPdf document(title);
    document.title(title);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            document.newPage();
        document.heading(QStringLiteral("Hoofdstuk %1").arg(page + 1));
        document.paragraph(QStringLiteral("Meneer wandelt graag naar de vijver en drinkt "
                                          "koffie in de ontmoetingsruimte."));
    }
    return document.toPdf();
}

inline QJsonObject metadata(const QString &title = QStringLiteral("Ondersteuningsplan 2026"),
                            const QString &date = QStringLiteral("2026-03-09"),
                            bool approvalRequested = true)
{
    return { { QStringLiteral("title"), title },
             { QStringLiteral("date"), date },
             { QStringLiteral("approvalRequested"), approvalRequested } };
}

inline QByteArray part(const QByteArray &name, const QByteArray &contentType,
                       const QByteArray &body, const QByteArray &fileName = {})
{
    QByteArray text = "--" + Boundary + "\r\nContent-Disposition: form-data; name=\"" + name + '"';
    if (!fileName.isEmpty())
        text += "; filename=\"" + fileName + '"';
    text += "\r\nContent-Type: " + contentType + "\r\n\r\n" + body + "\r\n";
    return text;
}

inline QByteArray closing()
{
    return "--" + Boundary + "--\r\n";
}

inline QByteArray body(const QJsonObject &meta, const QByteArray &pdfBytes)
{
    return part("metadata", "application/json", QJsonDocument(meta).toJson(QJsonDocument::Compact))
        + part("file", "application/pdf", pdfBytes, "plan.pdf") + closing();
}

} // namespace PlanUpload
