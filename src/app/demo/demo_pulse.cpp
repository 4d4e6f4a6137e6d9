#include "app/demo/demo_pulse.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

#include "app/development/pulses.hpp"
#include "app/frameworks/framework_cache.hpp"
#include "domain/core/rng.hpp"

namespace leadline::app {

namespace {

constexpr std::array suggestions{
    "Keep asking the quieter people for their view first; it is working.",
    "Try the same approach with partners outside the council, not only with the team.",
    "Share the reasons behind decisions earlier, before they are final.",
    "Block time each week for one-to-ones and protect it when things get busy.",
    "Let the team present their own work to the board now and then.",
    "Say what you will stop doing, as well as what you will start.",
    "Ask for feedback straight after big meetings while it is fresh.",
    "Keep the Friday check-in: people notice when it slips.",
};

// The demo writes a round that is already past, at the time it opened.
class FixedClock final : public Clock {
  public:
    explicit FixedClock(std::int64_t now) : m_now(now) {}
    [[nodiscard]] std::int64_t now_seconds() const override { return m_now; }

  private:
    std::int64_t m_now;
};

domain::Date day(const char* iso) {
    return domain::Date::parse(iso).value();
}

std::int64_t seconds_at(domain::Date date, int hour) {
    return std::chrono::sys_seconds(date.day()).time_since_epoch().count() + hour * 3600;
}

int change_from(domain::Rng& rng, double mean) {
    return static_cast<int>(std::clamp(std::lround(rng.normal(mean, 0.9)), long{domain::least_change},
                                       long{domain::most_change}));
}

} // namespace

domain::Result<DemoPulse> write_demo_pulse(Store& store, domain::CycleId cycle) {
    const std::vector<domain::PulseRound> rounds{{1, day("2026-11-09"), day("2026-11-27")},
                                                 {2, day("2027-03-29"), day("2027-04-11")},
                                                 {3, day("2027-09-27"), day("2027-10-10")}};
    if (auto set = store.pulses().set_pulse_rounds(cycle, rounds); !set) {
        return domain::fail(set.error());
    }
    FrameworkCache frameworks;
    PublishedReports published(frameworks, 1);
    const FixedClock opening(seconds_at(rounds[0].opens_on, 7));
    auto opened = Pulses(store, published, opening).open_round(cycle, rounds[0], "", Pulses::Emails::None);
    if (!opened) {
        return domain::fail(opened.error());
    }
    DemoPulse written;
    written.rounds = rounds.size();
    written.invited = *opened;
    auto subjects = store.pulses().pulse_subjects(cycle, 1);
    if (!subjects) {
        return domain::fail(subjects.error());
    }
    written.subjects = subjects->size();
    domain::Rng rng(20261127);
    for (std::size_t s = 0; s < subjects->size(); ++s) {
        const auto subject = (*subjects)[s];
        auto items = store.pulses().pulse_items(cycle, 1, subject);
        auto invitations = store.pulses().pulse_invitations(cycle, 1, subject);
        if (!items || !invitations) {
            return domain::fail(!items ? items.error() : invitations.error());
        }
        // Four in five are seen to change where they focused; the rest are seen as a little better at
        // everything, which the honest comparison does not count as growth.
        const bool grew = s % 5 != 4;
        const double focus_mean = grew ? 1.1 + 0.1 * static_cast<double>(s % 4) : 0.7;
        const double elsewhere_mean = grew ? 0.2 : 0.7;
        for (std::size_t r = 0; r < invitations->size(); ++r) {
            if (!rng.chance(0.75)) {
                continue; // did not answer
            }
            domain::PulseAnswer answer;
            for (const auto& item : *items) {
                if (rng.chance(0.1)) {
                    continue; // not seen enough to say
                }
                answer.ratings.push_back(
                    {item.attribute, change_from(rng, item.focus ? focus_mean : elsewhere_mean)});
            }
            if (rng.chance(0.4)) {
                answer.feedforward = suggestions[(s + r) % suggestions.size()];
            }
            if (answer.ratings.empty() && answer.feedforward.empty()) {
                continue;
            }
            const auto when = seconds_at(rounds[0].opens_on, 9) + static_cast<std::int64_t>(r % 12) * 86400;
            if (auto kept = store.pulses().answer_pulse((*invitations)[r].id, answer, when); !kept) {
                return domain::fail(kept.error());
            }
            ++written.answered;
        }
    }
    return written;
}

} // namespace leadline::app
