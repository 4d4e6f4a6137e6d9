// The people directory from the browser: an uploaded file is checked and every problem listed by line and
// column with nothing saved; a good file shows who joins, changes and leaves before it is saved.
#include <gtest/gtest.h>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

const std::string header = "email,name,unit_path,grade,profession,region,manager_email\n";

class PeoplePages : public leadline::testing::AdminCyclePages {
  protected:
    web::Response check(const std::string& file, const std::string& lists = "some") {
        return admin.upload("/admin/people", "/admin/people/check", {"people", file}, {{"lists", lists}});
    }
    // Saves what the check page offers, as pressing its button would.
    web::Response save(const web::Response& checked) {
        const auto file = value_of("file", checked.body);
        const auto lists = value_of("lists", checked.body);
        return admin.post(
            "/admin/people/apply",
            {{"csrf", leadline::testing::form_token_in(checked.body)}, {"lists", lists}, {"file", file}});
    }
    static std::string value_of(const std::string& field, const std::string& html) {
        const auto at = html.find("name=\"" + field + "\" value=\"");
        if (at == std::string::npos) {
            return {};
        }
        const auto start = at + field.size() + 15;
        return html.substr(start, html.find('"', start) - start);
    }
    std::size_t people() { return site.store().people().people().value().size(); }
};

TEST_F(PeoplePages, AFileWithProblemsListsEachByLineAndColumnAndSavesNothing) {
    const auto before = people();
    const auto refused = check(header + "new.starter@council.example,New Starter,Housing,EO,P,W,\n"
                                        "not-an-email,Bad Line,Housing,EO,P,W,\n"
                                        "jo@council.example,,Housing,EO,P,W,\n",
                               "everyone");
    ASSERT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "The file has 2 problems"));
    EXPECT_TRUE(contains(refused.body, "<td class=\"govuk-table__cell\">3</td>"));
    EXPECT_TRUE(contains(refused.body, "<td class=\"govuk-table__cell\">email</td>"));
    EXPECT_TRUE(contains(refused.body, "<td class=\"govuk-table__cell\">name</td>"));
    EXPECT_TRUE(contains(refused.body, "href=\"#problems\"")) << "the error summary leads to the list";
    EXPECT_TRUE(contains(refused.body, "value=\"everyone\" checked")) << "the choice made is kept";
    EXPECT_EQ(people(), before);

    const auto no_file = check("");
    EXPECT_EQ(no_file.status, 400);
    EXPECT_TRUE(contains(no_file.body, "Choose the people file to upload"));
    EXPECT_TRUE(contains(no_file.body, "href=\"#people\""));
}

TEST_F(PeoplePages, AGoodFileShowsItsChangesFirstAndIsSavedOnlyWhenAsked) {
    auto directory = admin.get("/admin/people.csv");
    ASSERT_EQ(directory.status, 200);
    // The downloaded directory with one new line, and without the line of someone who manages nobody.
    auto csv = directory.body;
    std::string dropped_email;
    std::size_t line_start = csv.find('\n') + 1;
    while (dropped_email.empty() && line_start < csv.size()) {
        const auto line_end = csv.find('\n', line_start);
        const auto email = csv.substr(line_start, csv.find(',', line_start) - line_start);
        if (csv.find("," + email + "\r") == std::string::npos) {
            dropped_email = email;
            csv.erase(line_start, line_end - line_start + 1);
        }
        line_start = line_end + 1;
    }
    ASSERT_FALSE(dropped_email.empty());
    csv += "new.starter@council.example,Nia Starter,Housing/Repairs,EO,Operational Delivery,North,\r\n";
    const auto before = people();

    const auto some = check(csv, "some");
    ASSERT_EQ(some.status, 200) << some.body;
    EXPECT_TRUE(contains(some.body, "Nia Starter"));
    EXPECT_FALSE(contains(some.body, dropped_email)) << "a file of some people marks nobody as leaving";

    const auto everyone = check(csv, "everyone");
    ASSERT_EQ(everyone.status, 200);
    EXPECT_TRUE(contains(everyone.body, "1 person is not in the file and will be marked as having left"));
    EXPECT_TRUE(contains(everyone.body, dropped_email));
    EXPECT_EQ(people(), before) << "checking saves nothing";

    const auto saved = save(everyone);
    ASSERT_EQ(saved.status, 303) << saved.body;
    const auto page = admin.get(*saved.header("Location"));
    EXPECT_TRUE(contains(page.body, "The people directory is updated: 1 joined, 1 marked as having left."));
    EXPECT_TRUE(contains(page.body, "3 people who left")) << "the demo's two leavers, and this one";
    EXPECT_EQ(people(), before + 1) << "the leaver is kept, for the history of past cycles";
    EXPECT_TRUE(site.store().people().find_person(dropped_email).value()->left_at.has_value());
    EXPECT_TRUE(site.store().people().find_person("new.starter@council.example").value().has_value());

    const auto audit = admin.get("/admin/audit").body;
    EXPECT_TRUE(contains(audit, "Saves a checked people file"));
}

TEST_F(PeoplePages, AFileThatBecameWrongSinceItWasCheckedIsRefusedWithItsProblems) {
    const auto checked =
        check(header + "sam.new@council.example,Sam New,Housing,EO,P,W,kim.new@council.example\n"
                       "kim.new@council.example,Kim New,Housing,G7,P,W,\n");
    ASSERT_EQ(checked.status, 200);
    // A forged or damaged file field is refused without saving.
    const auto damaged =
        admin.post("/admin/people/apply", {{"csrf", leadline::testing::form_token_in(checked.body)},
                                           {"lists", "some"},
                                           {"file", "not base64!"}});
    EXPECT_EQ(damaged.status, 400);
    EXPECT_TRUE(contains(damaged.body, "upload it again"));
    EXPECT_FALSE(site.store().people().find_person("sam.new@council.example").value().has_value());
}

} // namespace
