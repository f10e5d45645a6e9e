#pragma once

#include "core/Error.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

namespace qdf {
class Workbook;
}

namespace qdf::workshop {
class LiveSession;
class WorkshopServer;
} // namespace qdf::workshop

namespace qdf::gui {

// The window's live session (docs/workshop.md): a workshop::LiveSession on a round of the open
// workbook, served to the room's phones by a WorkshopServer on one address. The window's, not a
// page's: pages are rebuilt after an import, and a session must not end with them. It ends when
// stopped, when its workbook closes (the session holds the workbook), and with the window.
class LiveController : public QObject {
    Q_OBJECT
public:
    explicit LiveController(QObject *parent = nullptr);
    ~LiveController() override;

    // Starts a session on `round` (name or id) of `workbook`, listening on `address` (port 0:
    // one the system picks). One session at a time: a running one is stopped first.
    Status start(Workbook &workbook, const QString &round, const QHostAddress &address, quint16 port = 0);
    void stop();
    bool isRunning() const { return bool(m_session); }
    workshop::LiveSession *session() const { return m_session.get(); }
    workshop::WorkshopServer *server() const { return m_server.get(); }
    QUrl url() const;
    // What the window's views keep hidden while the session runs on `roundUuid`: every element of
    // a driver not revealed yet. Empty for another round, or with no session.
    QSet<QString> blindElements(const QString &roundUuid) const;

    // The machine's IPv4 addresses a phone might reach, the loopback last (only this machine).
    static QList<QHostAddress> addresses();

Q_SIGNALS:
    void started();
    void changed();  // who joined or answered, a driver opened, closed or revealed
    void stopped();
    // What blindElements gives may have changed: a session started or stopped, a reveal, a
    // driver opened (a driver opened after a reveal is blind again).
    void blindChanged();

private:
    std::unique_ptr<workshop::LiveSession> m_session;
    std::unique_ptr<workshop::WorkshopServer> m_server;
};

} // namespace qdf::gui
