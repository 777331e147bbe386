#include "server/reports/textfold.h"

namespace Portiek::Server::TextFold {

QString fold(const QString &text)
{
    // Decompose first, so "é" becomes "e" plus a mark and "ﬁ" becomes "fi"; fold the case after,
    // because decomposition can yield capitals ("ℌ" → "H").
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (pendingSpace && !folded.isEmpty())
                folded.append(QLatin1Char(' '));
            pendingSpace = false;
            folded.append(c);
        } else {
            pendingSpace = true;
        }
    }
    return folded;
}

QStringList words(const QString &text)
{
    QStringList list = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    list.removeDuplicates();
    return list;
}

} // namespace Portiek::Server::TextFold
