#include "markingtranslator.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

MarkingTranslator::MarkingTranslator(QList<QTranslator *> others, QObject *parent)
    : QTranslator(parent)
    , m_others(std::move(others))
{ }

QString MarkingTranslator::translate(const char *context, const char *sourceText,
                                     const char *disambiguation, int n) const
{
    if (!sourceText || !*sourceText)
        return {};
    QString text;
    for (const QTranslator *other : m_others) {
        text = other->translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty())
            break;
    }
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    return Marker + text;
}

namespace {

QString unescape(const QString &literal)
{
    QString out;
    out.reserve(literal.size());
    for (qsizetype i = 0; i < literal.size(); ++i) {
        if (literal[i] == QLatin1Char('\\') && i + 1 < literal.size()) {
            const QChar next = literal[++i];
            out += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
        } else {
            out += literal[i];
        }
    }
    return out;
}

QString simplified(QString text)
{
    text.remove(MarkingTranslator::Marker);
    return text.simplified();
}

} // namespace

bool DataTexts::load(const QString &sourceDir, const QStringList &files, QString *error)
{
    // A literal, and the ones that follow it separated only by white space, joined as C++ does.
    static const QRegularExpression literals(
        QStringLiteral(R"re("((?:[^"\\\n]|\\.)*)"(?:\s*"((?:[^"\\\n]|\\.)*)")*)re"));
    static const QRegularExpression one(QStringLiteral(R"re("((?:[^"\\\n]|\\.)*)")re"));
    for (const QString &name : files) {
        QFile file(sourceDir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return false;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QString code;
        for (const QString &line : lines) {
            if (!line.trimmed().startsWith(QLatin1String("#include")))
                code += line + QLatin1Char('\n');
        }
        for (auto it = literals.globalMatch(code); it.hasNext();) {
            QString joined;
            for (auto part = one.globalMatch(it.next().captured(0)); part.hasNext();)
                joined += unescape(part.next().captured(1));
            joined = simplified(joined);
            if (joined.isEmpty())
                continue;
            m_literals.insert(joined);
            // Texts the demo fills in ("Ondersteuningsplan %1", "{A} genoot zichtbaar.").
            static const QRegularExpression placeholder(QStringLiteral(R"(%\d|\{[A-Z]\})"));
            if (joined.contains(placeholder)
                && QString(joined).remove(placeholder).remove(QLatin1Char(' ')).size() >= 6) {
                const QStringList pieces = joined.split(placeholder);
                QString pattern = QRegularExpression::escape(pieces.first());
                for (qsizetype i = 1; i < pieces.size(); ++i)
                    pattern += QStringLiteral(".+?") + QRegularExpression::escape(pieces.at(i));
                QString anchor;
                for (const QString &piece : pieces) {
                    if (piece.trimmed().size() >= 6) {
                        anchor = piece.trimmed().left(12);
                        break;
                    }
                }
                m_anchors.append(anchor);
                m_patterns.append(QRegularExpression(QStringLiteral("^(?:%1)$").arg(pattern)));
            }
            m_corpus += joined + QLatin1Char('\n');
        }
    }
    for (const QLocale &locale : { QLocale(QLocale::Dutch), QLocale(QLocale::English) }) {
        for (int i = 1; i <= 12; ++i) {
            for (const auto format : { QLocale::LongFormat, QLocale::ShortFormat }) {
                m_dateWords.insert(locale.monthName(i, format).toLower());
                m_dateWords.insert(locale.standaloneMonthName(i, format).toLower());
                if (i <= 7) {
                    m_dateWords.insert(locale.dayName(i, format).toLower());
                    m_dateWords.insert(locale.standaloneDayName(i, format).toLower());
                }
            }
        }
    }
    return true;
}

bool DataTexts::isData(const QString &text) const
{
    QString plain = simplified(text);
    // Shortened to fit ("Meneer is vannacht twee keer …"): what is left must be data.
    const bool shortened = plain.endsWith(QChar(0x2026));
    if (shortened)
        plain = plain.chopped(1).trimmed();
    if (isOneText(plain, shortened))
        return true;
    if (plain.isEmpty() || isNumbersDatesOrUnits(plain))
        return true;
    if (m_literals.contains(plain) || (plain.size() >= 4 && m_corpus.contains(plain)))
        return true;
    return isMadeOfLiterals(plain) || isMadeOfSentences(plain);
}

bool DataTexts::isOneText(const QString &plain, bool shortened) const
{
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const QRegularExpression &pattern = m_patterns.at(i);
        // A shortened text holds at least the start of the demo's own words.
        if (shortened && !plain.contains(m_anchors.at(i)))
            continue;
        const auto match = pattern.match(plain, 0,
                                         shortened ? QRegularExpression::PartialPreferCompleteMatch
                                                   : QRegularExpression::NormalMatch);
        if (match.hasMatch() || match.hasPartialMatch())
            return true;
    }
    return false;
}

bool DataTexts::isMadeOfSentences(const QString &plain) const
{
    // A text the demo puts together from several of its sentences ("'s Middags bezoek gehad van
    // de familie. {A} genoot zichtbaar." followed by "Goed gegeten en voldoende gedronken."):
    // each run of sentences, longest first, must be one of the demo's texts.
    static const QRegularExpression end(QStringLiteral(R"((?<=[.!?;])\s+)"));
    const QStringList sentences = plain.split(end, Qt::SkipEmptyParts);
    if (sentences.size() < 2)
        return false;
    qsizetype i = 0;
    while (i < sentences.size()) {
        qsizetype j = sentences.size();
        for (; j > i; --j) {
            const QString run = sentences.mid(i, j - i).join(QLatin1Char(' '));
            if (isOneText(run, false) || m_literals.contains(run)
                || (run.size() >= 4 && m_corpus.contains(run)))
                break;
        }
        if (j == i)
            return false;
        i = j;
    }
    return true;
}

bool DataTexts::isNumbersDatesOrUnits(const QString &text) const
{
    // Units as the measurements show them; nothing else that reads as a word.
    static const QSet<QString> units { QStringLiteral("kg"),   QStringLiteral("g"),
                                       QStringLiteral("cm"),   QStringLiteral("mm"),
                                       QStringLiteral("mmhg"), QStringLiteral("mmol/l"),
                                       QStringLiteral("°c"),   QStringLiteral("bpm"),
                                       QStringLiteral("l"),    QStringLiteral("ml"),
                                       QStringLiteral("km"),   QStringLiteral("kb"),
                                       QStringLiteral("mb"),   QStringLiteral("u") };
    static const QRegularExpression number(QStringLiteral(R"(^[-+–−]?[\d.,:/%°]*\d[\d.,:/%°]*$)"));
    static const QRegularExpression split(QStringLiteral(R"([\s()\[\]·|–—-]+)"));
    const QStringList words = text.split(split, Qt::SkipEmptyParts);
    for (QString word : words) {
        word = word.toLower();
        while (word.endsWith(QLatin1Char(',')) || word.endsWith(QLatin1Char('.')))
            word.chop(1);
        if (word.isEmpty() || number.match(word).hasMatch() || units.contains(word)
            || m_dateWords.contains(word) || m_dateWords.contains(word + QLatin1Char('.')))
            continue;
        return false;
    }
    return true;
}

bool DataTexts::isMadeOfLiterals(const QString &text) const
{
    // A name joined from its parts ("Gerard" + " " + "van Dijk"), a line of data fields joined
    // with separators, or several lines of data.
    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:[,·|•–—/]|\s-\s|\n)\s*)"));
    const QStringList parts = text.split(separator, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString piece = part.trimmed();
        if (piece.isEmpty() || isNumbersDatesOrUnits(piece)
            || (piece.size() >= 4 && m_corpus.contains(piece)))
            continue;
        // Words that each are a literal (given name, family name).
        const QStringList words = piece.split(QLatin1Char(' '));
        int i = 0;
        bool covered = true;
        while (i < words.size() && covered) {
            covered = false;
            for (int j = int(words.size()); j > i; --j) {
                if (m_literals.contains(words.mid(i, j - i).join(QLatin1Char(' ')))) {
                    i = j;
                    covered = true;
                    break;
                }
            }
        }
        if (!covered)
            return false;
    }
    return true;
}
