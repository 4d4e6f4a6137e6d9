// The organisation's details as an admin types them: what is refused, how they are kept, and how emails
// are signed off with them.
#include <gtest/gtest.h>

#include "domain/people/organisation_details.hpp"

using namespace leadline::domain;

namespace {

std::vector<std::string> fields_of(const std::vector<DetailProblem>& problems) {
    std::vector<std::string> fields;
    for (const auto& problem : problems) {
        fields.push_back(problem.field);
    }
    return fields;
}

} // namespace

TEST(OrganisationDetails, ANameIsNeededAndTheRestMayBeLeftOut) {
    EXPECT_TRUE(organisation_problems({"Northshire County Council", "", ""}).empty());
    EXPECT_EQ(fields_of(organisation_problems({"   ", "", ""})), std::vector<std::string>{"name"});
    EXPECT_EQ(fields_of(organisation_problems({std::string(121, 'a'), "", ""})),
              std::vector<std::string>{"name"});
}

TEST(OrganisationDetails, TheContactMustBeAnEmailAndThePrivacyNoticeAFullWebAddress) {
    EXPECT_EQ(fields_of(organisation_problems({"N", "hr at council", "http//council.example"})),
              (std::vector<std::string>{"contact-email", "privacy-url"}));
    EXPECT_TRUE(organisation_problems({"N", " HR@Council.Example ", " https://www.council.example/privacy "})
                    .empty());
    for (const auto* refused : {"javascript:alert(1)", "https://", "https://localhost/privacy",
                                "https://council.example/a b", "https://council.example/\"onmouseover=x",
                                "ftp://council.example/privacy", "www.council.example/privacy"}) {
        EXPECT_EQ(fields_of(organisation_problems({"N", "", refused})),
                  std::vector<std::string>{"privacy-url"})
            << refused;
    }
    EXPECT_TRUE(
        organisation_problems({"N", "", "http://intranet.council.example/privacy?page=staff#360"}).empty());
}

TEST(OrganisationDetails, KeptTrimmedWithTheEmailInLowerCase) {
    const auto kept =
        tidied({"  Northshire County Council ", " HR@Council.Example ", " https://c.example/p "});
    EXPECT_EQ(kept.name, "Northshire County Council");
    EXPECT_EQ(kept.contact_email, "hr@council.example");
    EXPECT_EQ(kept.privacy_url, "https://c.example/p");
}

TEST(OrganisationDetails, EmailsAreSignedOffWithWhatIsSetAndNothingBeforeANameIs) {
    EXPECT_EQ(email_sign_off({}), "");
    EXPECT_EQ(email_sign_off({"Northshire County Council", "", ""}),
              "\n--\nSent for Northshire County Council by Leadline.\n");
    EXPECT_EQ(email_sign_off(
                  {"Northshire County Council", "hr@northshire.example", "https://northshire.example/p"}),
              "\n--\nSent for Northshire County Council by Leadline.\n"
              "Questions about this feedback: hr@northshire.example\n"
              "How your information is used: https://northshire.example/p\n");
}
