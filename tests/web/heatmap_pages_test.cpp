// The organisation heatmap as a page and as CSV, and an attack on the CSV: rebuild the table from
// the downloaded file alone and try to work out every hidden figure.
#include <gtest/gtest.h>

#include <sstream>

#include "support/admin_pages.hpp"
#include "support/disclosure_check.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

std::vector<std::string> split_csv_line(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(field);
    return fields;
}

// The heatmap as someone holding only the CSV sees it: rows in order with their depth (so the tree
// can be rebuilt), each with its shown figures.
domain::Heatmap heatmap_from_csv(const std::string& csv) {
    domain::Heatmap heatmap;
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line); // header
    std::string previous_unit;
    int previous_depth = -1;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const auto fields = split_csv_line(line);
        const auto depth = std::stoi(fields[1]);
        if (heatmap.rows.empty() || fields[0] != previous_unit || depth != previous_depth) {
            domain::HeatmapRow row;
            row.label = fields[0];
            row.depth = depth;
            heatmap.rows.push_back(row);
            previous_unit = fields[0];
            previous_depth = depth;
        }
        auto& row = heatmap.rows.back();
        if (heatmap.rows.size() == 1) {
            heatmap.columns.push_back(fields[2]);
        }
        domain::HeatmapCell cell;
        cell.shown = fields[5] != "hidden to protect anonymity";
        cell.subjects = fields[3].empty() ? 0 : std::stoul(fields[3]);
        row.cells.push_back(cell);
    }
    // Children: the following rows one level deeper, until the depth returns to this row's.
    for (std::size_t r = 0; r < heatmap.rows.size(); ++r) {
        for (std::size_t next = r + 1;
             next < heatmap.rows.size() && heatmap.rows[next].depth > heatmap.rows[r].depth; ++next) {
            if (heatmap.rows[next].depth == heatmap.rows[r].depth + 1) {
                heatmap.rows[r].children.push_back(next);
            }
        }
    }
    return heatmap;
}

class HeatmapPages : public leadline::testing::AdminCyclePages {
  protected:
    static std::string page_of(domain::CycleId cycle) { return cycle_path(cycle, "heatmap"); }
};

} // namespace

TEST_F(HeatmapPages, AnAdminSeesEachUnitByEachAttributeWithSmallGroupsHidden) {
    const auto cycle_page = admin.get(cycle_path(published)).body;
    EXPECT_TRUE(contains(cycle_page, page_of(published)));
    const auto page = admin.get(page_of(published));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Whole organisation"));
    EXPECT_TRUE(contains(page.body, "at least 5 people"));
    EXPECT_TRUE(contains(page.body, "Collaborating, making connections"));
    EXPECT_TRUE(contains(page.body, "<span class=\"govuk-visually-hidden\">Hidden</span>"))
        << "the demo has units with fewer than five subjects";
    EXPECT_TRUE(contains(page.body, page_of(published) + ".csv?k=5"));
}

TEST_F(HeatmapPages, TheDownloadedCsvGivesAwayNoHiddenFigure) {
    for (const int k : {3, 5, 8}) {
        const auto csv = admin.get(page_of(published) + ".csv?k=" + std::to_string(k));
        ASSERT_EQ(csv.status, 200);
        ASSERT_NE(csv.header("Content-Type"), nullptr);
        EXPECT_TRUE(contains(*csv.header("Content-Type"), "text/csv"));
        EXPECT_TRUE(contains(*csv.header("Content-Disposition"), "attachment"));
        const auto heatmap = heatmap_from_csv(csv.body);
        ASSERT_GT(heatmap.rows.size(), 2U);
        std::size_t hidden = 0;
        for (const auto& row : heatmap.rows) {
            for (const auto& cell : row.cells) {
                EXPECT_TRUE(!cell.shown || cell.subjects == 0 || cell.subjects >= static_cast<std::size_t>(k))
                    << row.label;
                hidden += cell.shown ? 0 : 1;
            }
        }
        EXPECT_GT(hidden, 0U);
        const auto given_away = leadline::testing::DisclosureCheck(heatmap).given_away();
        EXPECT_TRUE(given_away.empty()) << "k " << k << ": " << heatmap.rows[given_away.front().first].label;
    }
}

TEST_F(HeatmapPages, ABadMinimumIsExplainedAndAnOpenCycleHasNoHeatmapYet) {
    const auto refused = admin.get(page_of(published) + "?k=2");
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "There is a problem"));
    EXPECT_TRUE(contains(refused.body, "href=\"#k\""));
    EXPECT_TRUE(contains(refused.body, "Enter a whole number from 3 to 50"));
    EXPECT_TRUE(contains(refused.body, "value=\"2\"")) << "what was typed is kept";
    EXPECT_EQ(admin.get(page_of(published) + ".csv?k=abc").status, 400);
    EXPECT_EQ(admin.get(page_of(open)).status, 409);
    EXPECT_EQ(admin.get("/admin/cycles/999/heatmap").status, 404);
    const auto larger = admin.get(page_of(published) + "?k=10");
    EXPECT_EQ(larger.status, 200);
    EXPECT_TRUE(contains(larger.body, "at least 10 people"));
}
