#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/reporting/published_reports.hpp"
#include "domain/development/pulse.hpp"

namespace leadline::app {

// A round of the pulse as a cycle's admin page shows it.
struct PulseRoundPlan {
    std::vector<domain::PulseRound> rounds; // as set, or the suggested dates when none are
    bool suggested = false;
    domain::Date cycle_closes_on;
};

// A rater's pulse through their private link.
struct PulseLinkView {
    PulseInvitation invitation;
    std::string subject_name;
    std::string cycle_name;
    domain::PulseRound round;
    std::vector<domain::PulseItem> items;
    std::vector<std::string> item_names;        // each item's attribute, as the framework names it
    std::vector<std::string> item_descriptions; // and describes it
    std::optional<domain::PulseAnswer> answer;  // what they said before, if anything
};

// One round as its subject sees it: results only once it has closed.
struct SubjectPulseRound {
    domain::PulseRound round;
    domain::PulseRoundState state = domain::PulseRoundState::Scheduled;
    bool asked = false; // the round asks about this subject (they had a plan when it opened)
    int invited = 0;
    std::optional<domain::PulseResult> result;
    std::vector<std::string> item_names; // in the order of result->areas
};

// The pulse after a 360: an admin's dates, the invitations each round sends to raters, answers through
// private links, and results for the subject. Method: docs/methodology/development.md
class Pulses {
  public:
    Pulses(Store& store, PublishedReports& published, const Clock& clock)
        : m_store(store), m_published(published), m_clock(clock) {}

    // The cycle's rounds (or those suggested); FailedPrecondition before it is published.
    [[nodiscard]] domain::Result<PulseRoundPlan> plan(domain::CycleId cycle);
    // Sets the rounds' dates; the problems that stopped it, empty once saved.
    [[nodiscard]] domain::Result<std::vector<domain::PulseRoundProblem>>
    set_rounds(domain::CycleId cycle, const std::vector<domain::PulseRound>& rounds);

    // Opens every round due today: fixes what it asks each subject with a plan and emails each of their
    // raters a private link. Returns how many emails were queued. Safe to run often and from several
    // servers: a round opens once.
    [[nodiscard]] domain::Result<std::size_t> open_due_rounds(const std::string& base_url);

    // A rater's pulse through their link: nullopt when the link is unknown, withdrawn, or its round is not
    // open (each answers alike, so a link says nothing about why it does not work).
    [[nodiscard]] domain::Result<std::optional<PulseLinkView>> by_link(const std::string& token);
    // Keeps the rater's answer; problems to show, empty once kept.
    [[nodiscard]] domain::Result<std::vector<std::string>> answer(const PulseLinkView& view,
                                                                  const domain::PulseAnswer& answer);

    // Every round of the cycle as the subject sees it.
    [[nodiscard]] domain::Result<std::vector<SubjectPulseRound>> for_subject(domain::CycleId cycle,
                                                                             domain::PersonId subject);
    // A raters the subject adds for rounds still to come (and the round open now, if any). A problem to
    // show, or nothing once added.
    [[nodiscard]] domain::Result<std::optional<std::string>> add_rater(domain::CycleId cycle,
                                                                       domain::PersonId subject,
                                                                       AddedPulseRater rater,
                                                                       const std::string& base_url);

    // Whether opening a round emails its raters. Only the demo, writing a round already past, says None:
    // links nobody was sent cannot be answered.
    enum class Emails { Queue, None };
    // Opens one round now (the hourly job calls this for each round due): what it asks each subject with a
    // plan, and a link per rater. Returns how many links were made; none when the round had opened.
    [[nodiscard]] domain::Result<std::size_t> open_round(domain::CycleId cycle,
                                                         const domain::PulseRound& round,
                                                         const std::string& base_url,
                                                         Emails emails = Emails::Queue);

    // Withdraws a rater from a subject's pulse in the round open now (rounds to come make their links when
    // they open): the link stops working, like an unknown one, and any answer goes. A problem to show (no
    // such subject, or no such link), or how many links were withdrawn.
    [[nodiscard]] domain::Result<std::variant<std::string, int>>
    withdraw_rater(domain::CycleId cycle, const std::string& subject_email, const std::string& rater_email);

    // Every subject's result in one round, read at once (the programme view and bench/pulse).
    [[nodiscard]] domain::Result<std::map<domain::PersonId, domain::PulseResult>>
    round_results(domain::CycleId cycle, int round);

  private:
    [[nodiscard]] domain::Result<void> invite(const PulseInvitation& invitation,
                                              const std::string& subject_name, const std::string& cycle_name,
                                              const domain::PulseRound& round, const std::string& base_url,
                                              Emails emails = Emails::Queue);

    Store& m_store;
    PublishedReports& m_published;
    const Clock& m_clock;
};

} // namespace leadline::app
