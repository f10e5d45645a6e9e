#include "core/report/Wording.h"

#include "core/ContentPack.h"
#include "core/Maturity.h"
#include "core/Translation.h"
#include "core/Workbook.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>

namespace qdf::report {
namespace {

thread_local std::optional<Language> t_building;

QString codeNow()
{
    return t_building ? translation::code(*t_building) : language::current();
}

// The pack in the language being built (the one spoken, as written).
const ContentPack &packNow()
{
    return ContentPack::caremore(codeNow());
}

const SectionTemplate *templateOf(const ContentPack &pack, const QString &key)
{
    return pack.section(key);
}

// The pack's word where the workbook holds the pack's own (in the language it was laid out in);
// the workbook's where it is in the language being built; else the mark.
QString packWord(Workbook &workbook, const QString &own, const std::function<QString(const SectionTemplate &)> &field,
                 const QString &sectionKey)
{
    if (!t_building)
        return own;
    const QString laidOutIn = workbook.info().contentLanguage;
    const SectionTemplate *original = templateOf(ContentPack::caremore(laidOutIn), sectionKey);
    const SectionTemplate *wanted = templateOf(packNow(), sectionKey);
    if (original && wanted && field(*original) == own && !field(*wanted).isEmpty())
        return field(*wanted);
    if (laidOutIn == translation::code(*t_building))
        return own;
    return own.isEmpty() ? own : notTranslated();
}

} // namespace

InLanguage::InLanguage(std::optional<Language> language) : m_before(t_building)
{
    t_building = language;
}

InLanguage::~InLanguage()
{
    t_building = m_before;
}

std::optional<Language> buildLanguage()
{
    return t_building;
}

QString text(const char *source)
{
    if (!t_building)
        return QCoreApplication::translate("qdf::report", source);
    return language::translatedIn(translation::code(*t_building), "qdf::report", source);
}

QLocale locale()
{
    if (!t_building)
        return QLocale();
    return *t_building == Language::Welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString day(const QDateTime &when)
{
    return locale().toString(when.toUTC().date(), QStringLiteral("d MMMM yyyy"));
}

QString maturityName(Maturity maturity)
{
    return t_building ? maturityTitleIn(maturity, translation::code(*t_building)) : maturityTitle(maturity);
}

QString notTranslated()
{
    //: Printed in a document where a text has not been written in the document's language.
    return text(QT_TRANSLATE_NOOP("qdf::report", "[Not translated]"));
}

Words wordsIn(const Bilingual &texts, Language own)
{
    Words w;
    Language shown = own;
    if (t_building) {
        shown = *t_building;
    } else {
        // As written: in the language spoken where it is written in it, else in its own.
        const auto spoken = translation::fromCode(language::current());
        if (spoken && texts.in(*spoken).isWritten())
            shown = *spoken;
        else if (!texts.in(own).isWritten() && texts.in(translation::other(own)).isWritten())
            shown = translation::other(own);
    }
    const LanguageText &t = texts.in(shown);
    w.language = translation::tag(shown);
    if (!t.isWritten() && texts.in(translation::other(shown)).isWritten()) {
        w.missing = true;
        w.title = notTranslated();
        return w;
    }
    w.title = t.title;
    w.body = t.body;
    const translation::State state = translation::stateOf(texts, shown);
    if (t_building && (state == translation::State::OutOfDate || state == translation::State::NotMarked))
        w.note = translation::describe(texts, shown, locale(), t_building) + QLatin1Char('.');
    return w;
}

SectionWords sectionWords(Workbook &workbook, const Section &section)
{
    return {packWord(workbook, section.title, [](const SectionTemplate &t) { return t.title; }, section.key),
            packWord(workbook, section.purpose, [](const SectionTemplate &t) { return t.purpose; }, section.key),
            packWord(workbook, section.explanation, [](const SectionTemplate &t) { return t.explanation; }, section.key)};
}

QString questionText(Workbook &workbook, const Section &section, const Question &question)
{
    return packWord(
        workbook, question.text,
        [&](const SectionTemplate &t) {
            for (const QuestionTemplate &q : t.questions) {
                if (q.key == question.key)
                    return q.text;
            }
            return QString();
        },
        section.key);
}

namespace {

const PlanStageTemplate *stageTemplate(const ContentPack &pack, int number)
{
    const SectionTemplate *plan = pack.section(QStringLiteral("plan-on-a-page"));
    for (const PlanStageTemplate &t : plan ? plan->stages : QVector<PlanStageTemplate>()) {
        if (t.number == number)
            return &t;
    }
    return nullptr;
}

} // namespace

PlanStage stageWords(Workbook &workbook, const PlanStage &stage)
{
    PlanStage out = stage;
    if (!t_building)
        return out;
    const ContentPack &laid = ContentPack::caremore(workbook.info().contentLanguage);
    const PlanStageTemplate *original = stageTemplate(laid, stage.number);
    const PlanStageTemplate *wanted = stageTemplate(packNow(), stage.number);
    const bool ownLanguage = workbook.info().contentLanguage == translation::code(*t_building);
    const auto pick = [&](const QString &own, QString PlanStageTemplate::*field) {
        if (original && wanted && (*original).*field == own)
            return (*wanted).*field;
        return ownLanguage || own.isEmpty() ? own : notTranslated();
    };
    out.title = pick(stage.title, &PlanStageTemplate::title);
    out.outcome = pick(stage.outcome, &PlanStageTemplate::outcome);
    out.timescale = pick(stage.timescale, &PlanStageTemplate::timescale);
    return out;
}

QString milestoneTitle(Workbook &workbook, const PlanStage &stage, const Milestone &milestone)
{
    if (!t_building)
        return milestone.title;
    const PlanStageTemplate *original = stageTemplate(ContentPack::caremore(workbook.info().contentLanguage), stage.number);
    const PlanStageTemplate *wanted = stageTemplate(packNow(), stage.number);
    // By the pack's own words: the same milestone is at the same place in every language.
    const int at = original ? int(original->milestones.indexOf(milestone.title)) : -1;
    if (wanted && at >= 0 && at < wanted->milestones.size())
        return wanted->milestones.at(at);
    return workbook.info().contentLanguage == translation::code(*t_building) ? milestone.title : notTranslated();
}

QString partTitle(const char *key)
{
    for (const SectionPart &p : packNow().parts) {
        if (p.key == QLatin1String(key))
            return p.title;
    }
    return QString::fromLatin1(key);
}

namespace {

// The blocks of a document built in one language, grouped by unit in order.
QVector<QVector<Block>> units(const Report &r)
{
    QVector<QVector<Block>> out;
    for (const Block &b : r.blocks) {
        while (out.size() <= b.unit)
            out.push_back({});
        out[b.unit] << b;
    }
    return out;
}

} // namespace

Result<Report> editionOf(Edition edition, const std::function<Result<Report>()> &build)
{
    if (edition == Edition::AsWritten) {
        InLanguage as(std::nullopt);
        return build();
    }
    if (edition != Edition::Bilingual) {
        const Language l = edition == Edition::Welsh ? Language::Welsh : Language::English;
        InLanguage in(l);
        auto r = build();
        if (r)
            r->language = translation::tag(l);
        return r;
    }
    // Welsh first, as the Welsh Language Standards ask of a bilingual document.
    Result<Report> welsh = [&] {
        InLanguage in(Language::Welsh);
        return build();
    }();
    if (!welsh)
        return welsh;
    Result<Report> english = [&] {
        InLanguage in(Language::English);
        return build();
    }();
    if (!english)
        return english;
    Report both;
    both.title = QStringLiteral("%1 / %2").arg(welsh->title, english->title);
    both.runningNote = welsh->runningNote;
    both.language = translation::tag(Language::Welsh);
    const QVector<QVector<Block>> cy = units(*welsh);
    const QVector<QVector<Block>> en = units(*english);
    for (int u = 0; u < qMax(cy.size(), en.size()); ++u) {
        const QVector<Block> w = cy.value(u);
        const QVector<Block> e = en.value(u);
        if (!w.isEmpty() && w.first().shared) {
            // One contents for both; its title in both languages.
            for (int i = 0; i < w.size(); ++i) {
                Block b = w[i];
                if (b.kind == Block::Kind::Contents && i < e.size())
                    b.text = QStringLiteral("%1 / %2").arg(w[i].text, e[i].text);
                both.blocks << b;
            }
            continue;
        }
        both.blocks << w;
        for (Block b : e) {
            b.samePage = (b.kind == Block::Kind::Heading && b.level == 1) || b.kind == Block::Kind::Title;
            both.blocks << b;
        }
    }
    return both;
}

} // namespace qdf::report
