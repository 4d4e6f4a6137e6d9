// Email: the SMTP sender against a sink on 127.0.0.1, the outbox delivered, and `leadline outbox`.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "app/feedback/invitations.hpp"
#include "app/feedback/outbox_delivery.hpp"
#include "mail/smtp_mail_sender.hpp"
#include "support/demo_site.hpp"
#include "support/smtp_sink.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

mail::SmtpMailSender sender_for(const leadline::testing::SmtpSink& sink) {
    return mail::SmtpMailSender({sink.url(), "leadline@council.example", 10});
}

domain::CycleId open_cycle(app::Store& store) {
    const auto all = store.cycles().cycles().value();
    for (const auto& cycle : all) {
        if (cycle.state == domain::CycleState::Open) {
            return cycle.id;
        }
    }
    return {};
}

std::string run(const std::string& command) {
    std::string output;
    std::array<char, 4096> chunk{};
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    while (pipe != nullptr && std::fgets(chunk.data(), chunk.size(), pipe) != nullptr) {
        output += chunk.data();
    }
    if (pipe != nullptr) {
        pclose(pipe);
    }
    return output;
}

} // namespace

TEST(SmtpMailSender, DeliversAPlainTextMessageWithItsHeaders) {
    leadline::testing::SmtpSink sink;
    auto sender = sender_for(sink);
    ASSERT_TRUE(sender.send({"sam@council.example", "Feedback for Siân Jones",
                             "Hello,\n\nOpen your private link:\nhttps://l.example/r/abc\n"}));
    const auto mail = sink.wait_for(1, std::chrono::seconds(5));
    ASSERT_EQ(mail.size(), 1U);
    EXPECT_EQ(mail[0].from, "<leadline@council.example>");
    ASSERT_EQ(mail[0].to.size(), 1U);
    EXPECT_EQ(mail[0].to[0], "<sam@council.example>");
    EXPECT_TRUE(contains(mail[0].data, "To: <sam@council.example>\r\n"));
    EXPECT_TRUE(contains(mail[0].data, "Subject: =?UTF-8?B?")) << "a non-ASCII subject is encoded";
    EXPECT_TRUE(contains(mail[0].data, "Content-Type: text/plain; charset=UTF-8"));
    EXPECT_TRUE(contains(mail[0].data,
                         "\r\n\r\nHello,\r\n\r\nOpen your private link:\r\nhttps://l.example/r/abc\r\n"));
}

TEST(SmtpMailSender, ASubjectCannotAddHeaders) {
    const auto text =
        mail::format_message({"a@x.example", "Hi\r\nBcc: everyone@x.example", "Body"}, "leadline@x.example",
                             "Sun, 22 Nov 2026 10:00:00 +0000", "1@x.example");
    EXPECT_FALSE(contains(text, "\r\nBcc:"));
    EXPECT_TRUE(contains(text, "Subject: Hi  Bcc: everyone@x.example\r\n"));
}

TEST(SmtpMailSender, AnUnreachableServerIsAClearError) {
    unsigned short closed_port = 0;
    {
        leadline::testing::SmtpSink sink;
        closed_port = sink.port();
    }
    mail::SmtpMailSender sender({"smtp://127.0.0.1:" + std::to_string(closed_port), "l@x.example", 5});
    auto sent = sender.send({"a@x.example", "s", "b"});
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().code, domain::ErrorCode::Unavailable);
    EXPECT_TRUE(contains(sent.error().message, "mail server"));
}

TEST(OutboxDelivery, SendsEverythingWaitingOnceAndForgetsTheLinks) {
    leadline::testing::DemoSite site;
    ASSERT_GT(app::Invitations(site.store(), site.clock(), "https://leadline.example")
                  .remind_unanswered(open_cycle(site.store()))
                  .value(),
              0);
    const auto waiting = site.store().outbox().unsent(10000).value();
    leadline::testing::SmtpSink sink;
    auto sender = sender_for(sink);
    const auto report =
        app::OutboxDelivery(site.store(), sender, site.clock()).deliver_waiting(10000).value();
    EXPECT_EQ(report.sent, static_cast<int>(waiting.size()));
    EXPECT_EQ(report.failed, 0);
    const auto mail = sink.wait_for(waiting.size(), std::chrono::seconds(10));
    ASSERT_EQ(mail.size(), waiting.size());
    EXPECT_TRUE(contains(mail[0].data, "https://leadline.example/r/"));
    EXPECT_TRUE(site.store().outbox().unsent(10).value().empty());
    const auto all = site.store().outbox().recent(10).value();
    for (const auto& message : all) {
        EXPECT_EQ(message.body, "") << "a sent message's private link is not kept";
    }
    EXPECT_EQ(app::OutboxDelivery(site.store(), sender, site.clock()).deliver_waiting().value().sent, 0);
}

