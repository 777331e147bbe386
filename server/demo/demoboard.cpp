#include "server/demo/demoboard.h"

#include "server/app/servercontext.h"
#include "server/board/boardimage.h"
#include "server/board/boardstore.h"
#include "server/core/clock.h"
#include "server/demo/demoimages.h"

#include <QTimeZone>

namespace Portiek::Server {

namespace {

using Who = DemoPeople::Who;
constexpr Who Gerard = DemoPeople::Gerard;
constexpr Who Mark = DemoPeople::Mark;
constexpr Who Ellen = DemoPeople::Ellen;
constexpr Who Anna = DemoPeople::Anna;
enum class Picture { None, Sunset, Flowers, Cake };

struct Reaction
{
    Who from;
    int daysAgo;
    int hour;
    int minute;
    const char *text;
};

struct Post
{
    Who from;
    int daysAgo;
    int hour;
    int minute;
    Picture picture;
    const char *text;
    QList<Reaction> reactions;
};

const QList<Post> &demoPosts()
{
    static const QList<Post> all = {
        { Mark,
          12,
          18,
          30,
          Picture::Sunset,
          "Net met papa langs de Amstel gereden. Wat een lucht!",
          { { Anna, 12, 20, 10, "Prachtig! Zo mooi zien we het vanaf de Lindelaan nooit." },
            { Ellen, 11, 8, 5, "Mooi, pap. De volgende keer ga ik mee." } } },
        { Anna,
          7,
          11,
          0,
          Picture::None,
          "Goedemorgen Gerard! De koffieochtend in de buurtkamer is voortaan op donderdag. Als u "
          "mee wilt, kom ik u om tien uur halen.",
          { { Gerard, 7, 15, 20, "Graag, buurvrouw. Tot donderdag." } } },
        { Ellen,
          3,
          17,
          45,
          Picture::Cake,
          "De verjaardagstaart van Noor. Opa, er staat nog een stuk voor u in de vriezer!",
          { { Gerard, 3, 19, 0, "Lekker! Feliciteer Noor maar van opa." },
            { Mark, 2, 9, 30, "Het was een gezellige middag." } } },
        { Mark,
          1,
          15,
          20,
          Picture::Flowers,
          "Verse bloemen voor op de vensterbank in je kamer, pap.",
          { { Gerard, 1, 16, 45, "Dank je wel, jongen. Ze staan mooi in het licht." } } },
    };
    return all;
}

BoardAuthor authorOf(const DemoPerson &person)
{
    return { person.person.id, person.person.name(), roleName(person.link.myRole) };
}

QByteArray png(Picture picture)
{
    switch (picture) {
    case Picture::Sunset:
        return DemoImages::sunset();
    case Picture::Flowers:
        return DemoImages::flowers();
    case Picture::Cake:
        return DemoImages::cake();
    case Picture::None:
        break;
    }
    return {};
}

// The (author, text) of every post of the client.
bool presentPosts(const BoardStore &store, const QString &clientId,
                  QList<QPair<QString, QString>> *present)
{
    std::optional<ReportCursor> after;
    for (;;) {
        const std::optional<BoardStore::PostPage> page = store.posts(clientId, 100, after);
        if (!page)
            return false;
        for (const StoredPost &post : page->items)
            present->append({ post.author.id, post.text });
        if (!page->next)
            return true;
        after = page->next;
    }
}

} // namespace

bool seedDemoBoard(ServerContext &context, const QString &clientId, const DemoPeople &people,
                   const QDateTime &now, int *posts, int *reactions)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    *posts = 0;
    *reactions = 0;
    const QDate today = now.toTimeZone(zone).date();
    const auto timeOf = [&](int daysAgo, int hour, int minute) {
        return qMin(now.addSecs(-60),
                    QDateTime(today.addDays(-daysAgo), QTime(hour, minute), zone).toUTC());
    };
    QList<QPair<QString, QString>> present;
    if (!presentPosts(BoardStore(context.database, context.clock), clientId, &present))
        return false;
    ManualClock then(now);
    BoardStore board(context.database, then);

    for (const Post &post : demoPosts()) {
        const std::optional<DemoPerson> &author = people[post.from];
        const QString text = QString::fromUtf8(post.text);
        if (!author || present.contains({ author->person.id, text }))
            continue;
        then.set(timeOf(post.daysAgo, post.hour, post.minute));
        QStringList photoIds;
        if (post.picture != Picture::None) {
            const BoardImage::Result image = BoardImage::process(png(post.picture), "image/png");
            const std::optional<StoredBoardPhoto> photo = image.ok()
                ? board.photos().add(clientId, author->person.id, image)
                : std::nullopt;
            if (!photo)
                return false;
            photoIds.append(photo->id);
        }
        const std::optional<QString> id
            = board.createPost(clientId, authorOf(*author), text, photoIds);
        if (!id)
            return false;
        ++*posts;
        for (const Reaction &reaction : post.reactions) {
            const std::optional<DemoPerson> &by = people[reaction.from];
            if (!by)
                continue;
            then.set(timeOf(reaction.daysAgo, reaction.hour, reaction.minute));
            if (!board.addReaction(*id, authorOf(*by), QString::fromUtf8(reaction.text)))
                return false;
            ++*reactions;
        }
    }
    return true;
}

} // namespace Portiek::Server
