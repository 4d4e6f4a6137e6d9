#include "web/handlers/people_pages.hpp"

#include "app/people/export_people.hpp"
#include "app/text/base64_text.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/people_check_view.hpp"
#include "web/views/people_view.hpp"

namespace leadline::web {

namespace {

domain::Result<PeopleOverview> overview_of(app::Store& store) {
    auto everyone = store.people().people();
    if (!everyone) {
        return domain::fail(everyone.error());
    }
    PeopleOverview overview;
    for (const auto& person : *everyone) {
        ++(person.left_at ? overview.left : overview.working);
    }
    return overview;
}

Response people_form(const Exchange& exchange, const PeopleOverview& overview, const PeopleUpload& upload) {
    ctemplate::TemplateDictionary page("admin_people");
    const auto errors = fill_people_page(page, overview, upload, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/people");
    return exchange.pages().page(errors.empty() ? 200 : 400, "People", "admin_people.tpl", page, errors,
                                 &viewer);
}

// The upload form again with what is wrong, and the directory's figures as they are.
Response refused_upload(const Exchange& exchange, const PeopleUpload& upload) {
    auto overview = overview_of(exchange.store());
    if (!overview) {
        return error_answer(exchange, overview.error());
    }
    return people_form(exchange, *overview, upload);
}

app::MissingPeople missing_people(bool lists_everyone) {
    return lists_everyone ? app::MissingPeople::Leave : app::MissingPeople::Stay;
}

} // namespace

Response people_page(const Exchange& exchange) {
    auto overview = overview_of(exchange.store());
    if (!overview) {
        return error_answer(exchange, overview.error());
    }
    overview->erased = exchange.query("erased") == "1";
    if (exchange.query("saved") == "1") {
        auto count = [&](std::string_view name) {
            return whole_number_between(exchange.query(name), 0, 100'000'000).value_or(0);
        };
        overview->applied =
            people_changes_in_words({count("joined"), count("changed"), count("returned"), count("left")});
    }
    return people_form(exchange, *overview, {});
}

Response people_csv_download(const Exchange& exchange) {
    auto csv = app::export_people(exchange.store());
    if (!csv) {
        return error_answer(exchange, csv.error());
    }
    return Response::csv_download(std::move(*csv), "people.csv");
}

Response check_people_file(const Exchange& exchange) {
    PeopleUpload upload;
    upload.lists_everyone = exchange.field("lists") == "everyone";
    const auto file = exchange.field("people");
    if (file.empty()) {
        upload.file_error = "Choose the people file to upload";
        return refused_upload(exchange, upload);
    }
    auto plan = app::plan_people_import(exchange.store(), file, missing_people(upload.lists_everyone));
    if (!plan) {
        return error_answer(exchange, plan.error());
    }
    if (!plan->applicable()) {
        upload.problems = std::move(plan->problems);
        return refused_upload(exchange, upload);
    }
    ctemplate::TemplateDictionary page("admin_people_check");
    fill_people_check(page, *plan, {app::to_base64(file), upload.lists_everyone},
                      exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/people");
    return exchange.pages().page(200, "Check the changes before you save them", "admin_people_check.tpl",
                                 page, {}, &viewer);
}

Response apply_people_file(const Exchange& exchange) {
    PeopleUpload upload;
    upload.lists_everyone = exchange.field("lists") == "everyone";
    const auto file = app::from_base64(exchange.field("file"));
    if (!file || file->empty()) {
        upload.file_error = "The checked file did not arrive whole; upload it again";
        return refused_upload(exchange, upload);
    }
    // Checked again as it is saved: the directory may have changed since the file was checked.
    auto done = app::import_people(exchange.store(), *file, missing_people(upload.lists_everyone),
                                   exchange.site.clock.now_seconds());
    if (!done) {
        if (done.error().code != domain::ErrorCode::InvalidInput) {
            return error_answer(exchange, done.error());
        }
        auto plan = app::plan_people_import(exchange.store(), *file, missing_people(upload.lists_everyone));
        if (!plan) {
            return error_answer(exchange, plan.error());
        }
        upload.problems = std::move(plan->problems);
        return refused_upload(exchange, upload);
    }
    return Response::redirect("/admin/people?saved=1&joined=" + std::to_string(done->joining.size()) +
                              "&changed=" + std::to_string(done->changing.size()) +
                              "&returned=" + std::to_string(done->returning.size()) +
                              "&left=" + std::to_string(done->leaving.size()));
}

} // namespace leadline::web
