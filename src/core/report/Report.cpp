#include "core/report/Report.h"

#include "core/Translation.h"
#include "core/report/Wording.h"
#include "core/stores/MaterialStore.h"

#include <QUrl>

#include <algorithm>

namespace qdf::report {

void Report::add(Block::Kind kind, const QString &text, int level, bool draft)
{
    const std::optional<Language> building = buildLanguage();
    addIn(building ? translation::tag(*building) : QString(), kind, text, level, draft);
}

void Report::addIn(const QString &language, Block::Kind kind, const QString &text, int level, bool draft)
{
    Block b;
    b.kind = kind;
    b.text = text;
    b.level = level;
    b.draft = draft;
    b.language = language;
    b.unit = m_unit;
    b.shared = m_shared;
    blocks.push_back(b);
}

void Report::addTable(const QStringList &headers, const QVector<QStringList> &rows, const QVector<int> &columnPercentages)
{
    add(Block::Kind::Table, QString());
    Block &b = blocks.last();
    b.headers = headers;
    b.rows = rows;
    b.columnPercentages = columnPercentages;
}

void Report::beginUnit(bool shared)
{
    ++m_unit;
    m_shared = shared;
}

std::optional<Edition> editionFromSlug(const QString &slug)
{
    if (slug == QLatin1String("en"))
        return Edition::English;
    if (slug == QLatin1String("cy"))
        return Edition::Welsh;
    if (slug == QLatin1String("both"))
        return Edition::Bilingual;
    return std::nullopt;
}

Result<QMap<QString, QByteArray>> picturesIn(Workbook &workbook, const QStringList &markdown)
{
    QMap<QString, QByteArray> pictures;
    if (std::all_of(markdown.cbegin(), markdown.cend(), [](const QString &t) { return !t.contains(QLatin1String("!["));
        }))
        return pictures;
    MaterialStore store(workbook);
    auto references = store.allReferences();
    if (!references)
        return references.error();
    // Which files a text names is the renderer's to read (as Markdown); here, a file is fetched
    // only if its name is written in some text, so a report costs no more than the pictures it shows.
    for (const ReferenceMaterial &r : std::as_const(*references)) {
        if (pictures.contains(r.fileName))
            continue;
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(r.fileName, "/"));
        const bool named = std::any_of(markdown.cbegin(), markdown.cend(),
                                       [&](const QString &t) { return t.contains(r.fileName) || t.contains(encoded); });
        if (!named)
            continue;
        auto data = store.referenceData(r.uuid);
        if (!data)
            return data.error();
        pictures.insert(r.fileName, *data);
    }
    return pictures;
}

Status addPictures(Workbook &workbook, Report &report)
{
    QStringList markdown;
    for (const Block &b : std::as_const(report.blocks)) {
        if (b.kind == Block::Kind::Markdown)
            markdown << b.text;
    }
    auto pictures = picturesIn(workbook, markdown);
    if (!pictures)
        return pictures.error();
    report.pictures = std::move(pictures).value();
    return Status::success();
}

} // namespace qdf::report
