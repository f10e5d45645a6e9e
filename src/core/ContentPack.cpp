#include "core/ContentPack.h"

#include "core/ShippedPack.h"
#include "core/i18n/Language.h"

#include <nlohmann/json.hpp>

namespace qdf {
namespace {

using nlohmann::json;

QString str(const json &object, const char *key, bool required = true)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) {
        if (required)
            throw std::runtime_error(std::string("missing text field \"") + key + "\"");
        return {};
    }
    return QString::fromStdString(it->get<std::string>());
}

const json &array(const json &object, const char *key)
{
    static const json empty = json::array();
    const auto it = object.find(key);
    if (it == object.end())
        return empty;
    if (!it->is_array())
        throw std::runtime_error(std::string("\"") + key + "\" is not a list");
    return *it;
}

SectionTemplate readSection(const json &j, bool isDocument)
{
    SectionTemplate s;
    s.key = str(j, "key");
    s.title = str(j, "title");
    s.purpose = str(j, "purpose");
    s.explanation = str(j, "explanation", false);
    s.isDocument = isDocument;
    for (const json &q : array(j, "questions"))
        s.questions.push_back({str(q, "key"), str(q, "text"), str(q, "guidance", false), str(q, "section", false)});
    for (const json &st : array(j, "stages")) {
        PlanStageTemplate stage;
        stage.number = st.at("number").get<int>();
        stage.title = str(st, "title");
        stage.outcome = str(st, "outcome", false);
        stage.timescale = str(st, "timescale", false);
        for (const json &m : array(st, "milestones"))
            stage.milestones << QString::fromStdString(m.get<std::string>());
        s.stages.push_back(stage);
    }
    return s;
}

} // namespace

Result<ContentPack> ContentPack::fromJson(const QByteArray &bytes)
{
    try {
        const json j = json::parse(bytes.constBegin(), bytes.constEnd());
        if (!j.is_object())
            return makeError(Error::Code::InvalidArgument, QStringLiteral("content pack: not a JSON object"));
        ContentPack pack;
        pack.name = str(j, "pack");
        pack.version = j.at("version").get<int>();
        pack.title = str(j, "title");
        pack.source = j.contains("source") ? str(j, "source") : QString();
        for (const json &p : array(j, "parts"))
            pack.parts.push_back({str(p, "key"), str(p, "title"), str(p, "explanation")});
        for (const json &s : array(j, "sections"))
            pack.sections.push_back(readSection(s, false));
        for (const json &d : array(j, "documents"))
            pack.documents.push_back(readSection(d, true));
        if (pack.sections.isEmpty())
            return makeError(Error::Code::InvalidArgument, QStringLiteral("content pack: no sections"));
        return pack;
    } catch (const std::exception &e) {
        return makeError(Error::Code::InvalidArgument, QStringLiteral("content pack: %1").arg(QString::fromUtf8(e.what())));
    }
}

const ContentPack &ContentPack::caremore()
{
    return caremore(language::current());
}

const ContentPack &ContentPack::caremore(const QString &language)
{
    return shippedPackIn<ContentPack>(QStringLiteral("caremore"), language, &ContentPack::fromJson);
}

const SectionTemplate *ContentPack::section(const QString &key) const
{
    for (const auto *list : {&sections, &documents}) {
        for (const SectionTemplate &s : *list) {
            if (s.key == key)
                return &s;
        }
    }
    return nullptr;
}

} // namespace qdf
