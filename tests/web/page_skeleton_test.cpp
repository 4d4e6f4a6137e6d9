// A page skeleton: rendered once with markers, filled in per request.
#include <gtest/gtest.h>

#include "web/views/page_skeleton.hpp"

using leadline::web::PageSkeleton;

namespace {

std::string page_with_markers() {
    return "<form action=\"/r/" + PageSkeleton::slot_marker(0) + "/a/1\"><p>" + PageSkeleton::slot_marker(1) +
           "</p><input value=\"1\" checked><input value=\"2\" checked><textarea>" +
           PageSkeleton::slot_marker(1) + "</textarea></form>";
}

} // namespace

TEST(PageSkeleton, FillsEachSlotEscapedAndChecksOnlyTheChosenAnswers) {
    const auto skeleton = PageSkeleton::split(page_with_markers(), 2);
    ASSERT_TRUE(skeleton.has_value());
    EXPECT_EQ(skeleton->choices(), 2U);
    EXPECT_EQ(skeleton->fill({"abc", "<Sam & \"Jo\">"}, {false, true}),
              "<form action=\"/r/abc/a/1\"><p>&lt;Sam &amp; &quot;Jo&quot;&gt;</p><input value=\"1\"><input "
              "value=\"2\" checked><textarea>&lt;Sam &amp; &quot;Jo&quot;&gt;</textarea></form>");
    EXPECT_EQ(
        skeleton->fill({"", ""}, {false, false}),
        "<form action=\"/r//a/1\"><p></p><input value=\"1\"><input value=\"2\"><textarea></textarea></form>");
}

TEST(PageSkeleton, APageWithAnUnknownSlotIsNotSplit) {
    EXPECT_FALSE(PageSkeleton::split(page_with_markers(), 1).has_value())
        << "slot 1 is past the one slot asked for";
    EXPECT_FALSE(PageSkeleton::split("<p>Zq7slot9", 10).has_value()) << "an unfinished marker";
}

TEST(PageSkeleton, TextWithoutHolesComesBackAsItWas) {
    const auto skeleton = PageSkeleton::split("<p>checked &gt; nothing</p>", 0);
    ASSERT_TRUE(skeleton.has_value());
    EXPECT_EQ(skeleton->choices(), 0U);
    EXPECT_EQ(skeleton->fill({}, {}), "<p>checked &gt; nothing</p>");
}
