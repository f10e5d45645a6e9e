#pragma once

#include <QHash>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace qdf {
class Workbook;
}

namespace qdf::gui {

// Routes actions to the pages; owns the open Workbook. Pages are built when first shown.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workbook, replacing the current one (after saving what is pending). On failure
    // the current workbook stays open and the reason is shown in the window.
    bool openWorkbook(const QString &path);
    // Shows a page by its key: a section key, "qdf-index" or "plan-on-a-page".
    bool showPage(const QString &key);
    QString currentPageKey() const;
    Workbook *workbook() const { return m_workbook.get(); }
    // Saves whatever is pending on every page; false if anything could not be saved.
    bool flushAll();
    // The message shown across the top of the window (empty when none).
    QString bannerText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void buildNavigation();
    QWidget *pageFor(const QString &key);
    void clearPages();
    void updateTitle();
    void showSaved();
    void showError(const QString &message);
    void hideError();
    void updateRecentMenu();
    void newMaster();
    void openDialog();
    void zoomBy(int steps);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Workbook> m_workbook;
    QHash<QString, QWidget *> m_pages;
    int m_zoomSteps = 0;
};

} // namespace qdf::gui
