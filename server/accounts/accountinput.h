#pragma once

#include <QString>

#include <optional>

namespace Portiek::Server::AccountInput {

// Checks and normalises what an operator or a portal administrator types for a new account.
// Each returns the value to store, or nothing with `*problem` set to the end of a sentence
// ("must be 3 to 64 letters, digits, dots, hyphens or underscores").

// 3 to 64 of A–Z a–z 0–9 . - _, starting with a letter or digit.
std::optional<QString> username(const QString &text, QString *problem);
// A name part: trimmed, 1 to `maxLength` characters, no control characters.
std::optional<QString> namePart(const QString &text, int maxLength, QString *problem);
// One address with one @, no spaces.
std::optional<QString> email(const QString &text, QString *problem);
// E.164 ("+31612345678"); spaces and hyphens are dropped and a Dutch "06…" becomes "+316…".
std::optional<QString> mobile(const QString &text, QString *problem);
// A dossier id: 1 to 64 of A–Z a–z 0–9 - _.
std::optional<QString> clientId(const QString &text, QString *problem);

inline constexpr int MaxNameLength = 100;
inline constexpr int MaxPrefixLength = 20;

} // namespace Portiek::Server::AccountInput
