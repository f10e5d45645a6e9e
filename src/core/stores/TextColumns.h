#pragma once

// The columns that hold a text in its two languages (schema 17), shared by the stores of answers,
// working examples and Schedules: its own words (`text`, or `title` and `body`) in `language`, the
// other language's in the translation columns, and each language's `from` and time of change
// (docs/file-format.md, "Texts in two languages"). Not part of the API.

#include "core/Clock.h"
#include "core/Sql.h"
#include "core/Translation.h"

#include <QStringList>
#include <QVariantList>

namespace qdf::store {

// Answers have one text; examples and Schedules a title and a body.
enum class TextShape { Text, TitleAndBody };

inline QStringList textColumnNames(TextShape shape)
{
    if (shape == TextShape::Text)
        return {QStringLiteral("text"), QStringLiteral("language"), QStringLiteral("translation"), QStringLiteral("text_from"),
                QStringLiteral("translation_from"), QStringLiteral("text_changed_at"), QStringLiteral("translation_changed_at")};
    return {QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("language"), QStringLiteral("translation_title"),
            QStringLiteral("translation_body"), QStringLiteral("text_from"), QStringLiteral("translation_from"),
            QStringLiteral("text_changed_at"), QStringLiteral("translation_changed_at")};
}

// "a.text, a.language, ..." for a SELECT.
inline QString textColumns(const QString &alias, TextShape shape)
{
    QStringList out;
    for (const QString &c : textColumnNames(shape))
        out << alias + QLatin1Char('.') + c;
    return out.join(QStringLiteral(", "));
}

// "text = ?, language = ?, ..." for an UPDATE.
inline QString textAssignments(TextShape shape)
{
    QStringList out;
    for (const QString &c : textColumnNames(shape))
        out << c + QStringLiteral(" = ?");
    return out.join(QStringLiteral(", "));
}

// The values of textColumnNames, in order.
inline QVariantList textValues(const translation::Stored &s, TextShape shape)
{
    const auto when = [](const QDateTime &at) { return at.isValid() ? Clock::format(at) : QString(); };
    QVariantList v;
    if (shape == TextShape::Text)
        v << s.main.body << translation::code(s.language) << s.translation.body;
    else
        v << s.main.title << s.main.body << translation::code(s.language) << s.translation.title << s.translation.body;
    v << s.main.from << s.translation.from << when(s.main.changedAt) << when(s.translation.changedAt);
    return v;
}

// Reads textColumns from column `first`; a language's time of change before schema 17 is the row's.
inline Bilingual readTexts(const sql::Rows &q, int first, TextShape shape, const QDateTime &rowChangedAt, Language *language)
{
    const auto at = [&](int i) {
        const QString t = q.value(i).toString();
        return t.isEmpty() ? rowChangedAt : QDateTime::fromString(t, Qt::ISODateWithMs);
    };
    translation::Stored s;
    int i = first;
    s.main.title = shape == TextShape::Text ? QString() : q.value(i++).toString();
    s.main.body = q.value(i++).toString();
    s.language = translation::fromCode(q.value(i++).toString()).value_or(Language::English);
    s.translation.title = shape == TextShape::Text ? QString() : q.value(i++).toString();
    s.translation.body = q.value(i++).toString();
    s.main.from = q.value(i++).toString();
    s.translation.from = q.value(i++).toString();
    s.main.changedAt = at(i++);
    s.translation.changedAt = s.translation.isWritten() ? at(i) : QDateTime();
    if (language)
        *language = s.language;
    return translation::fromStored(s.language, s.main, s.translation);
}

} // namespace qdf::store
