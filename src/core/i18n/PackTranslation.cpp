#include "core/i18n/PackTranslation.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace qdf::packs {
namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::packs", text);
}

QString kindOf(const json &j)
{
    switch (j.type()) {
    case json::value_t::object: return QStringLiteral("an object");
    case json::value_t::array: return QStringLiteral("a list");
    case json::value_t::string: return QStringLiteral("a text");
    case json::value_t::null: return QStringLiteral("null");
    case json::value_t::boolean: return QStringLiteral("true or false");
    default: return QStringLiteral("a number");
    }
}

QString pointer(const std::string &path)
{
    return path.empty() ? QStringLiteral("/") : QString::fromStdString(path);
}

// One walk over the English, with the translation's element at the same place (or none).
class Walk {
public:
    Walk(const PackFields &fields, const QString &marker, Overlay &out) : m_fields(fields), m_marker(marker), m_out(out) {}

    // `field` is the name of the object field the value sits under (for the elements of a list,
    // the list's): it says whether a text is an identifier.
    json value(const json &en, const json *tr, const std::string &path, const std::string &field)
    {
        if (en.is_object())
            return object(en, tr, path);
        if (en.is_array())
            return array(en, tr, path, field);
        if (en.is_string())
            return text(en, tr, path, field);
        if (!tr)
            differ(path, QStringLiteral("missing"));
        else if (*tr != en)
            differ(path, QStringLiteral("%1 in the English, %2 in the translation").arg(QString::fromStdString(en.dump()),
                                                                                           QString::fromStdString(tr->dump())));
        return en;
    }

private:
    json object(const json &en, const json *tr, const std::string &path)
    {
        if (tr && !tr->is_object()) {
            differ(path, QStringLiteral("an object in the English, %1 in the translation").arg(kindOf(*tr)));
            tr = nullptr;
        }
        json result = json::object();
        for (const auto &[key, child] : en.items()) {
            const std::string at = path + '/' + key;
            const json *theirs = nullptr;
            if (tr) {
                if (const auto it = tr->find(key); it != tr->end())
                    theirs = &*it;
                else
                    differ(at, QStringLiteral("missing from the translation"));
            }
            result[key] = value(child, theirs, at, key);
        }
        if (tr) {
            for (const auto &[key, child] : tr->items()) {
                if (!en.contains(key))
                    differ(path + '/' + key, QStringLiteral("in the translation, not in the English"));
            }
        }
        return result;
    }

    json array(const json &en, const json *tr, const std::string &path, const std::string &field)
    {
        if (tr && !tr->is_array()) {
            differ(path, QStringLiteral("a list in the English, %1 in the translation").arg(kindOf(*tr)));
            tr = nullptr;
        }
        if (tr && tr->size() != en.size()) {
            // Which element is which is lost: the English stands for the whole list.
            differ(path, QStringLiteral("%1 elements in the English, %2 in the translation").arg(en.size()).arg(tr->size()));
            tr = nullptr;
        }
        json result = json::array();
        for (std::size_t i = 0; i < en.size(); ++i)
            result.push_back(value(en[i], tr ? &(*tr)[i] : nullptr, path + '/' + std::to_string(i), field));
        return result;
    }

    json text(const json &en, const json *tr, const std::string &path, const std::string &field)
    {
        const QString english = QString::fromStdString(en.get<std::string>());
        if (m_fields.identifiers.contains(QString::fromStdString(field))) {
            if (tr && *tr != en)
                differ(path, QStringLiteral("the identifier \"%1\" is \"%2\" in the translation")
                                 .arg(english, QString::fromStdString(tr->is_string() ? tr->get<std::string>() : tr->dump())));
            return en;
        }
        if (tr && !tr->is_string()) {
            differ(path, QStringLiteral("a text in the English, %1 in the translation").arg(kindOf(*tr)));
            tr = nullptr;
        }
        const QString translated = tr ? QString::fromStdString(tr->get<std::string>()) : QString();
        if (english.trimmed().isEmpty())
            return en;  // nothing to read, nothing to translate
        if (translated.trimmed().isEmpty()) {
            m_out.untranslated << pointer(path);
            return m_marker.arg(english).toStdString();
        }
        if (translated == english && !sameInEveryLanguage().contains(english))
            m_out.unchanged << pointer(path);
        return tr->get<std::string>();
    }

