#pragma once

#include "core/Domain.h"

#include <QScrollArea>
#include <QVector>

namespace qdf {
class Workbook;
}

namespace qdf::gui {

class AnswerEditor;

// A CAREMORE section (or the Baseline Questionnaire): purpose, explanation, each open
// question with its answer, then the section's Working Examples, Reference Materials and
// Draft Schedules.
class SectionPage : public QScrollArea {
    Q_OBJECT
public:
    SectionPage(Workbook &workbook, const Section &section, QWidget *parent = nullptr);

    const Section &section() const { return m_section; }
    const QVector<AnswerEditor *> &answerEditors() const { return m_editors; }
    // Saves every pending answer; false if any could not be saved.
    bool flush();

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);

private:
    Section m_section;
    QVector<AnswerEditor *> m_editors;
};

} // namespace qdf::gui
