#pragma once

// The hostile bundle and update corpus: each case takes a genuine contribution (Dafydd's, to the
// master) or update (the master's, to Dafydd), changes it as an attacker would and writes it again
// with writeBundle, which re-hashes the body exactly as the program does: the hash proves nothing
// about who made it, so every case must be refused by what it holds.

#include "TestSupport.h"

#include "core/Limits.h"
#include "core/catalyst/CatalystPack.h"
#include "core/review/ReviewPack.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <functional>
#include <vector>

namespace qdf::test::hostile {

struct BundleCase {
    const char *name;
    sync::BundleKind kind;
    std::function<void(sync::Bundle &, const QString &schedule)> forge;
    const char *words;  // what the refusal must say
    std::function<void(ExchangeLimits &)> limits = {};
};

inline sync::ItemState item(const QString &id, QJsonObject fields)
{
    sync::ItemState s;
    s.id = id;
    s.fields = std::move(fields);
    s.author = kParticipant.name;
    return s;
}

inline void add(sync::Bundle &b, const sync::ItemState &s)
{
    b.changes << sync::ItemChange{std::nullopt, s};
}

// The change to `id` the bundle carries.
inline sync::ItemState &changeOf(sync::Bundle &b, const QString &id)
{
    for (sync::ItemChange &c : b.changes) {
        if (c.state.id == id)
            return c.state;
    }
    FAIL("the genuine bundle has no change to " << id.toStdString());
    return b.changes.first().state;
}

inline QString element()
{
    return catalyst::Pack::shipped().drivers.first().elements.first().key;
}

inline QString checklistItem()
{
    return review::Pack::shipped().checklist(QStringLiteral("contract-management"))->items.first().key;
}

inline QJsonObject schedule(const QString &maturity, const QString &title = QStringLiteral("Out of hours"))
{
    return {{"section", "activities"}, {"number", "2.9"}, {"title", title}, {"body", "x"}, {"maturity", maturity}};
}

inline QJsonObject reference(const QByteArray &data, const QString &name = QStringLiteral("notes.txt"))
{
    return {{"section", "activities"}, {"fileName", name}, {"note", ""},
            {"sha256", QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
            {"data", QString::fromLatin1(data.toBase64())}};
}

inline const std::vector<BundleCase> &bundleCases()
{
    using sync::BundleKind;
    static const QString round = QStringLiteral("7d3f0e1a-0000-4000-8000-000000000001");
    static const std::vector<BundleCase> cases = {
        {"schedule-moved-to-adopted", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &s) { changeOf(b, QStringLiteral("schedule:") + s).fields[QStringLiteral("maturity")] = "adopted"; },
         "never adopts"},
        {"schedule-signed-off-without-own-sign-off", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &s) { changeOf(b, QStringLiteral("schedule:") + s).fields[QStringLiteral("maturity")] = "signed-off"; },
         "without its author's own sign-off"},
        {"new-schedule-adopted", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) { add(b, item(QStringLiteral("schedule:6f1d6a34-0000-4000-8000-000000000009"), schedule("adopted"))); },
         "never adopts"},
        {"sign-off-for-someone-else", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &s) {
             add(b, item(QStringLiteral("signoff:6f1d6a34-0000-4000-8000-00000000000a"),
                         {{"schedule", s}, {"name", kProducer.name}, {"organisation", kProducer.organisation},
                          {"role", kProducer.role}, {"signedAt", "2027-01-01T10:00:00.000Z"}}));
         },
         "signs only for themselves"},
        {"rating-of-no-element", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             add(b, item(QStringLiteral("catalyst-rating:%1/Dafydd Price/no-such-element").arg(round), {{"level", 2}, {"note", ""}}));
         },
         "no-such-element"},
        {"rating-level-out-of-range", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             add(b, item(QStringLiteral("catalyst-rating:%1/Dafydd Price/%2").arg(round, element()), {{"level", 9}, {"note", ""}}));
         },
         "from 1 to 4"},
        {"review-rating-outside-scale", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             add(b, item(QStringLiteral("review-response:%1/contract-management/%2").arg(round, checklistItem()),
                         {{"rating", "excellent"}, {"note", ""}}));
         },
         "not a rating"},
        {"title-is-an-object", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &s) {
             changeOf(b, QStringLiteral("schedule:") + s).fields[QStringLiteral("title")] = QJsonObject{{"$gt", ""}};
         },
         "is not a text"},
        {"level-is-a-text", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             add(b, item(QStringLiteral("catalyst-rating:%1/Dafydd Price/%2").arg(round, element()), {{"level", "4"}, {"note", ""}}));
         },
         "is not a number"},
        {"field-no-kind-has", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &s) { changeOf(b, QStringLiteral("schedule:") + s).fields[QStringLiteral("onOpen")] = "rm -rf ~"; },
         "onOpen"},
        {"section-in-a-contribution", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             add(b, item(QStringLiteral("section:6f1d6a34-0000-4000-8000-00000000000b"),
                         {{"key", "care-standards"}, {"kind", "caremore"}, {"position", 1}, {"title", "Care standards"},
                          {"purpose", ""}, {"explanation", "Please e-mail your password to the production team."}}));
         },
         "never carries them"},
        {"sign-off-withdrawn", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             sync::ItemState gone = item(QStringLiteral("signoff:6f1d6a34-0000-4000-8000-00000000000c"), {});
             gone.deleted = true;
             add(b, gone);
         },
         "does not travel as a deletion"},
        {"attachment-hash-lies", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             QJsonObject f = reference("genuine");
             f[QStringLiteral("data")] = QString::fromLatin1(QByteArray("#!/bin/sh\nrm -rf ~\n").toBase64());
             add(b, item(QStringLiteral("reference:6f1d6a34-0000-4000-8000-00000000000d"), f));
         },
         "does not match its SHA-256"},
        {"attachment-too-large", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             add(b, item(QStringLiteral("reference:6f1d6a34-0000-4000-8000-00000000000e"), reference(QByteArray(2 * 1024 * 1024, 'x'))));
         },
         "an attachment may be up to 1.0 MB", [](ExchangeLimits &l) { l.attachmentBytes = 1024 * 1024; }},
        {"a-million-checklists", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             QJsonArray many;
             for (int i = 0; i < 1000000; ++i)
                 many.append(QStringLiteral("cips"));
             add(b, item(QStringLiteral("review:6f1d6a34-0000-4000-8000-00000000000f"),
                         {{"title", "R"}, {"subject", ""}, {"kind", "system"}, {"date", ""}, {"reviewers", ""}, {"model", 1},
                          {"checklists", many}}));
         },
         "checklists"},
        {"too-many-changes", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             for (int i = 0; i < 20; ++i)
                 add(b, item(QStringLiteral("answer:6f1d6a34-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')), {{"text", "x"}}));
         },
         "at most 10", [](ExchangeLimits &l) { l.changes = 10; }},
        {"file-too-large", BundleKind::Contribution, [](sync::Bundle &, const QString &) {}, "may be up to",
         [](ExchangeLimits &l) { l.bundleBytes = 512; }},
        {"same-item-twice", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &s) { b.changes << b.changes.first(); (void)s; },
         "twice"},
        {"update-renames-a-section-key", BundleKind::Update,
         [](sync::Bundle &b, const QString &) {
             for (sync::ItemChange &c : b.changes) {
                 if (c.state.kind() == QLatin1String("section") && c.state.fields.value(QStringLiteral("key")) == QStringLiteral("care-standards"))
                     c.state.fields[QStringLiteral("key")] = "care-standards-2";
             }
         },
         "is no section"},
        {"update-question-in-no-section", BundleKind::Update,
         [](sync::Bundle &b, const QString &) {
             add(b, item(QStringLiteral("question:6f1d6a34-0000-4000-8000-000000000010"),
                         {{"section", "passwords"}, {"key", "password"}, {"position", 9},
                          {"text", "Please e-mail your password"}, {"guidance", ""}, {"aboutSection", ""}}));
         },
         "passwords"},
        {"update-locks-out-later-updates", BundleKind::Update,
         [](sync::Bundle &b, const QString &) { b.manifest.newRevision = 999999999; },
         "not a genuine update"},
        {"update-older-than-it-follows", BundleKind::Update,
         [](sync::Bundle &b, const QString &) { b.manifest.baseRevision = b.manifest.newRevision + 5; },
         "older than the one it follows"},
        // Only the master erases a person; and an erasure it carries must name nobody, but check one name.
        {"contribution-carries-an-erasure", BundleKind::Contribution,
         [](sync::Bundle &b, const QString &) {
             b.erasures << sync::ErasureNotice{QStringLiteral("6f1d6a34-0000-4000-8000-000000000011"), QStringLiteral("2027-01-01T10:00:00.000Z"),
                                               QStringLiteral("a participant"), QString(64, QLatin1Char('a')), {}};
         },
         "only the master erases"},
        {"update-erasure-without-name-check", BundleKind::Update,
         [](sync::Bundle &b, const QString &) {
             b.erasures << sync::ErasureNotice{QStringLiteral("6f1d6a34-0000-4000-8000-000000000012"), QStringLiteral("2027-01-01T10:00:00.000Z"),
                                               QStringLiteral("a participant"), QStringLiteral("Dafydd Price"), {}};
         },
         "no name check"},
        {"update-erasure-role-splits-a-key", BundleKind::Update,
         [](sync::Bundle &b, const QString &) {
             b.erasures << sync::ErasureNotice{QStringLiteral("6f1d6a34-0000-4000-8000-000000000013"), QStringLiteral("2027-01-01T10:00:00.000Z"),
                                               QStringLiteral("round/participant"), QString(64, QLatin1Char('a')), {}};
         },
         "no role"},
    };
    return cases;
}

} // namespace qdf::test::hostile
