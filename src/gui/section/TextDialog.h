#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace qdf::gui {

// Asks for a title and a Markdown text (a working example, a new Schedule, a note).
class TextDialog : public QDialog {
    Q_OBJECT
public:
    explicit TextDialog(const QString &caption, QWidget *parent = nullptr, bool withTitle = true);
    void setValues(const QString &title, const QString &body);
    QString title() const;
    QString body() const;

private:
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
};

} // namespace qdf::gui
