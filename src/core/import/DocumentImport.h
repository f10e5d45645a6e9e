#pragma once

// Documents brought in from Word and LibreOffice: a .docx or .odt becomes Markdown (the text
// of an answer or a Schedule) with its headings, lists, tables, bold and italics, and any
// document people attach can give the plain text a search reads.
//
// pandoc (Debian's pandoc) does the reading: it knows both formats far better than anything
// this program could carry, runs as a separate process with --sandbox (a file someone sent
// can read nothing else and run nothing), under a time limit, from standard input.

#include "core/Error.h"

#include <QString>

namespace qdf::import {

// .docx and .odt: the suffixes importMarkdown converts (anything else is read as UTF-8 text).
bool isWordDocument(const QString &path);

// The document at `path` as GitHub Markdown. Images are left out (their description stays);
// raw HTML is never produced. Errors name the file: missing, too large, not a document pandoc
// can read, pandoc not installed.
Result<QString> importMarkdown(const QString &path);

// The plain text of a reference file, for search: Word and OpenDocument files through pandoc,
// PDFs through pdftotext (poppler-utils), Markdown and text files as they are. Other kinds of
// file have no text to give (an empty string, not an error).
Result<QString> extractText(const QString &path);

} // namespace qdf::import
