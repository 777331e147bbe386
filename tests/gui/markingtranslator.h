#pragma once

#include <QChar>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>

// Installed last, so Qt asks it first: returns what the real (Dutch) translators say, or the
// source, with an invisible marker in front. A visible text without the marker did not pass
// through tr() — unless it is data.
class MarkingTranslator : public QTranslator
{
public:
    static constexpr QChar Marker = QChar(0x2060); // WORD JOINER

    // `others` are asked in order; the first non-empty answer wins.
    explicit MarkingTranslator(QList<QTranslator *> others, QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    QList<QTranslator *> m_others;
};

// What may be shown without tr(): numbers, dates, times and units, and verbatim pieces of the
// demo data the server was seeded with.
class DataTexts
{
public:
    // Reads the string literals of `files` (paths relative to the source directory).
    bool load(const QString &sourceDir, const QStringList &files, QString *error);
    bool isData(const QString &text) const;
    int literalCount() const { return int(m_literals.size()); }

private:
    bool isNumbersDatesOrUnits(const QString &text) const;
    bool isMadeOfLiterals(const QString &text) const;
    bool isOneText(const QString &plain, bool shortened) const;
    bool isMadeOfSentences(const QString &plain) const;

    QSet<QString> m_literals;
    QString m_corpus; // every literal, one a line
    QSet<QString> m_dateWords;
    QList<QRegularExpression> m_patterns;
    QStringList m_anchors; // per pattern: the start of its first fixed words
};
