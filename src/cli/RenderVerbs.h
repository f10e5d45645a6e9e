#pragma once

#include "cli/Cli.h"

#include <memory>

// The verbs that lay out documents (publish, print, catalyst report, review report) are declared
// once, here: `qdf` reads their command line (help, usage errors) before it hands them to
// `qdf-render`, which reads it again with the same parser and renders.
namespace qdf::cli {

const QCommandLineOption &formatOption();  // --format pdf|odt|html
const QCommandLineOption &personFormatOption();  // person export: --format json|pdf|docx|odt|html (json by default)

// The parser of a rendering verb: "publish", "print", "catalyst report", "review report" or
// "person export" (whose JSON qdf writes itself: personJson()).
std::unique_ptr<VerbParser> renderVerb(const QString &name);
// publish and print: --lang cy|en|both, the document's language.
const QCommandLineOption &documentLanguageOption();

} // namespace qdf::cli
