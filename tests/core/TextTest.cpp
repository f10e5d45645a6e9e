#include "TestSupport.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

using namespace qdf;
using namespace qdf::test;

TEST_CASE("Text of any size and script is stored and read back exactly", "[text]")
{
    QString large;
    large.reserve(10 * 1024 * 1024 + 100);
    const QString paragraph = QStringLiteral("## Heading\n\nA paragraph of *Markdown* with a [link](https://example.org) "
                                             "and a list:\n\n- one\n- two\n\n");
    while (large.size() < 10 * 1024 * 1024)
        large += paragraph;

    const QStringList samples{
        large,
        QStringLiteral("Emoji 🏥👩🏽‍⚕️🧑‍🦽 and flags 🏴󠁧󠁢󠁷󠁬󠁳󠁿"),
        QStringLiteral("Right to left: مرحبا بالعالم — שלום עולם, mixed with English."),
        QStringLiteral("Cymraeg: Gofal iechyd ŵ ŷ â ê î ô û"),
        QStringLiteral("<script>alert('x')</script><b>bold</b>&amp;"),
        QStringLiteral("'); DROP TABLE answer; -- \" ; SELECT * FROM workbook"),
        QStringLiteral("Line endings\r\nwindows\rold mac\nunix\u2028separator"),
        QStringLiteral("e\u0301 (decomposed) and \u00e9 (composed) stay as written"),
        QString(QChar(0)) + QStringLiteral("after a NUL") + QChar(0),
        QString(),
    };
    Folder folder;
    const QString path = folder.path(QStringLiteral("text.qdf"));
    {
        auto wb = newMaster(path);
        const Question q = need(SectionStore(*wb).question(QStringLiteral("evaluation"), QStringLiteral("intended-product")));
        for (const QString &s : samples) {
            need(AnswerStore(*wb).set(q.id, s));
            CHECK(need(AnswerStore(*wb).current(q.id))->text == s);
        }
        const qint64 sectionId = need(SectionStore(*wb).byKey(QStringLiteral("evaluation"))).id;
        need(ScheduleStore(*wb).add(sectionId, samples[1], samples[2]));
    }
    auto wb = need(Workbook::open(path));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("evaluation"), QStringLiteral("intended-product")));
    const auto history = need(AnswerStore(*wb).history(q.id));
    REQUIRE(history.size() == samples.size());
    for (int i = 0; i < samples.size(); ++i) {
        // History is newest first.
        const QString &stored = history[samples.size() - 1 - i].text;
        CHECK(stored.size() == samples[i].size());
        CHECK(stored == samples[i]);
    }
    const Schedule s = need(ScheduleStore(*wb).find(QStringLiteral("7.1")));
    CHECK(s.title == samples[1]);
    CHECK(s.body == samples[2]);
}
