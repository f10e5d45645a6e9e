#include "core/sync/BundleCheck.h"

#include "core/ContentPack.h"
#include "core/Limits.h"
#include "core/Maturity.h"
#include "core/catalyst/CatalystPack.h"
#include "core/review/ReviewPack.h"
#include "core/review/ReviewStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace qdf::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync::BundleCheck", text);
}

enum class Type { Text, Line, Number, List, Base64 };

// One field of a kind: its type, and what else its value must be (empty: anything of the type).
struct Field {
    const char *name;
    Type type;
    std::function<QString(const QJsonValue &)> check;  // the problem, or empty
    bool optional = false;  // may be absent (schema 17's Welsh and translation states: absent where empty)
};

const QSet<QString> &sectionKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> all;
        for (const SectionTemplate &t : ContentPack::caremore().sections + ContentPack::caremore().documents)
            all << t.key;
        return all;
    }();
    return keys;
}

QString knownSection(const QJsonValue &v)
{
    return sectionKeys().contains(v.toString()) ? QString() : tr("\"%1\" is no section").arg(v.toString());
}

QString maybeSection(const QJsonValue &v)
{
    return v.toString().isEmpty() ? QString() : knownSection(v);
}

std::function<QString(const QJsonValue &)> range(qint64 low, qint64 high)
{
    return [low, high](const QJsonValue &v) {
        const double n = v.toDouble();
        return n >= double(low) && n <= double(high) && n == double(qint64(n))
            ? QString()
            : tr("%1 is not a whole number from %2 to %3").arg(v.toDouble()).arg(low).arg(high);
    };
}

std::function<QString(const QJsonValue &)> oneOf(const QStringList &values)
{
    return [values](const QJsonValue &v) {
        return values.contains(v.toString()) ? QString() : tr("\"%1\" is not one of %2").arg(v.toString(), values.join(QStringLiteral(", ")));
    };
}

QString date(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.isEmpty() || QDate::fromString(s, Qt::ISODate).isValid() ? QString() : tr("\"%1\" is not a date").arg(s);
}

QString time(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.isEmpty() || QDateTime::fromString(s, Qt::ISODateWithMs).isValid() ? QString() : tr("\"%1\" is not a time").arg(s);
}

QString notEmpty(const QJsonValue &v)
{
    return v.toString().trimmed().isEmpty() ? tr("it is empty") : QString();
}

QString maturity(const QJsonValue &v)
{
    return maturityFromSlug(v.toString()) ? QString() : tr("\"%1\" is not a maturity").arg(v.toString());
}

