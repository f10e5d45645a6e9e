#pragma once

#include <QStringList>

// The `qdf` verbs. Each takes its arguments with arguments[0] = "qdf VERB" and returns the
// exit status.
namespace qdf::cli {

int newWorkbook(const QStringList &arguments);
int info(const QStringList &arguments);
int exportWorkbook(const QStringList &arguments);
int check(const QStringList &arguments);
int search(const QStringList &arguments);
int demo(const QStringList &arguments);

int answer(const QStringList &arguments);
int history(const QStringList &arguments);
int example(QStringList arguments);
int reference(QStringList arguments);
int milestone(const QStringList &arguments);
int question(QStringList arguments);  // the master's questions and explanations

int schedule(QStringList arguments);

int publish(const QStringList &arguments);
int catalystVerb(QStringList arguments);
int catalystReport(const QStringList &arguments);  // qdf catalyst report (renders, so beside publish)
int reviewReport(const QStringList &arguments);    // qdf review report (likewise)
int print(const QStringList &arguments);
int reviewVerb(QStringList arguments);

int bundleVerb(QStringList arguments);
int updateVerb(QStringList arguments);
int merge(const QStringList &arguments);
int conflicts(const QStringList &arguments);
int resolve(const QStringList &arguments);
int undoImport(const QStringList &arguments);

} // namespace qdf::cli
