#include "report/PdfOutline.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>

namespace qdf::report {
namespace {

struct Node {
    const OutlineEntry *entry = nullptr;
    std::vector<Node> children;
};

// Writes `nodes` as the children of `parent` and returns how many items show when it is open.
int link(QPDF &pdf, const std::vector<QPDFObjectHandle> &pages, std::vector<Node> &nodes, QPDFObjectHandle parent, bool open)
{
    std::vector<QPDFObjectHandle> items;
    int visible = 0;
    for (Node &node : nodes) {
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        const OutlineEntry &e = *node.entry;
        const QPDFObjectHandle page = pages.at(std::clamp<size_t>(size_t(e.page - 1), 0, pages.size() - 1));
        const QPDFObjectHandle::Rectangle box = QPDFPageObjectHelper(page).getMediaBox().getArrayAsRectangle();
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(e.title.toStdString()));
        item.replaceKey("/Parent", parent);
        item.replaceKey("/Dest", QPDFObjectHandle::newArray({page, QPDFObjectHandle::newName("/XYZ"), QPDFObjectHandle::newNull(),
                                                             QPDFObjectHandle::newReal(box.ury - e.top, 1),
                                                             QPDFObjectHandle::newNull()}));
        // Sections open, so their Schedules show; anything deeper folded.
        const int below = link(pdf, pages, node.children, item, e.level <= 1);
        if (!node.children.empty())
            item.replaceKey("/Count", QPDFObjectHandle::newInteger(e.level <= 1 ? below : -int(node.children.size())));
        visible += 1 + (e.level <= 1 ? below : 0);
        items.push_back(item);
    }
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            items[i].replaceKey("/Prev", items[i - 1]);
        if (i + 1 < items.size())
            items[i].replaceKey("/Next", items[i + 1]);
    }
    if (!items.empty()) {
        parent.replaceKey("/First", items.front());
        parent.replaceKey("/Last", items.back());
    }
    return open ? visible : int(items.size());
}

} // namespace

Result<QByteArray> addOutline(const QByteArray &bytes, const QVector<OutlineEntry> &entries, const QString &language)
{
    // Nest each heading under the nearest one before it of a higher level.
    Node root;
    std::vector<std::pair<int, Node *>> path{{0, &root}};
    for (const OutlineEntry &e : entries) {
        while (path.back().first >= e.level)
            path.pop_back();
        Node *parent = path.back().second;
        parent->children.push_back(Node{&e, {}});
        path.emplace_back(e.level, &parent->children.back());
    }
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("report", bytes.constData(), size_t(bytes.size()));
        QPDFObjectHandle catalog = pdf.getRoot();
        catalog.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language.toStdString()));
        QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        catalog.replaceKey("/ViewerPreferences", preferences);
        if (!root.children.empty()) {
            QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            const int count = link(pdf, pdf.getAllPages(), root.children, outlines, true);
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(count));
            catalog.replaceKey("/Outlines", outlines);
            catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return makeError(Error::Code::Io, QCoreApplication::translate("qdf::report", "the PDF's bookmarks could not be added: %1")
                                              .arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace qdf::report
