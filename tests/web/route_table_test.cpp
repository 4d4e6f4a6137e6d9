// The route table as data: patterns with typed parameters, and how a request's method and path resolve.
#include <gtest/gtest.h>

#include "web/routes/route_table.hpp"

using namespace leadline;
using web::Method;

namespace {

web::Response unused(const web::Exchange&) {
    return web::Response::text(200, "");
}

web::RouteTable small_table() {
    using enum web::Audience;
    return web::RouteTable(
        {
            {web::RouteMethod::Get, "/admin/cycles/{cycle}", Admin, web::FormToken::None, unused, "a cycle"},
            {web::RouteMethod::Get, "/admin/cycles/{cycle}/heatmap.csv", Admin, web::FormToken::None, unused,
             "csv"},
            {web::RouteMethod::Get, "/admin/learning-sets/{plan}.csv", Admin, web::FormToken::None, unused,
             "csv"},
            {web::RouteMethod::Post, "/r/{token}/a/{page}", LinkHolder, web::FormToken::RaterLink, unused,
             "save"},
            {web::RouteMethod::Get, "/r/{token}/a/{page}", LinkHolder, web::FormToken::None, unused, "page"},
            {web::RouteMethod::Get, "/assets/{file...}", Anyone, web::FormToken::None, unused, "assets"},
        },
        {{"/admin", Admin}});
}

} // namespace

TEST(RoutePattern, AnIdParameterTakesOnlyAPositiveWholeNumber) {
    const auto table = small_table();
    const auto found = table.resolve(Method::Get, "/admin/cycles/12");
    ASSERT_NE(found.route, nullptr);
    EXPECT_EQ(found.parameters.cycle(), domain::CycleId{12});
    for (const auto* path :
         {"/admin/cycles/0", "/admin/cycles/-3", "/admin/cycles/12x", "/admin/cycles/new"}) {
        EXPECT_EQ(table.resolve(Method::Get, path).route, nullptr) << path;
    }
}

TEST(RoutePattern, ASuffixAfterAParameterMustBeThere) {
    const auto table = small_table();
    const auto csv = table.resolve(Method::Get, "/admin/learning-sets/7.csv");
    ASSERT_NE(csv.route, nullptr);
    EXPECT_EQ(csv.parameters.plan(), 7);
    EXPECT_EQ(table.resolve(Method::Get, "/admin/learning-sets/7").route, nullptr);
    EXPECT_EQ(table.resolve(Method::Get, "/admin/learning-sets/.csv").route, nullptr);
}

TEST(RoutePattern, ASecretTakesAnyTextAndTheRestOfThePathTakesEverySegment) {
    const auto table = small_table();
    const auto page = table.resolve(Method::Get, "/r/abc-DEF_123/a/2");
    ASSERT_NE(page.route, nullptr);
    EXPECT_EQ(page.parameters.token(), "abc-DEF_123");
    EXPECT_EQ(page.parameters.page(), 2U);
    const auto asset = table.resolve(Method::Get, "/assets/images/icon.svg");
    ASSERT_NE(asset.route, nullptr);
    EXPECT_EQ(asset.parameters.file(), "images/icon.svg");
}

TEST(RoutePattern, APatternWithAParameterOfNoKnownTypeStopsTheTableFromLoading) {
    using enum web::Audience;
    EXPECT_THROW(web::RouteTable(
                     {{web::RouteMethod::Get, "/x/{thing}", Anyone, web::FormToken::None, unused, ""}}, {}),
                 std::logic_error);
    EXPECT_THROW(
        web::RouteTable({{web::RouteMethod::Get, "/x/{file...}/y", Anyone, web::FormToken::None, unused, ""}},
                        {}),
        std::logic_error);
    EXPECT_THROW(
        web::RouteTable({{web::RouteMethod::Get, "x", Anyone, web::FormToken::None, unused, ""}}, {}),
        std::logic_error);
}

TEST(RouteTable, AHeadIsAnsweredByTheGetRouteAndAnotherMethodListsWhatThePathAllows) {
    const auto table = small_table();
    EXPECT_NE(table.resolve(Method::Head, "/admin/cycles/3").route, nullptr);
    const auto post = table.resolve(Method::Post, "/admin/cycles/3");
    EXPECT_EQ(post.route, nullptr);
    EXPECT_EQ(web::allow_header(post.methods_for_path), "GET, HEAD");
    const auto other = table.resolve(Method::Other, "/r/abc/a/1");
    EXPECT_EQ(web::allow_header(other.methods_for_path), "GET, HEAD, POST");
    EXPECT_TRUE(table.resolve(Method::Post, "/nowhere").methods_for_path.empty());
}

TEST(RouteTable, AnAddressUnderAnAreaIsInItAndOneThatOnlyStartsTheSameIsNot) {
    const auto table = small_table();
    EXPECT_NE(table.resolve(Method::Get, "/admin").area, nullptr);
    EXPECT_NE(table.resolve(Method::Get, "/admin/anything/else").area, nullptr);
    EXPECT_EQ(table.resolve(Method::Get, "/administration").area, nullptr);
}

TEST(RouteTable, TheProductsTableLoadsAndEveryPostNeedsAFormToken) {
    const auto& table = web::product_routes();
    EXPECT_GT(table.routes().size(), 40U);
    for (const auto& route : table.routes()) {
        EXPECT_EQ(route.method == web::RouteMethod::Post, route.form != web::FormToken::None)
            << route.pattern;
        EXPECT_FALSE(route.summary.empty()) << route.pattern;
    }
}
