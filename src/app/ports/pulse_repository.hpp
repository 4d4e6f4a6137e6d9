#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/development/pulse.hpp"
#include "domain/feedback/rater_group.hpp"

namespace leadline::app {

// One rater's private link to one subject's pulse in one round.
struct PulseInvitation {
    std::int64_t id = 0;
    domain::CycleId cycle;
    int round = 1;
    domain::PersonId subject;
    domain::RaterGroup group = domain::RaterGroup::Peer;
    std::string email;
    std::string name;
    bool withdrawn = false;
    std::optional<std::int64_t> answered_at;
};

// A rater the subject asked to add to their pulse, beyond those who rated them in the 360.
struct AddedPulseRater {
    std::string email;
    std::string name;
    domain::RaterGroup group = domain::RaterGroup::Peer;
};

// How far a round has got: subjects it asks about, links not withdrawn, and answers.
struct PulseRoundCounts {
    std::int64_t subjects = 0;
    std::int64_t invited = 0;
    std::int64_t answered = 0;
};

// A round that should have sent its invitations: open today and not yet sent.
struct PulseRoundDue {
    domain::CycleId cycle;
    domain::PulseRound round;
};

// The pulse: its rounds' dates per cycle, what each round asks about each subject, the raters' links,
// and their answers.
class PulseRepository {
  public:
    virtual ~PulseRepository() = default;

    // Replaces the cycle's rounds (checked by the caller against the rounds as they were).
    [[nodiscard]] virtual domain::Result<void>
    set_pulse_rounds(domain::CycleId cycle, const std::vector<domain::PulseRound>& rounds) = 0;
    // The cycle's rounds, by number.
    [[nodiscard]] virtual domain::Result<std::vector<domain::PulseRound>>
    pulse_rounds(domain::CycleId cycle) = 0;
    // Rounds open on `today` whose invitations have not gone, across all cycles.
    [[nodiscard]] virtual domain::Result<std::vector<PulseRoundDue>> pulse_rounds_due(domain::Date today) = 0;
    // Marks a round's invitations as gone. Returns false, changing nothing, when they had gone before, so
    // two servers never invite twice.
    [[nodiscard]] virtual domain::Result<bool> mark_pulse_round_invited(domain::CycleId cycle, int round,
                                                                        std::int64_t now) = 0;

    // What the round asks about the subject, fixed when it opens (their plan may change later).
    [[nodiscard]] virtual domain::Result<void>
    set_pulse_items(domain::CycleId cycle, int round, domain::PersonId subject,
                    const std::vector<domain::PulseItem>& items) = 0;
    [[nodiscard]] virtual domain::Result<std::vector<domain::PulseItem>>
    pulse_items(domain::CycleId cycle, int round, domain::PersonId subject) = 0;
    // Subjects the round asks about, by id.
    [[nodiscard]] virtual domain::Result<std::vector<domain::PersonId>> pulse_subjects(domain::CycleId cycle,
                                                                                       int round) = 0;

    // A rater's link (by its token's hash); returns the invitation's id.
    [[nodiscard]] virtual domain::Result<std::int64_t>
    add_pulse_invitation(const PulseInvitation& invitation, const std::string& token_hash) = 0;
    // The invitation behind a link, unless it was withdrawn.
    [[nodiscard]] virtual domain::Result<std::optional<PulseInvitation>>
    pulse_invitation_by_token(const std::string& token_hash) = 0;
    [[nodiscard]] virtual domain::Result<std::vector<PulseInvitation>>
    pulse_invitations(domain::CycleId cycle, int round, domain::PersonId subject) = 0;
    // Withdraws a rater's link: it stops working and their answer, if any, is deleted. NotFound if unknown.
    [[nodiscard]] virtual domain::Result<void> withdraw_pulse_invitation(std::int64_t invitation) = 0;

    // Keeps a rater's answer, replacing any they gave before.
    [[nodiscard]] virtual domain::Result<void>
    answer_pulse(std::int64_t invitation, const domain::PulseAnswer& answer, std::int64_t now) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<domain::PulseAnswer>>
    pulse_answer(std::int64_t invitation) = 0;
    // Every answer from links not withdrawn, for one subject in a round.
    [[nodiscard]] virtual domain::Result<std::vector<domain::PulseAnswer>>
    pulse_answers(domain::CycleId cycle, int round, domain::PersonId subject) = 0;
    // Every answer of a round by subject, read at once (the programme view and the benchmark).
    [[nodiscard]] virtual domain::Result<std::map<domain::PersonId, std::vector<domain::PulseAnswer>>>
    pulse_round_answers(domain::CycleId cycle, int round) = 0;

    [[nodiscard]] virtual domain::Result<PulseRoundCounts> pulse_round_counts(domain::CycleId cycle,
                                                                              int round) = 0;

    // Raters a subject added for their pulse rounds still to come.
    [[nodiscard]] virtual domain::Result<void> add_pulse_rater(domain::CycleId cycle,
                                                               domain::PersonId subject,
                                                               const AddedPulseRater& rater,
                                                               std::int64_t now) = 0;
    [[nodiscard]] virtual domain::Result<std::vector<AddedPulseRater>>
    added_pulse_raters(domain::CycleId cycle, domain::PersonId subject) = 0;
};

} // namespace leadline::app
