#include <gtest/gtest.h>

#include <set>

#include "app/security/invitation_token.hpp"

using namespace leadline::app;

TEST(InvitationToken, CarriesAtLeast128BitsAndIsUrlSafe) {
    const auto token = new_invitation_token();
    EXPECT_GE(token.size() * 6, 128U);
    EXPECT_EQ(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
}

TEST(InvitationToken, IsDifferentEveryTime) {
    std::set<std::string> tokens;
    for (int i = 0; i < 1000; ++i) {
        tokens.insert(new_invitation_token());
    }
    EXPECT_EQ(tokens.size(), 1000U);
}

TEST(InvitationToken, HashIsStableAndDoesNotContainTheToken) {
    const auto token = new_invitation_token();
    EXPECT_EQ(hash_token(token), hash_token(token));
    EXPECT_EQ(hash_token(token).size(), 64U);
    EXPECT_EQ(hash_token(token).find(token), std::string::npos);
    EXPECT_NE(hash_token(token), hash_token(token + "x"));
}
