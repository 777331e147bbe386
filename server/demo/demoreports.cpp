#include "server/demo/demoreports.h"

#include "server/signin/apijson.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

namespace Portiek::Server {

namespace {

struct Author
{
    const char *name;
    const char *role;
};

// Made-up names for made-up care.
const Author Carers[] = {
    { "Sanne Bakker", "Persoonlijk begeleider" },
    { "Ruud Visser", "Verzorgende IG" },
    { "Fatima el Amrani", "Verzorgende IG" },
    { "Kees Mulder", "Helpende" },
};
const Author Physician = { "Eva Brouwer", "Specialist ouderengeneeskunde" };
const Author Physio = { "Joost de Wit", "Fysiotherapeut" };
const Author Activities = { "Lotte Jansen", "Activiteitenbegeleider" };

// {A}: "Meneer"/"Mevrouw", {a}: the same in lower case, {n}: the given name.
const char *const Nights[] = {
    "{A} heeft goed geslapen en was om half acht wakker.",
    "{A} is vannacht twee keer wakker geweest en kon daarna weer inslapen.",
    "{A} sliep onrustig; rond drie uur een kopje thee gegeven, daarna rustig.",
    "Rustige nacht. {A} was uitgerust bij het ontbijt.",
    "{A} heeft een goede nacht gehad.",
};
const char *const Mornings[] = {
    "Met hulp gedoucht en aangekleed; {a} koos zelf de blauwe trui.",
    "Ochtendzorg verliep vlot. {A} heeft zelf het gezicht gewassen.",
    "Bij het ontbijt twee boterhammen met kaas gegeten en koffie gedronken.",
    "{A} wilde vandaag eerst de krant lezen en daarna pas douchen. Dat is zo gedaan.",
    "Steunkousen aangetrokken, huid van de benen gecontroleerd: geen bijzonderheden.",
    "Medicatie op tijd ingenomen bij het ontbijt.",
};
const char *const Days[] = {
    "Na de koffie samen een wandeling gemaakt naar de vijver; {a} vertelde over vroeger.",
    "'s Middags bezoek gehad van de familie. {A} genoot zichtbaar.",
    "{A} heeft meegedaan met het geheugenspel in de huiskamer.",
    "In de middag een uur gerust op de kamer, daarna thee in de ontmoetingsruimte.",
    "{A} heeft geholpen met de tafel dekken en vond dat fijn om te doen.",
    "Buiten was het mooi weer; {a} heeft op het terras in de zon gezeten.",
    "{A} heeft naar muziek van vroeger geluisterd en zong mee.",
    "Samen de was opgevouwen. {A} was daar secuur mee bezig.",
};
const char *const Moods[] = {
    "Stemming opgewekt.",
    "{A} was wat stil vandaag, maar zei zich goed te voelen.",
    "Goed gegeten en voldoende gedronken.",
    "{A} maakte grapjes met de andere bewoners.",
    "Wat vermoeid aan het eind van de middag.",
    "Geen pijnklachten aangegeven.",
};
const char *const Evenings[] = {
    "Avondzorg zonder bijzonderheden; om half tien naar bed.",
    "Na het journaal naar bed gegaan.",
    "{A} heeft nog even gebeld met de familie en ging daarna tevreden slapen.",
    "'s Avonds een puzzel gemaakt in de huiskamer.",
};
const char *const Physician_[] = {
    "Visite: bloeddruk 138/82, pols regelmatig. Geen wijzigingen in de medicatie.",
    "Visite: {a} geeft aan minder last van de knie te hebben. Paracetamol zo nodig voortzetten.",
    "Halfjaarlijkse medicatiereview met de apotheker besproken; beleid ongewijzigd.",
    "Gewicht stabiel. Eetlust goed. Geen aanvullend onderzoek nodig.",
    "Visite na melding van hoesten: longen schoon, geen koorts. Afwachtend beleid.",
};
const char *const PhysioNotes[] = {
    "Looptraining in de gang met rollator: 2 x 40 meter, goed volgehouden.",
    "Oefeningen voor balans en beenkracht gedaan. Opstaan uit de stoel gaat beter.",
    "Traplopen geoefend onder begeleiding: vier treden, veilig.",
    "{A} was vandaag moe; oefenprogramma ingekort tot de zitoefeningen.",
};
const char *const ActivityNotes[] = {
    "Meegedaan met sjoelen in de ontmoetingsruimte; {a} gooide de hoogste score.",
    "Bij de muziekmiddag met het koor meegezongen.",
    "Tuinclub: samen geraniums verpot op het terras.",
    "Bingo in de grote zaal; {a} won een bos bloemen.",
};

class Composer
{
public:
    // The same client and day always give the same reports, whatever day the seed runs.
    Composer(const DemoClient &client, const QDate &day = {})
        : m_client(client)
        , m_random(client.seed ^ quint32(day.toJulianDay()))
    { }

