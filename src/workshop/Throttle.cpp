#include "workshop/Throttle.h"

#include <algorithm>
#include <cmath>

namespace qdf::workshop {
namespace {

// Past this many keys, the ones with nothing to remember are let go: an address or token that
// comes once costs nothing for the rest of the session.
constexpr int kMostKeys = 10000;

} // namespace

bool TokenBuckets::take(const QString &key, qint64 nowMs, qint64 *retryAfterMs)
{
    if (m_buckets.size() > kMostKeys) {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            const double refilled = it->level + double(nowMs - it->at) / 1000.0 * m_perSecond;
            it = refilled >= m_capacity ? m_buckets.erase(it) : std::next(it);
        }
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {m_capacity, nowMs});
    it->level = std::min(m_capacity, it->level + double(std::max<qint64>(0, nowMs - it->at)) / 1000.0 * m_perSecond);
    it->at = nowMs;
    if (it->level >= 1) {
        it->level -= 1;
        return true;
    }
    if (retryAfterMs)
        *retryAfterMs = m_perSecond > 0 ? qint64(std::ceil((1 - it->level) / m_perSecond * 1000)) : 60000;
    return false;
}

WrongCodeThrottle::WrongCodeThrottle(const Limits &limits)
    : m_limits(limits), m_room(limits.roomBurst, limits.roomPerSecond)
{
}

bool WrongCodeThrottle::allowed(const QString &address, qint64 nowMs, qint64 *retryAfterMs) const
{
    const auto it = m_byAddress.constFind(address);
    if (it == m_byAddress.constEnd())
        return true;
    qint64 until = it->shutUntil;
    if (it->failures > 0 && nowMs < m_roomEmptyUntil)
        until = std::max(until, m_roomEmptyUntil);
    if (nowMs >= until)
        return true;
    if (retryAfterMs)
        *retryAfterMs = until - nowMs;
    return false;
}

void WrongCodeThrottle::failed(const QString &address, qint64 nowMs)
{
    if (m_byAddress.size() > kMostKeys) {
        for (auto it = m_byAddress.begin(); it != m_byAddress.end();)
            it = it->shutUntil < nowMs ? m_byAddress.erase(it) : std::next(it);
    }
    Record &r = m_byAddress[address];
    ++r.failures;
    if (r.failures > m_limits.freePerAddress) {
        const int doublings = std::min(r.failures - m_limits.freePerAddress - 1, 20);
        r.shutUntil = nowMs + std::min(m_limits.longestWaitMs, m_limits.firstWaitMs << doublings);
    }
    qint64 wait = 0;
    if (!m_room.take(QStringLiteral("room"), nowMs, &wait))
        m_roomEmptyUntil = nowMs + wait;
}

} // namespace qdf::workshop
