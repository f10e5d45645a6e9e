#include "core/Translation.h"

#include "core/Sha256.h"
#include "core/TextDiff.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>

namespace qdf::translation {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::translation", text);
}

// The same message in a given language, or the one spoken.
QString trIn(std::optional<Language> in, const char *text)
{
    return in ? language::translatedIn(code(*in), "qdf::translation", text) : tr(text);
}

QString day(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when.toUTC().date(), QStringLiteral("d MMMM yyyy"));
}

} // namespace

QString code(Language language)
{
    return language == Language::Welsh ? QStringLiteral("cy") : QStringLiteral("en");
}

std::optional<Language> fromCode(const QString &code)
{
    if (code == QLatin1String("cy"))
        return Language::Welsh;
    if (code == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

Language other(Language language)
{
    return language == Language::Welsh ? Language::English : Language::Welsh;
}

QString tag(Language language)
{
    return language == Language::Welsh ? QStringLiteral("cy-GB") : QStringLiteral("en-GB");
}

QString versionOf(const LanguageText &text)
{
    if (!text.isWritten())
        return {};
    return sha256Hex((normalizedText(text.title) + QStringLiteral("\n\u0000") + normalizedText(text.body)).toUtf8());
}

State stateOf(const Bilingual &texts, Language language)
{
    const LanguageText &mine = texts.in(language);
    const LanguageText &theirs = texts.in(other(language));
    if (!mine.isWritten())
        return theirs.isWritten() ? State::Missing : State::Empty;
    if (!theirs.isWritten())
        return State::Only;
    if (mine.from.isEmpty())
        return State::NotMarked;
    return mine.from == versionOf(theirs) ? State::UpToDate : State::OutOfDate;
}

bool needsAttention(const Bilingual &texts)
{
    for (Language l : kBoth) {
        const State s = stateOf(texts, l);
        if (s == State::OutOfDate || s == State::NotMarked)
            return true;
    }
    return false;
}

Bilingual edited(const Bilingual &before, Language language, const QString &title, const QString &body,
                 const QDateTime &at)
{
    Bilingual after = before;
    LanguageText &mine = after.in(language);
    LanguageText &theirs = after.in(other(language));
    const bool wasWritten = mine.isWritten();
    const State was = stateOf(before, language);
    mine.title = title;
    mine.body = body;
    mine.changedAt = at;
    if (!mine.isWritten() || !theirs.isWritten()) {
        // Alone (or gone): nothing to be a translation of, and nothing to be translated from it.
        mine.from.clear();
        if (!mine.isWritten())
            theirs.from.clear();
        return after;
    }
    if (!wasWritten) {
        // A translation begun: not yet marked; the other is what it is made from.
        mine.from.clear();
        theirs.from = versionOf(mine);
    } else if (was != State::UpToDate) {
        // Work on a translation that is behind: the other does not fall behind it.
        theirs.from = versionOf(mine);
    }
    // In step before: its words changed, so the other, still marked against the old ones, is out of date.
    return after;
}

Bilingual markedTranslated(const Bilingual &texts)
{
    Bilingual after = texts;
    if (!texts.english.isWritten() || !texts.welsh.isWritten())
        return after;
    after.welsh.from = versionOf(texts.english);
    after.english.from = versionOf(texts.welsh);
    return after;
}

QString languageName(Language language)
{
    return language == Language::Welsh ? tr("Welsh") : tr("English");
}

QString describe(const Bilingual &texts, Language language, const QLocale &locale, std::optional<Language> in)
{
    const bool welsh = language == Language::Welsh;
    const auto say = [&](const char *cy, const char *en) { return trIn(in, welsh ? cy : en); };
    switch (stateOf(texts, language)) {
    case State::Empty:
        return say(QT_TRANSLATE_NOOP("qdf::translation", "Nothing written in Welsh or English yet"),
                   QT_TRANSLATE_NOOP("qdf::translation", "Nothing written in English or Welsh yet"));
    case State::Missing:
        return say(QT_TRANSLATE_NOOP("qdf::translation", "Not yet in Welsh"), QT_TRANSLATE_NOOP("qdf::translation", "Not yet in English"));
    case State::Only:
        return say(QT_TRANSLATE_NOOP("qdf::translation", "In Welsh only"), QT_TRANSLATE_NOOP("qdf::translation", "In English only"));
    case State::UpToDate:
        return say(QT_TRANSLATE_NOOP("qdf::translation", "Welsh up to date with the English"),
                   QT_TRANSLATE_NOOP("qdf::translation", "English up to date with the Welsh"));
    case State::NotMarked:
        return say(QT_TRANSLATE_NOOP("qdf::translation", "Welsh not yet marked as translated"),
                   QT_TRANSLATE_NOOP("qdf::translation", "English not yet marked as translated"));
    case State::OutOfDate:
        return say(QT_TRANSLATE_NOOP("qdf::translation", "Welsh out of date: the English changed on %1"),
                   QT_TRANSLATE_NOOP("qdf::translation", "English out of date: the Welsh changed on %1"))
            .arg(day(texts.in(other(language)).changedAt, locale));
    }
    return {};
}

QString summary(const Bilingual &texts, const QLocale &locale)
{
    if (!texts.welsh.isWritten() || !texts.english.isWritten())
        return {};
    QStringList says;
    for (Language l : kBoth) {
        if (stateOf(texts, l) != State::UpToDate)
            says << describe(texts, l, locale);
    }
    return says.isEmpty() ? tr("Welsh and English up to date with each other") : says.join(QStringLiteral(" · "));
}

Stored toStored(const Bilingual &texts, Language preferred)
{
    const Language main = texts.in(preferred).isWritten() || !texts.in(other(preferred)).isWritten() ? preferred : other(preferred);
    return {main, texts.in(main), texts.in(other(main))};
}

Bilingual fromStored(Language language, const LanguageText &main, const LanguageText &translation)
{
    Bilingual texts;
    texts.in(language) = main;
    texts.in(other(language)) = translation;
    return texts;
}

} // namespace qdf::translation
