#include "core/report/TableExport.h"

#include "core/Csv.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace qdf::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::report", text);
}

// Excel holds at most 32,767 characters in a cell; a longer text is cut and says so.
QByteArray cellText(const QString &text)
{
    constexpr int kMax = 32767;
    return (text.size() <= kMax ? text : text.left(kMax - 1) + QChar(0x2026)).toUtf8();
}

// A sheet's name: at most 31 characters, none of []:*?/\ (Excel's rules).
QByteArray sheetName(const QString &title)
{
    QString name = title;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char(' '));
    name = name.simplified().left(31);
    return (name.isEmpty() ? QStringLiteral("Sheet1") : name).toUtf8();
}

Result<QByteArray> xlsx(const Table &table, const QString &title)
{
    // libxlsxwriter 1.1.4 writes to a file only: a private temporary one, read back whole.
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(Error::Code::Io, tr("no temporary folder for the spreadsheet: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("table.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return makeError(Error::Code::Io, tr("the spreadsheet could not be started"));
    const QByteArray titleBytes = title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(titleBytes.constData());
    workbook_set_properties(book, &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName(title).constData());
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(header, 0xEEF2F6);
    lxw_format *text = workbook_add_format(book);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *number = workbook_add_format(book);
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "d mmmm yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);

    lxw_error failed = LXW_NO_ERROR;
    const auto check = [&failed](lxw_error e) {
        if (e != LXW_NO_ERROR && failed == LXW_NO_ERROR)
            failed = e;
    };
    for (int c = 0; c < table.headers.size(); ++c)
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), cellText(table.headers[c]).constData(), header));
    for (int r = 0; r < table.rows.size(); ++r) {
        const auto row = lxw_row_t(r + 1);
        for (int c = 0; c < table.rows[r].size(); ++c) {
            const QString &cell = table.rows[r][c];
            if (cell.isEmpty())
                continue;
            bool isNumber = false;
            const double value = table.type(c) == CellType::Number ? QLocale::c().toDouble(cell, &isNumber) : 0;
            const QDate day = table.type(c) == CellType::Date ? QDate::fromString(cell, Qt::ISODate) : QDate();
            if (isNumber) {
                check(worksheet_write_number(sheet, row, lxw_col_t(c), value, number));
            } else if (day.isValid()) {
                lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0};
                check(worksheet_write_datetime(sheet, row, lxw_col_t(c), &when, date));
            } else {
                check(worksheet_write_string(sheet, row, lxw_col_t(c), cellText(cell).constData(), text));
            }
        }
    }
    // Columns as wide as their text wants, within reason; the header row stays in view.
    for (int c = 0; c < table.headers.size(); ++c) {
        int widest = int(table.headers[c].size());
        for (const QStringList &r : table.rows)
            for (const QString &line : r.value(c).split(QLatin1Char('\n')))
                widest = std::max(widest, int(line.size()));
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widest + 2, 8, 60), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.headers.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.headers.size() - 1));
    const lxw_error closed = workbook_close(book);
    if (failed != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        return makeError(Error::Code::Io, tr("the spreadsheet could not be written: %1")
                                              .arg(QString::fromUtf8(lxw_strerror(failed != LXW_NO_ERROR ? failed : closed))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

std::optional<TableFormat> tableFormatFromSlug(const QString &slug)
{
    for (TableFormat f : {TableFormat::Csv, TableFormat::Xlsx}) {
        if (tableFormatSlug(f) == slug)
            return f;
    }
    return std::nullopt;
}

QString tableFormatSlug(TableFormat format)
{
    return format == TableFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

Result<QByteArray> exportTable(const Table &table, TableFormat format, const QString &title)
{
    if (format == TableFormat::Csv)
        return toCsv(table.headers, table.rows);
    return xlsx(table, title);
}

} // namespace qdf::report
