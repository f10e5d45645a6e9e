#pragma once

#include "core/review/ReviewPack.h"

#include <QWidget>

class QLabel;

namespace qdf::gui {

// The guidance of one step of the step-change cycle for the three models side by side, the
// review's own model highlighted: the full text the step-change table only begins.
class StepGuidance : public QWidget {
    Q_OBJECT
public:
    explicit StepGuidance(QWidget *parent = nullptr);
    void show(const review::Item *step, int reviewModel);
    QString guidanceShown(int model) const;

private:
    QLabel *m_step = nullptr;
    QVector<QLabel *> m_titles;
    QVector<QLabel *> m_texts;
};

} // namespace qdf::gui
