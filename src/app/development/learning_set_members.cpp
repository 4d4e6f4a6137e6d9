#include "app/development/learning_set_members.hpp"

#include "app/development/learning_set_planning.hpp"
#include "app/feedback/queued_message.hpp"
#include "domain/people/org_unit.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

namespace {

// The sets of a saved plan as their members see them; `only` limits them to the sets that person is in.
std::vector<MyLearningSet> sets_of(const SavedPlan& plan, std::optional<domain::PersonId> only,
                                   const std::unordered_map<std::int64_t, bool>& left) {
    std::vector<MyLearningSet> sets;
    for (std::size_t s = 0; s < plan.plan.sets.size(); ++s) {
        const auto& set = plan.plan.sets[s];
        MyLearningSet shown;
        shown.plan = plan.saved.id;
        shown.plan_name = plan.saved.name;
        shown.confirmed_at = plan.saved.confirmed_at;
        shown.number = s + 1;
        shown.why = domain::describe_set(set);
        bool includes_only = !only;
        for (const auto m : set.members) {
            const auto person = plan.candidates.people[m];
            if (left.contains(person.value())) {
                continue;
            }
            const auto& participant = plan.candidates.participants[m];
            const bool is_you = only && *only == person;
            includes_only = includes_only || is_you;
            shown.members.push_back({participant.name, participant.email,
                                     domain::join_unit_path(participant.unit_path), participant.profession,
                                     is_you});
        }
        if (includes_only) {
            sets.push_back(std::move(shown));
        }
    }
    return sets;
}

// Everyone who has left, by id: they are no longer told of a set or shown in one.
Result<std::unordered_map<std::int64_t, bool>> leavers(Store& store) {
    auto people = store.people().people();
    if (!people) {
        return domain::fail(people.error());
    }
    std::unordered_map<std::int64_t, bool> left;
    for (const auto& person : *people) {
        if (person.left_at) {
            left.emplace(person.id.value(), true);
        }
    }
    return left;
}

std::string set_email(const MyLearningSet& set, const SetMember& to, const std::string& home) {
    std::string body = "Hello " + to.name + ",\n\nYou are in a learning set, \"" + set.plan_name +
                       "\" (set " + std::to_string(set.number) + "). It brings together " + set.why +
                       ".\n\nThe others in your set:\n";
    for (const auto& member : set.members) {
        if (member.email == to.email) {
            continue;
        }
        body += "- " + member.name + " (" + member.email + "), " + member.unit;
        if (!member.profession.empty()) {
            body += ", " + member.profession;
        }
        body += "\n";
    }
    body += "\nA suggested first meeting:\n";
    int step = 0;
    for (const auto& line : first_meeting_agenda()) {
        body += std::to_string(++step) + ". " + line + "\n";
    }
    body +=
        "\nOne of you may offer to arrange it; your set and this agenda are also on your home page: " + home;
    return body;
}

} // namespace

// Each step its own constant: adjacent literals inside one list would read as a missing comma.
constexpr const char* introductions =
    "Introductions, five minutes each: your work, who it serves, and one challenge you are carrying now.";
constexpr const char* ground_rules =
    "Agree how the set works: what is said in it stays in it, how often and where you meet (every four "
    "to six weeks suits most sets), and what happens when someone cannot come.";
constexpr const char* live_problem =
    "One member brings a live problem. The others ask open questions only, no advice, for twenty "
    "minutes; then the member says what they now see differently.";
constexpr const char* commitments =
    "Each person names one thing they will try before the next meeting, and the set notes it to ask "
    "about next time.";
constexpr const char* next_time = "Agree who brings a problem next time, and the date.";

const std::vector<std::string>& first_meeting_agenda() {
    static const std::vector<std::string> agenda{introductions, ground_rules, live_problem, commitments,
                                                 next_time};
    return agenda;
}

Result<std::size_t> LearningSetMembers::confirm(std::int64_t plan_id, const std::string& base_url) {
    const auto home = site_address(base_url) + "/me";
    std::size_t told = 0;
    auto done = m_store.in_transaction([&]() -> Result<void> {
        auto plan = load_learning_sets(m_store, plan_id);
        auto left = leavers(m_store);
        if (!plan || !left) {
            return domain::fail(!plan ? plan.error() : left.error());
        }
        if (!*plan) {
            return domain::fail(ErrorCode::NotFound, "There are no saved learning sets at this address.");
        }
        const auto now = m_clock.now_seconds();
        auto confirmed = m_store.learning_sets().confirm_learning_sets(plan_id, now);
        if (!confirmed) {
            return domain::fail(confirmed.error());
        }
        if (!*confirmed) {
            return domain::fail(ErrorCode::Conflict,
                                "These learning sets were confirmed before, and their members told.");
        }
        (*plan)->saved.confirmed_at = now;
        for (const auto& set : sets_of(**plan, std::nullopt, *left)) {
            for (const auto& member : set.members) {
                auto queued = queue_message(m_store, new_message(member.email, MessageKind::LearningSet,
                                                                 "Your learning set",
                                                                 set_email(set, member, home), now));
                if (!queued) {
                    return domain::fail(queued.error());
                }
                ++told;
            }
        }
        return {};
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return told;
}

Result<std::vector<MyLearningSet>> LearningSetMembers::of(domain::PersonId person) {
    auto plans = m_store.learning_sets().confirmed_learning_sets_with(person);
    if (!plans) {
        return domain::fail(plans.error());
    }
    std::vector<MyLearningSet> mine;
    if (plans->empty()) {
        return mine;
    }
    auto left = leavers(m_store);
    if (!left) {
        return domain::fail(left.error());
    }
    for (const auto id : *plans) {
        auto plan = load_learning_sets(m_store, id);
        if (!plan) {
            return domain::fail(plan.error());
        }
        if (*plan) {
            for (auto& set : sets_of(**plan, person, *left)) {
                mine.push_back(std::move(set));
            }
        }
    }
    return mine;
}

} // namespace leadline::app
