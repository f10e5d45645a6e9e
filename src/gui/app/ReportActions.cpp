#include "gui/app/ReportActions.h"
#include "gui/StandardDialogs.h"
#include "gui/app/HelpBrowser.h"

#include "core/Workbook.h"
#include "core/SaveFile.h"
#include "core/report/Report.h"
#include "core/report/TableExport.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace qdf::gui::reports {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::gui::reports", text);
}

} // namespace

std::optional<ExportChoice> askExport(QWidget *parent, bool framework)
{
    const HelpTopicScope help(parent, QStringLiteral("export"));
    ExportChoice choice;
    choice.path = QFileDialog::getSaveFileName(
        parent, framework ? tr("Publish the Framework") : tr("Export the Workbook"),
        framework ? tr("Quality and Delivery Framework.pdf") : tr("Workbook.pdf"),
        reportFilters());
    if (choice.path.isEmpty())
        return std::nullopt;
    if (framework) {
        choice.includeDrafts = QMessageBox::question(parent, tr("Publish the Framework"),
                                                     tr("Include the Schedules not yet adopted into the Framework? Each is "
                                                        "marked DRAFT on every page it appears."),
                                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
    return choice;
}

Status exportTo(Workbook &workbook, const QString &path, bool framework, bool includeDrafts)
{
    return writeReportFile(
        [&] { return framework ? report::frameworkReport(workbook, includeDrafts) : report::workbookReport(workbook); }, path);
}

QString reportFilters()
{
    return tr("PDF document (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)");
}

Status writeReportFile(const std::function<Result<report::Report>()> &build, const QString &path)
{
    const auto format = report::formatFromSlug(QFileInfo(path).suffix().toLower());
    if (!format)
        return makeError(Error::Code::InvalidArgument, tr("%1: choose a name ending in .pdf, .docx, .odt or .html").arg(path));
    const auto built = build();
    if (!built)
        return built.error();
    return report::writeReport(*built, *format, path);
}

QString tableFilters()
{
    return tr("Excel workbook (*.xlsx);;CSV table (*.csv)");
}

Status writeTableFile(const Result<report::Table> &table, const QString &path, const QString &title)
{
    const auto format = report::tableFormatFromSlug(QFileInfo(path).suffix().toLower());
    if (!format)
        return makeError(Error::Code::InvalidArgument, tr("%1: choose a name ending in .xlsx or .csv").arg(path));
    if (!table)
        return table.error();
    auto bytes = report::exportTable(*table, *format, title);
    if (!bytes)
        return bytes.error();
    return saveFile(path, *bytes);
}

Status printPreview(QWidget *parent, Workbook &workbook)
{
    auto built = report::workbookReport(workbook);
    if (!built)
        return built.error();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 16, 20, 16), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, parent);
    labelPrintPreview(preview);
    Status painted;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&](QPrinter *p) { painted = report::paintReport(*built, *p); });
    preview.exec();
    return painted;
}

} // namespace qdf::gui::reports
