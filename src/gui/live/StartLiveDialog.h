#pragma once

#include <QDialog>
#include <QHostAddress>

class QComboBox;

namespace qdf::gui {

// "Start live session…": the round it is for, and the address the session listens on — one of
// this machine's IPv4 addresses (the one on the room's network, or the laptop's own hotspot), or
// the loopback, which only this machine reaches. Nothing listens until Start.
class StartLiveDialog : public QDialog {
    Q_OBJECT
public:
    StartLiveDialog(const QString &roundName, const QList<QHostAddress> &addresses, QWidget *parent = nullptr);
    // For a session with no round and one open question (a section page's "Ask the room…").
    static StartLiveDialog *forQuestion(const QString &questionText, const QList<QHostAddress> &addresses, QWidget *parent);

    QComboBox *addressBox() const { return m_addresses; }
    QHostAddress address() const;

private:
    StartLiveDialog(const QList<QHostAddress> &addresses, const QString &about, QWidget *parent);

    QComboBox *m_addresses = nullptr;
};

} // namespace qdf::gui
