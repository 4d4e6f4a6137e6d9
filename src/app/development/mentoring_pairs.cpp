#include "app/development/mentoring_pairs.hpp"

#include "app/feedback/queued_message.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

namespace {

std::string mentee_body(const MentoringMatch& match, const std::string& cycle_name, const std::string& home) {
    return "Hello " + match.mentee_name + ",\n\nAfter \"" + cycle_name +
           "\" you have a mentor: " + match.mentor_name + " (" + match.mentor_email +
           ").\n\nWhy you were matched: " + match.reason +
           "\n\nA first conversation works best within a fortnight: agree how often you will meet and what "
           "you "
           "want from it. You can share your development plan with your mentor from the plan's page.\n\nYour "
           "mentor and why you were matched are also on your home page: " +
           home;
}

std::string mentor_body(const MentoringMatch& match, const std::string& cycle_name, const std::string& home) {
    return "Hello " + match.mentor_name + ",\n\nThank you for mentoring. After \"" + cycle_name +
           "\" you have been matched with " + match.mentee_name + " (" + match.mentee_email +
           ").\n\nWhy: " + match.reason +
           "\n\nThey have been asked to get in touch to arrange a first conversation. If they share their "
           "development plan with you, you will find it on your home page: " +
           home;
}

} // namespace

Result<std::size_t> MentoringPairs::confirm(domain::CycleId cycle, const MentoringPlan& plan,
                                            const std::string& base_url) {
    const auto now = m_clock.now_seconds();
    const auto home = site_address(base_url) + "/me";
    std::vector<MentorPair> pairs;
    auto done = m_store.in_transaction([&]() -> Result<void> {
        for (const auto& match : plan.matches) {
            auto mentee = m_store.people().find_person(match.mentee_email);
            auto mentor = m_store.people().find_person(match.mentor_email);
            if (!mentee || !mentor) {
                return domain::fail(!mentee ? mentee.error() : mentor.error());
            }
            if (!*mentee || !*mentor) {
                return domain::fail(
                    ErrorCode::Conflict,
                    "The people directory changed while the matches were shown: match again.");
            }
            pairs.push_back({cycle, (*mentee)->id, (*mentor)->id, match.fit, match.reason, now});
        }
        if (auto saved = m_store.mentoring().save_mentor_pairs(cycle, pairs); !saved) {
            return saved;
        }
        for (const auto& match : plan.matches) {
            for (const bool to_mentee : {true, false}) {
                auto queued =
                    queue_message(m_store, new_message(to_mentee ? match.mentee_email : match.mentor_email,
                                                       MessageKind::MentorMatch,
                                                       to_mentee ? "Your mentor" : "Someone to mentor",
                                                       to_mentee ? mentee_body(match, plan.cycle_name, home)
                                                                 : mentor_body(match, plan.cycle_name, home),
                                                       now));
                if (!queued) {
                    return domain::fail(queued.error());
                }
            }
        }
        return {};
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return pairs.size();
}

Result<std::int64_t> MentoringPairs::confirmed_at(domain::CycleId cycle) {
    auto pairs = m_store.mentoring().mentor_pairs(cycle);
    if (!pairs) {
        return domain::fail(pairs.error());
    }
    return pairs->empty() ? std::int64_t{0} : pairs->front().confirmed_at;
}

Result<std::vector<MentoringSide>> MentoringPairs::of(domain::PersonId person) {
    auto pairs = m_store.mentoring().pairs_with(person);
    if (!pairs) {
        return domain::fail(pairs.error());
    }
    std::vector<MentoringSide> sides;
    for (auto& pair : *pairs) {
        MentoringSide side;
        side.as_mentee = pair.mentee == person;
        auto other = m_store.people().person(side.as_mentee ? pair.mentor : pair.mentee);
        auto heading = m_store.cycles().cycle_heading(pair.cycle);
        auto plan = m_store.development_plans().development_plan(pair.cycle, pair.mentee);
        if (!other || !heading || !plan) {
            return domain::fail(!other ? other.error() : !heading ? heading.error() : plan.error());
        }
        if (!*other || (*other)->left_at) {
            continue; // someone who has left is no longer a mentor or mentee here
        }
        side.other_name = (*other)->name;
        side.other_email = (*other)->email;
        side.cycle_name = heading->settings.name;
        side.plan_shared = *plan && (*plan)->shared_with_mentor;
        side.pair = std::move(pair);
        sides.push_back(std::move(side));
    }
    return sides;
}

} // namespace leadline::app
