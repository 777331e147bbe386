#include "core/draftstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Owner = QStringLiteral("portaal.example.nl/per_mvandijk");

Clock fixedClock(QDateTime *now)
{
    return [now] { return *now; };
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void draft_survivesARestart();
    void create_choosesAFreshIdAndKey();
    void latest_isTheMostRecentlyChanged();
    void corruptFiles_areSkipped();
    void memoryMode_writesNothingToDisk();
    void people_seeOnlyTheirOwnDrafts();
    void remove_deletesTheFile();
    void files_areReadableOnlyByTheUser();
    void renewKey_keepsTheText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void TestDraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime(QDate(2026, 3, 11), QTime(19, 15), Qt::UTC);
}

void TestDraftStore::draft_survivesARestart()
{
    QString id;
    QByteArray key;
    {
        DraftStore store(m_dir->path(), Owner, fixedClock(&m_now));
        QVERIFY(store.isPersistent());
        Draft draft = store.create("report", "100482");
        draft.setText("Vader was vanmiddag wat verward.\nGraag aandacht.");
        QSignalSpy changed(&store, &DraftStore::changed);
        QVERIFY(store.save(draft));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("100482"));
        id = draft.id;
        key = draft.idempotencyKey;
    }
    DraftStore again(m_dir->path(), Owner);
    const Draft back = again.find(id);
    QVERIFY(back.isValid());
    QCOMPARE(back.text(), QStringLiteral("Vader was vanmiddag wat verward.\nGraag aandacht."));
    QCOMPARE(back.idempotencyKey, key);
    QCOMPARE(back.kind, QStringLiteral("report"));
    QCOMPARE(back.clientId, QStringLiteral("100482"));
    QCOMPARE(back.updatedAt, m_now);
    QCOMPARE(again.latest("report", "100482").id, id);
    QVERIFY(!again.latest("report", "100517").isValid());
    QVERIFY(!again.latest("message", "100482").isValid());
}

void TestDraftStore::create_choosesAFreshIdAndKey()
{
    DraftStore store(QString(), Owner);
    const Draft a = store.create("report", "100482");
    const Draft b = store.create("report", "100482");
    QVERIFY(a.id != b.id);
    QVERIFY(a.idempotencyKey != b.idempotencyKey);
    // docs/openapi.yaml, IdempotencyKey: 16-128 of A-Z a-z 0-9 _ -
    QVERIFY(QRegularExpression("^[A-Za-z0-9_-]{16,128}$")
                .match(QString::fromLatin1(a.idempotencyKey))
                .hasMatch());
    QVERIFY(!store.find(a.id).isValid()); // nothing stored before save()
}

void TestDraftStore::latest_isTheMostRecentlyChanged()
{
    DraftStore store(m_dir->path(), Owner, fixedClock(&m_now));
    Draft older = store.create("report", "100482");
    older.setText("eerste");
    QVERIFY(store.save(older));
    m_now = m_now.addSecs(60);
    Draft newer = store.create("report", "100482");
    newer.setText("tweede");
    QVERIFY(store.save(newer));
    QCOMPARE(store.latest("report", "100482").text(), QStringLiteral("tweede"));
    m_now = m_now.addSecs(60);
    QVERIFY(store.save(older));
    QCOMPARE(store.drafts("report", "100482").size(), 2);
    QCOMPARE(store.latest("report", "100482").text(), QStringLiteral("eerste"));
}

