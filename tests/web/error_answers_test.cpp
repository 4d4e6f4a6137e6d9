// One mapping from a failure to an answer: statuses, pages and JSON, and faults logged with a
// reference the person can quote, never the link that carries a secret.
#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>
#include <sstream>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "support/demo_site.hpp"
#include "support/text_checks.hpp"
#include "web/handlers/error_answers.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

// Sends spdlog's lines to a string while the test runs.
class CapturedLog {
  public:
    CapturedLog() : m_previous(spdlog::default_logger()) {
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_lines);
        spdlog::set_default_logger(std::make_shared<spdlog::logger>("captured", sink));
    }
    ~CapturedLog() { spdlog::set_default_logger(m_previous); }
    CapturedLog(const CapturedLog&) = delete;
    CapturedLog& operator=(const CapturedLog&) = delete;
    [[nodiscard]] std::string text() const { return m_lines.str(); }

  private:
    std::ostringstream m_lines;
    std::shared_ptr<spdlog::logger> m_previous;
};

std::string reference_in(const std::string& body) {
    std::smatch found;
    const std::regex reference("quote this reference: ([0-9a-f]{8})");
    return std::regex_search(body, found, reference) ? found[1].str() : "";
}

// Breaks what rater pages read, as a database fault would.
void break_the_database(leadline::testing::DemoSite& site) {
    const auto command = "sqlite3 '" + site.database().url() + "' 'DROP TABLE invitation_links;'";
    ASSERT_EQ(std::system(command.c_str()), 0);
}

} // namespace

TEST(ErrorAnswers, EachKindOfFailureHasOneStatus) {
    using domain::ErrorCode;
    const std::vector<std::pair<ErrorCode, int>> expected{
        {ErrorCode::NotFound, 404}, {ErrorCode::InvalidInput, 400},       {ErrorCode::PermissionDenied, 403},
        {ErrorCode::Conflict, 409}, {ErrorCode::FailedPrecondition, 409}, {ErrorCode::Unavailable, 503},
        {ErrorCode::Internal, 500}};
    for (const auto& [code, status] : expected) {
        EXPECT_EQ(web::status_for(code), status) << domain::to_string(code);
    }
}

TEST(ErrorAnswers, AFaultIsLoggedWithTheReferenceThePageShowsAndNeverTheLink) {
    leadline::testing::DemoSite site;
    const auto token = site.open_token(domain::RaterGroup::Peer);
    break_the_database(site);
    CapturedLog log;
    const auto page = site.get("/r/" + token + "/check");
    EXPECT_EQ(page.status, 500);
    const auto reference = reference_in(page.body);
    ASSERT_FALSE(reference.empty()) << page.body;
    const auto logged = log.text();
    EXPECT_TRUE(contains(logged, "request " + reference)) << logged;
    EXPECT_TRUE(contains(logged, "/r/{token}/check")) << logged;
    EXPECT_FALSE(contains(logged, token)) << logged;
    EXPECT_FALSE(contains(page.body, token));
}

TEST(ErrorAnswers, TwoFaultsHaveDifferentReferences) {
    leadline::testing::DemoSite site;
    const auto token = site.open_token(domain::RaterGroup::Peer);
    break_the_database(site);
    CapturedLog log;
    const auto first = reference_in(site.get("/r/" + token + "/check").body);
    const auto second = reference_in(site.get("/r/" + token + "/check").body);
    EXPECT_FALSE(first.empty());
    EXPECT_NE(first, second);
}

TEST(ErrorAnswers, AWrongMethodIsRefusedWithWhatTheAddressAllows) {
    leadline::testing::DemoSite site;
    const auto token = site.open_token(domain::RaterGroup::Peer);
    web::Request request;
    request.method = web::Method::Get;
    request.path = "/r/" + token + "/submit";
    const auto refused = site.app().handle(request);
    EXPECT_EQ(refused.status, 405);
    ASSERT_NE(refused.header("Allow"), nullptr);
    EXPECT_EQ(*refused.header("Allow"), "POST");
    request.method = web::Method::Other;
    request.path = "/healthz";
    EXPECT_EQ(*site.app().handle(request).header("Allow"), "GET, HEAD");
}
