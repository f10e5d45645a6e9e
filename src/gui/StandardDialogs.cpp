#include "gui/StandardDialogs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QToolBar>

namespace qdf::gui {

void labelFileDialogPart(QWidget *widget)
{
    auto *combo = qobject_cast<QComboBox *>(widget);
    if (!combo || !qobject_cast<QFileDialog *>(combo->window()))
        return;
    // The labels' object names are those of Qt's qfiledialog.ui.
    const QString label = combo->objectName() == QLatin1String("lookInCombo")     ? QStringLiteral("lookInLabel")
                          : combo->objectName() == QLatin1String("fileTypeCombo") ? QStringLiteral("fileTypeLabel")
                                                                                  : QString();
    if (label.isEmpty())
        return;
    if (auto *found = combo->window()->findChild<QLabel *>(label); found && !found->buddy())
        found->setBuddy(combo);
}

void labelPrintPreview(QPrintPreviewDialog &preview)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("qdf::gui::StandardDialogs", text); };
    for (QToolBar *bar : preview.findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            QWidget *part = bar->widgetForAction(action);
            if (auto *zoom = qobject_cast<QComboBox *>(part)) {
                auto *label = new QLabel(tr("Zoom:"), bar);
                label->setBuddy(zoom);
                bar->insertWidget(action, label);
            } else if (part) {
                // The page number: a line edit inside the toolbar's small page box.
                for (QLineEdit *page : part->findChildren<QLineEdit *>())
                    page->setAccessibleName(tr("Page number"));
            }
        }
    }
    for (QGraphicsView *pages : preview.findChildren<QGraphicsView *>()) {
        pages->setAccessibleName(tr("The pages as they will print"));
        pages->viewport()->setAccessibleName(pages->accessibleName());
    }
}

} // namespace qdf::gui
