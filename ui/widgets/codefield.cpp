#include "ui/widgets/codefield.h"

#include <QRegularExpression>

CodeField::CodeField(QWidget *parent)
    : QLineEdit(parent)
{
    setInputMethodHints(Qt::ImhDigitsOnly);
    connect(this, &QLineEdit::textChanged, this, &CodeField::clean);
}

void CodeField::setCodeLength(int length)
{
    m_codeLength = qBound(1, length, 20);
    clean(text());
}

QString CodeField::digitsFrom(const QString &text, int length)
{
    static const QRegularExpression group(QStringLiteral("(?<![0-9])[0-9]+(?![0-9])"));
    QString all;
    for (const QRegularExpressionMatch &match : group.globalMatch(text)) {
        if (match.capturedLength() == length)
            return match.captured();
        all += match.captured();
    }
    return all.left(length);
}

void CodeField::clean(const QString &typed)
{
    const QString digits = digitsFrom(typed, m_codeLength);
    if (digits != typed)
        setText(digits); // re-enters once with clean text, which is left alone
}
