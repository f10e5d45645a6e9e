#include "core/catalyst/CatalystPack.h"

#include "core/ShippedPack.h"
#include "core/i18n/Language.h"

#include <nlohmann/json.hpp>

namespace qdf::catalyst {
namespace {

using nlohmann::json;

QString str(const json &j, const char *key)
{
    return QString::fromStdString(j.at(key).get<std::string>());
}

QStringList strings(const json &j)
{
    QStringList list;
    for (const json &s : j)
        list << QString::fromStdString(s.get<std::string>());
    return list;
}

} // namespace

Result<Pack> Pack::fromJson(const QByteArray &bytes)
{
    try {
        const json j = json::parse(bytes.constBegin(), bytes.constEnd());
        Pack pack;
        pack.version = j.at("version").get<int>();
        pack.title = str(j, "title");
        for (const json &l : j.at("levels"))
            pack.levelTitles << str(l, "title");
        for (const json &d : j.at("drivers")) {
            Driver driver{str(d, "key"), str(d, "name"), {}, {}};
            for (const json &t : d.at("thresholds"))
                driver.bands.push_back({t.at("level").get<int>(), t.at("from").get<int>(), t.at("to").get<int>()});
            for (const json &e : d.at("elements")) {
                Element element{str(e, "key"), str(e, "name"), str(e, "sheetTitle"), {}};
                for (const json &l : e.at("levels"))
                    element.levels.push_back({l.at("level").get<int>(), str(l, "descriptor"), strings(l.at("indicators")),
                                              strings(l.at("approaches"))});
                if (element.levels.size() != 4)
                    throw std::runtime_error("element " + e.at("key").get<std::string>() + " needs four levels");
                driver.elements.push_back(element);
            }
            pack.drivers.push_back(driver);
        }
        if (pack.levelTitles.size() != 4 || pack.drivers.isEmpty())
            return makeError(Error::Code::InvalidArgument, QStringLiteral("catalyst pack: four levels and some drivers"));
        return pack;
    } catch (const std::exception &e) {
        return makeError(Error::Code::InvalidArgument, QStringLiteral("catalyst pack: %1").arg(QString::fromUtf8(e.what())));
    }
}

const Pack &Pack::shipped()
{
    return shipped(language::current());
}

const Pack &Pack::shipped(const QString &language)
{
    return shippedPackIn<Pack>(QStringLiteral("catalyst"), language, &Pack::fromJson);
}

const Element *Pack::element(const QString &key) const
{
    for (const Driver &d : drivers) {
        for (const Element &e : d.elements) {
            if (e.key == key)
                return &e;
        }
    }
    return nullptr;
}

const Driver *Pack::driver(const QString &key) const
{
    for (const Driver &d : drivers) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

const Driver *Pack::driverOf(const QString &elementKey) const
{
    for (const Driver &d : drivers) {
        for (const Element &e : d.elements) {
            if (e.key == elementKey)
                return &d;
        }
    }
    return nullptr;
}

QString bandKey(int level)
{
    static const QStringList keys{QStringLiteral("consolidating-the-basics"), QStringLiteral("thinking-differently"),
                                  QStringLiteral("developing-strategically"), QStringLiteral("sustaining-high-performance")};
    return level >= 1 && level <= 4 ? keys[level - 1] : QString();
}

QString Pack::subjectName(const QString &key) const
{
    if (const Driver *d = driver(key))
        return d->name;
    if (const Element *e = element(key))
        return QStringLiteral("%1 (%2)").arg(e->name, driverOf(key)->name);
    return {};
}

} // namespace qdf::catalyst
