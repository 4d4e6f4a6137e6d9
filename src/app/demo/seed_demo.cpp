#include "app/demo/seed_demo.hpp"

#include <chrono>
#include <cstdio>
#include <set>

#include "app/demo/demo_equality.hpp"
#include "app/security/invitation_token.hpp"
#include "app/text/json_writer.hpp"

namespace leadline::app {

using domain::Result;

namespace {

Result<std::vector<domain::PersonId>> write_people(Store& store, const DemoData& demo) {
    std::vector<domain::PersonId> ids;
    ids.reserve(demo.people.size());
    for (const auto& demo_person : demo.people) {
        auto unit = store.people().ensure_unit(demo_person.unit_names);
        if (!unit) {
            return domain::fail(unit.error());
        }
        domain::Person person;
        person.email = demo_person.email;
        person.name = demo_person.name;
        person.grade = demo_person.grade;
        person.profession = demo_person.profession;
        person.region = demo_person.region;
        person.unit = *unit;
        if (demo_person.manager) {
            person.line_manager = ids.at(*demo_person.manager); // managers are generated before their reports
        }
        auto id = store.people().save_person(person);
        if (!id) {
            return domain::fail(id.error());
        }
        ids.push_back(*id);
    }
    return ids;
}

// How far a demo cycle goes: left open for raters, or answered, closed and published.
enum class DemoCycleEnd { Open, Published };

struct CycleCounts {
    domain::CycleId cycle;
    std::size_t responses = 0;
    std::size_t ratings = 0;
};

Result<CycleCounts> write_cycle(Store& store, const DemoData& demo, const domain::CycleSettings& settings,
                                const std::vector<std::size_t>& subjects,
                                const std::vector<DemoNomination>& nominations, DemoCycleEnd end,
                                const domain::Framework& framework,
                                const std::vector<domain::PersonId>& ids) {
    CycleCounts counts;
    auto cycle_id = store.cycles().create_cycle(settings);
    if (!cycle_id) {
        return domain::fail(cycle_id.error());
    }
    counts.cycle = *cycle_id;
    auto cycle = domain::FeedbackCycle::create(*cycle_id, settings);
    if (!cycle) {
        return domain::fail(cycle.error());
    }
    for (auto subject : subjects) {
        domain::Subject entry{ids[subject], demo.people[subject].email};
        if (auto added = cycle->add_subject(entry); !added) {
            return domain::fail(added.error());
        }
        if (auto saved = store.cycles().add_subject(*cycle_id, entry); !saved) {
            return domain::fail(saved.error());
        }
    }
    std::vector<std::optional<domain::InvitationId>> invitations;
    for (const auto& demo_nomination : nominations) {
        domain::Rater rater{demo_nomination.colleague ? std::optional(ids[*demo_nomination.colleague])
                                                      : std::nullopt,
                            demo_nomination.rater_email};
        auto nomination = cycle->nominate(domain::NominationId{}, ids[demo_nomination.subject],
                                          demo_nomination.group, rater);
        if (!nomination) {
            return domain::fail(nomination.error());
        }
        auto nomination_id = store.cycles().add_nomination(*cycle_id, *nomination);
        if (!nomination_id) {
            return domain::fail(nomination_id.error());
        }
        auto invitation =
            store.responses().create_invitation(*nomination_id, hash_token(demo_nomination.token));
        if (!invitation) {
            return domain::fail(invitation.error());
        }
        invitations.push_back(*invitation);
    }
    if (auto opened = cycle->open(); !opened) {
        return domain::fail(opened.error());
    }
    for (std::size_t i = 0; i < nominations.size(); ++i) {
        const auto& answers = nominations[i].answers;
        if (!answers) {
            continue;
        }
        const auto invitation = *invitations[i];
        auto response_id = store.responses().create_response(invitation);
        if (!response_id) {
            return domain::fail(response_id.error());
        }
        domain::Response response(*response_id, invitation);
        for (const auto& [behaviour, rating] : answers->ratings) {
            if (auto rated = response.rate(invitation, cycle->state(), framework, behaviour, rating);
                !rated) {
                return domain::fail(rated.error());
            }
        }
        for (const auto& [key, text] : answers->comments) {
            if (auto said =
                    response.comment(invitation, cycle->state(), framework, key.first, key.second, text);
                !said) {
                return domain::fail(said.error());
            }
        }
        if (answers->state == domain::ResponseState::Submitted) {
            if (auto submitted = response.submit(invitation, cycle->state()); !submitted) {
                return domain::fail(submitted.error());
            }
        }
        if (auto saved = store.responses().save_response(response); !saved) {
            return domain::fail(saved.error());
        }
        ++counts.responses;
        counts.ratings += answers->ratings.size();
    }
    if (end == DemoCycleEnd::Open) {
        if (auto saved = store.cycles().save_state(*cycle_id, cycle->state()); !saved) {
            return domain::fail(saved.error());
        }
        return counts;
    }
    for (auto step : {&domain::FeedbackCycle::close, &domain::FeedbackCycle::publish}) {
        if (auto moved = ((*cycle).*step)(); !moved) {
            return domain::fail(moved.error());
        }
    }
    if (auto saved = store.cycles().save_state(*cycle_id, cycle->state()); !saved) {
        return domain::fail(saved.error());
    }
    return counts;
}

std::string json_string(std::string_view text) {
    return json_quoted(text);
}

std::string json_number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

std::string json_ids(const std::vector<domain::AttributeId>& ids) {
    std::string list = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        list += (i == 0 ? "" : ", ") + json_string(ids[i].value());
    }
    return list + "]";
}

} // namespace