QString slug(const QJsonValue &v)
{
    static const QRegularExpression form(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return form.match(v.toString()).hasMatch() ? QString() : tr("\"%1\" is not a key").arg(v.toString());
}

QString checklists(const QJsonValue &v)
{
    const QJsonArray list = v.toArray();
    if (list.isEmpty() || list.size() > exchangeLimits().listLength)
        return tr("a review has from 1 to %1 checklists").arg(exchangeLimits().listLength);
    for (const QJsonValue &key : list) {
        if (!key.isString() || !review::Pack::shipped().checklist(key.toString()))
            return tr("%1 is no checklist").arg(key.toVariant().toString());
    }
    return QString();
}

QString sha256(const QJsonValue &v)
{
    static const QRegularExpression form(QStringLiteral("^[0-9a-f]{64}$"));
    return form.match(v.toString()).hasMatch() ? QString() : tr("it is not a SHA-256 hash");
}

QString fileName(const QJsonValue &v)
{
    const QString name = v.toString();
    if (name.trimmed().isEmpty())
        return tr("a file needs a name");
    return name.toUtf8().size() > 1024 ? tr("a file name of %1 bytes is too long").arg(name.toUtf8().size()) : QString();
}

// A text's Welsh and each language's translation state, beside its English (ItemState.h).
QVector<Field> bilingual(bool titled)
{
    QVector<Field> fields;
    if (titled)
        fields << Field{"titleCy", Type::Line, {}, true} << Field{"bodyCy", Type::Text, {}, true};
    else
        fields << Field{"textCy", Type::Text, {}, true};
    return fields << Field{"enFrom", Type::Line, sha256, true} << Field{"cyFrom", Type::Line, sha256, true};
}

// The fields of every kind, as ItemState.h lists them.
const QMap<QString, QVector<Field>> &kinds()
{
    static const QMap<QString, QVector<Field>> all{
        {QStringLiteral("answer"), QVector<Field>{{"text", Type::Text, {}}} + bilingual(false)},
        {QStringLiteral("example"),
         QVector<Field>{{"section", Type::Line, knownSection}, {"title", Type::Line, {}}, {"body", Type::Text, {}},
                        {"position", Type::Number, range(0, 1000000)}}
             + bilingual(true)},
        {QStringLiteral("reference"),
         {{"section", Type::Line, knownSection}, {"fileName", Type::Line, fileName}, {"note", Type::Text, {}},
          {"sha256", Type::Line, sha256}, {"data", Type::Base64, {}}}},
        {QStringLiteral("schedule"),
         QVector<Field>{{"section", Type::Line, knownSection}, {"number", Type::Line, {}}, {"title", Type::Line, {}},
                        {"body", Type::Text, {}}, {"maturity", Type::Line, maturity}}
             + bilingual(true)},
        {QStringLiteral("signoff"),
         {{"schedule", Type::Line, notEmpty}, {"name", Type::Line, notEmpty}, {"organisation", Type::Line, {}},
          {"role", Type::Line, {}}, {"signedAt", Type::Line, time}}},
        {QStringLiteral("catalyst-round"), {{"name", Type::Line, {}}, {"completedOn", Type::Line, date}}},
        {QStringLiteral("catalyst-rating"), {{"level", Type::Number, range(1, 4)}, {"note", Type::Text, {}}}},
        {QStringLiteral("review"),
         {{"title", Type::Line, notEmpty}, {"subject", Type::Line, {}},
          {"kind", Type::Line, oneOf({QStringLiteral("procurement"), QStringLiteral("contract"), QStringLiteral("system")})},
          {"date", Type::Line, date}, {"reviewers", Type::Line, {}}, {"model", Type::Number, range(1, 3)},
          {"checklists", Type::List, checklists}}},
        {QStringLiteral("review-response"), {{"rating", Type::Line, {}}, {"note", Type::Text, {}}}},
        {QStringLiteral("section"),
         {{"key", Type::Line, knownSection}, {"kind", Type::Line, oneOf({QStringLiteral("caremore"), QStringLiteral("document")})},
          {"position", Type::Number, range(0, 1000)}, {"title", Type::Line, {}}, {"purpose", Type::Text, {}},
          {"explanation", Type::Text, {}}}},
        {QStringLiteral("question"),
         {{"section", Type::Line, knownSection}, {"key", Type::Line, slug}, {"position", Type::Number, range(0, 100000)},
          {"text", Type::Text, {}}, {"guidance", Type::Text, {}}, {"aboutSection", Type::Line, maybeSection}}},
    };
    return all;
}

bool hasControl(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

// What a key must be: one plain part, or three for the composite keys (round/participant/element,
// review/checklist/item) whose parts name what exists.
QString checkKey(const ItemState &s)
{
    const QString key = s.key();
    if (key.isEmpty() || key.size() > 300 || hasControl(key))
        return tr("its key is not one QDF Workbench makes");
    const QStringList parts = key.split(QLatin1Char('/'));
    if (s.kind() == QLatin1String("catalyst-rating")) {
        if (parts.size() != 3 || parts[0].isEmpty() || parts[1].trimmed().isEmpty())
            return tr("its key is not round/participant/element");
        if (!catalyst::Pack::shipped().element(parts[2]))
            return tr("\"%1\" is no element of the Catalyst for Change").arg(parts[2]);
        return QString();
    }
    if (s.kind() == QLatin1String("review-response")) {
        if (parts.size() != 3 || parts[0].isEmpty())
            return tr("its key is not review/checklist/item");
        const review::Checklist *list = review::Pack::shipped().checklist(parts[1]);
        if (!list)
            return tr("\"%1\" is no checklist").arg(parts[1]);
        if (!list->item(parts[2]))
            return tr("\"%1\" is no item of the checklist \"%2\"").arg(parts[2], parts[1]);
        const QString rating = s.fields.value(QStringLiteral("rating")).toString();
        if (!s.deleted && !review::ratingScale(parts[1]).contains(rating))
            return tr("\"%1\" is not a rating of the checklist \"%2\" (%3)")
                .arg(rating, parts[1], review::ratingScale(parts[1]).join(QStringLiteral(", ")));
        return QString();
    }
    return parts.size() == 1 ? QString() : tr("its key is not one QDF Workbench makes");
}

QString checkFields(const ItemState &s)
{
    const auto kind = kinds().constFind(s.kind());
    if (kind == kinds().constEnd())
        return tr("it is of no kind QDF Workbench knows");
    if (QString problem = checkKey(s); !problem.isEmpty())
        return problem;
    // Only examples and reference files travel as deletions (from their tombstones).
    if (s.deleted)
        return s.kind() == QLatin1String("example") || s.kind() == QLatin1String("reference")
            ? QString()
            : tr("a %1 does not travel as a deletion").arg(s.kind());
    for (auto it = s.fields.constBegin(); it != s.fields.constEnd(); ++it) {
        const bool known = std::any_of(kind->begin(), kind->end(), [&](const Field &f) { return it.key() == QLatin1String(f.name); });
        if (!known)
            return tr("it has a field \"%1\" that no %2 has").arg(it.key(), s.kind());
    }
    for (const Field &f : *kind) {
        const QString name = QString::fromLatin1(f.name);
        if (!s.fields.contains(name)) {
            if (f.optional)
                continue;
            return tr("its field \"%1\" is missing").arg(name);
        }
        const QJsonValue v = s.fields.value(name);
        const bool typed = f.type == Type::Number ? v.isDouble() : f.type == Type::List ? v.isArray() : v.isString();
        if (!typed) {
            const char *wanted = f.type == Type::Number ? "a number" : f.type == Type::List ? "a list" : "a text";
            return tr("its field \"%1\" is not %2").arg(name, tr(wanted));
        }
        // Texts are kept exactly as written (control characters too: they are made harmless
        // where they are shown, core/SafeText.h), only bounded.
        if ((f.type == Type::Text || f.type == Type::Line) && v.toString().size() > kMaxTextLength)
            return tr("its field \"%1\": %2").arg(name, textTooLong(v.toString().size()).message);
        if (f.type == Type::Base64) {
            const qint64 size = v.toString().size() / 4 * 3;
            if (size > exchangeLimits().attachmentBytes + 2)
                return tr("the file is %1; an attachment may be up to %2 (QDF_MAX_ATTACHMENT_MB)")
                    .arg(megabytes(size), megabytes(exchangeLimits().attachmentBytes));
            const auto data = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!data)
                return tr("its file is not base64");
            if (QString::fromLatin1(QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex())
                != s.fields.value(QStringLiteral("sha256")).toString())
                return tr("its file does not match its SHA-256 hash");
        }
        if (f.check) {
            if (QString problem = f.check(v); !problem.isEmpty())
                return tr("its field \"%1\": %2").arg(name, problem);
        }
    }
    return QString();
}

// "schedule:… (Schedule 2.1 “Visits”)": enough for a person to find it.
QString named(const ItemState &s)
{
    const QString title = s.fields.value(QStringLiteral("title")).toString().left(80);
    const QString number = s.fields.value(QStringLiteral("number")).toString().left(20);
    if (s.kind() == QLatin1String("schedule"))
        return tr("Schedule %1 \"%2\" (%3)").arg(number, title, s.id.left(120));
    return title.isEmpty() ? s.id.left(200) : QStringLiteral("%1 \"%2\"").arg(s.id.left(120), title);
}

// A participant's own workbook can make only these: see the header.
QString checkContribution(const ItemChange &c, const QString &author, const QSet<QString> &ownSignOffs)
{
    const ItemState &s = c.state;
    if (s.kind() == QLatin1String("section") || s.kind() == QLatin1String("question"))
        return tr("the sections and questions are the production team's: a contribution never carries them");
    if (s.kind() == QLatin1String("signoff")) {
        if (s.deleted || c.base)
            return tr("a sign-off, once made, is not changed or withdrawn by a contribution");
        if (!author.isEmpty() && s.fields.value(QStringLiteral("name")).toString() != author)
            return tr("it is a sign-off by %1 in a contribution from %2: a participant signs only for themselves")
                .arg(s.fields.value(QStringLiteral("name")).toString(), author);
    }
    if (s.kind() == QLatin1String("schedule") && !s.deleted) {
        const auto to = maturityFromSlug(s.fields.value(QStringLiteral("maturity")).toString());
        const auto from = c.base ? maturityFromSlug(c.base->fields.value(QStringLiteral("maturity")).toString()) : std::nullopt;
        if (to != from) {
            if (to == Maturity::Adopted)
                return tr("a participant never adopts a Schedule: only the production team does, in the master");
            if (to == Maturity::SignedOff && !ownSignOffs.contains(s.key()))
                return tr("it arrives signed off without its author's own sign-off");
        }
    }
    return QString();
}

Error refusedItem(const QString &path, const ItemState &s, const QString &why)
{
    return makeError(Error::Code::NotAllowed, tr("%1: %2: %3; nothing was taken in").arg(QFileInfo(path).fileName(), named(s), why));
}

} // namespace

