// End to end: `leadline demo --truth` writes a database and the simulation's ground truth; the reports
// Leadline computes from that database must recover what was planted (issue 4's thresholds). The
// figures are recorded in docs/methodology/report.md.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <boost/json.hpp>

#include "app/frameworks/framework_cache.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "support/scratch_database.hpp"
#include "support/truth_recovery.hpp"

using namespace leadline;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

app::SelfView self_view_named(std::string_view name) {
    for (auto view : {app::SelfView::OverEstimates, app::SelfView::UnderEstimates, app::SelfView::Accurate}) {
        if (app::to_string(view) == name) {
            return view;
        }
    }
    ADD_FAILURE() << "unknown self view in the truth file: " << name;
    return app::SelfView::Accurate;
}

std::vector<domain::AttributeId> ids_in(const boost::json::value& list) {
    std::vector<domain::AttributeId> ids;
    for (const auto& id : list.as_array()) {
        ids.emplace_back(std::string(id.as_string()));
    }
    return ids;
}

} // namespace

TEST(DemoTruth, ReportsFromTheDatabaseTheCommandWroteRecoverThePlantedTruth) {
    const auto database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
    const auto truth_file = database->folder() + "/truth.json";
    const auto command = std::string(LEADLINE_BINARY) + " demo --db " + database->url() + " --truth " +
                         truth_file + " > " + database->folder() + "/demo.out 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << read_file(database->folder() + "/demo.out");

    const auto truth = boost::json::parse(read_file(truth_file));
    std::map<std::string, leadline::testing::PlantedTruth> planted;
    for (const auto& subject : truth.at("subjects").as_array()) {
        planted[std::string(subject.at("email").as_string())] = {
            self_view_named(subject.at("self_view").as_string()), ids_in(subject.at("blind_spots")),
            ids_in(subject.at("hidden_strengths"))};
    }

    auto store = database->open();
    const auto cycles = store->cycles().cycles().value();
    const auto published = std::find_if(cycles.begin(), cycles.end(), [](const auto& cycle) {
        return cycle.state == domain::CycleState::Published;
    });
    ASSERT_NE(published, cycles.end());
    app::FrameworkCache frameworks;
    const auto reports = app::CycleReports(*store, frameworks).all(published->id).value();

    leadline::testing::TruthCheck check;
    for (const auto& subject : reports.subjects) {
        const auto found = planted.find(subject.email);
        ASSERT_NE(found, planted.end()) << subject.email << " has no truth";
        check.add(found->second, subject.report);
    }
    std::cout << check.summary() << "\n";
    ASSERT_EQ(planted.size(), reports.subjects.size());
    ASSERT_GT(check.subjects, 50);
    ASSERT_GT(check.blind_spots.planted, 5);
    ASSERT_GT(check.hidden_strengths.planted, 5);
    check.expect_thresholds_met("leadline demo --truth, default demo");
}
