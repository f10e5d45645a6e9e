#pragma once

#include <QObject>

namespace qdf::gui {

class MainWindow;

// A workbook file dropped onto the window opens, as File › Open would; any other file is
// refused with a message that says what the window opens and where the other kinds go.
class WorkbookDrop : public QObject {
    Q_OBJECT
public:
    explicit WorkbookDrop(MainWindow &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow &m_window;
};

} // namespace qdf::gui
