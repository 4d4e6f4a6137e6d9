#include "web/views/report_chart.hpp"

#include <algorithm>

#include "web/views/figures.hpp"

namespace leadline::web {

void draw_chart(ctemplate::TemplateDictionary& where, const domain::RatingScale& scale, const std::string& id,
                const std::string& title, const std::vector<ChartLine>& lines) {
    auto* chart = where.AddIncludeDictionary("CHART");
    chart->SetFilename("report_chart.tpl");
    chart->SetValue("TITLE_ID", id);
    chart->SetValue("TITLE", title);
    const double lowest = scale.lowest();
    const double span = scale.highest() - lowest;
    auto x_of = [&](double value) {
        return 50.0 + (std::clamp(value, lowest, lowest + span) - lowest) / span * 540.0;
    };
    constexpr int line_height = 48;
    int top = 0;
    for (const auto& line : lines) {
        auto* row = chart->AddSectionDictionary("CHART_ROW");
        row->SetValue("NAME", line.name);
        row->SetIntValue("Y_TEXT", top + 18);
        const int y = top + 34;
        row->SetIntValue("Y_LINE", y);
        if (line.others != nullptr && line.others->shown) {
            const auto& score = line.others->score;
            if (score.has_interval()) {
                auto* interval = row->AddSectionDictionary("INTERVAL");
                interval->SetValue("X_LOW", whole(x_of(score.low)));
                interval->SetValue("X_HIGH", whole(x_of(score.high)));
            }
            auto* others = row->AddSectionDictionary("OTHERS");
            others->SetValue("X", whole(x_of(score.mean)));
            others->SetIntValue("Y", y);
        }
        if (line.self) {
            auto* self = row->AddSectionDictionary("SELF");
            self->SetValue("X", whole(x_of(*line.self) - 6));
            self->SetIntValue("Y", y - 6);
        }
        top += line_height;
    }
    for (const auto& point : scale.points) {
        auto* tick = chart->AddSectionDictionary("TICK");
        tick->SetValue("X", whole(x_of(point.value)));
        tick->SetIntValue("Y", top + 20);
        tick->SetValue("LABEL", std::to_string(point.value) + " " + point.label);
    }
    chart->SetIntValue("CHART_HEIGHT", top + 30);
}

} // namespace leadline::web
