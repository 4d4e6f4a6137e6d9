#include "app/feedback/rater_journey.hpp"

#include "app/security/invitation_token.hpp"
#include "app/text/csv_reader.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

bool RaterQuestionnaire::attribute_complete(std::size_t attribute) const {
    for (const auto& behaviour : framework->attributes.at(attribute).behaviours) {
        if (response.ratings().count(behaviour.id) == 0) {
            return false;
        }
    }
    return true;
}

std::size_t RaterQuestionnaire::resume_at() const {
    for (std::size_t i = 0; i < framework->attributes.size(); ++i) {
        if (!attribute_complete(i)) {
            return i;
        }
    }
    return framework->attributes.size();
}

std::vector<FieldProblem> check_attribute_answers(const domain::Framework& framework, std::size_t attribute,
                                                  const AttributeAnswers& answers, Completeness completeness,
                                                  Voice voice) {
    std::vector<FieldProblem> problems;
    const auto& behaviours = framework.attributes.at(attribute).behaviours;
    for (const auto& [behaviour, rating] : answers.ratings) {
        const auto& answered = behaviour; // clang 14 cannot capture a structured binding
        const bool belongs =
            std::any_of(behaviours.begin(), behaviours.end(),
                        [&answered](const domain::Behaviour& b) { return b.id == answered; });
        if (!belongs) {
            problems.push_back({behaviour.value(), "This question is not on this page."});
        } else if (auto checked = framework.scale.check(rating); !checked) {
            problems.push_back({behaviour.value(), checked.error().message});
        } else if (voice == Voice::Self && !rating.observed()) {
            problems.push_back(
                {behaviour.value(), "Choose how often you do this: everyone has a view of themselves."});
        }
    }
    if (completeness == Completeness::Required) {
        for (const auto& behaviour : behaviours) {
            if (answers.ratings.count(behaviour.id) == 0) {
                const auto& statement = voice == Voice::Self ? behaviour.self_text : behaviour.rater_text;
                problems.push_back({behaviour.id.value(), "Select an answer for \"" + statement + "\""});
            }
        }
    }
    for (const auto* comment : {&answers.strength, &answers.to_develop}) {
        const auto* field = comment == &answers.strength ? "strength" : "to-develop";
        if (!is_valid_utf8(*comment)) {
            problems.push_back({field, "The comment has characters that cannot be read; type it again."});
        } else if (comment->size() > 4000) {
            problems.push_back({field, "Comments can be up to 4000 characters."});
        }
    }
    return problems;
}

std::optional<std::uint64_t> RaterJourney::changes_seen() {
    auto* feed = change_feed_of(m_store);
    if (feed == nullptr || m_position == FeedPosition::Skip) {
        return std::nullopt;
    }
    auto latest = feed->latest();
    return latest ? std::optional<std::uint64_t>(*latest) : std::nullopt;
}

Result<RaterQuestionnaire> RaterJourney::open(std::string_view token, Answers answers) {
    // Read first: a change committed after it has a later position, so cannot be mistaken for one
    // this questionnaire reflects.
    const auto seen = answers == Answers::Load ? changes_seen() : std::nullopt;
    auto context = m_store.responses().invitation_context(hash_token(token));
    if (!context) {
        return domain::fail(context.error());
    }
    if (!*context) {
        return domain::fail(ErrorCode::NotFound, "This link is not recognised.");
    }
    auto framework =
        m_frameworks.get(m_store.frameworks(), (*context)->framework_id, (*context)->framework_version);
    if (!framework) {
        return domain::fail(framework.error());
    }
    const auto invitation = (*context)->invitation;
    RaterQuestionnaire questionnaire{std::move(**context), std::move(*framework),
                                     domain::Response(domain::ResponseId{}, invitation), seen};
    if (questionnaire.context.response && answers == Answers::Load) {
        auto stored = m_store.responses().load_response(*questionnaire.context.response);
        if (!stored) {
            return domain::fail(stored.error());
        }
        if (*stored) {
            questionnaire.response = std::move(**stored);
        }
    }
    return questionnaire;
}

