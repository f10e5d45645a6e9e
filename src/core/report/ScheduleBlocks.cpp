#include "core/report/ScheduleBlocks.h"

#include "core/report/Wording.h"
#include "core/stores/ScheduleStore.h"

#include <QCoreApplication>

namespace qdf::report {

void addWords(Report &report, const Words &words, bool draft)
{
    if (words.missing) {
        // Visibly missing, never the other language in its place.
        report.add(Block::Kind::Paragraph, notTranslated(), 1, draft);
        return;
    }
    if (!words.note.isEmpty())
        report.add(Block::Kind::Note, words.note, 1, draft);
    report.addIn(words.language, Block::Kind::Markdown, words.body, 1, draft);
}

Status addSchedule(Report &report, ScheduleStore &store, const Schedule &s, bool markDraft, int level)
{
    auto signOffs = store.signOffs(s.uuid);
    if (!signOffs)
        return signOffs.error();
    const auto tr = [](const char *source) { return report::text(source); };
    const bool draft = markDraft && s.maturity != Maturity::Adopted;
    const Words words = wordsIn(s.texts, s.language);
    QString heading = tr("Schedule %1  %2").arg(s.number, words.title);
    if (draft)
        heading += tr(" — DRAFT");
    // As written, the heading is in the language of the Schedule's title.
    if (buildLanguage())
        report.add(Block::Kind::Heading, heading, level, draft);
    else
        report.addIn(words.language, Block::Kind::Heading, heading, level, draft);
    QString record = tr("Version %1 · %2 · last changed by %3, %4")
                         .arg(s.version)
                         .arg(maturityName(s.maturity), s.change.by, day(s.change.at));
    QStringList signers;
    for (const SignOff &o : *signOffs) {
        if (o.version == s.version)
            signers << tr("%1 (%2), %3").arg(o.signer.name, o.signer.organisation, day(o.signedAt));
    }
    if (!signers.isEmpty())
        record += QLatin1Char('\n') + tr("Signed off by: %1").arg(signers.join(QStringLiteral("; ")));
    if (draft)
        record = tr("DRAFT: not yet adopted into the Framework.") + QLatin1Char('\n') + record;
    report.add(Block::Kind::Note, record, 1, draft);
    addWords(report, words, draft);
    return Status::success();
}

} // namespace qdf::report
