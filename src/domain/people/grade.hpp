#pragma once

#include <string_view>

namespace leadline::domain {

// Where a grade sits on the civil service ladder, AA (1) up to SCS3 (10); 0 when the grade is not one
// it knows (a council's pay band, say), so that comparisons of seniority are made only when both
// grades are known. Case, spaces and "Grade 7"/"G7" spellings do not matter.
[[nodiscard]] int grade_rank(std::string_view grade);

} // namespace leadline::domain