TEST(OutboxDelivery, AFailedMessageWaitsWithItsReason) {
    leadline::testing::DemoSite site;
    ASSERT_TRUE(site.store().outbox().enqueue(
        app::new_message("a@x.example", app::MessageKind::Invitation, "Feedback", "link", 1)));
    unsigned short closed_port = 0;
    {
        leadline::testing::SmtpSink sink;
        closed_port = sink.port();
    }
    mail::SmtpMailSender sender({"smtp://127.0.0.1:" + std::to_string(closed_port), "l@x.example", 5});
    const auto report = app::OutboxDelivery(site.store(), sender, site.clock()).deliver_waiting().value();
    EXPECT_EQ(report.failed, 1);
    const auto waiting = site.store().outbox().unsent(10).value();
    ASSERT_EQ(waiting.size(), 1U);
    EXPECT_EQ(waiting[0].body, "link");
    EXPECT_TRUE(contains(waiting[0].last_error, "mail server"));

    // Tried again only after its delay, which doubles with each failure, and the others go meanwhile.
    EXPECT_EQ(app::OutboxDelivery(site.store(), sender, site.clock()).deliver_waiting().value().failed, 0)
        << "too soon";
    site.clock().advance(app::retry_delay_seconds(1));
    EXPECT_EQ(app::OutboxDelivery(site.store(), sender, site.clock()).deliver_waiting().value().failed, 1);
    site.clock().advance(app::retry_delay_seconds(1));
    EXPECT_EQ(app::OutboxDelivery(site.store(), sender, site.clock()).deliver_waiting().value().failed, 0)
        << "the second wait is twice the first";
    site.clock().advance(app::retry_delay_seconds(2));
    EXPECT_EQ(app::OutboxDelivery(site.store(), sender, site.clock()).deliver_waiting().value().failed, 1);
}

TEST(OutboxCommand, PrintsTheWaitingLinksAndSendsThem) {
    leadline::testing::DemoSite site;
    ASSERT_TRUE(site.store().outbox().enqueue(
        app::new_message("sam@council.example", app::MessageKind::Invitation, "Feedback for Alex",
                         "Open https://l.example/r/tok\n", 1)));
    const auto database = site.database().url();
    const auto listed = run(std::string(LEADLINE_BINARY) + " outbox --db " + database);
    EXPECT_TRUE(contains(listed, "1 messages waiting")) << listed;
    EXPECT_TRUE(contains(listed, "To: sam@council.example"));
    EXPECT_TRUE(contains(listed, "https://l.example/r/tok"));

    leadline::testing::SmtpSink sink;
    const auto sent =
        run(std::string(LEADLINE_BINARY) + " outbox send --db " + database + " --smtp-url " + sink.url());
    EXPECT_TRUE(contains(sent, "Sent 1 messages.")) << sent;
    EXPECT_EQ(sink.wait_for(1, std::chrono::seconds(5)).size(), 1U);
    EXPECT_TRUE(
        contains(run(std::string(LEADLINE_BINARY) + " outbox --db " + database), "Nothing is waiting"));
}

TEST(OutboxCommand, TheServerSendsTheOutboxWhenGivenAMailServer) {
    leadline::testing::DemoSite site;
    ASSERT_TRUE(site.store().outbox().enqueue(app::new_message(
        "sam@council.example", app::MessageKind::Reminder, "Reminder", "Open the link\n", 1)));
    leadline::testing::SmtpSink sink;
    // The server sends at start, then every few seconds; `timeout` stops it as Ctrl+C would.
    const auto output =
        run("timeout -s INT 3 " + std::string(LEADLINE_BINARY) + " serve --db " + site.database().url() +
            " --port 0 --smtp-url smtp://user:secret@127.0.0.1:" + std::to_string(sink.port()));
    EXPECT_TRUE(contains(output, "Sending email through smtp://127.0.0.1:")) << output;
    EXPECT_FALSE(contains(output, "secret")) << "the mail password is never printed";
    // The demo's people also get the week's emails about their micro-actions, so the reminder is looked
    // for among whatever arrived.
    const auto received = sink.wait_for(1, std::chrono::seconds(5));
    EXPECT_TRUE(std::any_of(received.begin(), received.end(),
                            [](const auto& mail) { return contains(mail.data, "Subject: Reminder"); }));
    const auto unsent = site.store().outbox().unsent(1000).value();
    EXPECT_TRUE(std::none_of(unsent.begin(), unsent.end(), [](const app::OutboxMessage& message) {
        return message.kind == app::MessageKind::Reminder;
    })) << "the reminder was sent";
}
