#include "app/demo/seed_demo.hpp"

#include <cstdio>

#include "app/security/invitation_token.hpp"

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

Result<void> write_cycle(Store& store, const DemoData& demo, const domain::Framework& framework,
                         const std::vector<domain::PersonId>& ids, DemoSummary& summary) {
    auto cycle_id = store.cycles().create_cycle(demo.cycle);
    if (!cycle_id) {
        return domain::fail(cycle_id.error());
    }
    summary.cycle = *cycle_id;
    auto cycle = domain::FeedbackCycle::create(*cycle_id, demo.cycle);
    if (!cycle) {
        return domain::fail(cycle.error());
    }
    for (auto subject : demo.subjects) {
        domain::Subject entry{ids[subject], demo.people[subject].email};
        if (auto added = cycle->add_subject(entry); !added) {
            return added;
        }
        if (auto saved = store.cycles().add_subject(*cycle_id, entry); !saved) {
            return saved;
        }
    }
    std::vector<std::optional<domain::InvitationId>> invitations;
    for (const auto& demo_nomination : demo.nominations) {
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
        return opened;
    }
    for (std::size_t i = 0; i < demo.nominations.size(); ++i) {
        const auto& answers = demo.nominations[i].answers;
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
                return rated;
            }
        }
        for (const auto& [key, text] : answers->comments) {
            if (auto said =
                    response.comment(invitation, cycle->state(), framework, key.first, key.second, text);
                !said) {
                return said;
            }
        }
        if (answers->state == domain::ResponseState::Submitted) {
            if (auto submitted = response.submit(invitation, cycle->state()); !submitted) {
                return submitted;
            }
        }
        if (auto saved = store.responses().save_response(response); !saved) {
            return saved;
        }
        ++summary.responses;
        summary.ratings += answers->ratings.size();
    }
    for (auto step : {&domain::FeedbackCycle::close, &domain::FeedbackCycle::publish}) {
        if (auto moved = ((*cycle).*step)(); !moved) {
            return moved;
        }
    }
    summary.subjects = demo.subjects.size();
    summary.nominations = demo.nominations.size();
    return store.cycles().save_state(*cycle_id, cycle->state());
}

std::string json_string(std::string_view text) {
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            quoted.push_back('\\');
            quoted.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            quoted += escaped;
        } else {
            quoted.push_back(c);
        }
    }
    return quoted + "\"";
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

Result<DemoSummary> seed_demo(Store& store, const DemoData& demo, const LoadedFramework& loaded) {
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
        return write_cycle(store, demo, framework, *ids, summary);
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