Result<void> RaterJourney::ensure_response(RaterQuestionnaire& questionnaire, std::string_view token) {
    if (questionnaire.response.id().is_set()) {
        return {};
    }
    auto created = m_store.responses().create_response(questionnaire.context.invitation);
    if (!created && created.error().code == ErrorCode::Conflict) {
        // Another request (a second tab, a double click) started the response first: use that one.
        auto context = m_store.responses().invitation_context(hash_token(token));
        if (context && *context && (*context)->response) {
            questionnaire.response =
                domain::Response(*(*context)->response, questionnaire.context.invitation);
            return {};
        }
    }
    if (!created) {
        return domain::fail(created.error());
    }
    questionnaire.response = domain::Response(*created, questionnaire.context.invitation);
    return {};
}

template <class Change> Result<RaterQuestionnaire> RaterJourney::write(const Change& change) {
    Result<RaterQuestionnaire> outcome = domain::fail(ErrorCode::Internal, "The write did not run.");
    auto written = m_writes->run([&](Store& store) -> Result<void> {
        RaterJourney writer(store, m_frameworks, nullptr, m_position);
        outcome = change(writer);
        if (outcome) {
            // Still inside the batch's transaction, so nobody else has written since the change: the
            // questionnaire is what the database holds at this position.
            outcome->changes_seen = writer.changes_seen();
        }
        return outcome ? Result<void>{} : domain::fail(outcome.error());
    });
    if (!written) {
        return domain::fail(written.error());
    }
    return outcome;
}

Result<RaterQuestionnaire> RaterJourney::save_attribute(std::string_view token, std::size_t attribute,
                                                        const AttributeAnswers& answers) {
    if (m_writes != nullptr) {
        return write([&](RaterJourney& writer) { return writer.save_attribute(token, attribute, answers); });
    }
    auto questionnaire = open(token);
    if (!questionnaire) {
        return questionnaire;
    }
    auto& q = *questionnaire;
    if (attribute >= q.framework->attributes.size()) {
        return domain::fail(ErrorCode::NotFound, "There is no such page in this questionnaire.");
    }
    const auto& framework = *q.framework;
    const auto actor = q.context.invitation;
    const auto state = q.context.cycle_state;
    // Check against a copy first, so a refused answer leaves nothing half-applied.
    domain::Response updated = q.response;
    for (const auto& [behaviour, rating] : answers.ratings) {
        if (auto rated = updated.rate(actor, state, framework, behaviour, rating); !rated) {
            return domain::fail(rated.error());
        }
    }
    const auto& attribute_id = framework.attributes[attribute].id;
    for (const auto& [kind, text] : {std::pair{domain::CommentKind::Strength, &answers.strength},
                                     std::pair{domain::CommentKind::ToDevelop, &answers.to_develop}}) {
        if (auto said = updated.comment(actor, state, framework, attribute_id, kind, *text); !said) {
            return domain::fail(said.error());
        }
    }
    if (auto created = ensure_response(q, token); !created) {
        return domain::fail(created.error());
    }
    domain::Response stored(q.response.id(), actor);
    stored.restore(updated.state(), updated.ratings(), updated.comments());
    if (auto saved = m_store.responses().save_attribute_answers(stored, framework.attributes[attribute]);
        !saved) {
        return domain::fail(saved.error());
    }
    q.response = std::move(stored);
    q.changes_seen.reset(); // read before this write, so it no longer says what the database holds
    return questionnaire;
}

Result<RaterQuestionnaire> RaterJourney::submit(std::string_view token) {
    if (m_writes != nullptr) {
        return write([&](RaterJourney& writer) { return writer.submit(token); });
    }
    auto questionnaire = open(token);
    if (!questionnaire) {
        return questionnaire;
    }
    auto& q = *questionnaire;
    if (q.resume_at() < q.framework->attributes.size()) {
        return domain::fail(ErrorCode::InvalidInput, "Answer every question before sending; \"" +
                                                         q.framework->attributes[q.resume_at()].name +
                                                         "\" still has questions without an answer.");
    }
    if (auto submitted = q.response.submit(q.context.invitation, q.context.cycle_state); !submitted) {
        return domain::fail(submitted.error());
    }
    if (auto saved = m_store.responses().save_response(q.response); !saved) {
        return domain::fail(saved.error());
    }
    q.changes_seen.reset();
    return questionnaire;
}

} // namespace leadline::app
