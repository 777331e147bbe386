#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QFont>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

// PDFs made inside a test, so no binary fixtures are needed.
namespace TestPdf {

// A real A4 PDF with `pages` pages, each with a heading "Page n" and `lines` lines of text (the
// plan benchmark asks for a full page).
inline QByteArray make(int pages, const QString &title = QStringLiteral("Ondersteuningsplan"),
                       int lines = 1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(title);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        font.setPointSize(36);
        painter.setFont(font);
        painter.drawText(QPointF(200, 400), QStringLiteral("%1 - Page %2").arg(title).arg(page));
        font.setPointSize(12);
        painter.setFont(font);
        painter.drawText(QPointF(200, 700),
                         QStringLiteral("Doel %1: zelfstandig boodschappen doen.").arg(page));
        for (int line = 2; line <= lines; ++line) {
            painter.drawText(QPointF(200, 700 + 70 * line),
                             QStringLiteral("Doel %1.%2: elke dag een rondje door de tuin, met "
                                            "begeleiding als het glad is.")
                                 .arg(page)
                                 .arg(line));
        }
        // A block whose height grows with the page number, so pages render differently.
        painter.fillRect(QRectF(200, 900, 1500, 100.0 * page), Qt::black);
    }
    painter.end();
    return bytes;
}

// A one-page PDF encrypted with the standard security handler and a user password that is not
// empty (its /U does not match the empty password), so a reader without the password is locked
// out. Written by hand because Debian 12 machines here have no qpdf.
inline QByteArray makeLocked()
{
    const QByteArray u(32, '\x5a');
    const QByteArray o(32, '\x3c');
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + o.toHex() + "> /U <" + u.toHex()
            + "> >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<int> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(int(pdf.size()));
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const int xref = int(pdf.size());
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (int offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff>"
          "<00112233445566778899aabbccddeeff>] >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

inline QByteArray corrupt()
{
    return QByteArray("%PDF-1.7\nthis is not a PDF at all \x01\x02\x03").repeated(20);
}

// A plan as the portal describes it (docs/openapi.yaml, Plan).
inline QJsonObject planJson(const QString &id, const QString &title, const QString &date,
                            bool canApprove = true, const QJsonObject &approval = {})
{
    return { { "id", id },
             { "title", title },
             { "date", date },
             { "publishedAt", date + QStringLiteral("T15:02:11+01:00") },
             { "pdfUrl", QStringLiteral("/api/v1/clients/100482/plans/%1/pdf").arg(id) },
             { "sizeBytes", 184322 },
             { "pageCount", 3 },
             { "approvalRequested", true },
             { "approval", approval.isEmpty() ? QJsonValue(QJsonValue::Null) : approval },
             { "canApprove", canApprove } };
}

inline QJsonObject approvalJson(const QString &name = QStringLiteral("Mark van Dijk"))
{
    return { { "approvedAt", "2026-03-12T10:21:44+01:00" },
             { "approvedBy",
               QJsonObject { { "id", "per_9Rm4" },
                             { "name", name },
                             { "role", "representative" },
                             { "photoUrl", QJsonValue::Null } } } };
}

} // namespace TestPdf
