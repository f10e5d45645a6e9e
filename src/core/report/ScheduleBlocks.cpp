#include "core/report/ScheduleBlocks.h"

#include "core/stores/ScheduleStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace qdf::report {

Status addSchedule(Report &report, ScheduleStore &store, const Schedule &s, bool markDraft, int level)
{
    auto signOffs = store.signOffs(s.uuid);
    if (!signOffs)
        return signOffs.error();
    const auto tr = [](const char *text) { return QCoreApplication::translate("qdf::report", text); };
    const bool draft = markDraft && s.maturity != Maturity::Adopted;
    QString heading = tr("Schedule %1  %2").arg(s.number, s.title);
    if (draft)
        heading += tr(" — DRAFT");
    report.add(Block::Kind::Heading, heading, level, draft);
    QString record = tr("Version %1 · %2 · last changed by %3, %4")
                         .arg(s.version)
                         .arg(maturityTitle(s.maturity), s.change.by,
                              QLocale().toString(s.change.at.toUTC().date(), QStringLiteral("d MMMM yyyy")));
    QStringList signers;
    for (const SignOff &o : *signOffs) {
        if (o.version == s.version)
            signers << tr("%1 (%2), %3")
                           .arg(o.signer.name, o.signer.organisation,
                                QLocale().toString(o.signedAt.toUTC().date(), QStringLiteral("d MMMM yyyy")));
    }
    if (!signers.isEmpty())
        record += QLatin1Char('\n') + tr("Signed off by: %1").arg(signers.join(QStringLiteral("; ")));
    if (draft)
        record = tr("DRAFT: not yet adopted into the Framework.") + QLatin1Char('\n') + record;
    report.add(Block::Kind::Note, record, 1, draft);
    report.add(Block::Kind::Markdown, s.body, 1, draft);
    return Status::success();
}

} // namespace qdf::report
