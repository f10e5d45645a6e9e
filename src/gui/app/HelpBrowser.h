#pragma once

#include <QDialog>

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

} // namespace qdf::gui
