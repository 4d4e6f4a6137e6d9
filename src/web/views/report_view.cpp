#include "web/views/report_view.hpp"

#include <tuple>

#include "web/views/effort_words.hpp"
#include "web/views/figures.hpp"
#include "web/views/report_chart.hpp"

namespace leadline::web {

namespace {

// Where others' overall score sits against the cycle's average. "About" when the average lies inside
// others' 90% interval, which cannot tell the two apart (or, with no interval, when they are equal as
// shown, to two places). Method: docs/methodology/report.md, "Self-awareness category".
std::string against_average(const domain::Summary& others, double norm) {
    const bool indistinct = others.has_interval() ? others.low <= norm && norm <= others.high
                                                  : two_places(others.mean) == two_places(norm);
    if (indistinct) {
        return "at about this cycle's average";
    }
    return others.mean > norm ? "above this cycle's average" : "below this cycle's average";
}

} // namespace

std::string overall_summary(const domain::IndividualReport& report, double norm) {
    if (!report.self_awareness) {
        return report.others_overall.shown
                   ? "Others' views are below. There is no self-assessment to compare them with."
                   : "Too few people answered for their views to be shown without "
                     "risking their anonymity.";
    }
    const auto others = two_places(report.others_overall.score.mean);
    const auto self = two_places(*report.self_overall);
    switch (*report.self_awareness) {
    case domain::SelfAwareness::OverEstimator:
        return "Overall you rate yourself higher (" + self + ") than others rate you (" + others +
               "). Look at where the gap is widest.";
    case domain::SelfAwareness::UnderEstimator:
        return "Overall others rate you higher (" + others + ") than you rate yourself (" + self +
               "). You may be selling yourself short.";
    case domain::SelfAwareness::InAgreementHigh:
    case domain::SelfAwareness::InAgreementLow:
        return "You and others see you much the same (you " + self + ", others " + others +
               "), and others rate you " + against_average(report.others_overall.score, norm) + ".";
    case domain::SelfAwareness::NotClear:
        return "Overall you rate yourself " + self + " and others rate you " + others +
               ". With this many raters it is not clear whether you see yourself as others do.";
    }
    return "";
}

std::optional<std::string> what_could_show(const domain::IndividualReport& report) {
    if (!report.detectable_standing_out && !report.detectable_overall_gap) {
        return std::nullopt;
    }
    const int raters = report.others_overall.score.n;
    std::string text = "With " + std::to_string(raters) + (raters == 1 ? " rater" : " raters") + ", ";
    if (report.detectable_standing_out) {
        text += "this report would usually flag (four times in five) an attribute where the gap between your "
                "view and others' is about " +
                one_place(*report.detectable_standing_out) +
                " points wider or narrower than your gap elsewhere. Smaller differences may not show, so an "
                "attribute with no clear gap may still have one. ";
    }
    if (report.detectable_overall_gap) {
        text += std::string(report.detectable_standing_out ? "Overall, a" : "a") + " gap of about " +
                one_place(*report.detectable_overall_gap) +
                " points between how you and others see you would usually show.";
    }
    return text;
}

namespace {

std::string change_text(const domain::Difference& change) {
    return signed_two_places(change.value) +
           (change.has_interval
                ? " (" + signed_two_places(change.low) + " to " + signed_two_places(change.high) + ")"
                : "");
}

std::string cell_text(const domain::ReportCell& cell) {
    return cell.shown ? two_places(cell.score.mean) + " (" + std::to_string(cell.score.n) + ")" : "Too few";
}

void fill_chart(ctemplate::TemplateDictionary& page, const app::CycleReportSet& set,
                const domain::IndividualReport& report) {
    std::vector<ChartLine> lines;
    for (const auto& attribute : report.attributes) {
        lines.push_back({attribute.name, &attribute.others, attribute.self});
    }
    draw_chart(
        page, set.framework->scale, "chart-attributes",
        "Your own score and others' mean with its 90% interval, per attribute. The same figures are in "
        "the table below.",
        lines);
}

// Each attribute by rater group, its chart followed by the same figures as a table.
void fill_group_details(ctemplate::TemplateDictionary& page, const app::CycleReportSet& set,
                        const domain::IndividualReport& report, ReportMedium medium) {
    for (std::size_t a = 0; a < report.attributes.size(); ++a) {
        const auto& attribute = report.attributes[a];
        auto* detail = page.AddSectionDictionary("ATTRIBUTE_DETAIL");
        detail->SetValue("NAME", attribute.name);
        if (medium == ReportMedium::Document) {
            detail->ShowSection("OPEN");
        }
        std::vector<ChartLine> lines{{"You", nullptr, attribute.self}, {"All others", &attribute.others, {}}};
        for (std::size_t g = 0; g < report.groups.size(); ++g) {
            lines.push_back({domain::label_of(report.groups[g]), &attribute.by_group[g], {}});
        }
        draw_chart(*detail, set.framework->scale, "chart-groups-" + std::to_string(a + 1),
                   attribute.name + ": your own score, and each group's mean with its 90% interval. The same "
                                    "figures are in the table below.",
                   lines);
        for (const auto& line : lines) {
            auto* row = detail->AddSectionDictionary("DETAIL_ROW");
            row->SetValue("LABEL", line.name);
            if (line.others == nullptr) {
                row->SetValue("N", line.self ? "1" : "0");
                row->SetValue("MEAN", line.self ? two_places(*line.self) : "None");
                row->SetValue("INTERVAL", "None");
            } else if (!line.others->shown) {
                row->SetValue("N", "Too few");
                row->SetValue("MEAN", "None");
                row->SetValue("INTERVAL", "None");
            } else {
                const auto& score = line.others->score;
                row->SetIntValue("N", score.n);
                row->SetValue("MEAN", two_places(score.mean));
                row->SetValue("INTERVAL", score.has_interval()
                                              ? two_places(score.low) + " to " + two_places(score.high)
                                              : "None");
            }
        }
    }
}

void fill_table(ctemplate::TemplateDictionary& page, const app::SubjectReport& subject) {
    const auto& report = subject.report;
    for (const auto& group : report.groups) {
        page.AddSectionDictionary("GROUP_HEADER")->SetValue("LABEL", domain::label_of(group));
    }
    if (subject.previous) {
        page.AddSectionDictionary("CHANGE_HEADER")->SetValue("NAME", subject.previous->cycle_name);
        page.AddSectionDictionary("CHANGE_NOTE")->SetValue("NAME", subject.previous->cycle_name);
    }
    for (const auto& attribute : report.attributes) {
        auto* row = page.AddSectionDictionary("ATTRIBUTE_ROW");
        row->SetValue("NAME", attribute.name);
        row->SetValue("SELF", attribute.self ? two_places(*attribute.self) : "None");
        row->SetValue("OTHERS", cell_text(attribute.others));
        row->SetValue("INTERVAL", attribute.others.shown && attribute.others.score.has_interval()
                                      ? two_places(attribute.others.score.low) + " to " +
                                            two_places(attribute.others.score.high)
                                      : "None");
        for (const auto& cell : attribute.by_group) {
            row->AddSectionDictionary("GROUP_CELL")->SetValue("TEXT", cell_text(cell));
        }
        if (subject.previous) {
            const auto found = subject.previous->attributes.find(attribute.id);
            row->AddSectionDictionary("CHANGE_CELL")
                ->SetValue("TEXT",
                           found == subject.previous->attributes.end() ? "None" : change_text(found->second));
        }
        auto flag = [&](bool raised, const char* text, const char* colour) {
            if (raised) {
                auto* tag = row->AddSectionDictionary("FLAG");
                tag->SetValue("TEXT", text);
                tag->SetValue("COLOUR", colour);
            }
        };
        flag(attribute.blind_spot, "Blind spot", "govuk-tag--orange");
        flag(attribute.hidden_strength, "Hidden strength", "govuk-tag--green");
        flag(attribute.raters_disagree, "Raters disagree", "govuk-tag--grey");
        if (attribute.stands_out && !attribute.blind_spot && !attribute.hidden_strength) {
            row->ShowSection("NO_CLEAR_GAP");
        }
        if (const auto found = subject.percentiles.find(attribute.id); found != subject.percentiles.end()) {
            row->AddSectionDictionary("PERCENTILE")->SetValue("VALUE", whole(found->second));
        }
    }
}

void fill_lists(ctemplate::TemplateDictionary& page, const app::CycleReportSet& set,
                const domain::IndividualReport& report) {
    for (const auto& [section, list] :
         {std::pair{"HIGHEST", &report.highest}, std::pair{"LOWEST", &report.lowest}}) {
        for (const auto& entry : *list) {
            const auto* behaviour = set.framework->find_behaviour(entry.id);
            auto* item = page.AddSectionDictionary(section);
            item->SetValue("TEXT", behaviour ? behaviour->rater_text : entry.id.value());
            item->SetValue("MEAN", two_places(entry.mean));
        }
    }
    if (report.focus.empty()) {
        page.ShowSection("NO_FOCUS");
    }
    for (const auto& area : report.focus) {
        const auto* attribute = set.framework->find_attribute(area.attribute);
        auto* focus = page.AddSectionDictionary("FOCUS");
        focus->SetValue("NAME", attribute ? attribute->name : area.attribute.value());
        focus->SetValue("REASON", area.reason);
        for (const auto& [has, section, ideas] :
             {std::tuple{"HAS_STRETCH", "STRETCH", &area.stretch_experiences},
              std::tuple{"HAS_MICRO", "MICRO", &area.micro_actions}}) {
            if (ideas->empty()) {
                continue;
            }
            auto* block = focus->AddSectionDictionary(has);
            for (const auto& idea : *ideas) {
                auto* item = block->AddSectionDictionary(section);
                item->SetValue("TEXT", idea.text);
                item->SetValue("EFFORT", effort_words(idea.effort));
            }
        }
    }
    bool any_comment = false;
    for (const auto& attribute : report.attributes) {
        if (attribute.strengths.empty() && attribute.to_develop.empty()) {
            continue;
        }
        any_comment = true;
        auto* block = page.AddSectionDictionary("ATTRIBUTE_COMMENTS");
        block->SetValue("NAME", attribute.name);
        for (const auto& [has, section, texts] :
             {std::tuple{"HAS_STRENGTHS", "STRENGTH", &attribute.strengths},
              std::tuple{"HAS_DEVELOP", "DEVELOP", &attribute.to_develop}}) {
            if (texts->empty()) {
                continue;
            }
            auto* list = block->AddSectionDictionary(has);
            for (const auto& text : *texts) {
                list->AddSectionDictionary(section)->SetValue("TEXT", text);
            }
        }
    }
    if (!any_comment) {
        page.ShowSection("NO_COMMENTS");
    }
}

} // namespace

void fill_report(ctemplate::TemplateDictionary& page, const app::CycleReportSet& reports,
                 const app::SubjectReport& subject, ReportMedium medium) {
    const auto& report = subject.report;
    page.SetValue("CYCLE", reports.cycle_name);
    page.SetValue("SUBJECT", subject.name);
    page.SetValue("SUMMARY", overall_summary(report, reports.norm));
    page.SetIntValue("LOWEST", reports.framework->scale.lowest());
    page.SetIntValue("HIGHEST", reports.framework->scale.highest());
    if (report.some_group_merged) {
        page.AddSectionDictionary("NOTE")->SetValue(
            "TEXT", "Some groups were too small to be shown on their own, so their answers are combined as "
                    "\"other raters\".");
    }
    if (report.some_group_left_out) {
        page.AddSectionDictionary("NOTE")->SetValue(
            "TEXT", "Some answers are left out of this report: a group was too small to be shown without "
                    "risking the anonymity of the people in it.");
    }
    if (const auto power = what_could_show(report)) {
        page.AddSectionDictionary("POWER")->SetValue("TEXT", *power);
    }
    page.SetValue("MARGIN", one_place(domain::standing_out_margin(reports.framework->scale)));
    fill_chart(page, reports, report);
    fill_group_details(page, reports, report, medium);
    fill_table(page, subject);
    fill_lists(page, reports, report);
}

std::string report_document(const PageRenderer& pages, const app::CycleReportSet& reports,
                            const app::SubjectReport& subject, const std::string& stylesheet) {
    ctemplate::TemplateDictionary page("report");
    fill_report(page, reports, subject, ReportMedium::Document);
    return pages.document("360 feedback report: " + subject.name, "report.tpl", page, stylesheet);
}

} // namespace leadline::web
