#pragma once

// What a screen reader and a keyboard meet on a widget tree, checked through Qt's accessibility
// interface (what the AT-SPI bridge hands Orca): focusable controls without a name, combo boxes
// and edits without a label, tables Tab cannot leave, charts without a table of their figures.

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QStringList>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

namespace qdf::test {

class AccessibilityAudit {
public:
    // Checks everything on show under `root`; `where` names it in the findings.
    void check(QWidget *root, const QString &where)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(root);
        if (iface)
            walk(iface, where, 0);
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && view->focusPolicy() & Qt::TabFocus && !qobject_cast<QComboBox *>(view->parentWidget())
                && !m_views.contains(view)) {
                m_views << view;
                checkTabLeaves(view, where);
            }
        }
        for (QChartView *chart : root->findChildren<QChartView *>()) {
            if (m_charts.contains(chart) || !chart->isVisible())
                continue;
            m_charts << chart;
            checkChart(chart, where);
        }
    }

    // `root`, then each tab of every tab widget in it, one after the other.
    void checkWithTabs(QWidget *root, const QString &where)
    {
        check(root, where);
        for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                check(tabs->currentWidget(), QStringLiteral("%1 › %2").arg(where, tabs->tabText(i).remove(QLatin1Char('&'))));
            }
        }
    }

    QStringList findings() const { return m_findings; }
    int controlsSeen() const { return m_controls; }

private:
    static QString describe(QAccessibleInterface *iface)
    {
        QObject *object = iface->object();
        QString name = object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?");
        if (object && !object->objectName().isEmpty())
            name += QStringLiteral(" #") + object->objectName();
        else if (object && object->parent())
            name += QStringLiteral(" in %1 #%2").arg(QString::fromLatin1(object->parent()->metaObject()->className()),
                                                    object->parent()->objectName());
        const QString value = iface->text(QAccessible::Value).left(40);
        if (!value.isEmpty())
            name += QStringLiteral(" (\"%1\")").arg(value);
        return name;
    }

    static bool hasLabel(QAccessibleInterface *iface)
    {
        return !iface->relations(QAccessible::Label).isEmpty();
    }

    void walk(QAccessibleInterface *iface, const QString &where, int depth)
    {
        if (depth > 60)
            return;
        const QAccessible::State state = iface->state();
        if (state.invisible)
            return;
        const QAccessible::Role role = iface->role();
        auto *widget = qobject_cast<QWidget *>(iface->object());
        if (state.focusable && widget && widget->isEnabled()) {
            ++m_controls;
            const QString name = iface->text(QAccessible::Name).trimmed();
            if (name.isEmpty())
                m_findings << QStringLiteral("%1: %2 can take the focus but has no name").arg(where, describe(iface));
            // On Linux a combo box's name is its value ("Done"): only a label says what it is.
            if (role == QAccessible::ComboBox && !hasLabel(iface))
                m_findings << QStringLiteral("%1: combo box %2 has no label").arg(where, describe(iface));
            if ((role == QAccessible::EditableText || role == QAccessible::SpinBox) && !hasLabel(iface)
                && widget->accessibleName().trimmed().isEmpty())
                m_findings << QStringLiteral("%1: edit %2 has no label").arg(where, describe(iface));
        }
        // A table's cells are its own business (named by their text); the table is checked whole.
        if (iface->tableInterface() || role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::ComboBox)
            return;
        for (int i = 0; i < iface->childCount(); ++i) {
            if (QAccessibleInterface *child = iface->child(i))
                walk(child, where, depth + 1);
        }
    }

    void checkTabLeaves(QAbstractItemView *view, const QString &where)
    {
        view->setFocus(Qt::TabFocusReason);
        if (QApplication::focusWidget() != view)
            return;  // not reachable by Tab in the first place (disabled, hidden behind another)
        QTest::keyClick(view, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == view || (now && view->isAncestorOf(now)))
            m_findings << QStringLiteral("%1: Tab cannot leave the table %2 (%3)")
                              .arg(where, QString::fromLatin1(view->metaObject()->className()), view->objectName());
    }

    void checkChart(QChartView *chart, const QString &where)
    {
        const QString name = chart->objectName().isEmpty() ? chart->accessibleName() : chart->objectName();
        if (chart->accessibleDescription().trimmed().isEmpty())
            m_findings << QStringLiteral("%1: chart \"%2\" has no description").arg(where, name);
        auto *table = qobject_cast<QAbstractItemView *>(chart->property("tableAlternative").value<QObject *>());
        if (!table || !table->model())
            m_findings << QStringLiteral("%1: chart \"%2\" has no table of its figures").arg(where, name);
    }

    QStringList m_findings;
    QList<QAbstractItemView *> m_views;
    QList<QChartView *> m_charts;
    int m_controls = 0;
};

} // namespace qdf::test
