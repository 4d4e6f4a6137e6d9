#include <gtest/gtest.h>

#include "domain/people/grade.hpp"

using leadline::domain::grade_rank;

TEST(GradeRank, OrdersTheCivilServiceLadderWhateverTheSpelling) {
    EXPECT_LT(grade_rank("AO"), grade_rank("EO"));
    EXPECT_LT(grade_rank("EO"), grade_rank("HEO"));
    EXPECT_LT(grade_rank("SEO"), grade_rank("Grade 7"));
    EXPECT_EQ(grade_rank("Grade 7"), grade_rank("g7"));
    EXPECT_LT(grade_rank("G7"), grade_rank("grade 6"));
    EXPECT_LT(grade_rank("Grade 6"), grade_rank("SCS 1"));
    EXPECT_LT(grade_rank("SCS1"), grade_rank("scs2"));
}

TEST(GradeRank, AGradeItDoesNotKnowIsZero) {
    EXPECT_EQ(grade_rank("Band 5"), 0);
    EXPECT_EQ(grade_rank(""), 0);
}
