// Schedules and their sign-offs as sync items.

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/ScheduleStore.h"
#include "core/sync/ItemKinds.h"

namespace qdf::sync {
namespace {

using namespace detail;

// schedule:<uuid>   section, number, maturity, title, body, titleCy?, bodyCy?, enFrom?, cyFrom?
Status readSchedules(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &keys)
{
    QVariantList values;
    return readKind(wb, items, QStringLiteral("schedule"),
                    QStringLiteral("SELECT x.uuid, s.key, x.number, x.maturity, %1, x.changed_by, x.changed_at"
                                   " FROM schedule x JOIN section s ON s.id = x.section_id")
                            .arg(bilingualColumns(QStringLiteral("x"), true))
                        + keyFilter("WHERE", QStringLiteral("x.uuid"), keys, values),
                    QStringList{QStringLiteral("section"), QStringLiteral("number"), QStringLiteral("maturity")}
                        + bilingualFields(true),
                    values);
}

Status writeSchedule(Workbook &wb, const ItemState &s)
{
    const auto maturity = maturityFromSlug(text(s, "maturity"));
    if (!maturity)
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("qdf::sync", "\"%1\" is not a maturity").arg(text(s, "maturity")));
    ScheduleStore schedules(wb);
    auto found = schedules.find(s.key());
    if (!found && found.error().code != Error::Code::InvalidArgument)
        return found.error();  // not "no such Schedule": the read itself failed
    const std::optional<Schedule> here = found ? std::optional<Schedule>(*found) : std::nullopt;
    const Bilingual texts = bilingualOf(s, true, here ? here->texts : Bilingual{});
    // Read once: put() is handed what was just read, in the same transaction.
    return toStatus(schedules.put({s.key(), text(s, "section"), text(s, "number"), texts, *maturity}, here));
}

QString scheduleTitle(Workbook &, const QString &, const std::optional<ItemState> &s)
{
    const QString title = s ? (text(*s, "title").isEmpty() ? text(*s, "titleCy") : text(*s, "title")) : QString();
    return QCoreApplication::translate("qdf::sync", "Schedule %1: %2").arg(s ? text(*s, "number") : QString(), title);
}

// signoff:<uuid>   schedule, name, organisation, role, signedAt
Status readSignOffs(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &keys)
{
    QVariantList values;
    return readKind(wb, items, QStringLiteral("signoff"),
                    QStringLiteral("SELECT o.uuid, x.uuid, o.signer_name, o.signer_organisation, o.signer_role,"
                                   " o.signed_at, o.signer_name, o.signed_at FROM sign_off o JOIN schedule x ON x.id = o.schedule_id")
                        + keyFilter("WHERE", QStringLiteral("o.uuid"), keys, values),
                    {QStringLiteral("schedule"), QStringLiteral("name"), QStringLiteral("organisation"), QStringLiteral("role"),
                     QStringLiteral("signedAt")},
                    values);
}

Status writeSignOff(Workbook &wb, const ItemState &s)
{
    SignOff signOff{s.key(), 0, {text(s, "name"), text(s, "organisation"), text(s, "role")},
                    QDateTime::fromString(text(s, "signedAt"), Qt::ISODateWithMs)};
    return ScheduleStore(wb).recordSignOff(text(s, "schedule"), signOff);
}

} // namespace

QVector<ItemKind> scheduleKinds()
{
    return {
        {QStringLiteral("schedule"), 1, QStringLiteral("body"), false, readSchedules, writeSchedule,
         [](Workbook &wb, const QString &key) { return ScheduleStore(wb).remove(key); }, scheduleTitle},
        {QStringLiteral("signoff"), 2, QStringLiteral("note"), false, readSignOffs, writeSignOff,
         [](Workbook &wb, const QString &key) { return ScheduleStore(wb).removeSignOff(key); },
         [](Workbook &, const QString &, const std::optional<ItemState> &s) {
             return titled(QT_TRANSLATE_NOOP("qdf::sync", "Sign-off by %1"), s, "name");
         }},
    };
}

} // namespace qdf::sync
