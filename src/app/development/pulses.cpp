#include "app/development/pulses.hpp"

#include <algorithm>
#include <set>

#include "app/feedback/queued_message.hpp"
#include "app/security/invitation_token.hpp"
#include "domain/people/person.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

namespace {

std::string invitation_body(const std::string& subject_name, const std::string& cycle_name,
                            const domain::PulseRound& round, const std::string& link) {
    return "Hello,\n\nSome months ago you gave " + subject_name + " feedback in \"" + cycle_name +
           "\". Since then they have been working on what it showed, and would like to know whether you have "
           "seen a difference.\n\nA few short questions, about two minutes, open until " +
           round.closes_on.display() + ":\n" + link + "\n\nYour answers are anonymous: " + subject_name +
           " sees only figures from several people together, and only after the survey closes. The link is "
           "yours alone: please do not forward it.";
}

const domain::Attribute* attribute_of(const domain::Framework& framework, const domain::AttributeId& id) {
    return framework.find_attribute(id);
}

} // namespace

Result<PulseRoundPlan> Pulses::plan(domain::CycleId cycle) {
    auto heading = m_store.cycles().cycle_heading(cycle);
    if (!heading) {
        return domain::fail(heading.error());
    }
    if (heading->state != domain::CycleState::Published) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "The pulse follows a cycle's reports: publish the cycle first.");
    }
    auto rounds = m_store.pulses().pulse_rounds(cycle);
    if (!rounds) {
        return domain::fail(rounds.error());
    }
    PulseRoundPlan plan;
    plan.cycle_closes_on = heading->settings.closes_on;
    plan.suggested = rounds->empty();
    plan.rounds = plan.suggested ? domain::suggested_pulse_rounds(plan.cycle_closes_on) : std::move(*rounds);
    return plan;
}

Result<std::vector<domain::PulseRoundProblem>>
Pulses::set_rounds(domain::CycleId cycle, const std::vector<domain::PulseRound>& rounds) {
    auto current = plan(cycle);
    if (!current) {
        return domain::fail(current.error());
    }
    const std::vector<domain::PulseRound> before =
        current->suggested ? std::vector<domain::PulseRound>() : current->rounds;
    auto problems = domain::check_pulse_rounds(rounds, before, current->cycle_closes_on, today(m_clock));
    if (!problems.empty()) {
        return problems;
    }
    if (auto saved = m_store.pulses().set_pulse_rounds(cycle, rounds); !saved) {
        return domain::fail(saved.error());
    }
    return problems;
}

Result<std::size_t> Pulses::open_due_rounds(const std::string& base_url) {
    auto due = m_store.pulses().pulse_rounds_due(today(m_clock));
    if (!due) {
        return domain::fail(due.error());
    }
    std::size_t queued = 0;
    for (const auto& [cycle, round] : *due) {
        auto opened = open_round(cycle, round, base_url);
        if (!opened) {
            return domain::fail(opened.error());
        }
        queued += *opened;
    }
    return queued;
}

