// qdf-gui-probe: the window's own figures for qdf-bench, measured inside the program (CPU time
// of this process, so they hold on a busy machine): how long the Catalyst views take to show
// with a workbook's round, and how long one score typed or one level agreed takes to show.
// Prints "figure<TAB>seconds" lines; qdf-bench (GuiFigures.cpp) runs it and prints the table.
#include "gui/Style.h"
#include "gui/app/MainWindow.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/catalyst/EntryGrid.h"
#include "gui/catalyst/GroupView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTabWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace qdf::gui;

namespace {

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Until nothing is left to do: posted events, deferred layouts, queued resizes.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

template <typename F>
double timed(F &&work)
{
    const double start = cpuSeconds();
    work();
    settle();
    return cpuSeconds() - start;
}

void key(QWidget *target, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

void say(const char *figure, double seconds)
{
    std::printf("%s\t%.6f\n", figure, seconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: qdf-gui-probe WORKBOOK [KEYSTROKES]\n");
        return 1;
    }
    const int keystrokes = argc > 2 ? std::max(1, atoi(argv[2])) : 9;
    applyStyle(app);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openWorkbook(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "qdf-gui-probe: %s\n", qUtf8Printable(window.bannerText()));
        return 2;
    }
    settle();
    if (!window.showPage(QStringLiteral("catalyst")))
        return 2;
    auto *page = qobject_cast<CatalystPage *>(window.page(QStringLiteral("catalyst")));
    settle();

    say("group view shown", timed([&] { page->showView(QStringLiteral("group")); }));
    GroupView *group = page->groupTable();
    group->setFocus();
    group->setCurrentCell(0, group->column(GroupView::Column::Agreed));
    std::vector<double> agreed;
    for (int i = 0; i < keystrokes; ++i) {
        const int level = 1 + i % 4;
        agreed.push_back(timed([&] { key(group, Qt::Key_0 + level, QString::number(level)); }));
    }
    say("level agreed in the group view", median(agreed));
    // The keys did what they say (a figure of nothing happening would be no figure).
    const QString last = group->item(0, group->column(GroupView::Column::Agreed))->text();
    if (!last.startsWith(QString::number(1 + (keystrokes - 1) % 4))) {
        std::fprintf(stderr, "qdf-gui-probe: the group view did not agree the level (it shows \"%s\")\n", qUtf8Printable(last));
        return 3;
    }

    say("enter scores shown", timed([&] { page->showView(QStringLiteral("entry")); }));
    EntryGrid *entry = page->entryGrid();
    entry->setFocus();
    // Scores collected in the room, in a column of their own: the participants' own come from
    // their workbooks and are theirs to change.
    const QString room = QStringLiteral("Room (show of hands)");
    entry->addParticipant(room);
    settle();
    const int column = 1 + int(entry->participants().indexOf(room));
    std::vector<double> typed;
    for (int i = 0; i < keystrokes; ++i) {
        entry->setCurrentCell(1 + i % 5, column);
        const int level = 1 + i % 4;
        typed.push_back(timed([&] { key(entry, Qt::Key_0 + level, QString::number(level)); }));
    }
    say("score typed in the entry grid", median(typed));
    const int row = 1 + (keystrokes - 1) % 5;
    if (entry->item(row, column)->text() != QString::number(1 + (keystrokes - 1) % 4)) {
        std::fprintf(stderr, "qdf-gui-probe: the entry grid did not take the score (%s; it shows \"%s\")\n", qUtf8Printable(window.bannerText()), qUtf8Printable(entry->item(row, column)->text()));
        return 3;
    }
    window.close();  // lets the lock go
    return 0;
}
