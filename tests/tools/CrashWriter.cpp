// Child process for the crash test: opens a workbook and saves answers as fast as it can,
// printing "saved RUN N" after each committed edit, until it is killed.

#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 1;
    auto wb = qdf::Workbook::open(QString::fromLocal8Bit(argv[1]));
    if (!wb) {
        std::fprintf(stderr, "%s\n", qPrintable(wb.error().message));
        return 2;
    }
    const QString run = QString::fromLocal8Bit(argv[2]);
    auto questions = qdf::SectionStore(**wb).questions(qdf::SectionStore(**wb).byKey(QStringLiteral("activities"))->id);
    qdf::AnswerStore answers(**wb);
    for (long n = 1;; ++n) {
        const qdf::Question &q = questions->at(int(n % questions->size()));
        // Big enough that a kill often lands mid-write.
        const QString text = QStringLiteral("run %1 edit %2\n").arg(run).arg(n) + QString(4000 + n % 5000, QLatin1Char('x'));
        if (!answers.set(q.id, text))
            return 3;
        std::printf("saved %s %ld\n", qPrintable(run), n);
        std::fflush(stdout);
    }
}
