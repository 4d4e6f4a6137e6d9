#include "web/handlers/my_talent_pages.hpp"

#include "app/governance/audit_log.hpp"
#include "app/ports/clock.hpp"
#include "app/talent/talent_board.hpp"
#include "app/talent/talent_pools.hpp"
#include "app/talent/talent_reviews.hpp"
#include "domain/talent/assessment.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/my_talent_view.hpp"
#include "web/views/talent_evidence_view.hpp"
#include "web/views/talent_labels.hpp"
#include "web/views/talent_meeting_view.hpp"

namespace leadline::web {

namespace {

domain::PersonId me(const Exchange& exchange) {
    return *exchange.signed_in().user.person;
}

// The review, its framework, and the member the page is about, when the signed-in person may see them:
// their line manager in the review, or the person themselves. NotFound otherwise, as for a wrong id.
struct Access {
    app::TalentReview review;
    std::shared_ptr<const domain::Framework> framework;
    app::ReviewMember member;
    std::vector<app::StoredAssessment> assessments; // about the member only
};

domain::Result<Access> access(const Exchange& exchange, domain::PersonId person) {
    const auto review = exchange.parameters.id("review");
    auto& reviews = exchange.store().talent_reviews();
    auto found = reviews.review(review);
    auto members = reviews.members(review);
    auto assessments = reviews.assessments(review);
    if (!found || !members || !assessments) {
        return domain::fail(!found ? found.error() : !members ? members.error() : assessments.error());
    }
    const auto member = std::find_if(members->begin(), members->end(),
                                     [&](const app::ReviewMember& each) { return each.person == person; });
    if (!*found || member == members->end() ||
        (person != me(exchange) && member->line_manager != me(exchange))) {
        return domain::fail(domain::ErrorCode::NotFound, "There is no such page.");
    }
    auto framework = exchange.site.frameworks.get(exchange.store().frameworks(), (*found)->framework.value(),
                                                  (*found)->framework_version);
    if (!framework) {
        return domain::fail(framework.error());
    }
    Access granted{std::move(**found), std::move(*framework), *member, {}};
    std::copy_if(assessments->begin(), assessments->end(), std::back_inserter(granted.assessments),
                 [&](const app::StoredAssessment& each) { return each.person == person; });
    return granted;
}

TypedAssessment typed_from(const Access& granted, domain::PersonId assessor) {
    TypedAssessment typed;
    typed.placement = placement_value(granted.member.proposed);
    for (const auto& assessment : granted.assessments) {
        if (assessment.assessor != assessor) {
            continue;
        }
        for (const auto& rating : assessment.ratings) {
            typed.levels[rating.indicator.value()] = rating.level ? std::to_string(*rating.level) : "";
            typed.evidence[rating.indicator.value()] = rating.evidence;
        }
    }
    return typed;
}

Response assessment_form(const Exchange& exchange, const Access& granted, const TypedAssessment& typed,
                         const std::vector<PageError>& errors) {
    const auto person = granted.member.person;
    auto name = exchange.store().people().person(person);
    auto three_sixty = app::ThreeSixty::gather(exchange.store(), exchange.site.published);
    if (!name || !three_sixty) {
        return error_answer(exchange, !name ? name.error() : three_sixty.error());
    }
    AssessmentForm form;
    form.review = &granted.review;
    form.person_name = *name ? (*name)->name : std::string();
    form.about_self = person == me(exchange);
    form.editable = granted.review.stage == app::TalentReviewStage::Assessing;
    form.action = my_talent_href(granted.review.id) + "/people/" + std::to_string(person.value());
    for (const auto& assessment : granted.assessments) {
        if (assessment.assessor == me(exchange) && !form.about_self) {
            const auto box = domain::suggested_box(domain::default_axes(*granted.framework),
                                                   granted.framework->scale, assessment.ratings);
            form.suggestion = box ? domain::box_description(*box) : "";
        }
    }
    ctemplate::TemplateDictionary page("me_talent_assessment");
    fill_assessment_form(page, form, *granted.framework, typed, errors, exchange.signed_in().csrf_token);
    if (exchange.query("done") == "saved" && errors.empty()) {
        page.ShowSection("SAVED");
    }
    // Beside the form, the 360; once fixed, the assessments themselves, the person's own included only on
    // their own page or their manager's (who may read what their report wrote).
    std::vector<AssessmentToRead> read;
    if (!form.editable) {
        for (const auto& assessment : granted.assessments) {
            read.push_back({assessment.role == domain::AssessorRole::Self ? "Their own assessment"
                                                                          : "The line manager's assessment",
                            &assessment});
        }
    }
    fill_assessments_read(page, "READ", *granted.framework, read,
                          form.editable ? "" : "No assessment was saved.", three_sixty->of(person));
    const auto viewer = exchange.viewer("/me/talent");
    return exchange.pages().page(errors.empty() ? 200 : 400,
                                 form.about_self ? "Your own assessment" : form.person_name,
                                 "me_talent_assessment.tpl", page, errors, &viewer);
}

} // namespace

Response my_talent_page(const Exchange& exchange) {
    auto& store = exchange.store();
    auto reviews = store.talent_reviews().reviews();
    auto people = store.people().people();
    if (!reviews || !people) {
        return error_answer(exchange, !reviews ? reviews.error() : people.error());
    }
    std::unordered_map<std::int64_t, std::string> names;
    for (const auto& person : *people) {
        names.emplace(person.id.value(), person.name);
    }
    std::vector<MyTalentReview> mine;
    for (auto& review : *reviews) {
        auto members = store.talent_reviews().members(review.id);
        auto assessments = store.talent_reviews().assessments(review.id);
        if (!members || !assessments) {
            return error_answer(exchange, !members ? members.error() : assessments.error());
        }
        MyTalentReview entry{std::move(review), {}, false};
        for (const auto& member : *members) {
            entry.own = entry.own || member.person == me(exchange);
            if (member.line_manager == me(exchange)) {
                const bool assessed =
                    std::any_of(assessments->begin(), assessments->end(), [&](const auto& each) {
                        return each.person == member.person && each.assessor == me(exchange);
                    });
                entry.managed.push_back({member, names[member.person.value()], assessed});
            }
        }
        if (entry.own || !entry.managed.empty()) {
            mine.push_back(std::move(entry));
        }
    }
    ctemplate::TemplateDictionary page("me_talent");
    fill_my_talent(page, mine, me(exchange));
    const auto viewer = exchange.viewer("/me/talent");
    return exchange.pages().page(200, "Talent reviews", "me_talent.tpl", page, {}, &viewer);
}

Response talent_assessment_page(const Exchange& exchange) {
    auto granted = access(exchange, exchange.parameters.person());
    if (!granted) {
        return error_answer(exchange, granted.error());
    }
    return assessment_form(exchange, *granted, typed_from(*granted, me(exchange)), {});
}

Response save_talent_assessment_form(const Exchange& exchange) {
    const auto person = exchange.parameters.person();
    auto granted = access(exchange, person);
    if (!granted) {
        return error_answer(exchange, granted.error());
    }
    TypedAssessment typed;
    typed.placement = exchange.field("placement");
    std::vector<domain::IndicatorRating> ratings;
    std::vector<PageError> errors;
    for (const auto& indicator : granted->framework->attributes) {
        const auto id = indicator.id.value();
        typed.levels[id] = exchange.field("level-" + id);
        typed.evidence[id] = exchange.field("evidence-" + id);
        auto& rating = ratings.emplace_back();
        rating.indicator = indicator.id;
        rating.evidence = typed.evidence[id];
        if (!typed.levels[id].empty()) {
            rating.level = std::atoi(typed.levels[id].c_str());
        }
    }
    for (const auto& problem : domain::assessment_problems(*granted->framework, ratings)) {
        errors.push_back({"level-" + problem.indicator.value(), problem.message});
    }
    const bool about_self = person == me(exchange);
    domain::Placement placement;
    if (!about_self && !typed.placement.empty()) {
        const auto chosen = placement_from_value(typed.placement);
        if (!chosen) {
            return unexpected_field(exchange, "placement");
        }
        placement = *chosen;
    }
    if (!errors.empty()) {
        return assessment_form(exchange, *granted, typed, errors);
    }
    const auto review = granted->review.id;
    auto saved = app::save_talent_assessment(exchange.store(), *granted->framework, review, person,
                                             me(exchange), ratings, exchange.site.clock.now_seconds());
    if (saved && placement.status != domain::PlacementStatus::NotPlaced) {
        saved = app::propose_talent_placement(exchange.store(), review, person, me(exchange), placement);
    }
    if (!saved) {
        return error_answer(exchange, saved.error());
    }
    return Response::redirect(my_talent_href(review) + "/people/" + std::to_string(person.value()) +
                              "?done=saved");
}

namespace {

// What the person typed when saying they disagree, and its problem, kept when it is refused.
struct TypedDisagreement {
    std::string said;
    std::string error;
};

void fill_closed(ctemplate::TemplateDictionary& section, const Access& granted,
                 const domain::EvidenceBase& evidence, const std::vector<app::PlacementMove>& moves,
                 const std::optional<app::Disagreement>& said, const TypedDisagreement* typed,
                 const std::vector<app::OwnPoolPlace>& places, const Exchange& exchange) {
    section.SetValue("NOW", domain::placement_description(granted.member.now));
    fill_own_pool_places(section, places, granted.review.id);
    section.SetValue("EVIDENCE", domain::evidence_summary(evidence));
    section.SetValue("CSRF", exchange.signed_in().csrf_token);
    section.SetValue("DISAGREE_HREF", my_talent_href(granted.review.id) + "/disagree");
    for (const auto& move : moves) {
        if (move.person == granted.member.person) {
            auto* change = section.AddSectionDictionary("CHANGE");
            change->SetValue("FROM", domain::placement_description(move.from));
            change->SetValue("TO", domain::placement_description(move.to));
            change->SetValue("REASON", move.reason);
        }
    }
    if (said) {
        auto* shown = section.AddSectionDictionary("SAID");
        shown->SetValue("WHEN", app::readable_time(said->at));
        shown->SetValue("TEXT", said->said);
    }
    section.SetValue("TYPED", typed != nullptr ? typed->said : said ? said->said : std::string());
    if (typed != nullptr && !typed->error.empty()) {
        section.AddSectionDictionary("SAID_ERROR")->SetValue("MESSAGE", typed->error);
    }
}

Response own_page(const Exchange& exchange, const TypedDisagreement* typed) {
    auto granted = access(exchange, me(exchange));
    if (!granted) {
        return error_answer(exchange, granted.error());
    }
    auto three_sixty = app::ThreeSixty::gather(exchange.store(), exchange.site.published);
    auto moves = exchange.store().talent_reviews().moves(granted->review.id);
    auto disagreements = exchange.store().talent_reviews().disagreements(granted->review.id);
    auto places = app::own_pool_places(exchange.store(), me(exchange), app::today(exchange.site.clock));
    if (!three_sixty || !moves || !disagreements || !places) {
        return error_answer(exchange, !three_sixty     ? three_sixty.error()
                                      : !moves         ? moves.error()
                                      : !disagreements ? disagreements.error()
                                                       : places.error());
    }
    std::optional<app::Disagreement> said;
    for (const auto& each : *disagreements) {
        if (each.person == me(exchange)) {
            said = each;
        }
    }
    ctemplate::TemplateDictionary page("me_talent_own");
    page.SetValue("REVIEW", granted->review.name);
    const bool closed = granted->review.stage == app::TalentReviewStage::Closed;
    std::vector<AssessmentToRead> read;
    domain::EvidenceBase evidence;
    const auto figures = three_sixty->of(me(exchange));
    evidence.raters = figures ? figures->raters : 0;
    for (const auto& assessment : granted->assessments) {
        const bool own = assessment.role == domain::AssessorRole::Self;
        evidence.assessors += own ? 0 : 1;
        if (own || closed) {
            read.push_back({own ? "Your own assessment" : "Your line manager's assessment", &assessment});
        }
    }
    if (closed) {
        fill_closed(*page.AddSectionDictionary("CLOSED"), *granted, evidence, *moves, said, typed, *places,
                    exchange);
    } else {
        page.AddSectionDictionary("OPEN")->SetValue("STAGE",
                                                    std::string(app::to_string(granted->review.stage)));
    }
    if (exchange.query("done") == "sent" && typed == nullptr) {
        page.ShowSection("SENT");
    }
    fill_assessments_read(page, "READ", *granted->framework, read, "Nothing to show yet.", figures);
    std::vector<PageError> errors;
    if (typed != nullptr && !typed->error.empty()) {
        errors.push_back({"said", typed->error});
    }
    const auto viewer = exchange.viewer("/me/talent");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Your talent review", "me_talent_own.tpl", page,
                                 errors, &viewer);
}

} // namespace

