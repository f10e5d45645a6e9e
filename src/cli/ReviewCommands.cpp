// qdf review checklists (the rest of the review verbs come with the review store, issue 5)

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/review/ReviewPack.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qdf::cli {
namespace {

using namespace qdf::review;

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int checklists(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("review checklists"), tr("the review checklists and their items, with their keys."));
    verb.parser().addOption({QStringLiteral("json"), tr("Print JSON.")});
    verb.parse(arguments);
    const bool json = verb.parser().isSet(QStringLiteral("json"));
    QJsonArray lists;
    for (const Checklist &c : Pack::shipped().checklists) {
        QJsonArray items;
        if (!json)
            out(QStringLiteral("%1  %2").arg(c.key.leftJustified(26), c.name));
        for (const Item &i : c.items) {
            QJsonObject item{{QStringLiteral("key"), i.key}, {QStringLiteral("name"), i.name}};
            if (!i.stageKey.isEmpty())
                item.insert(QStringLiteral("stage"), i.stageKey);
            items.append(item);
            if (!json)
                out(QStringLiteral("  %1  %2").arg(i.key.leftJustified(32), i.name));
        }
        lists.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("name"), c.name}, {QStringLiteral("items"), items}});
    }
    if (json)
        writeBytes(QJsonDocument(lists).toJson());
    return Ok;
}

} // namespace

int reviewVerb(QStringList arguments)
{
    subverb(arguments, {QStringLiteral("checklists")});
    return checklists(arguments);
}

} // namespace qdf::cli
