#include "app/feedback/outbox_delivery.hpp"

namespace leadline::app {

domain::Result<DeliveryReport> OutboxDelivery::deliver_waiting(int at_most) {
    auto waiting = m_store.outbox().unsent(at_most);
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
            if (auto marked = m_store.outbox().mark_failed(message.id, sent.error().message); !marked) {
                return domain::fail(marked.error());
            }
            ++report.failed;
        }
    }
    return report;
}

} // namespace leadline::app