Result<std::size_t> Pulses::open_round(domain::CycleId cycle, const domain::PulseRound& round,
                                       const std::string& base_url, Emails emails) {
    auto reports = m_published.of(m_store, cycle);
    if (!reports) {
        return domain::fail(reports.error());
    }
    auto loaded = m_store.cycles().load_cycle(cycle);
    if (!loaded) {
        return domain::fail(loaded.error());
    }
    auto plans = m_store.development_plans().development_plans(cycle);
    if (!plans) {
        return domain::fail(plans.error());
    }
    const auto& framework = *(*reports)->framework;
    std::size_t queued = 0;
    auto done = m_store.in_transaction([&]() -> Result<void> {
        auto first = m_store.pulses().mark_pulse_round_invited(cycle, round.number, m_clock.now_seconds());
        if (!first) {
            return domain::fail(first.error());
        }
        if (!*first) {
            return {}; // another server opened it
        }
        for (const auto& plan : *plans) {
            const auto subject =
                std::find_if((*reports)->subjects.begin(), (*reports)->subjects.end(),
                             [&](const SubjectReport& s) { return s.subject == plan.person; });
            if (plan.focus.empty() || subject == (*reports)->subjects.end()) {
                continue;
            }
            std::vector<domain::AttributeId> focus;
            for (const auto& area : plan.focus) {
                focus.push_back(area.attribute);
            }
            std::vector<domain::ReportedArea> areas;
            for (const auto& attribute : framework.attributes) {
                domain::ReportedArea area{attribute.id, std::nullopt};
                for (const auto& result : subject->report.attributes) {
                    if (result.id == attribute.id && result.others.shown) {
                        area.others_mean = result.others.score.mean;
                    }
                }
                areas.push_back(std::move(area));
            }
            const auto items = domain::pulse_items(focus, areas);
            if (auto set = m_store.pulses().set_pulse_items(cycle, round.number, plan.person, items); !set) {
                return domain::fail(set.error());
            }
            std::vector<PulseInvitation> raters;
            std::set<std::string> asked{subject->email};
            for (const auto& nomination : loaded->nominations()) {
                if (nomination.subject != plan.person || nomination.group == domain::RaterGroup::Self ||
                    !asked.insert(nomination.rater.email).second) {
                    continue;
                }
                PulseInvitation invitation;
                invitation.group = nomination.group;
                invitation.email = nomination.rater.email;
                invitation.name = nomination.rater.email;
                if (nomination.rater.person) {
                    auto person = m_store.people().person(*nomination.rater.person);
                    if (!person) {
                        return domain::fail(person.error());
                    }
                    if (*person) {
                        invitation.name = (*person)->name;
                    }
                }
                raters.push_back(std::move(invitation));
            }
            auto added = m_store.pulses().added_pulse_raters(cycle, plan.person);
            if (!added) {
                return domain::fail(added.error());
            }
            for (auto& rater : *added) {
                if (asked.insert(rater.email).second) {
                    PulseInvitation invitation;
                    invitation.group = rater.group;
                    invitation.email = std::move(rater.email);
                    invitation.name = std::move(rater.name);
                    raters.push_back(std::move(invitation));
                }
            }
            for (auto& invitation : raters) {
                invitation.cycle = cycle;
                invitation.round = round.number;
                invitation.subject = plan.person;
                if (auto sent =
                        invite(invitation, subject->name, (*reports)->cycle_name, round, base_url, emails);
                    !sent) {
                    return domain::fail(sent.error());
                }
                ++queued;
            }
        }
        return {};
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return queued;
}

Result<void> Pulses::invite(const PulseInvitation& invitation, const std::string& subject_name,
                            const std::string& cycle_name, const domain::PulseRound& round,
                            const std::string& base_url, Emails emails) {
    const auto token = new_secret_token();
    auto added = m_store.pulses().add_pulse_invitation(invitation, hash_token(token));
    if (!added) {
        return domain::fail(added.error());
    }
    if (emails == Emails::None) {
        return {};
    }
    const auto body =
        invitation_body(subject_name, cycle_name, round, site_address(base_url) + "/p/" + token);
    auto message =
        queue_message(m_store, new_message(invitation.email, MessageKind::PulseInvitation,
                                           "Has " + subject_name + " changed? Two minutes of feedback", body,
                                           m_clock.now_seconds()));
    if (!message) {
        return domain::fail(message.error());
    }
    return {};
}

Result<std::optional<PulseLinkView>> Pulses::by_link(const std::string& token) {
    auto invitation = m_store.pulses().pulse_invitation_by_token(hash_token(token));
    if (!invitation) {
        return domain::fail(invitation.error());
    }
    if (!*invitation) {
        return std::optional<PulseLinkView>();
    }
    PulseLinkView view;
    view.invitation = std::move(**invitation);
    const auto& link = view.invitation;
    auto rounds = m_store.pulses().pulse_rounds(link.cycle);
    if (!rounds) {
        return domain::fail(rounds.error());
    }
    const auto round = std::find_if(rounds->begin(), rounds->end(),
                                    [&](const domain::PulseRound& r) { return r.number == link.round; });
    if (round == rounds->end() || domain::state_of(*round, today(m_clock)) != domain::PulseRoundState::Open) {
        return std::optional<PulseLinkView>();
    }
    view.round = *round;
    auto reports = m_published.of(m_store, link.cycle);
    if (!reports) {
        return domain::fail(reports.error());
    }
    const auto subject = std::find_if((*reports)->subjects.begin(), (*reports)->subjects.end(),
                                      [&](const SubjectReport& s) { return s.subject == link.subject; });
    if (subject == (*reports)->subjects.end()) {
        return std::optional<PulseLinkView>();
    }
    view.subject_name = subject->name;
    view.cycle_name = (*reports)->cycle_name;
    auto items = m_store.pulses().pulse_items(link.cycle, link.round, link.subject);
    if (!items) {
        return domain::fail(items.error());
    }
    view.items = std::move(*items);
    for (const auto& item : view.items) {
        const auto* attribute = attribute_of(*(*reports)->framework, item.attribute);
        view.item_names.push_back(attribute != nullptr ? attribute->name : item.attribute.value());
        view.item_descriptions.push_back(attribute != nullptr ? attribute->summary : "");
    }
    auto answer = m_store.pulses().pulse_answer(link.id);
    if (!answer) {
        return domain::fail(answer.error());
    }
    view.answer = std::move(*answer);
    return std::optional<PulseLinkView>(std::move(view));
}

Result<std::vector<std::string>> Pulses::answer(const PulseLinkView& view,
                                                const domain::PulseAnswer& answer) {
    auto problems = domain::check_pulse_answer(answer, view.items);
    if (!problems.empty()) {
        return problems;
    }
    if (auto kept = m_store.pulses().answer_pulse(view.invitation.id, answer, m_clock.now_seconds()); !kept) {
        return domain::fail(kept.error());
    }
    return problems;
}

Result<std::vector<SubjectPulseRound>> Pulses::for_subject(domain::CycleId cycle, domain::PersonId subject) {
    auto heading = m_store.cycles().cycle_heading(cycle);
    if (!heading) {
        return domain::fail(heading.error());
    }
    auto rounds = m_store.pulses().pulse_rounds(cycle);
    if (!rounds) {
        return domain::fail(rounds.error());
    }
    auto reports = m_published.of(m_store, cycle);
    if (!reports) {
        return domain::fail(reports.error());
    }
    const auto& policy = heading->settings.anonymity;
    const auto minimum = domain::pulse_minimum(policy, heading->settings.rater_groups);
    std::vector<SubjectPulseRound> seen;
    for (const auto& round : *rounds) {
        SubjectPulseRound shown;
        shown.round = round;
        shown.state = domain::state_of(round, today(m_clock));
        auto items = m_store.pulses().pulse_items(cycle, round.number, subject);
        if (!items) {
            return domain::fail(items.error());
        }
        shown.asked = !items->empty();
        if (shown.asked) {
            auto invitations = m_store.pulses().pulse_invitations(cycle, round.number, subject);
            if (!invitations) {
                return domain::fail(invitations.error());
            }
            shown.invited =
                static_cast<int>(std::count_if(invitations->begin(), invitations->end(),
                                               [](const PulseInvitation& i) { return !i.withdrawn; }));
        }
        if (shown.asked && shown.state == domain::PulseRoundState::Closed) {
            auto answers = m_store.pulses().pulse_answers(cycle, round.number, subject);
            if (!answers) {
                return domain::fail(answers.error());
            }
            shown.result = domain::pulse_result(*items, *answers, minimum, policy.comment_minimum());
            for (const auto& item : *items) {
                const auto* attribute = attribute_of(*(*reports)->framework, item.attribute);
                shown.item_names.push_back(attribute != nullptr ? attribute->name : item.attribute.value());
            }
        }
        seen.push_back(std::move(shown));
    }
    return seen;
}

Result<std::optional<std::string>> Pulses::add_rater(domain::CycleId cycle, domain::PersonId subject,
                                                     AddedPulseRater rater, const std::string& base_url) {
    auto email = domain::normalise_email(rater.email);
    if (!email) {
        return std::optional<std::string>("Enter an email address in the right form, like name@example.org");
    }
    rater.email = *email;
    auto person = m_store.people().person(subject);
    if (!person) {
        return domain::fail(person.error());
    }
    if (*person && (*person)->email == rater.email) {
        return std::optional<std::string>("That is your own address: the pulse asks others.");
    }
    if (rater.name.empty()) {
        rater.name = rater.email;
    }
    auto loaded = m_store.cycles().load_cycle(cycle);
    if (!loaded) {
        return domain::fail(loaded.error());
    }
    for (const auto& nomination : loaded->nominations()) {
        if (nomination.subject == subject && nomination.rater.email == rater.email) {
            return std::optional<std::string>(
                "They rated you in this cycle, so each pulse asks them already.");
        }
    }
    auto rounds = m_store.pulses().pulse_rounds(cycle);
    if (!rounds) {
        return domain::fail(rounds.error());
    }
    auto reports = m_published.of(m_store, cycle);
    if (!reports) {
        return domain::fail(reports.error());
    }
    std::optional<std::string> problem;
    auto done = m_store.in_transaction([&]() -> Result<void> {
        auto added = m_store.pulses().add_pulse_rater(cycle, subject, rater, m_clock.now_seconds());
        if (!added) {
            if (added.error().code == ErrorCode::Conflict) {
                problem = "You have added them already.";
                return {};
            }
            return domain::fail(added.error());
        }
        // A round open now, which asks about this subject, asks the new rater too.
        for (const auto& round : *rounds) {
            if (domain::state_of(round, today(m_clock)) != domain::PulseRoundState::Open) {
                continue;
            }
            auto items = m_store.pulses().pulse_items(cycle, round.number, subject);
            if (!items) {
                return domain::fail(items.error());
            }
            if (items->empty()) {
                continue;
            }
            PulseInvitation invitation;
            invitation.cycle = cycle;
            invitation.round = round.number;
            invitation.subject = subject;
            invitation.group = rater.group;
            invitation.email = rater.email;
            invitation.name = rater.name;
            if (auto sent = invite(invitation, (*person)->name, (*reports)->cycle_name, round, base_url);
                !sent) {
                return domain::fail(sent.error());
            }
        }
        return {};
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return problem;
}

Result<std::variant<std::string, int>> Pulses::withdraw_rater(domain::CycleId cycle,
                                                              const std::string& subject_email,
                                                              const std::string& rater_email) {
    using Outcome = std::variant<std::string, int>;
    auto subject_address = domain::normalise_email(subject_email);
    auto rater_address = domain::normalise_email(rater_email);
    if (!subject_address || !rater_address) {
        return Outcome("Enter both email addresses in the right form, like name@example.org");
    }
    auto subject = m_store.people().find_person(*subject_address);
    if (!subject) {
        return domain::fail(subject.error());
    }
    auto rounds = m_store.pulses().pulse_rounds(cycle);
    if (!rounds) {
        return domain::fail(rounds.error());
    }
    if (!*subject) {
        return Outcome("Nobody in the directory has the subject's address " + *subject_address + ".");
    }
    int withdrawn = 0;
    for (const auto& round : *rounds) {
        if (domain::state_of(round, today(m_clock)) == domain::PulseRoundState::Closed) {
            continue; // its results are shown: they stay as they are
        }
        auto invitations = m_store.pulses().pulse_invitations(cycle, round.number, (*subject)->id);
        if (!invitations) {
            return domain::fail(invitations.error());
        }
        for (const auto& invitation : *invitations) {
            if (invitation.email == *rater_address && !invitation.withdrawn) {
                if (auto done = m_store.pulses().withdraw_pulse_invitation(invitation.id); !done) {
                    return domain::fail(done.error());
                }
                ++withdrawn;
            }
        }
    }
    if (withdrawn == 0) {
        return Outcome(*rater_address + " has no pulse link about " + (*subject)->name +
                       " in a round that is open or to come.");
    }
    return Outcome(withdrawn);
}

Result<std::map<domain::PersonId, domain::PulseResult>> Pulses::round_results(domain::CycleId cycle,
                                                                              int round) {
    auto heading = m_store.cycles().cycle_heading(cycle);
    if (!heading) {
        return domain::fail(heading.error());
    }
    const auto& policy = heading->settings.anonymity;
    const auto minimum = domain::pulse_minimum(policy, heading->settings.rater_groups);
    auto answers = m_store.pulses().pulse_round_answers(cycle, round);
    if (!answers) {
        return domain::fail(answers.error());
    }
    auto subjects = m_store.pulses().pulse_subjects(cycle, round);
    if (!subjects) {
        return domain::fail(subjects.error());
    }
    std::map<domain::PersonId, domain::PulseResult> results;
    static const std::vector<domain::PulseAnswer> none;
    for (const auto& subject : *subjects) {
        auto items = m_store.pulses().pulse_items(cycle, round, subject);
        if (!items) {
            return domain::fail(items.error());
        }
        const auto found = answers->find(subject);
        results.emplace(subject, domain::pulse_result(*items, found == answers->end() ? none : found->second,
                                                      minimum, policy.comment_minimum()));
    }
    return results;
}

} // namespace leadline::app
