#include "gui/review/StepGuidance.h"
#include "gui/Colours.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qdf::gui {

using namespace qdf::review;

StepGuidance::StepGuidance(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepGuidance"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_step = new QLabel(this);
    m_step->setProperty("role", QStringLiteral("question"));
    layout->addWidget(m_step);
    auto *grid = new QGridLayout;
    layout->addLayout(grid, 1);
    for (const Model &m : Pack::shipped().models) {
        auto *title = new QLabel(tr("Model %1: %2").arg(m.number).arg(m.name), this);
        title->setWordWrap(true);
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setMargin(6);
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(text);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::StyledPanel);
        scroll->setAccessibleName(tr("Guidance for model %1").arg(m.number));
        grid->addWidget(title, 0, m.number - 1);
        grid->addWidget(scroll, 1, m.number - 1);
        grid->setColumnStretch(m.number - 1, 1);
        m_titles << title;
        m_texts << text;
    }
}

void StepGuidance::show(const Item *step, int reviewModel)
{
    m_step->setText(step ? tr("%1: guidance for each model").arg(step->name) : tr("Choose a step above."));
    const QVector<Model> &models = Pack::shipped().models;
    for (int i = 0; i < models.size(); ++i) {
        const bool ours = models[i].number == reviewModel;
        m_texts[i]->setText(step ? step->guidance.value(models[i].number) : QString());
        m_texts[i]->setStyleSheet(ours ? QStringLiteral("background: %1;").arg(colours::css(colours::tint(palette(), colours::Tint::Info)))
                                     : QString());
        QFont font = m_titles[i]->font();
        font.setBold(ours);
        m_titles[i]->setFont(font);
        m_titles[i]->setText(ours ? tr("Model %1: %2 (in use)").arg(models[i].number).arg(models[i].name)
                                  : tr("Model %1: %2").arg(models[i].number).arg(models[i].name));
    }
}

QString StepGuidance::guidanceShown(int model) const
{
    return model >= 1 && model <= m_texts.size() ? m_texts[model - 1]->text() : QString();
}

} // namespace qdf::gui
