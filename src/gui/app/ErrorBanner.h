#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace qdf::gui {

// The message across the top of the window, kept small: at most two lines, the rest behind
// "More" (the label always holds all of it, for a screen reader and for copying), and it goes
// with its ✕ button or Escape. Wraps the window's banner label where it stands in the layout.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QLabel *label);

    void showMessage(const QString &message);
    void dismiss();
    QString message() const;  // empty when none is shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    int collapsedHeight() const;

    QLabel *m_label = nullptr;
    QToolButton *m_more = nullptr;
    QToolButton *m_dismiss = nullptr;
};

} // namespace qdf::gui
