#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace qdf {
class Workbook;
}

namespace qdf::gui {

// The Markdown beside it as it will read, following the typing after a pause. A long Schedule
// is shown by the part being edited and its neighbours (parts begin at headings): laid out
// whole, 200 printed pages took ~170 ms of the window's thread at every pause, and the next key
// waited behind it; three parts take a few milliseconds. The whole reads in the Framework.
class LiveView : public QWidget {
    Q_OBJECT
public:
    LiveView(QPlainTextEdit *source, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QString note() const;
    // Shows the source now, not after the pause.
    void refresh();
    // The workbook whose own files the Markdown may show as pictures (none: no picture shows).
    void setWorkbook(Workbook *workbook) { m_workbook = workbook; }

    static constexpr int kWholeUpTo = 60000;  // characters: shown whole up to this size
    static constexpr int kPauseMs = 250;

    // Where each part of `markdown` begins: 0, then every ATX heading outside fenced code.
    static QVector<int> partStarts(const QString &markdown);

private:
    QPlainTextEdit *m_source;
    QTextBrowser *m_browser;
    QLabel *m_note;
    QTimer *m_pause;
    QString m_shown;
    Workbook *m_workbook = nullptr;
};

} // namespace qdf::gui
