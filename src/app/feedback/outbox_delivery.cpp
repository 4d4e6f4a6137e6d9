#include "app/feedback/outbox_delivery.hpp"

namespace leadline::app {

domain::Result<DeliveryReport> OutboxDelivery::deliver_waiting(int at_most) {
    auto waiting = m_store.outbox().due(at_most, m_clock.now_seconds());
    if (!waiting) {
        return domain::fail(waiting.error());
    }
    DeliveryReport report;
    for (const auto& message : *waiting) {
        auto sent = m_sender.send({message.to, message.subject, message.body});
        if (sent) {
            if (auto marked = m_store.outbox().mark_sent(message.id, m_clock.now_seconds()); !marked) {
                return domain::fail(marked.error());
            }
            ++report.sent;
        } else {
            const auto next = m_clock.now_seconds() + retry_delay_seconds(message.attempts + 1);
            if (auto marked = m_store.outbox().mark_failed(message.id, sent.error().message, next); !marked) {
                return domain::fail(marked.error());
            }
            ++report.failed;
        }
    }
    return report;
}

} // namespace leadline::app
