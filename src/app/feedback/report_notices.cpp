#include "app/feedback/report_notices.hpp"

#include "app/feedback/cycle_administration.hpp"
#include "app/feedback/queued_message.hpp"

namespace leadline::app {

domain::Result<int> ReportNotices::tell_subjects(domain::CycleId cycle) {
    int told = 0;
    auto done = m_store.in_transaction([&]() -> domain::Result<void> {
        auto overview = CycleAdministration(m_store).overview(cycle);
        if (!overview) {
            return domain::fail(overview.error());
        }
        if (overview->state != domain::CycleState::Published) {
            return domain::fail(domain::ErrorCode::FailedPrecondition,
                                "Subjects are told their report is ready only once the cycle is published.");
        }
        const auto report =
            site_address(m_base_url) + "/me/cycles/" + std::to_string(cycle.value()) + "/report";
        for (const auto& subject : overview->subjects) {
            auto way = sign_in_lines(m_store, m_clock, m_base_url, subject.email);
            if (!way) {
                return domain::fail(way.error());
            }
            const std::string body =
                "Hello " + subject.name + ",\n\nYour feedback report from " + overview->settings.name +
                " is ready. It brings together what the colleagues you asked said about your leadership, "
                "beside your own view, and suggests where to start.\n\nOnce signed in, you will find it at " +
                report + "\n\n" + *way;
            auto queued = queue_message(
                m_store, new_message(subject.email, MessageKind::ReportReady,
                                     "Your feedback report is ready: " + overview->settings.name, body,
                                     m_clock.now_seconds()));
            if (!queued) {
                return domain::fail(queued.error());
            }
            ++told;
        }
        return {};
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return told;
}

} // namespace leadline::app
