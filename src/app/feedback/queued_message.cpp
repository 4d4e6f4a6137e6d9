#include "app/feedback/queued_message.hpp"

namespace leadline::app {

domain::Result<std::int64_t> queue_message(Store& store, OutboxMessage message) {
    auto details = store.organisation().details();
    if (!details) {
        return domain::fail(details.error());
    }
    message.body += domain::email_sign_off(*details);
    return store.outbox().enqueue(message);
}

} // namespace leadline::app
