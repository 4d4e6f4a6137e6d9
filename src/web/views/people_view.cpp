#include "web/views/people_view.hpp"

namespace leadline::web {

namespace {

// At most this many problems are listed: past that, the file is wrong throughout and the first ones say how.
constexpr std::size_t problems_listed = 200;

std::string people(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " person" : " people");
}

} // namespace

std::vector<PageError> fill_people_page(ctemplate::TemplateDictionary& page, const PeopleOverview& overview,
                                        const PeopleUpload& upload, const std::string& csrf_token) {
    page.SetValue("CSRF", csrf_token);
    page.SetValue("WORKING", people(overview.working));
    page.SetValue("LEFT", overview.left == 0
                              ? std::string()
                              : people(overview.left) + " who left are kept for the history "
                                                        "of past cycles; they cannot sign in.");
    if (overview.erased) {
        page.ShowSection("ERASED");
    }
    if (!overview.applied.empty()) {
        page.AddSectionDictionary("APPLIED")->SetValue("SUMMARY", overview.applied);
    }
    page.ShowSection(upload.lists_everyone ? "EVERYONE_CHECKED" : "SOME_CHECKED");
    std::vector<PageError> errors;
    if (!upload.file_error.empty()) {
        page.AddSectionDictionary("FILE_ERROR")->SetValue("MESSAGE", upload.file_error);
        errors.push_back({"people", upload.file_error});
    }
    if (!upload.problems.empty()) {
        const auto count = upload.problems.size();
        const auto said = count == 1 ? std::string("1 problem") : std::to_string(count) + " problems";
        auto* section = page.AddSectionDictionary("PROBLEMS");
        section->SetValue("COUNT", said);
        for (std::size_t i = 0; i < count && i < problems_listed; ++i) {
            const auto& problem = upload.problems[i];
            auto* row = section->AddSectionDictionary("PROBLEM");
            row->SetValue("LINE", std::to_string(problem.line));
            row->SetValue("COLUMN",
                          problem.column.empty() ? std::string("(the whole line)") : problem.column);
            row->SetValue("MESSAGE", problem.message);
        }
        errors.push_back({"problems", "The file has " + said + ", listed below. Nothing has changed."});
    }
    return errors;
}

std::string people_changes_in_words(const PeopleSaved& saved) {
    std::string words;
    auto add = [&](long long count, std::string_view what) {
        if (count > 0) {
            words += (words.empty() ? "" : ", ") + std::to_string(count) + " " + std::string(what);
        }
    };
    add(saved.joined, "joined");
    add(saved.changed, "changed");
    add(saved.returned, "came back");
    add(saved.left, "marked as having left");
    return words.empty() ? std::string("nothing changed") : words;
}

} // namespace leadline::web