    template<std::size_t N> QString pick(const char *const (&phrases)[N])
    {
        return fill(QString::fromUtf8(phrases[m_random.bounded(quint32(N))]));
    }

    QString fill(QString text) const
    {
        text.replace(QStringLiteral("{A}"), m_client.address);
        text.replace(QStringLiteral("{a}"), m_client.address.toLower());
        text.replace(QStringLiteral("{n}"), m_client.givenName);
        return text;
    }

    int bounded(int n) { return int(m_random.bounded(quint32(n))); }

private:
    const DemoClient &m_client;
    QRandomGenerator m_random;
};

QJsonObject body(const QDateTime &at, const Author &author, const QString &category,
                 const QString &text)
{
    return {
        { QStringLiteral("createdAt"), ApiJson::time(at) },
        { QStringLiteral("author"),
          QJsonObject { { QStringLiteral("name"), QString::fromUtf8(author.name) },
                        { QStringLiteral("role"), QString::fromUtf8(author.role) } } },
        { QStringLiteral("category"), category },
        { QStringLiteral("text"), text },
    };
}

} // namespace

QList<DemoReport> demoReports(const DemoClient &client, const QDateTime &now, int days)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    const QDate today = now.toTimeZone(zone).date();
    QList<DemoReport> reports;
    int ofTheDay = 0;
    const auto add = [&](const QDate &day, int hour, int minute, const Author &author,
                         const QString &category, const QString &text) {
        const QDateTime at = QDateTime(day, QTime(hour, minute), zone).toUTC();
        ++ofTheDay;
        if (at > now)
            return; // later today: not written yet
        // "DEMO-RAP-100482-20260312-2": the day's second report, the same on every run.
        reports.append({ QStringLiteral("DEMO-RAP-%1-%2-%3")
                             .arg(client.id, day.toString(QStringLiteral("yyyyMMdd")))
                             .arg(ofTheDay),
                         body(at, author, category, text) });
    };

    for (int daysAgo = days; daysAgo >= 0; --daysAgo) {
        const QDate day = today.addDays(-daysAgo);
        Composer compose(client, day);
        ofTheDay = 0;
        const Author &morning = Carers[compose.bounded(4)];
        add(day, 10, 15 + compose.bounded(40), morning, QStringLiteral("Dagrapportage"),
            compose.pick(Nights) + QLatin1Char(' ') + compose.pick(Mornings) + QLatin1Char(' ')
                + compose.pick(Moods));
        add(day, 16, 30 + compose.bounded(25), Carers[compose.bounded(4)],
            QStringLiteral("Dagrapportage"),
            compose.pick(Days) + QLatin1Char(' ') + compose.pick(Moods));
        if (compose.bounded(3) == 0) {
            add(day, 21, 40 + compose.bounded(15), Carers[compose.bounded(4)],
                QStringLiteral("Avondrapportage"), compose.pick(Evenings));
        }
        const int weekday = day.dayOfWeek();
        if (weekday == 3)
            add(day, 11, 30, Physician, QStringLiteral("Medisch"), compose.pick(Physician_));
        if (weekday == 2 || weekday == 5)
            add(day, 14, 0, Physio, QStringLiteral("Fysiotherapie"), compose.pick(PhysioNotes));
        if (weekday == 4 && compose.bounded(2) == 0)
            add(day, 15, 45, Activities, QStringLiteral("Welzijn"), compose.pick(ActivityNotes));
    }
    return reports;
}

QStringList demoPortalReportTexts(const DemoClient &client)
{
    const Composer compose(client);
    return {
        compose.fill(QStringLiteral("Vandaag met {n} naar de markt geweest en een haring gegeten. "
                                    "{A} was moe maar tevreden toen we terugkwamen.")),
        compose.fill(QStringLiteral("Zondag komen de kleinkinderen op bezoek, rond half drie. "
                                    "Willen jullie {a} helpen een nette bloes of trui aan te "
                                    "trekken?")),
        compose.fill(QStringLiteral("De nieuwe bril is klaar bij de opticien; ik haal hem "
                                    "donderdag op en breng hem langs.")),
    };
}

} // namespace Portiek::Server
