#include "server/demo/demoplans.h"

#include "server/demo/demopdf.h"
#include "server/plans/pdfcheck.h"

#include <QLocale>
#include <QTimeZone>

namespace Portiek::Server {

namespace {

struct Goal
{
    const char *title;
    const char *why;
    const char *how;
};

const Goal Goals[] = {
    { "Zo lang mogelijk zelf blijven lopen",
      "{A} vindt het belangrijk om zelf naar de huiskamer en naar buiten te kunnen gaan.",
      "Twee keer per week oefent {a} met de fysiotherapeut. Het team stimuleert om de rollator "
      "te gebruiken en dagelijks een korte wandeling te maken, bij mooi weer naar de vijver." },
    { "Een goede nachtrust", "{A} slaapt soms onrustig en is dan overdag moe.",
      "Vaste tijden voor naar bed gaan en opstaan. 's Avonds geen koffie meer. Bij onrust 's "
      "nachts biedt de nachtdienst een kopje thee en een praatje aan." },
    { "Contact met familie en buren",
      "Het bezoek van de kinderen en kleinkinderen geeft {a} veel plezier.",
      "Het team helpt bij het bellen en plant samen met de familie de bezoeken in de agenda van "
      "het portaal. Eens per maand een uitstapje met de familie." },
    { "Zinvolle dagbesteding", "{A} houdt van muziek, tuinieren en een spelletje.",
      "{A} doet mee aan de tuinclub en de muziekmiddag. De activiteitenbegeleider nodigt "
      "{a} persoonlijk uit, omdat {a} dat prettiger vindt dan een algemene oproep." },
};

const char *const Agreements[] = {
    "Medicatie wordt aangereikt door de verzorgende; {a} neemt deze zelf in.",
    "De persoonlijk begeleider is het eerste aanspreekpunt voor de familie.",
    "Wijzigingen in de gezondheid worden dezelfde dag met de contactpersoon besproken.",
    "Eens per half jaar evalueren we dit plan samen met {a} en de familie.",
    "Bij vallen wordt altijd de specialist ouderengeneeskunde ingeschakeld.",
};

QString fill(QString text, const DemoClient &client)
{
    text.replace(QStringLiteral("{A}"), client.address);
    text.replace(QStringLiteral("{a}"), client.address.toLower());
    return text;
}

QByteArray planPdf(const QString &title, const QDate &date, const DemoClient &client,
                   const QString &clientName, int goals, bool evaluation)
{
    DemoPdf pdf(title);
    pdf.title(title);
    pdf.paragraph(QStringLiteral("Cliënt: %1 (cliëntnummer %2)").arg(clientName, client.id));
    pdf.paragraph(QStringLiteral("Locatie: %1").arg(client.location));
    pdf.paragraph(QStringLiteral("Datum: %1").arg(date.toString(QStringLiteral("d-M-yyyy"))));
    pdf.paragraph(QStringLiteral("Persoonlijk begeleider: Sanne Bakker"));

    pdf.heading(QStringLiteral("1. Over mij"));
    pdf.paragraph(fill(QStringLiteral("{A} woont sinds twee jaar op de Eikenhof. Vroeger werkte "
                                      "{a} bij de Hoogovens en later als conciërge op een "
                                      "basisschool. {A} houdt van de krant, muziek van vroeger "
                                      "en een goed gesprek. De familie komt vaak langs."),
                       client));
    pdf.heading(QStringLiteral("2. Wat voor mij belangrijk is"));
    for (const char *point :
         { "Zelf kiezen wat ik aantrek en wanneer ik douche.",
           "Een vaste persoon die mij helpt in de ochtend.", "Elke dag even naar buiten.",
           "Koffie met de krant na het ontbijt." })
        pdf.bullet(QString::fromUtf8(point));

    pdf.heading(QStringLiteral("3. Doelen"));
    for (int i = 0; i < goals; ++i) {
        const Goal &goal = Goals[i % 4];
        pdf.heading(QStringLiteral("3.%1 %2").arg(i + 1).arg(QString::fromUtf8(goal.title)));
        pdf.paragraph(QStringLiteral("Waarom: ") + fill(QString::fromUtf8(goal.why), client));
        pdf.paragraph(QStringLiteral("Hoe: ") + fill(QString::fromUtf8(goal.how), client));
    }
    pdf.newPage();
    pdf.heading(QStringLiteral("4. Afspraken over zorg en ondersteuning"));
    for (const char *agreement : Agreements)
        pdf.bullet(fill(QString::fromUtf8(agreement), client));
    pdf.heading(QStringLiteral("5. Gezondheid en medicatie"));
    pdf.paragraph(fill(QStringLiteral("{A} gebruikt medicatie voor de bloeddruk en zo nodig "
                                      "paracetamol bij pijn in de knie. Het actuele "
                                      "medicatieoverzicht staat in het zorgdossier en is bij de "
                                      "apotheek bekend."),
                       client));
    if (evaluation) {
        pdf.heading(QStringLiteral("6. Evaluatie"));
        pdf.paragraph(fill(QStringLiteral("De doelen van het vorige plan zijn grotendeels bereikt. "
                                          "{A} loopt zekerder met de rollator en slaapt beter "
                                          "sinds de vaste avondroutine. We houden de afspraken "
                                          "aan en kijken over een half jaar opnieuw."),
                           client));
    }
    pdf.heading(QStringLiteral("Ondertekening"));
    pdf.paragraph(QStringLiteral("Dit plan is besproken met de cliënt en diens vertegenwoordiger. "
                                 "Akkoord kan worden gegeven in het cliëntportaal."));
    return pdf.toPdf();
}

PlanUpload upload(const QString &title, const QDate &date, bool approvalRequested,
                  const QByteArray &pdf)
{
    PlanUpload result;
    result.title = title;
    result.date = date;
    result.approvalRequested = approvalRequested;
    result.pdf = pdf;
    result.pageCount = PdfCheck::inspect(pdf).pageCount;
    return result;
}

} // namespace

QList<DemoPlan> demoPlans(const DemoClient &client, const QString &clientName, const QDateTime &now)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    const QDate today = now.toTimeZone(zone).date();
    const QDate current = today.addDays(-10);
    const QDate evaluation = today.addMonths(-6);
    const QDate older = today.addMonths(-14);

    const QString currentTitle = QStringLiteral("Ondersteuningsplan %1").arg(current.year());
    const QString evaluationTitle
        = QStringLiteral("Ondersteuningsplan evaluatie %1")
              .arg(QLocale(QLocale::Dutch).toString(evaluation, QStringLiteral("MMMM yyyy")));
    const QString olderTitle = QStringLiteral("Zorgleefplan %1").arg(older.year());
    return {
        { QStringLiteral("DEMO-PLAN-%1-CURRENT").arg(client.id),
          upload(currentTitle, current, true,
                 planPdf(currentTitle, current, client, clientName, 4, false)),
          false },
        { QStringLiteral("DEMO-PLAN-%1-EVALUATION").arg(client.id),
          upload(evaluationTitle, evaluation, true,
                 planPdf(evaluationTitle, evaluation, client, clientName, 3, true)),
          true },
        { QStringLiteral("DEMO-PLAN-%1-OLDER").arg(client.id),
          upload(olderTitle, older, false,
                 planPdf(olderTitle, older, client, clientName, 2, false)),
          false },
    };
}

} // namespace Portiek::Server