void TestDraftStore::corruptFiles_areSkipped()
{
    QString folder;
    QString goodId;
    {
        DraftStore store(m_dir->path(), Owner);
        Draft draft = store.create("report", "100482");
        draft.setText("heel");
        QVERIFY(store.save(draft));
        goodId = draft.id;
        folder = store.ownerFolder();
        // A copy under another name must not pose as a second draft.
        QVERIFY(QFile::copy(QDir(folder).filePath(goodId + ".json"),
                            QDir(folder).filePath("0123456789abcdef0123456789abcdef.json")));
    }
    auto write = [&folder](const QString &name, const QByteArray &bytes) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("garbage.json", "{ this is not json");
    write("array.json", "[1, 2, 3]");
    write("empty.json", "");
    write("oldversion.json", R"({"version": 99, "kind": "report"})");
    write("nokey.json",
          R"({"version":1,"kind":"report","clientId":"100482","id":"nokey",)"
          R"("fields":{"text":"x"},"idempotencyKey":"","updatedAt":""})");

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping damaged file"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping damaged file"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping damaged file"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping damaged file"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping damaged file"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping damaged file"));
    DraftStore again(m_dir->path(), Owner);
    const QList<Draft> drafts = again.drafts("report", "100482");
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().id, goodId);
    QCOMPARE(drafts.first().text(), QStringLiteral("heel"));
    // Damaged files stay, so the text in them can still be rescued by hand.
    QVERIFY(QFile::exists(QDir(folder).filePath("garbage.json")));
}

void TestDraftStore::memoryMode_writesNothingToDisk()
{
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    {
        DraftStore store(QString(), Owner);
        QVERIFY(!store.isPersistent());
        QVERIFY(store.ownerFolder().isEmpty());
        Draft draft = store.create("report", "100482");
        draft.setText("alleen in het geheugen");
        QVERIFY(store.save(draft));
        QCOMPARE(store.find(draft.id).text(), QStringLiteral("alleen in het geheugen"));
        store.remove(draft.id);
        QVERIFY(!store.find(draft.id).isValid());
    }
    QVERIFY(QDir::setCurrent(before));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestDraftStore::people_seeOnlyTheirOwnDrafts()
{
    DraftStore mark(m_dir->path(), Owner);
    Draft draft = mark.create("report", "100482");
    draft.setText("van Mark");
    QVERIFY(mark.save(draft));

    DraftStore anna(m_dir->path(), QStringLiteral("portaal.example.nl/per_aboer"));
    QVERIFY(anna.ownerFolder() != mark.ownerFolder());
    QVERIFY(!anna.latest("report", "100482").isValid());
    QVERIFY(!anna.find(draft.id).isValid());
    // The same person on another portal is another owner too.
    DraftStore elsewhere(m_dir->path(), QStringLiteral("ander.example.nl/per_mvandijk"));
    QVERIFY(!elsewhere.latest("report", "100482").isValid());
    // The folder name does not give away who wrote there.
    QVERIFY(!mark.ownerFolder().contains("mvandijk"));
}

void TestDraftStore::remove_deletesTheFile()
{
    DraftStore store(m_dir->path(), Owner);
    Draft draft = store.create("report", "100482");
    draft.setText("weg");
    QVERIFY(store.save(draft));
    QCOMPARE(QDir(store.ownerFolder()).entryList(QDir::Files).size(), 1);
    store.remove(draft.id);
    QVERIFY(QDir(store.ownerFolder()).entryList(QDir::Files).isEmpty());
    DraftStore again(m_dir->path(), Owner);
    QVERIFY(!again.find(draft.id).isValid());
}

void TestDraftStore::files_areReadableOnlyByTheUser()
{
    DraftStore store(m_dir->path(), Owner);
    Draft draft = store.create("report", "100482");
    draft.setText("privé");
    QVERIFY(store.save(draft));
    const QFile::Permissions others
        = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(QDir(store.ownerFolder()).filePath(draft.id + ".json")) & others,
             QFile::Permissions());
    QCOMPARE(QFile::permissions(store.ownerFolder()) & others, QFile::Permissions());
}

void TestDraftStore::renewKey_keepsTheText()
{
    DraftStore store(m_dir->path(), Owner);
    Draft draft = store.create("report", "100482");
    draft.setText("tekst");
    QVERIFY(store.save(draft));
    QVERIFY(store.renewKey(draft.id));
    const Draft renewed = DraftStore(m_dir->path(), Owner).find(draft.id);
    QVERIFY(renewed.idempotencyKey != draft.idempotencyKey);
    QCOMPARE(renewed.text(), QStringLiteral("tekst"));
    QVERIFY(!store.renewKey("unknown"));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
