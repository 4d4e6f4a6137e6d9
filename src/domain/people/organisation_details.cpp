#include "domain/people/organisation_details.hpp"

#include <algorithm>
#include <cctype>

#include "domain/people/person.hpp"

namespace leadline::domain {

namespace {

constexpr std::size_t longest_name = 120;
constexpr std::size_t longest_address = 500;

std::string trimmed(std::string_view text) {
    const auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && is_space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_space(text.back())) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

// A full web address a browser can open: http or https, a host, and nothing that could break out of a
// link (spaces, quotes, angle brackets).
bool is_web_address(std::string_view url) {
    std::string_view rest;
    if (url.rfind("https://", 0) == 0) {
        rest = url.substr(8);
    } else if (url.rfind("http://", 0) == 0) {
        rest = url.substr(7);
    } else {
        return false;
    }
    const auto host_end = rest.find_first_of("/?#");
    const auto host = rest.substr(0, host_end);
    if (host.empty() || host.find('.') == std::string_view::npos) {
        return false;
    }
    return std::none_of(url.begin(), url.end(), [](char c) {
        return std::isspace(static_cast<unsigned char>(c)) != 0 || c == '"' || c == '\'' || c == '<' ||
               c == '>' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
}

} // namespace

std::vector<DetailProblem> organisation_problems(const OrganisationDetails& typed) {
    const auto details = tidied(typed);
    std::vector<DetailProblem> problems;
    if (details.name.empty()) {
        problems.push_back({"name", "Enter your organisation's name"});
    } else if (details.name.size() > longest_name) {
        problems.push_back(
            {"name", "The name must be " + std::to_string(longest_name) + " characters or fewer"});
    }
    if (!details.contact_email.empty() && !normalise_email(details.contact_email)) {
        problems.push_back({"contact-email", "Enter an email address in the correct format, like "
                                             "hr@council.example"});
    }
    if (!details.privacy_url.empty() &&
        (details.privacy_url.size() > longest_address || !is_web_address(details.privacy_url))) {
        problems.push_back({"privacy-url", "Enter the full web address of the privacy notice, starting with "
                                           "https://, like https://www.council.example/privacy"});
    }
    return problems;
}

OrganisationDetails tidied(OrganisationDetails details) {
    details.name = trimmed(details.name);
    details.contact_email = trimmed(details.contact_email);
    if (auto email = normalise_email(details.contact_email)) {
        details.contact_email = *email;
    }
    details.privacy_url = trimmed(details.privacy_url);
    return details;
}

std::string email_sign_off(const OrganisationDetails& details) {
    if (details.name.empty()) {
        return "";
    }
    std::string lines = "\n--\nSent for " + details.name + " by Leadline.\n";
    if (!details.contact_email.empty()) {
        lines += "Questions about this feedback: " + details.contact_email + "\n";
    }
    if (!details.privacy_url.empty()) {
        lines += "How your information is used: " + details.privacy_url + "\n";
    }
    return lines;
}

} // namespace leadline::domain
