// qdf translations, qdf translated: the translation state of every text written in Welsh, English
// or both, and "mark as translated" (core/Translation.h: the rule; docs/cli.md).

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/Translation.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/stores/TextLanguages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString stateSlug(translation::State state)
{
    switch (state) {
    case translation::State::Missing: return QStringLiteral("missing");
    case translation::State::Empty: return QStringLiteral("empty");
    case translation::State::Only: return QStringLiteral("only");
    case translation::State::UpToDate: return QStringLiteral("up-to-date");
    case translation::State::OutOfDate: return QStringLiteral("out-of-date");
    case translation::State::NotMarked: return QStringLiteral("not-marked");
    }
    return {};
}

QJsonObject languageJson(const TextInLanguages &t, Language l)
{
    const LanguageText &words = t.texts.in(l);
    QJsonObject o{{QStringLiteral("state"), stateSlug(translation::stateOf(t.texts, l))},
                  {QStringLiteral("says"), translation::describe(t.texts, l)}};
    if (words.isWritten()) {
        o.insert(QStringLiteral("version"), translation::versionOf(words));
        o.insert(QStringLiteral("changedAt"), Clock::format(words.changedAt));
    }
    if (!words.from.isEmpty())
        o.insert(QStringLiteral("translatedFrom"), words.from);
    return o;
}

// An item as `qdf translations` names it, or as a person would: schedule:1.2, answer:SECTION/QUESTION.
QString itemIdOrExit(Workbook &wb, const QString &given)
{
    const QString kind = given.section(QLatin1Char(':'), 0, 0);
    const QString key = given.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("schedule"))
        return QStringLiteral("schedule:") + orExit(wb, ScheduleStore(wb).find(key)).uuid;
    if (kind == QLatin1String("answer") && key.contains(QLatin1Char('/')))
        return QStringLiteral("answer:")
            + orExit(wb, SectionStore(wb).question(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1))).uuid;
    if (kind == QLatin1String("answer") || kind == QLatin1String("example"))
        return given;
    usageExit(QStringLiteral("translated"), tr("%1 is no text: give schedule:NUMBER, answer:SECTION/QUESTION or an id "
                                                 "'qdf translations' lists")
                                              .arg(given));
}

} // namespace

std::optional<Language> textLanguageOrExit(const QCommandLineParser &parser, const QString &verb)
{
    if (!parser.isSet(QStringLiteral("in")))
        return std::nullopt;
    const auto language = translation::fromCode(parser.value(QStringLiteral("in")));
    if (!language)
        usageExit(verb, tr("--in must be cy or en"));
    return language;
}

void addTextLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("in"),
                      tr("The language the text is written in: cy or en (default: the language it was first written in; "
                         "for a new one, the workbook's). The other language keeps its words, and its translation state "
                         "follows ('qdf translations')."),
                      QStringLiteral("LANG")});
}

int translations(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("translations"),
                    tr("the answers, working examples and Schedules written in Welsh, English or both, with each "
                       "language's state: out of date (the other changed since it was translated), not yet marked as "
                       "translated, up to date, or missing."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption({QStringLiteral("attention"), tr("Only the texts whose translation is out of date or not yet marked.")});
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const bool attention = verb.parser().isSet(QStringLiteral("attention"));
    QJsonArray array;
    for (const TextInLanguages &t : orExit(*wb, textsInLanguages(*wb))) {
        const bool bilingual = t.texts.english.isWritten() && t.texts.welsh.isWritten();
        if (attention && !translation::needsAttention(t.texts))
            continue;
        if (!verb.json()) {
            out(QStringLiteral("%1\n  %2\n  %3")
                    .arg(t.name, translation::describe(t.texts, Language::Welsh), translation::describe(t.texts, Language::English)));
            continue;
        }
        array.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("kind"), t.kind},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("language"), translation::code(t.language)},
                                 {QStringLiteral("bilingual"), bilingual},
                                 {QStringLiteral("cy"), languageJson(t, Language::Welsh)},
                                 {QStringLiteral("en"), languageJson(t, Language::English)}});
    }
    if (verb.json())
        writeJson(verb, QStringLiteral("texts"), array);
    return Ok;
}

int translated(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("translated"),
                    tr("mark a text's two languages as saying the same, as they are now: neither is out of date until "
                       "one of them changes."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("ITEM"), tr("The text: schedule:NUMBER, answer:SECTION/QUESTION, or an id 'qdf translations' lists."));
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const QString id = itemIdOrExit(*wb, verb.positionals().at(1));
    const QString key = id.section(QLatin1Char(':'), 1);
    if (id.startsWith(QLatin1String("schedule:"))) {
        orExit(*wb, ScheduleStore(*wb).markTranslated(key));
    } else if (id.startsWith(QLatin1String("example:"))) {
        orExit(*wb, MaterialStore(*wb).markExampleTranslated(key));
    } else {
        const Question q = orExit(*wb, SectionStore(*wb).questionByUuid(key));
        if (!orExit(*wb, AnswerStore(*wb).current(q.id)))
            usageExit(QStringLiteral("translated"), tr("the question has no answer yet"));
        orExit(*wb, AnswerStore(*wb).markTranslated(q.id));
    }
    return Ok;
}

} // namespace qdf::cli
