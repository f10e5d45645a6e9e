#pragma once

#include <QDialog>
#include <QVariant>

class QTextBrowser;

namespace qdf::gui {

// The user guide inside the program: docs/user-guide.md, built into the program with its
// pictures (:/help) and rendered by QTextBrowser from Markdown (Qt's own CommonMark reader, so
// the guide is one file for the repository and the window alike). Opens at a page's topic.
class HelpBrowser : public QDialog {
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    // Scrolls to the heading that starts with `heading`; false if there is none.
    bool showTopic(const QString &heading);
    QString topic() const { return m_topic; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitImages();

    QTextBrowser *m_browser = nullptr;
    int m_imagesWidth = 0;
    QString m_topic;
};

// The guide's heading for a page of the window (MainWindow::currentPageKey(); empty: the
// welcome page).
QString helpTopicFor(const QString &pageKey);
// The guide's heading for a dialog, by its object name ("scheduleDialog", "mergeReview"…), or
// for a task named by setHelpTopic; empty if it has none of its own.
QString dialogHelpTopic(const QString &name);
// While a task's dialogs are open (Qt's file dialogs, whose names are Qt's), F1 in them opens
// the guide at `task`'s topic: `window` carries it for that time.
class HelpTopicScope {
public:
    HelpTopicScope(QWidget *window, const QString &task);
    ~HelpTopicScope();
    HelpTopicScope(const HelpTopicScope &) = delete;
    HelpTopicScope &operator=(const HelpTopicScope &) = delete;

private:
    QWidget *m_window;
    QVariant m_before;
};

// Shows the guide at `heading` (from the top if empty), as a window of `owner`'s: a window of
// a modal dialog's own is the one other window a person can use while the dialog is open.
HelpBrowser *showUserGuide(QWidget *owner, const QString &heading);

} // namespace qdf::gui