    void differ(const std::string &path, const QString &what)
    {
        m_out.differences << QStringLiteral("%1: %2").arg(pointer(path), what);
    }

    const PackFields &m_fields;
    const QString m_marker;
    Overlay &m_out;
};

QByteArray readResource(const QString &resource)
{
    QFile file(resource);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

const QVector<PackFields> &shippedPacks()
{
    // "key": every section, question, part, document, driver, element, checklist, item, stage and
    // sub-area; "pack": the pack's own name; "section": the section a Baseline Questionnaire
    // question prompts about. Object keys (the review's suggestions by item, guidance by model) are
    // structure, the same by rule.
    static const QVector<PackFields> packs{
        {QStringLiteral("caremore"), {QStringLiteral("pack"), QStringLiteral("key"), QStringLiteral("section")}},
        {QStringLiteral("catalyst"), {QStringLiteral("pack"), QStringLiteral("key")}},
        {QStringLiteral("review"), {QStringLiteral("pack"), QStringLiteral("key")}},
    };
    return packs;
}

const PackFields *packFields(const QString &name)
{
    for (const PackFields &p : shippedPacks()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const QStringList &sameInEveryLanguage()
{
    // Whole texts only: a name inside a sentence is translated with the sentence around it. Besides
    // names and abbreviations, the few words Welsh spells as English does ("Cost": y gost).
    static const QStringList names{QStringLiteral("CAREMORE"), QStringLiteral("QDF"),  QStringLiteral("NAO"),
                                   QStringLiteral("CIPS"),     QStringLiteral("PbR"),  QStringLiteral("Data"),
                                   QStringLiteral("Cost")};
    return names;
}

QString packResource(const QString &name, const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral(":/content/%1.json").arg(name)
                                           : QStringLiteral(":/content/%1/%2.json").arg(language, name);
}

QString untranslatedMarker()
{
    //: A text of a content pack shown in English because it has no translation yet; %1 is the English.
    return tr("[English] %1");
}

Result<Overlay> overlay(const QByteArray &english, const QByteArray &translation, const PackFields &fields,
                        const QString &marker)
{
    const json en = json::parse(english.constBegin(), english.constEnd(), nullptr, false);
    if (en.is_discarded())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("%1 pack: the English is not JSON").arg(fields.name));
    const json theirs = json::parse(translation.constBegin(), translation.constEnd(), nullptr, false);
    if (theirs.is_discarded())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("%1 pack: the translation is not JSON").arg(fields.name));
    Overlay out;
    const json merged = Walk(fields, marker, out).value(en, &theirs, {}, {});
    out.json = QByteArray::fromStdString(merged.dump());
    return out;
}

PackText shippedText(const QString &name, const QString &language)
{
    const QString englishResource = packResource(name, QStringLiteral("en"));
    const QByteArray english = readResource(englishResource);
    if (english.isEmpty())
        qFatal("%s is missing from the program's resources", qPrintable(englishResource));
    const PackFields *fields = packFields(name);
    const QByteArray translation = fields && language != QLatin1String("en") ? readResource(packResource(name, language))
                                                                             : QByteArray();
    if (translation.isEmpty())
        return {english, QStringLiteral("en"), {}};
    auto laid = overlay(english, translation, *fields, untranslatedMarker());
    if (!laid)
        qFatal("%s is malformed: %s", qPrintable(packResource(name, language)), qPrintable(laid.error().message));
    // A structure that differs leaves English in place of the texts under it: they count as untranslated.
    return {laid->json, language, laid->untranslated};
}

} // namespace qdf::packs
