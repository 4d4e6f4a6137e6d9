#include "web/handlers/rater_pages.hpp"

#include <charconv>
#include <set>

#include "app/security/invitation_token.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/http/form_tokens.hpp"
#include "web/views/rater_attribute_view.hpp"
#include "web/views/rater_pages_view.hpp"

namespace leadline::web {

using domain::ErrorCode;

namespace {

// One of the pages a GET reaches, drawn from a questionnaire however it was read.
using Show = Response (*)(const Site&, const app::RaterQuestionnaire&, const RouteParameters&,
                          const Request&);

Response rater_not_found(const Site& site) {
    return not_found_page(site.pages);
}

Refusal rater_refusal(ErrorCode code) {
    if (code == ErrorCode::InvalidInput) {
        return {"There is a problem with what was sent",
                {"Go back, check your answers and try again. Nothing you saved earlier has been lost."}};
    }
    return {"You cannot change these answers now",
            {"If you think this is wrong, contact the person who asked you for feedback."}};
}

app::RaterJourney journey_for(const Exchange& exchange, app::GroupCommit* writer) {
    return app::RaterJourney(exchange.store(), exchange.site.frameworks, writer,
                             exchange.site.kept != nullptr ? app::RaterJourney::FeedPosition::Read
                                                           : app::RaterJourney::FeedPosition::Skip);
}

void keep(const Site& site, const std::string& token, const app::RaterQuestionnaire& questionnaire) {
    if (site.kept != nullptr) {
        site.kept->keep(app::hash_token(token), questionnaire);
    }
}

// The attribute (0-based) that a page number in an address stands for, when the framework has it.
std::optional<std::size_t> attribute_of(const app::RaterQuestionnaire& q, const RouteParameters& parameters) {
    const auto page = parameters.page();
    return page <= q.framework->attributes.size() ? std::optional(page - 1) : std::nullopt;
}

Response attribute_page(const Site& site, const app::RaterQuestionnaire& q, const std::string& token,
                        std::size_t attribute, const app::AttributeAnswers& shown,
                        const std::vector<app::FieldProblem>& problems) {
    const AttributePageText text{token, rater_form_token(token), q.context.subject_name, shown.strength,
                                 shown.to_develop};
    if (problems.empty()) {
        if (auto filled = site.skeletons.page(site.pages, q, attribute, text, shown)) {
            return Response::html(200, std::move(*filled));
        }
    }
    ctemplate::TemplateDictionary page("rater_attribute");
    const auto errors = fill_rater_attribute(page, q, attribute, text, shown, problems, false);
    return site.pages.page(errors.empty() ? 200 : 400, q.framework->attributes[attribute].name,
                           "rater_attribute.tpl", page, errors);
}

Response show_introduction(const Site& site, const app::RaterQuestionnaire& q,
                           const RouteParameters& parameters, const Request& request) {
    ctemplate::TemplateDictionary page("rater_intro");
    fill_rater_intro(page, q, parameters.token(), request.query == "saved=1");
    return site.pages.page(200, questionnaire_title(q), "rater_intro.tpl", page);
}

Response show_attribute(const Site& site, const app::RaterQuestionnaire& q, const RouteParameters& parameters,
                        const Request&) {
    const auto attribute = attribute_of(q, parameters);
    if (!attribute) {
        return rater_not_found(site);
    }
    // Nothing to fill while the cycle is not open: the introduction says why.
    if (q.context.cycle_state != domain::CycleState::Open) {
        return Response::redirect("/r/" + parameters.token());
    }
    return attribute_page(site, q, parameters.token(), *attribute, stored_answers(q, *attribute), {});
}

Response check_page(const Site& site, const app::RaterQuestionnaire& q, const std::string& token,
                    const std::vector<PageError>& errors) {
    ctemplate::TemplateDictionary page("rater_check");
    fill_rater_check(page, q, token);
    return site.pages.page(errors.empty() ? 200 : 400, "Check your answers", "rater_check.tpl", page, errors);
}

Response show_check(const Site& site, const app::RaterQuestionnaire& q, const RouteParameters& parameters,
                    const Request&) {
    return check_page(site, q, parameters.token(), {});
}

Response show_done(const Site& site, const app::RaterQuestionnaire& q, const RouteParameters& parameters,
                   const Request&) {
    if (!q.submitted()) {
        return Response::redirect("/r/" + parameters.token());
    }
    ctemplate::TemplateDictionary page("rater_done");
    fill_rater_done(page, q, parameters.token());
    return site.pages.page(200, "Feedback sent", "rater_done.tpl", page);
}

Response from_database(const Exchange& exchange, Show show) {
    const auto& token = exchange.parameters.token();
    auto journey = journey_for(exchange, nullptr);
    auto questionnaire = journey.open(token, app::RaterJourney::Answers::Load);
    if (!questionnaire) {
        return error_answer(exchange, questionnaire.error(), rater_refusal(questionnaire.error().code));
    }
    keep(exchange.site, token, *questionnaire);
    return show(exchange.site, *questionnaire, exchange.parameters, exchange.request);
}

std::optional<Response> from_memory(const MemoryExchange& exchange, Show show) {
    if (exchange.site.kept == nullptr) {
        return std::nullopt;
    }
    const auto kept = exchange.site.kept->find(app::hash_token(exchange.parameters.token()));
    if (!kept) {
        return std::nullopt;
    }
    return show(exchange.site, *kept, exchange.parameters, exchange.request);
}

// Reads an attribute page's form. Unknown or repeated fields are refused: a rater's browser never
// sends them, so they mean a stale page or tampering.
domain::Result<std::pair<app::AttributeAnswers, std::string>>
read_attribute_form(const std::vector<FormField>& fields, const domain::Attribute& attribute,
                    std::vector<app::FieldProblem>& problems) {
    app::AttributeAnswers answers;
    std::string action;
    std::set<std::string> seen;
    for (const auto& field : fields) {
        if (!seen.insert(field.name).second) {
            return domain::fail(ErrorCode::InvalidInput, "The form sent \"" + field.name + "\" twice.");
        }
        if (field.name == "csrf") {
            continue;
        }
        if (field.name == "action") {
            action = field.value;
            continue;
        }
        if (field.name == "strength" || field.name == "to-develop") {
            (field.name == "strength" ? answers.strength : answers.to_develop) = field.value;
            continue;
        }
        const domain::Behaviour* behaviour = nullptr;
        for (const auto& candidate : attribute.behaviours) {
            behaviour = behaviour_field(candidate) == field.name ? &candidate : behaviour;
        }
        if (behaviour == nullptr) {
            return domain::fail(ErrorCode::InvalidInput,
                                "The form sent a field this page does not have (\"" + field.name + "\").");
        }
        if (field.value == "not-observed") {
            answers.ratings.emplace(behaviour->id, domain::Rating::not_observed());
            continue;
        }
        int value = 0;
        const auto* end = field.value.data() + field.value.size();
        if (field.value.empty() || std::from_chars(field.value.data(), end, value).ptr != end) {
            problems.push_back({behaviour->id.value(), "Choose one of the answers given for this question"});
            continue;
        }
        answers.ratings.emplace(behaviour->id, domain::Rating::of(value));
    }
    return std::pair{std::move(answers), std::move(action)};
}

// Where a rater goes after saving a page: the next page when it is not filled yet, else the first page
// still to fill, else the check page.
std::string after_saving(const app::RaterQuestionnaire& saved, const std::string& token,
                         std::size_t attribute) {
    const auto pages = saved.framework->attributes.size();
    if (attribute + 1 < pages && !saved.attribute_complete(attribute + 1)) {
        return "/r/" + token + "/a/" + std::to_string(attribute + 2);
    }
    const auto next = saved.resume_at();
    return next < pages ? "/r/" + token + "/a/" + std::to_string(next + 1) : "/r/" + token + "/check";
}

domain::Result<app::GroupCommit*> writer(const Exchange& exchange) {
    return exchange.site.connections.answer_writer();
}

} // namespace

Response rater_introduction(const Exchange& exchange) {
    return from_database(exchange, show_introduction);
}
Response rater_attribute(const Exchange& exchange) {
    return from_database(exchange, show_attribute);
}
Response rater_check(const Exchange& exchange) {
    return from_database(exchange, show_check);
}
Response rater_done(const Exchange& exchange) {
    return from_database(exchange, show_done);
}
std::optional<Response> rater_introduction_from_memory(const MemoryExchange& exchange) {
    return from_memory(exchange, show_introduction);
}
std::optional<Response> rater_attribute_from_memory(const MemoryExchange& exchange) {
    return from_memory(exchange, show_attribute);
}
std::optional<Response> rater_check_from_memory(const MemoryExchange& exchange) {
    return from_memory(exchange, show_check);
}
std::optional<Response> rater_done_from_memory(const MemoryExchange& exchange) {
    return from_memory(exchange, show_done);
}

Response save_rater_attribute(const Exchange& exchange) {
    const auto& token = exchange.parameters.token();
    auto answers_writer = writer(exchange);
    if (!answers_writer) {
        return error_answer(exchange, answers_writer.error());
    }
    auto journey = journey_for(exchange, *answers_writer);
    auto q = journey.open(token, app::RaterJourney::Answers::Skip);
    if (!q) {
        return error_answer(exchange, q.error(), rater_refusal(q.error().code));
    }
    const auto attribute = attribute_of(*q, exchange.parameters);
    if (!attribute) {
        return rater_not_found(exchange.site);
    }
    std::vector<app::FieldProblem> problems;
    auto form = read_attribute_form(exchange.form, q->framework->attributes[*attribute], problems);
    if (!form) {
        return error_answer(exchange, form.error(), rater_refusal(form.error().code));
    }
    auto& [answers, action] = *form;
    const auto completeness = action == "later" ? app::Completeness::Partial : app::Completeness::Required;
    auto checked = app::check_attribute_answers(*q->framework, *attribute, answers, completeness,
                                                q->is_self() ? app::Voice::Self : app::Voice::Rater);
    problems.insert(problems.end(), checked.begin(), checked.end());
    if (!problems.empty()) {
        return attribute_page(exchange.site, *q, token, *attribute, answers, problems);
    }
    auto saved = journey.save_attribute(token, *attribute, answers);
    if (!saved) {
        return error_answer(exchange, saved.error(), rater_refusal(saved.error().code));
    }
    keep(exchange.site, token, *saved);
    return Response::redirect(action == "later" ? "/r/" + token + "?saved=1"
                                                : after_saving(*saved, token, *attribute));
}

Response submit_rater_answers(const Exchange& exchange) {
    const auto& token = exchange.parameters.token();
    auto answers_writer = writer(exchange);
    if (!answers_writer) {
        return error_answer(exchange, answers_writer.error());
    }
    auto journey = journey_for(exchange, *answers_writer);
    if (auto q = journey.open(token, app::RaterJourney::Answers::Skip); !q) {
        return error_answer(exchange, q.error(), rater_refusal(q.error().code));
    }
    auto submitted = journey.submit(token);
    if (!submitted) {
        auto with_answers = journey.open(token);
        if (submitted.error().code == ErrorCode::InvalidInput && with_answers) {
            return check_page(exchange.site, *with_answers, token, {{"answers", submitted.error().message}});
        }
        return error_answer(exchange, submitted.error(), rater_refusal(submitted.error().code));
    }
    keep(exchange.site, token, *submitted);
    return Response::redirect("/r/" + token + "/done");
}

} // namespace leadline::web