namespace {

// Seconds since 1970 at a time of day on a date.
std::int64_t at(domain::Date date, int hour, int minute) {
    const auto midnight = std::chrono::sys_seconds(date.day()).time_since_epoch().count();
    return midnight + hour * 3600 + minute * 60;
}

// Two people who answered for a colleague in the published cycle have since left: they stay in the directory
// for that cycle's history, and cannot sign in or be chosen again. Neither manages anyone, nor takes part in
// the open cycle.
Result<void> mark_demo_leavers(Store& store, const DemoData& demo, const std::vector<domain::PersonId>& ids,
                               std::int64_t left_at) {
    std::set<std::size_t> busy(demo.subjects.begin(), demo.subjects.end());
    busy.insert(demo.open_cycle.subjects.begin(), demo.open_cycle.subjects.end());
    for (const auto& nomination : demo.open_cycle.nominations) {
        if (nomination.colleague) {
            busy.insert(*nomination.colleague);
        }
    }
    for (const auto& person : demo.people) {
        if (person.manager) {
            busy.insert(*person.manager);
        }
    }
    std::size_t marked = 0;
    for (const auto& nomination : demo.nominations) {
        if (marked == 2) {
            break;
        }
        if (!nomination.colleague || !nomination.answers || !busy.insert(*nomination.colleague).second) {
            continue;
        }
        auto person = store.people().person(ids.at(*nomination.colleague));
        if (!person) {
            return domain::fail(person.error());
        }
        if (!*person) {
            continue;
        }
        auto leaver = **person;
        leaver.left_at = left_at;
        if (auto saved = store.people().save_person(leaver); !saved) {
            return domain::fail(saved.error());
        }
        ++marked;
    }
    return {};
}

// A third cycle, still a draft, whose rater lists line managers approve: a few team leaders have chosen
// their raters; one list is approved, the others wait on their line manager's "Rater lists to approve".
// Its subjects take part in neither earlier cycle; their line managers and peers may have.
Result<void> write_approval_draft(Store& store, const DemoData& demo,
                                  const std::vector<domain::PersonId>& ids, std::int64_t approved_at,
                                  DemoSummary& summary) {
    std::set<std::size_t> busy(demo.subjects.begin(), demo.subjects.end());
    busy.insert(demo.open_cycle.subjects.begin(), demo.open_cycle.subjects.end());
    for (const auto* nominations : {&demo.nominations, &demo.open_cycle.nominations}) {
        for (const auto& nomination : *nominations) {
            if (nomination.colleague) {
                busy.insert(*nomination.colleague);
            }
        }
    }
    auto free = [&](std::size_t person) { return !busy.contains(person); };
    auto everyone = store.people().people();
    if (!everyone) {
        return domain::fail(everyone.error());
    }
    std::set<domain::PersonId> left_ids;
    for (const auto& person : *everyone) {
        if (person.left_at) {
            left_ids.insert(person.id);
        }
    }
    std::set<std::size_t> left;
    for (std::size_t person = 0; person < demo.people.size(); ++person) {
        if (left_ids.contains(ids[person])) {
            left.insert(person);
        }
    }
    auto settings = demo.open_cycle.settings;
    settings.name = "Directors 360, spring 2027";
    settings.opens_on = domain::Date::parse("2027-03-01").value();
    settings.closes_on = domain::Date::parse("2027-03-26").value();
    settings.approval = domain::RaterListApproval::LineManager;
    auto cycle = domain::FeedbackCycle::create({}, settings);
    if (!cycle) {
        return domain::fail(cycle.error());
    }
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> chosen; // subject, their peers
    for (std::size_t person = 0; person < demo.people.size() && chosen.size() < 4; ++person) {
        const auto& manager = demo.people[person].manager;
        if (!free(person) || !manager || left.contains(*manager)) {
            continue;
        }
        std::vector<std::size_t> peers;
        for (std::size_t other = 0; other < demo.people.size() && peers.size() < 3; ++other) {
            if (other != person && !left.contains(other) && demo.people[other].manager == manager) {
                peers.push_back(other);
            }
        }
        if (!peers.empty()) {
            chosen.emplace_back(person, std::move(peers));
        }
    }
    if (chosen.empty()) {
        return {}; // an organisation too small to spare anyone
    }
    auto id = store.cycles().create_cycle(settings);
    if (!id) {
        return domain::fail(id.error());
    }
    cycle = domain::FeedbackCycle::create(*id, settings);
    for (const auto& [subject, peers] : chosen) {
        const domain::Subject entry{ids[subject], demo.people[subject].email};
        if (auto added = cycle->add_subject(entry); !added) {
            return added;
        }
        if (auto saved = store.cycles().add_subject(*id, entry); !saved) {
            return saved;
        }
        const auto manager = *demo.people[subject].manager;
        std::vector<std::pair<domain::RaterGroup, std::size_t>> raters{
            {domain::RaterGroup::Self, subject}, {domain::RaterGroup::LineManager, manager}};
        for (const auto peer : peers) {
            raters.emplace_back(domain::RaterGroup::Peer, peer);
        }
        for (const auto& [group, rater] : raters) {
            auto nomination =
                cycle->nominate({}, ids[subject], group, {ids[rater], demo.people[rater].email});
            if (!nomination) {
                return domain::fail(nomination.error());
            }
            if (auto stored = store.cycles().add_nomination(*id, *nomination); !stored) {
                return domain::fail(stored.error());
            }
        }
    }
    summary.approval_cycle = *id;
    summary.approver_email = demo.people[*demo.people[chosen.back().first].manager].email;
    // The first list is approved already, by that subject's line manager.
    const auto& first = chosen.front().first;
    return store.cycles().set_rater_list_approved(
        *id, ids[first], RaterListApproved{approved_at, demo.people[*demo.people[first].manager].email});
}

// The demo council deletes individual answers two years after a cycle closes, keeping the reports.
constexpr int demo_answer_retention_months = 24;

// What the demo council's HR team did to get here, so the audit log reads as it would in use.
Result<void> record_demo_history(Store& store, const DemoSummary& summary, const DemoData& demo) {
    const std::string hr = "leadership@demo-council.example";
    const auto published = "/admin/cycles/" + std::to_string(summary.cycle.value());
    const auto open = "/admin/cycles/" + std::to_string(summary.open_cycle.value());
    const auto& first = demo.cycle;
    const auto& second = demo.open_cycle.settings;
    const std::vector<AuditEntry> history{
        {at(first.opens_on, 9, 12), hr, "Opens a draft cycle", published + "/open"},
        {at(first.closes_on, 17, 40), hr, "Closes an open cycle", published + "/close"},
        {at(first.closes_on, 17, 46), hr, "Publishes a closed cycle's reports", published + "/publish"},
        {at(second.opens_on, 8, 40), hr, "Saves a checked people file", "/admin/people/apply"},
        {at(second.opens_on, 9, 3), hr, "Opens a draft cycle", open + "/open"},
        {at(second.opens_on, 9, 5), hr, "Saves the organisation's details", "/admin/organisation"},
    };
    for (const auto& entry : history) {
        if (auto recorded = store.audit().record(entry); !recorded) {
            return recorded;
        }
    }
    return {};
}

} // namespace

