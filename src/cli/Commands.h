#pragma once

#include <QStringList>

// The `qdf` verbs, one function each (sub-verbs too: Verbs.cpp is the one table that names them
// and routes to them). Each takes its arguments with arguments[0] = "qdf VERB [SUB]" and returns
// the exit status.
namespace qdf::cli {

int newWorkbook(const QStringList &arguments);
int info(const QStringList &arguments);
int exportWorkbook(const QStringList &arguments);
int check(const QStringList &arguments);
int search(const QStringList &arguments);
int demo(const QStringList &arguments);

int answer(const QStringList &arguments);
int history(const QStringList &arguments);
int exampleAdd(const QStringList &arguments);
int referenceAdd(const QStringList &arguments);
int milestone(const QStringList &arguments);
// The master's questions and explanations.
int questionAdd(const QStringList &arguments);
int questionEdit(const QStringList &arguments);
int questionExplain(const QStringList &arguments);

int scheduleAdd(const QStringList &arguments);
int scheduleEdit(const QStringList &arguments);
int scheduleMove(const QStringList &arguments);
int scheduleSign(const QStringList &arguments);
int scheduleList(const QStringList &arguments);

// Texts in Welsh, English or both: their translation state, and marking one as translated.
int translations(const QStringList &arguments);
int translated(const QStringList &arguments);

int catalystRoundAdd(const QStringList &arguments);
int catalystRate(const QStringList &arguments);
int catalystAgree(const QStringList &arguments);
int catalystScores(const QStringList &arguments);
int catalystElements(const QStringList &arguments);
int catalystActionAdd(const QStringList &arguments);
int catalystActions(const QStringList &arguments);
int catalystExport(const QStringList &arguments);

int reviewNew(const QStringList &arguments);
int reviewList(const QStringList &arguments);
int reviewRate(const QStringList &arguments);
int reviewSummary(const QStringList &arguments);
int reviewChecklists(const QStringList &arguments);
int reviewActionAdd(const QStringList &arguments);
int reviewExport(const QStringList &arguments);

// The verbs that lay out documents: run by qdf-render (PublishCommands.cpp); in qdf they hand
// over to it (RenderForward.cpp). Their options are declared once, in RenderVerbs.h.
int publish(const QStringList &arguments);
int print(const QStringList &arguments);
int catalystReport(const QStringList &arguments);
int reviewReport(const QStringList &arguments);
// qdf person export: JSON in qdf itself (personJson), a report in qdf-render.
int personExport(const QStringList &arguments);

// A live workshop: run by qdf-workshop (WorkshopCommands.cpp); in qdf and qdf-render it hands over
// to it (WorkshopForward.cpp). Its options are read once, in WorkshopVerbs.h.
int workshopServe(const QStringList &arguments);

int bundleExport(const QStringList &arguments);
int updateExport(const QStringList &arguments);
int updateApply(const QStringList &arguments);
int merge(const QStringList &arguments);
int conflicts(const QStringList &arguments);
int resolve(const QStringList &arguments);
int undoImport(const QStringList &arguments);

// The people a master's records name: list, erase (PersonCommands.cpp), export (above).
int personList(const QStringList &arguments);
int personErase(const QStringList &arguments);
// `person export` with --format json, from its parsed command line: written by qdf and qdf-render alike.
class VerbParser;
int personJson(const VerbParser &verb);

int keysList(const QStringList &arguments);
int keysAccept(const QStringList &arguments);
int keysForget(const QStringList &arguments);
int keysNew(const QStringList &arguments);

} // namespace qdf::cli
