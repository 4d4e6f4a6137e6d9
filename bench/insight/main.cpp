// The robustness suite in full: every rater model at 3, 5, 8 and 15 raters, printed as the Markdown
// table in docs/methodology/report.md. Usage: leadline_bench_insight [subjects per run] [seed] [rule]
// (rule "fdr" or "shrunk": flags by a rule the report does not use, for comparison).
#include <cstdlib>
#include <iostream>
#include <string>

#include "bench/insight/rater_models.hpp"

int main(int argc, char** argv) {
    const int subjects = argc > 1 ? std::stoi(argv[1]) : 4000;
    const std::uint64_t seed = argc > 2 ? std::stoull(argv[2]) : 2026;
    const std::string named = argc > 3 ? argv[3] : "";
    const auto rule = named == "fdr"      ? leadline::domain::FlagRule::FalseDiscoveryRate
                      : named == "shrunk" ? leadline::domain::FlagRule::Shrunk
                                          : leadline::domain::FlagRule::BoundBeyondMargin;
    std::vector<leadline::insight::ModelCheck> checks;
    for (const auto& model : leadline::insight::rater_models()) {
        for (int raters : {3, 5, 8, 15}) {
            checks.push_back(leadline::insight::check_model(model, raters, subjects, seed, rule));
        }
    }
    std::cout << leadline::insight::markdown_tables(checks);
    return EXIT_SUCCESS;
}
