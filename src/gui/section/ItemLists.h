#pragma once

#include "core/Domain.h"

#include <QVector>

class QWidget;

namespace qdf::gui {

// Read-only views of a section's Working Examples, Reference Materials and Draft Schedules.
// User text is escaped or rendered as Markdown without HTML: it can never inject markup.
QWidget *workingExamplesView(const QVector<WorkingExample> &examples, QWidget *parent);
QWidget *referenceMaterialsView(const QVector<ReferenceMaterial> &references, QWidget *parent);
QWidget *schedulesView(const QVector<Schedule> &schedules, QWidget *parent);

} // namespace qdf::gui
