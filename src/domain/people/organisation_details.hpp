#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leadline::domain {

// Who is asking: the organisation running the 360, named in every email and on the rater's first page,
// with where to send questions and where its privacy notice is. Each may be empty until an admin sets it.
struct OrganisationDetails {
    std::string name;          // "Northshire County Council"
    std::string contact_email; // for questions about the feedback
    std::string privacy_url;   // the organisation's privacy notice, an http(s) address
    // How many months after a cycle closes its individual answers and comments are deleted, once its
    // reports are published (the reports are kept as they read); none: answers are kept.
    std::optional<int> answer_retention_months = std::nullopt;
};

// One thing wrong with what was typed for one field.
struct DetailProblem {
    std::string field; // "name", "contact-email" or "privacy-url"
    std::string message;
};

// What is wrong with the details as typed, field by field; empty when they will do. The name is needed
// (emails say who sent them); the contact and the privacy notice may be left out, but when given must be
// an email address and a full web address.
[[nodiscard]] std::vector<DetailProblem> organisation_problems(const OrganisationDetails& details);

// The details as they will be kept: spaces trimmed, the email in lower case.
[[nodiscard]] OrganisationDetails tidied(OrganisationDetails details);

// The lines that end every email: who sent it, whom to ask, and the privacy notice; empty when the
// organisation has not been named yet.
[[nodiscard]] std::string email_sign_off(const OrganisationDetails& details);

} // namespace leadline::domain
