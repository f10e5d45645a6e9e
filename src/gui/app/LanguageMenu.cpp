#include "gui/app/LanguageMenu.h"

#include "core/i18n/Language.h"
#include "gui/app/Settings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>

namespace qdf::gui {

void addLanguageMenu(QMenu *view, QWidget *dialogParent)
{
    QMenu *menu = view->addMenu(QCoreApplication::translate("qdf::gui::LanguageMenu", "&Language"));
    menu->setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(menu);
    const QString current = language::choose(settings::language());
    for (const QString &code : {QStringLiteral("cy"), QStringLiteral("en")}) {
        const QString name = language::nativeName(code);
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language-%1").arg(code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, dialogParent, [code, name, dialogParent] {
            if (code == language::choose(settings::language()) && !settings::language().isEmpty())
                return;
            settings::setLanguage(code);
            QMessageBox::information(dialogParent, QCoreApplication::translate("qdf::gui::LanguageMenu", "Language"),
                                     QCoreApplication::translate("qdf::gui::LanguageMenu",
                                                                 "QDF Workbench will speak %1 when it next starts.")
                                         .arg(name));
        });
    }
}

} // namespace qdf::gui
