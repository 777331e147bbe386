#pragma once

#include <QString>
#include <QStringList>

namespace Portiek::Server::TextFold {

// Text as search compares it: case-folded, accents removed (NFKD without its combining marks),
// and every run of characters that are not letters or digits turned into one space, trimmed:
// "Café  Noël, 2e verdieping" → "cafe noel 2e verdieping". Reports store this next to their
// text, so `q` can be matched with plain LIKE on SQLite and PostgreSQL alike.
QString fold(const QString &text);

// The folded words of `text`, without duplicates: the words a search must all find.
QStringList words(const QString &text);

} // namespace Portiek::Server::TextFold
