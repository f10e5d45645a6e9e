#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QMimeType>
#include <QString>

#include <functional>

class QUrl;
class QWidget;

namespace qdf::gui {

// How a file kept inside the workbook (a reference material, review evidence) may be opened,
// judged by what its bytes are (QMimeDatabase reads the content, never the name a sender chose):
enum class Opening {
    Document,  // PDF, OpenDocument, Office Open XML, a picture, plain text: the desktop's viewer
    AsText,    // any other text (a shell script, a web page, a desktop entry): only as plain text, after asking
    Refused,   // anything else (a program, an archive): not opened; the person is told what it is and may save a copy
};

struct AttachmentKind {
    Opening opening = Opening::Refused;
    QMimeType mime;
    QString suffix;  // what the copy's name ends with, so the desktop picks its viewer by the content
};
AttachmentKind attachmentKind(const QByteArray &data);

// The name the copy opened takes: the attachment's name made safe (core/SafeText.h's
// safeFileName), ending with its kind's suffix where its own says something else ("report.desktop"
// holding a PDF opens as "report.desktop.pdf"; a script as "run.sh.txt").
QString copyName(const QString &fileName, const AttachmentKind &kind);

// Opens a file kept inside the workbook with the desktop's own viewer, as its kind allows: from a
// copy in a private folder of the person's own (never executable), asking first for anything that
// is not a document. `key` tells the copies of different files apart.
Status openAttachment(QWidget *parent, const QString &key, const QString &fileName, const QByteArray &data);

// Writes a copy of a file kept inside the workbook (Export…): whole or not at all, and never
// executable, even over a file that was.
Status saveAttachment(const QString &path, const QByteArray &data);

// Tests see what would be opened instead of starting the desktop's program.
void setOpenerForTests(std::function<bool(const QUrl &)> opener);

} // namespace qdf::gui