Response own_talent_page(const Exchange& exchange) {
    return own_page(exchange, nullptr);
}

Response say_talent_disagreement(const Exchange& exchange) {
    const auto review = exchange.parameters.id("review");
    TypedDisagreement typed{exchange.field("said"), ""};
    auto saved = app::record_disagreement(exchange.store(), review, me(exchange), typed.said,
                                          exchange.site.clock.now_seconds());
    if (!saved && saved.error().code == domain::ErrorCode::InvalidInput) {
        typed.error = saved.error().message;
        return own_page(exchange, &typed);
    }
    if (!saved) {
        return error_answer(exchange, saved.error());
    }
    return Response::redirect(my_talent_href(review) + "?done=sent");
}

namespace {

Response meeting_page(const Exchange& exchange, const TypedView& typed) {
    const auto review = exchange.parameters.id("review");
    auto population = app::reviewer_population(exchange.store(), review, me(exchange));
    if (!population) {
        return error_answer(exchange, population.error());
    }
    auto found = exchange.store().talent_reviews().review(review);
    auto views = exchange.store().talent_reviews().views(review);
    auto three_sixty = app::ThreeSixty::gather(exchange.store(), exchange.site.published);
    if (!found || !views || !three_sixty) {
        return error_answer(exchange, !found ? found.error() : !views ? views.error() : three_sixty.error());
    }
    auto framework = exchange.site.frameworks.get(exchange.store().frameworks(), (*found)->framework.value(),
                                                  (*found)->framework_version);
    if (!framework) {
        return error_answer(exchange, framework.error());
    }
    auto board = app::talent_board(exchange.store(), **framework, *three_sixty, review);
    if (!board) {
        return error_answer(exchange, board.error());
    }
    std::vector<const app::BoardRow*> rows;
    for (const auto& row : board->rows) {
        const bool visible =
            std::any_of(population->begin(), population->end(),
                        [&](const app::ReviewMember& each) { return each.person == row.member.person; });
        if (visible) {
            rows.push_back(&row);
        }
    }
    const auto visible = domain::visible_views(*views, me(exchange));
    ctemplate::TemplateDictionary page("me_talent_meeting");
    fill_talent_meeting(page, *board, rows, visible, me(exchange), typed, exchange.signed_in().csrf_token);
    std::vector<PageError> errors;
    if (!typed.error.empty()) {
        errors.push_back({"agrees-" + std::to_string(typed.person.value()), typed.error});
    }
    const auto viewer = exchange.viewer("/me/talent");
    return exchange.pages().page(errors.empty() ? 200 : 400, "The meeting's people", "me_talent_meeting.tpl",
                                 page, errors, &viewer);
}

} // namespace

Response talent_meeting_page(const Exchange& exchange) {
    return meeting_page(exchange, {});
}

Response save_talent_view(const Exchange& exchange) {
    TypedView typed{domain::PersonId{std::atoll(exchange.field("person").c_str())}, exchange.field("agrees"),
                    exchange.field("note"), ""};
    if (typed.agrees != "yes" && typed.agrees != "no") {
        typed.error = "Say whether you agree with the placement.";
        return meeting_page(exchange, typed);
    }
    const domain::PreMeetingView view{me(exchange), typed.person, typed.agrees == "yes", typed.note};
    const auto review = exchange.parameters.id("review");
    auto saved =
        app::record_pre_meeting_view(exchange.store(), review, view, exchange.site.clock.now_seconds());
    if (!saved && saved.error().code == domain::ErrorCode::InvalidInput) {
        typed.error = saved.error().message;
        return meeting_page(exchange, typed);
    }
    if (!saved) {
        return error_answer(exchange, saved.error());
    }
    return Response::redirect(my_talent_href(review) + "/meeting#person-" +
                              std::to_string(typed.person.value()));
}

} // namespace leadline::web
