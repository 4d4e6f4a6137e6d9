#pragma once

#include <string>
#include <vector>

#include "app/feedback/rater_journey.hpp"
#include "app/ports/mentoring_repository.hpp"
#include "domain/framework/framework.hpp"

namespace leadline::app {

// What someone typed on their mentoring page after a cycle.
struct TypedMentoringChoice {
    std::string wants;                  // "yes" or "no": whether they would like a mentor
    std::vector<std::string> develop;   // attribute ids ticked
    std::vector<std::string> strengths; // attribute ids ticked
    std::string capacity;               // how many people they could mentor; blank: the programme's usual
};

// The most development areas someone may choose: a mentor helps with a few things, not everything.
inline constexpr std::size_t most_mentoring_areas = 3;
// The most people one person may offer to mentor.
inline constexpr int most_mentees = 10;

// The choice, or the problems to show by their fields. Ticked ids must be the framework's attributes.
struct MentoringChoiceRead {
    std::vector<FieldProblem> problems;
    MentoringChoice choice;
};
[[nodiscard]] MentoringChoiceRead read_mentoring_choice(const domain::Framework& framework,
                                                        const TypedMentoringChoice& typed,
                                                        std::int64_t person);

// The form as a saved choice fills it.
[[nodiscard]] TypedMentoringChoice typed_mentoring_choice(const MentoringChoice& choice);

} // namespace leadline::app
