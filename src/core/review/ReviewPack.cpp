#include "core/review/ReviewPack.h"

#include "core/ShippedPack.h"
#include "core/i18n/Language.h"

#include <nlohmann/json.hpp>

#include <QSet>

namespace qdf::review {
namespace {

using nlohmann::json;

QString str(const json &j, const char *key)
{
    return j.contains(key) ? QString::fromStdString(j.at(key).get<std::string>()) : QString();
}

Item itemFrom(const json &j, const QString &stageKey)
{
    Item item{str(j, "key"), str(j, "name"), str(j, "description"), str(j, "question"), str(j, "whyItMatters"), stageKey, {}};
    if (j.contains("guidance")) {
        for (const auto &[model, text] : j.at("guidance").items())
            item.guidance.insert(std::stoi(model), QString::fromStdString(text.get<std::string>()));
    }
    if (item.key.isEmpty() || item.name.isEmpty())
        throw std::runtime_error("an item needs a key and a name");
    return item;
}

} // namespace

const Item *Checklist::item(const QString &key) const
{
    for (const Item &i : items) {
        if (i.key == key)
            return &i;
    }
    return nullptr;
}

Result<Pack> Pack::fromJson(const QByteArray &bytes)
{
    try {
        const json j = json::parse(bytes.constBegin(), bytes.constEnd());
        Pack pack;
        pack.version = j.at("version").get<int>();
        pack.title = str(j, "title");
        for (const json &m : j.at("models"))
            pack.models.push_back({m.at("number").get<int>(), str(m, "name"), str(m, "summary"), str(m, "reviewGuidance")});
        for (const json &c : j.at("checklists")) {
            Checklist list{str(c, "key"), str(c, "name"), str(c, "description"), str(c, "tailoring"), str(c, "sourceNote"), {}, {}, {}};
            for (const json &a : c.value("subAreas", json::array()))
                list.subAreas.push_back({str(a, "key"), str(a, "name"), str(a, "description")});
            for (const json &i : c.value("items", json::array()))
                list.items.push_back(itemFrom(i, {}));
            for (const json &s : c.value("stages", json::array())) {
                list.stages.push_back({str(s, "key"), str(s, "name")});
                for (const json &i : s.at("items"))
                    list.items.push_back(itemFrom(i, list.stages.back().key));
            }
            QSet<QString> keys;
            for (const Item &i : list.items) {
                if (keys.contains(i.key))
                    throw std::runtime_error("item " + i.key.toStdString() + " twice in " + list.key.toStdString());
                keys.insert(i.key);
            }
            pack.checklists.push_back(list);
        }
        const json suggestions = j.value("suggestions", json::object());  // items() of a temporary would dangle
        for (const auto &[key, list] : suggestions.items()) {
            QStringList texts;
            for (const json &t : list)
                texts << QString::fromStdString(t.get<std::string>());
            pack.suggestions.insert(QString::fromStdString(key), texts);
        }
        if (pack.models.size() != 3 || pack.checklists.isEmpty())
            return makeError(Error::Code::InvalidArgument, QStringLiteral("review pack: three models and some checklists"));
        return pack;
    } catch (const std::exception &e) {
        return makeError(Error::Code::InvalidArgument, QStringLiteral("review pack: %1").arg(QString::fromUtf8(e.what())));
    }
}

const Pack &Pack::shipped()
{
    return shipped(language::current());
}

const Pack &Pack::shipped(const QString &language)
{
    return shippedPackIn<Pack>(QStringLiteral("review"), language, &Pack::fromJson);
}

const Checklist *Pack::checklist(const QString &key) const
{
    for (const Checklist &c : checklists) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

const Model *Pack::model(int number) const
{
    for (const Model &m : models) {
        if (m.number == number)
            return &m;
    }
    return nullptr;
}

QString Pack::subjectName(const QString &path) const
{
    const Checklist *list = checklist(path.section(QLatin1Char('/'), 0, 0));
    const Item *found = list ? list->item(path.section(QLatin1Char('/'), 1)) : nullptr;
    return found ? QStringLiteral("%1 › %2").arg(list->name, found->name) : path;
}

} // namespace qdf::review
