#include "web/views/talent_evidence_view.hpp"

#include <fmt/format.h>

#include "web/views/talent_labels.hpp"

namespace leadline::web {

namespace {

std::string figure_of(const domain::ReportCell& cell) {
    if (!cell.shown) {
        return "Not shown: too few raters answered";
    }
    if (!cell.score.has_interval()) {
        return fmt::format("{:.1f}", cell.score.mean);
    }
    return fmt::format("{:.1f} (90% interval {:.1f} to {:.1f})", cell.score.mean, cell.score.low,
                       cell.score.high);
}

void fill_three_sixty(ctemplate::TemplateDictionary& read,
                      const std::optional<app::ThreeSixtyFigures>& figures) {
    if (!figures || figures->report == nullptr) {
        read.ShowSection("NO_THREE_SIXTY");
        return;
    }
    auto* section = read.AddSectionDictionary("THREE_SIXTY");
    section->SetValue("CYCLE", figures->cycle_name);
    section->SetIntValue("RATERS", figures->raters);
    for (const auto& attribute : figures->report->report.attributes) {
        auto* line = section->AddSectionDictionary("ATTRIBUTE");
        line->SetValue("NAME", attribute.name);
        line->SetValue("FIGURE", figure_of(attribute.others));
    }
    auto* overall = section->AddSectionDictionary("ATTRIBUTE");
    overall->SetValue("NAME", "Overall");
    overall->SetValue("FIGURE", figure_of(figures->report->report.others_overall));
}

} // namespace

void fill_assessments_read(ctemplate::TemplateDictionary& where, const std::string& name,
                           const domain::Framework& framework,
                           const std::vector<AssessmentToRead>& assessments, const std::string& none_text,
                           const std::optional<app::ThreeSixtyFigures>& figures) {
    auto* read = where.AddIncludeDictionary(name);
    read->SetFilename("talent_assessment_read.tpl");
    if (assessments.empty()) {
        read->AddSectionDictionary("NO_ASSESSMENT")->SetValue("TEXT", none_text);
    }
    for (const auto& [who, assessment] : assessments) {
        auto* section = read->AddSectionDictionary("ASSESSMENT");
        section->SetValue("WHO", who);
        for (const auto& rating : assessment->ratings) {
            const auto* indicator = framework.find_attribute(rating.indicator);
            auto* line = section->AddSectionDictionary("RATING");
            line->SetValue("INDICATOR", indicator == nullptr ? rating.indicator.value() : indicator->name);
            if (!rating.level) {
                line->SetValue("LEVEL", "Not enough evidence yet");
            } else {
                line->SetValue("LEVEL", "Level " + std::to_string(*rating.level));
                const auto* level = indicator == nullptr ? nullptr : indicator->level(*rating.level);
                if (level != nullptr) {
                    line->AddSectionDictionary("MEANING")->SetValue("TEXT", level->meaning);
                }
            }
            line->SetValue("EVIDENCE", rating.evidence.empty() ? "No evidence written." : rating.evidence);
        }
    }
    fill_three_sixty(*read, figures);
}

void fill_placement_options(ctemplate::TemplateDictionary& where, const std::string& chosen) {
    bool first = true; // the error summary links to the first radio, named like the field
    const auto add = [&](const std::string& value, const std::string& label) {
        auto* option = where.AddSectionDictionary("PLACEMENT_OPTION");
        option->SetValue("ID", first ? std::string("placement") : "placement-" + value);
        first = false;
        option->SetValue("VALUE", value);
        option->SetValue("LABEL", label);
        if (value == chosen) {
            option->ShowSection("CHOSEN");
        }
    };
    for (auto potential = domain::bands.rbegin(); potential != domain::bands.rend(); ++potential) {
        for (auto performance = domain::bands.rbegin(); performance != domain::bands.rend(); ++performance) {
            const domain::Box box{*performance, *potential};
            add(std::to_string(domain::box_index(box)), domain::box_description(box));
        }
    }
    add("too-new", "Too new to assess");
}

} // namespace leadline::web