Result<DemoSummary> seed_demo(Store& store, const DemoData& demo, const LoadedFramework& loaded,
                              const LoadedFramework* talent_framework) {
    auto existing = store.people().people();
    if (!existing) {
        return domain::fail(existing.error());
    }
    if (!existing->empty()) {
        return domain::fail(
            domain::ErrorCode::FailedPrecondition,
            "This database already has people in it; the demo needs a new, empty database file.");
    }
    DemoSummary summary;
    auto written = store.in_transaction([&]() -> Result<void> {
        // The demo council's own details, so its emails and rater pages read as a real organisation's.
        if (auto named = store.organisation().save_details(
                {"Demo County Council", "leadership@demo-council.example",
                 "https://www.demo-council.example/privacy/staff-feedback", demo_answer_retention_months});
            !named) {
            return named;
        }
        const auto& framework = loaded.framework;
        if (auto saved = store.frameworks().save_framework(framework.id.value(), framework.version,
                                                           loaded.source_text);
            !saved) {
            return saved;
        }
        auto ids = write_people(store, demo);
        if (!ids) {
            return domain::fail(ids.error());
        }
        auto equality = write_demo_equality(store, demo, *ids);
        if (!equality) {
            return domain::fail(equality.error());
        }
        summary.people_with_equality = *equality;
        auto published = write_cycle(store, demo, demo.cycle, demo.subjects, demo.nominations,
                                     DemoCycleEnd::Published, framework, *ids);
        if (!published) {
            return domain::fail(published.error());
        }
        summary.cycle = published->cycle;
        summary.subjects = demo.subjects.size();
        summary.nominations = demo.nominations.size();
        summary.responses = published->responses;
        summary.ratings = published->ratings;
        auto plans = write_demo_plans(store, demo, summary.cycle);
        if (!plans) {
            return domain::fail(plans.error());
        }
        summary.plans = *plans;
        auto pulse = write_demo_pulse(store, summary.cycle);
        if (!pulse) {
            return domain::fail(pulse.error());
        }
        summary.pulse = *pulse;
        auto mentoring = write_demo_mentoring(store, summary.cycle);
        if (!mentoring) {
            return domain::fail(mentoring.error());
        }
        summary.mentoring = *mentoring;
        auto sets = write_demo_learning_sets(store, summary.cycle);
        if (!sets) {
            return domain::fail(sets.error());
        }
        summary.learning_sets = *sets;
        const auto& open = demo.open_cycle;
        if (talent_framework != nullptr) {
            auto talent =
                write_demo_talent(store, *talent_framework, demo.seed, at(open.settings.opens_on, 10, 0));
            if (!talent) {
                return domain::fail(talent.error());
            }
            summary.talent = *talent;
        }
        auto opened = write_cycle(store, demo, open.settings, open.subjects, open.nominations,
                                  DemoCycleEnd::Open, framework, *ids);
        if (!opened) {
            return domain::fail(opened.error());
        }
        summary.open_cycle = opened->cycle;
        if (auto leavers = mark_demo_leavers(store, demo, *ids, at(open.settings.opens_on, 8, 40));
            !leavers) {
            return leavers;
        }
        if (auto draft = write_approval_draft(store, demo, *ids, at(open.settings.opens_on, 16, 20), summary);
            !draft) {
            return draft;
        }
        return record_demo_history(store, summary, demo);
    });
    if (!written) {
        return domain::fail(written.error());
    }
    auto units = store.people().units();
    summary.units = units ? units->size() : 0;
    summary.people = demo.people.size();
    return summary;
}

std::string demo_truth_json(const DemoData& demo) {
    std::string json =
        "{\n  \"seed\": " + std::to_string(demo.seed) + ",\n  \"cycle\": " + json_string(demo.cycle.name) +
        ",\n  \"framework\": " + json_string(demo.cycle.framework.value()) + ",\n  \"subjects\": [\n";
    for (std::size_t i = 0; i < demo.truth.size(); ++i) {
        const auto& truth = demo.truth[i];
        json += "    {\"email\": " + json_string(demo.people[truth.person].email) +
                ", \"self_view\": " + json_string(to_string(truth.self_view)) +
                ", \"self_bias\": " + json_number(truth.self_bias) + ", \"true_level\": {";
        bool first = true;
        for (const auto& [attribute, level] : truth.true_level) {
            json += (first ? "" : ", ") + json_string(attribute.value()) + ": " + json_number(level);
            first = false;
        }
        json += "}, \"blind_spots\": " + json_ids(truth.blind_spots) +
                ", \"hidden_strengths\": " + json_ids(truth.hidden_strengths) + "}";
        json += i + 1 < demo.truth.size() ? ",\n" : "\n";
    }
    return json + "  ]\n}\n";
}

} // namespace leadline::app
