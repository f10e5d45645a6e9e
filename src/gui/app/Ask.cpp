#include "gui/app/Ask.h"

#include <optional>

namespace qdf::gui::ask {
namespace {

std::optional<QMessageBox::StandardButton> &nextAnswer()
{
    static std::optional<QMessageBox::StandardButton> answer;
    return answer;
}

QString &asked()
{
    static QString text;
    return text;
}

} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton byDefault)
{
    asked() = text;
    if (const auto answer = nextAnswer()) {
        nextAnswer().reset();
        return *answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);  // questions quote names and files: never read as markup
    box.setDefaultButton(byDefault);
    return QMessageBox::StandardButton(box.exec());
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer() = answer;
}

QString lastQuestion()
{
    return asked();
}

} // namespace qdf::gui::ask