Status checkChanges(const QVector<ItemChange> &changes, BundleKind kind, const QString &author, const QString &path)
{
    if (changes.size() > exchangeLimits().changes)
        return makeError(Error::Code::NotAllowed, tr("%1: holds %2 changes; a bundle holds at most %3")
                                                      .arg(QFileInfo(path).fileName())
                                                      .arg(changes.size())
                                                      .arg(exchangeLimits().changes));
    QSet<QString> ownSignOffs;  // the Schedules the author signs in this bundle
    QSet<QString> ids;
    ids.reserve(changes.size());
    for (const ItemChange &c : changes) {
        if (c.state.kind() == QLatin1String("signoff") && c.state.fields.value(QStringLiteral("name")).toString() == author)
            ownSignOffs << c.state.fields.value(QStringLiteral("schedule")).toString();
    }
    for (const ItemChange &c : changes) {
        if (ids.contains(c.state.id))
            return refusedItem(path, c.state, tr("it is in the bundle twice"));
        ids << c.state.id;
        QString problem = checkFields(c.state);
        if (problem.isEmpty() && c.base) {
            if (c.base->id != c.state.id)
                problem = tr("its base is another item");
            else if (QString base = checkFields(*c.base); !base.isEmpty())
                problem = tr("its base: %1").arg(base);
        }
        if (problem.isEmpty() && kind == BundleKind::Contribution)
            problem = checkContribution(c, author, ownSignOffs);
        if (!problem.isEmpty())
            return refusedItem(path, c.state, problem);
    }
    return Status::success();
}

