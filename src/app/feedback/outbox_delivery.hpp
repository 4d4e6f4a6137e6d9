#pragma once

#include "app/ports/clock.hpp"
#include "app/ports/mail_sender.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

struct DeliveryReport {
    int sent = 0;
    int failed = 0;
};

// Sends what waits in the outbox, oldest first. A message that fails stays waiting, with the reason, and
// is tried again after a delay that doubles with each failure; after most_delivery_attempts the outbox
// gives up on it until an admin asks for another try. One failure does not stop the others, and
// messages given up on do not hold newer ones back.
class OutboxDelivery {
  public:
    OutboxDelivery(Store& store, MailSender& sender, const Clock& clock)
        : m_store(store), m_sender(sender), m_clock(clock) {}

    [[nodiscard]] domain::Result<DeliveryReport> deliver_waiting(int at_most = 200);

  private:
    Store& m_store;
    MailSender& m_sender;
    const Clock& m_clock;
};

} // namespace leadline::app
