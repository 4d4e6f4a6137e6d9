#include "domain/framework/development_coverage.hpp"

namespace leadline::domain {

std::vector<std::string> development_gaps(const Framework& framework) {
    std::vector<std::string> gaps;
    if (framework.use != FrameworkUse::Feedback360) {
        return gaps;
    }
    for (const auto& attribute : framework.attributes) {
        const bool no_stretch = attribute.stretch_experiences.empty();
        const bool no_micro = attribute.micro_actions.empty();
        if (!no_stretch && !no_micro) {
            continue;
        }
        const std::string missing = no_stretch && no_micro ? "stretch experiences or micro-actions"
                                    : no_stretch           ? "stretch experiences"
                                                           : "micro-actions";
        gaps.push_back("the attribute \"" + attribute.id.value() + "\" has no " + missing +
                       ", so a report that suggests working on it can offer nothing to try");
    }
    return gaps;
}

} // namespace leadline::domain