Status checkErasures(const QVector<ErasureNotice> &erasures, BundleKind kind, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    const auto bad = [&](const QString &why) {
        return makeError(Error::Code::NotAllowed, tr("%1: %2; nothing was taken in").arg(file, why));
    };
    if (erasures.isEmpty())
        return Status::success();
    if (kind != BundleKind::Update)
        return bad(tr("a contribution carries an erasure: only the master erases a person"));
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F-]{8,64}$"));
    QSet<QString> seen;
    for (const ErasureNotice &e : erasures) {
        const QString label = e.replacedBy;
        if (!uuid.match(e.id).hasMatch() || seen.contains(e.id))
            return bad(tr("an erasure it carries has no id of its own"));
        seen << e.id;
        if (!time(e.erasedAt).isEmpty() || e.erasedAt.isEmpty())
            return bad(tr("an erasure it carries has no time"));
        if (label.trimmed().isEmpty() || label.size() > 300 || hasControl(label) || label.contains(QLatin1Char('/')))
            return bad(tr("an erasure it carries puts no role in the person's place"));
        if (!sha256(e.nameCheck).isEmpty())
            return bad(tr("an erasure it carries has no name check"));
        if (e.ratingsRemovedIn.size() > exchangeLimits().changes)
            return bad(tr("an erasure it carries names too many rounds"));
        for (const QString &round : e.ratingsRemovedIn) {
            if (!uuid.match(round).hasMatch())
                return bad(tr("an erasure it carries names a round by no id"));
        }
    }
    return Status::success();
}

Status checkBundle(const Bundle &bundle, const QString &path)
{
    const Manifest &m = bundle.manifest;
    const QString file = QFileInfo(path).fileName();
    const auto bad = [&](const QString &why) {
        return makeError(Error::Code::NotAllowed, tr("%1: %2; nothing was taken in").arg(file, why));
    };
    for (const QString &text : {m.author.name, m.author.organisation, m.author.role, m.programmeName}) {
        if (text.size() > 1000)
            return bad(tr("the bundle's author or programme is not a name"));
    }
    if (m.author.name.trimmed().isEmpty())
        return bad(tr("the bundle names no author"));
    // Revisions count edits: a number beyond any workbook's would shut out every genuine update after it.
    constexpr qint64 kMaxRevision = qint64(1) << 40;
    if (m.baseRevision < 0 || m.newRevision < 0 || m.baseRevision > kMaxRevision || m.newRevision > kMaxRevision
        || m.sequence > kMaxRevision)
        return bad(tr("its revision numbers are out of range"));
    if (m.kind == BundleKind::Update && m.newRevision < m.baseRevision)
        return bad(tr("the update's revision %1 is older than the one it follows (%2)").arg(m.newRevision).arg(m.baseRevision));
    if (Status s = checkErasures(bundle.erasures, m.kind, path); !s)
        return s;
    return checkChanges(bundle.changes, m.kind, m.author.name, path);
}

} // namespace qdf::sync
