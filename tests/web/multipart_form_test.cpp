// Reading forms that carry a file, as browsers send them.
#include <gtest/gtest.h>

#include "web/http/multipart_form.hpp"

using namespace leadline::web;

namespace {

const std::string content_type = "multipart/form-data; boundary=----LeadlineBoundary7MA4YWxk";

std::string part(const std::string& headers, const std::string& content) {
    return "------LeadlineBoundary7MA4YWxk\r\n" + headers + "\r\n\r\n" + content + "\r\n";
}

const std::string closing = "------LeadlineBoundary7MA4YWxk--\r\n";

} // namespace

TEST(MultipartForm, ReadsFieldsAndAFileInTheOrderSentKeepingTheFilesLineEnds) {
    const std::string file = "email,name\r\nsam@x.example,\"Jones,\r\nSam\"\r\n";
    const auto body = part(R"(Content-Disposition: form-data; name="csrf")", "abc123") +
                      part("Content-Disposition: form-data; name=\"people\"; filename=\"staff.csv\"\r\n"
                           "Content-Type: text/csv",
                           file) +
                      part(R"(content-disposition: form-data; name="lists")", "everyone") + closing;
    const auto fields = parse_multipart_form(content_type, body);
    ASSERT_TRUE(fields.has_value());
    ASSERT_EQ(fields->size(), 3U);
    EXPECT_EQ((*fields)[0].name, "csrf");
    EXPECT_EQ((*fields)[0].value, "abc123");
    EXPECT_EQ((*fields)[1].name, "people");
    EXPECT_EQ((*fields)[1].value, file);
    EXPECT_EQ((*fields)[2].value, "everyone");
}

TEST(MultipartForm, AcceptsAQuotedBoundaryAndAnEmptyFile) {
    const auto body =
        "--abc\r\nContent-Disposition: form-data; name=\"people\"; filename=\"\"\r\n\r\n\r\n--abc--";
    const auto fields = parse_multipart_form("Multipart/Form-Data; boundary=\"abc\"", body);
    ASSERT_TRUE(fields.has_value());
    ASSERT_EQ(fields->size(), 1U);
    EXPECT_EQ((*fields)[0].value, "");
}

TEST(MultipartForm, RefusesBodiesThatDoNotFollowTheirBoundary) {
    const auto good = part(R"(Content-Disposition: form-data; name="csrf")", "abc") + closing;
    EXPECT_FALSE(parse_multipart_form("multipart/form-data", good)) << "no boundary";
    EXPECT_FALSE(parse_multipart_form("application/x-www-form-urlencoded", good));
    EXPECT_FALSE(parse_multipart_form(content_type, good.substr(0, good.size() - closing.size())))
        << "cut short before the closing boundary";
    EXPECT_FALSE(parse_multipart_form(content_type, "csrf=abc"));
    EXPECT_FALSE(parse_multipart_form(content_type, part("Content-Type: text/plain", "x") + closing))
        << "a part without a name";
    EXPECT_FALSE(parse_multipart_form(
        content_type, part(R"(Content-Disposition: form-data; name="unclosed)", "x") + closing));
}

TEST(MultipartForm, KnowsAMultipartContentTypeWhateverItsCase) {
    EXPECT_TRUE(is_multipart_form("multipart/form-data; boundary=x"));
    EXPECT_TRUE(is_multipart_form("MULTIPART/FORM-DATA;boundary=x"));
    EXPECT_FALSE(is_multipart_form("multipart/mixed; boundary=x"));
    EXPECT_FALSE(is_multipart_form(""));
}
