#include "web/handlers/talent_review_pages.hpp"

#include <charconv>

#include "app/talent/talent_board.hpp"
#include "app/talent/talent_json.hpp"
#include "app/talent/talent_reviews.hpp"
#include "domain/core/text.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/talent_fairness_view.hpp"
#include "web/views/talent_labels.hpp"
#include "web/views/talent_person_view.hpp"
#include "web/views/talent_review_view.hpp"
#include "web/views/talent_reviews_view.hpp"

namespace leadline::web {

namespace {

std::optional<std::int64_t> number_in(const std::string& text) {
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [last, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || last != end || text.empty()) {
        return std::nullopt;
    }
    return value;
}

Response reviews_form(const Exchange& exchange, const TypedTalentReview& typed,
                      const std::vector<PageError>& errors) {
    auto reviews = exchange.store().talent_reviews().reviews();
    auto units = exchange.store().people().units();
    auto cycles = exchange.store().cycles().cycles();
    if (!reviews || !units || !cycles) {
        return error_answer(exchange, !reviews ? reviews.error() : !units ? units.error() : cycles.error());
    }
    TalentReviewChoices choices{{}, std::move(*units), std::move(*cycles)};
    for (const auto& loaded : exchange.site.catalog.frameworks()) {
        if (loaded.framework.use == domain::FrameworkUse::TalentReview) {
            choices.frameworks.push_back(&loaded);
        }
    }
    ctemplate::TemplateDictionary page("admin_talent_reviews");
    fill_talent_reviews(page, *reviews, choices, typed, errors, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/talent");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Talent reviews", "admin_talent_reviews.tpl",
                                 page, errors, &viewer);
}

// The review's framework as it was when the review began.
domain::Result<std::shared_ptr<const domain::Framework>> review_framework(const Exchange& exchange,
                                                                          std::int64_t review) {
    auto found = exchange.store().talent_reviews().review(review);
    if (!found) {
        return domain::fail(found.error());
    }
    if (!*found) {
        return domain::fail(domain::ErrorCode::NotFound, "There is no such talent review.");
    }
    return exchange.site.frameworks.get(exchange.store().frameworks(), (*found)->framework.value(),
                                        (*found)->framework_version);
}

struct BoardAndFramework {
    std::shared_ptr<const domain::Framework> framework;
    app::ThreeSixty three_sixty;
    app::TalentBoard board;
};

domain::Result<BoardAndFramework> load_board(const Exchange& exchange) {
    const auto review = exchange.parameters.id("review");
    auto framework = review_framework(exchange, review);
    if (!framework) {
        return domain::fail(framework.error());
    }
    auto three_sixty = app::ThreeSixty::gather(exchange.store(), exchange.site.published);
    if (!three_sixty) {
        return domain::fail(three_sixty.error());
    }
    auto board = app::talent_board(exchange.store(), **framework, *three_sixty, review);
    if (!board) {
        return domain::fail(board.error());
    }
    return BoardAndFramework{std::move(*framework), std::move(*three_sixty), std::move(*board)};
}

} // namespace

Response talent_reviews_page(const Exchange& exchange) {
    return reviews_form(exchange, {}, {});
}

Response start_talent_review(const Exchange& exchange) {
    TypedTalentReview typed{exchange.field("name"),       exchange.field("framework"),
                            exchange.field("population"), exchange.field("unit"),
                            exchange.field("grade"),      exchange.field("cycle"),
                            exchange.field("minimum")};
    const auto* framework = exchange.site.catalog.find(typed.framework);
    const auto minimum = number_in(std::string(domain::trimmed_view(typed.minimum)));
    std::vector<PageError> errors;
    if (framework == nullptr) {
        errors.push_back({"framework", "Choose the indicators to assess against."});
    }
    if (!minimum || *minimum < 2 || *minimum > 1000) {
        errors.push_back({"minimum", "Enter the smallest group to show as a whole number from 2 to 1000."});
    }
    app::NewTalentReview wanted{typed.name, {}, static_cast<int>(minimum.value_or(5))};
    if (typed.population == "unit" || typed.population == "cycle") {
        const auto id = number_in(typed.population == "unit" ? typed.unit : typed.cycle);
        wanted.population = {typed.population == "unit" ? app::PopulationKind::Unit
                                                        : app::PopulationKind::Cycle,
                             id.value_or(0), ""};
    } else if (typed.population == "grade") {
        wanted.population = {app::PopulationKind::Grade, 0, typed.grade};
    } else if (typed.population != "everyone") {
        errors.push_back({"population", "Choose who the review covers."});
    }
    if (!errors.empty()) {
        return reviews_form(exchange, typed, errors);
    }
    auto started =
        app::start_talent_review(exchange.store(), *framework, wanted, exchange.site.clock.now_seconds());
    if (!started) {
        const auto code = started.error().code;
        if (code != domain::ErrorCode::InvalidInput && code != domain::ErrorCode::NotFound) {
            return error_answer(exchange, started.error());
        }
        const auto field = started.error().message.starts_with("Give")            ? "name"
                           : started.error().message.starts_with("The framework") ? "framework"
                                                                                  : "population";
        return reviews_form(exchange, typed, {{field, started.error().message}});
    }
    return Response::redirect(talent_review_href(*started));
}

Response talent_review_page(const Exchange& exchange) {
    auto loaded = load_board(exchange);
    if (!loaded) {
        return error_answer(exchange, loaded.error());
    }
    BoardFilter filter;
    filter.reviewer = number_in(exchange.query("reviewer"));
    filter.box = exchange.query("box");
    if (const auto sort = exchange.query("sort"); !sort.empty()) {
        filter.sort = sort;
    }
    filter.questioned = exchange.query("questioned") == "1";
    ctemplate::TemplateDictionary page("admin_talent_review");
    fill_talent_review(page, loaded->board, filter, exchange.signed_in().csrf_token,
                       exchange.query("done") == "moved");
    const auto viewer = exchange.viewer("/admin/talent");
    return exchange.pages().page(200, loaded->board.review.name, "admin_talent_review.tpl", page, {},
                                 &viewer);
}

Response change_talent_stage(const Exchange& exchange) {
    const auto wanted = app::talent_review_stage_from(exchange.field("stage"));
    if (!wanted) {
        return unexpected_field(exchange, "stage");
    }
    const auto review = exchange.parameters.id("review");
    if (auto changed = app::advance_talent_review(exchange.store(), review, *wanted); !changed) {
        return error_answer(exchange, changed.error());
    }
    return Response::redirect(talent_review_href(review));
}

namespace {

// Everything the person's page shows about them: their assessments, the views on them, their moves and
// what they said if they disagree.
domain::Result<PersonInReview> person_in_review(const Exchange& exchange, const BoardAndFramework& loaded,
                                                const app::BoardRow& row) {
    const auto review = loaded.board.review.id;
    const auto person = row.member.person;
    auto& store = exchange.store().talent_reviews();
    auto assessments = store.assessments(review);
    auto views = store.views(review);
    auto moves = store.moves(review);
    auto disagreements = store.disagreements(review);
    if (!assessments || !views || !moves || !disagreements) {
        return domain::fail(!assessments ? assessments.error()
                            : !views     ? views.error()
                            : !moves     ? moves.error()
                                         : disagreements.error());
    }
    PersonInReview shown{&loaded.board, &row, {}, {}, {}, loaded.three_sixty.of(person), std::nullopt};
    std::copy_if(assessments->begin(), assessments->end(), std::back_inserter(shown.assessments),
                 [&](const app::StoredAssessment& each) { return each.person == person; });
    std::copy_if(views->begin(), views->end(), std::back_inserter(shown.views),
                 [&](const domain::PreMeetingView& each) { return each.person == person; });
    std::copy_if(moves->begin(), moves->end(), std::back_inserter(shown.moves),
                 [&](const app::PlacementMove& each) { return each.person == person; });
    for (const auto& each : *disagreements) {
        if (each.person == person) {
            shown.disagreement = each;
        }
    }
    return shown;
}

Response person_page(const Exchange& exchange, const TypedMove* typed, const std::vector<PageError>& errors) {
    auto loaded = load_board(exchange);
    if (!loaded) {
        return error_answer(exchange, loaded.error());
    }
    const auto person = exchange.parameters.person();
    const auto& rows = loaded->board.rows;
    const auto row = std::find_if(rows.begin(), rows.end(),
                                  [&](const app::BoardRow& each) { return each.member.person == person; });
    if (row == rows.end()) {
        return not_found(exchange);
    }
    auto shown = person_in_review(exchange, *loaded, *row);
    if (!shown) {
        return error_answer(exchange, shown.error());
    }
    ctemplate::TemplateDictionary page("admin_talent_person");
    const TypedMove fresh{placement_value(row->member.now), "", ""};
    fill_talent_person(page, *shown, *loaded->framework, typed == nullptr ? fresh : *typed, errors,
                       exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/talent");
    return exchange.pages().page(errors.empty() ? 200 : 400, row->name, "admin_talent_person.tpl", page,
                                 errors, &viewer);
}

} // namespace

Response talent_person_page(const Exchange& exchange) {
    return person_page(exchange, nullptr, {});
}

Response move_talent_person(const Exchange& exchange) {
    const TypedMove typed{exchange.field("placement"), exchange.field("proposed_by"),
                          exchange.field("reason")};
    const auto revision = number_in(exchange.field("revision"));
    const auto to = placement_from_value(typed.placement);
    const auto proposer = number_in(typed.proposed_by);
    std::vector<PageError> errors;
    if (!to) {
        errors.push_back({"placement", "Choose where to move them."});
    }
    if (!proposer) {
        errors.push_back({"proposed_by", "Choose the reviewer who proposed the move."});
    }
    if (!revision) {
        return unexpected_field(exchange, "revision");
    }
    if (errors.empty()) {
        const domain::MoveRequest move{exchange.parameters.person(), *to, typed.reason,
                                       domain::PersonId{*proposer}, static_cast<int>(*revision)};
        const auto review = exchange.parameters.id("review");
        auto moved =
            app::move_talent_placement(exchange.store(), review, move, exchange.site.clock.now_seconds());
        if (moved) {
            return Response::redirect(talent_review_href(review) + "?done=moved#people");
        }
        const auto code = moved.error().code;
        if (code != domain::ErrorCode::InvalidInput && code != domain::ErrorCode::Conflict) {
            return error_answer(exchange, moved.error());
        }
        const bool about_reason = moved.error().message.find("reason") != std::string::npos;
        errors.push_back({about_reason ? "reason" : "placement", moved.error().message});
    }
    return person_page(exchange, &typed, errors);
}

namespace {

// The two characteristics the fairness page shows together: those asked for in the address, or the first
// two the organisation records. Nothing is worked out when they are the same or fewer than two are
// recorded.
domain::Result<void> together_asked(const Exchange& exchange, FairnessPage& fairness) {
    if (fairness.overall.size() < 2) {
        return {};
    }
    const auto recorded = [&](std::optional<domain::EqualityField> field) {
        return field && std::any_of(fairness.overall.begin(), fairness.overall.end(),
                                    [&](const app::TalentFairness& each) { return each.field == *field; });
    };
    const auto first = domain::equality_field_of_column(exchange.query("first"));
    const auto second = domain::equality_field_of_column(exchange.query("second"));
    fairness.first = recorded(first) ? *first : fairness.overall[0].field;
    fairness.second = recorded(second) ? *second : fairness.overall[1].field;
    if (fairness.first == fairness.second) {
        return {};
    }
    auto together = app::talent_intersection(exchange.store(), fairness.board->review.id, fairness.first,
                                             fairness.second);
    if (!together) {
        return domain::fail(together.error());
    }
    fairness.together = std::move(*together);
    return {};
}

} // namespace

Response talent_fairness_page(const Exchange& exchange) {
    auto loaded = load_board(exchange);
    if (!loaded) {
        return error_answer(exchange, loaded.error());
    }
    const auto review = loaded->board.review.id;
    auto report = app::talent_fairness_report(exchange.store(), review);
    auto drift = app::talent_drift(exchange.store(), review);
    if (!report || !drift) {
        return error_answer(exchange, !report ? report.error() : drift.error());
    }
    FairnessPage fairness{&loaded->board,    std::move(report->overall), std::move(report->by_reviewer),
                          std::move(*drift), domain::EqualityField::Sex, domain::EqualityField::Ethnicity,
                          std::nullopt};
    if (auto together = together_asked(exchange, fairness); !together) {
        return error_answer(exchange, together.error());
    }
    ctemplate::TemplateDictionary page("admin_talent_fairness");
    fill_talent_fairness(page, fairness);
    const auto viewer = exchange.viewer("/admin/talent");
    return exchange.pages().page(200, "Fairness and drift", "admin_talent_fairness.tpl", page, {}, &viewer);
}

Response api_talent_review(const Exchange& exchange) {
    if (exchange.signed_in().user.role != domain::Role::Admin) {
        return Response::json(404, R"({"error":"There is no such talent review."})");
    }
    auto loaded = load_board(exchange);
    if (!loaded) {
        return error_answer(exchange, loaded.error());
    }
    return Response::json(200, app::talent_review_json(loaded->board));
}

} // namespace leadline::web
