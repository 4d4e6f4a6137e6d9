#include <gtest/gtest.h>

#include "domain/accounts/role.hpp"
#include "domain/accounts/sign_in_policy.hpp"

using namespace leadline::domain;

TEST(Roles, RoundTripThroughTheirStableNames) {
    for (auto role : {Role::Admin, Role::Participant, Role::LineManager}) {
        EXPECT_EQ(role_from_string(to_string(role)), role);
    }
    EXPECT_EQ(role_from_string("line-manager"), Role::LineManager);
    EXPECT_FALSE(role_from_string("superuser").has_value());
    EXPECT_EQ(display_name(Role::Admin), "Administrator");
}

TEST(PasswordProblems, LengthIsCountedInCharactersNotBytes) {
    EXPECT_TRUE(password_problems("twelve chars", "").empty());
    EXPECT_FALSE(password_problems("eleven char", "").empty());
    // Eleven characters, more than twelve bytes.
    EXPECT_FALSE(password_problems("ééééééééééé", "").empty());
    EXPECT_TRUE(password_problems("éééééééééééé", "").empty());
    EXPECT_FALSE(password_problems(std::string(257, 'x'), "").empty());
}

TEST(PasswordProblems, TheEmailAddressIsNotAPassword) {
    EXPECT_EQ(password_problems("Sam.Jones@Council.example", "sam.jones@council.example").size(), 1U);
}

TEST(SignInPolicy, LocksAtTheTenthFailure) {
    const SignInPolicy policy;
    EXPECT_FALSE(sign_in_locked(policy, 9));
    EXPECT_TRUE(sign_in_locked(policy, 10));
}

TEST(SignInPolicy, SessionsEndWhenIdleOrTooOld) {
    const SignInPolicy policy;
    EXPECT_TRUE(session_alive(policy, 0, 0, 59 * 60));
    EXPECT_FALSE(session_alive(policy, 0, 0, 60 * 60));
    EXPECT_TRUE(session_alive(policy, 0, 11 * 3600, 11 * 3600 + 60));
    EXPECT_FALSE(session_alive(policy, 0, 12 * 3600 - 10, 12 * 3600));
}
