// An answer acknowledged to the browser is on disk: the server is killed (SIGKILL) at random moments
// while raters save answers, restarted, and every acknowledged answer must still be there.
#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <map>
#include <mutex>
#include <random>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "support/demo_site.hpp"
#include "web/http/form_tokens.hpp"

extern char** environ;

using namespace leadline;
namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

// `leadline serve` in a child process, on a free port.
class ServerProcess {
  public:
    explicit ServerProcess(const std::string& database) {
        int pipe_ends[2];
        if (pipe(pipe_ends) != 0) {
            throw std::runtime_error("pipe failed");
        }
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipe_ends[0]);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        std::vector<std::string> args{LEADLINE_BINARY, "serve", "--db",        database,
                                      "--port",        "0",     "--templates", LEADLINE_SOURCE_TEMPLATES};
        std::vector<char*> argv;
        for (auto& arg : args) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);
        if (posix_spawn(&m_pid, LEADLINE_BINARY, &actions, nullptr, argv.data(), environ) != 0) {
            throw std::runtime_error("cannot start leadline serve");
        }
        posix_spawn_file_actions_destroy(&actions);
        close(pipe_ends[1]);
        std::string output;
        char chunk[256];
        while (output.find("/ (press") == std::string::npos) {
            const auto got = read(pipe_ends[0], chunk, sizeof chunk);
            if (got <= 0) {
                throw std::runtime_error("leadline serve did not start: " + output);
            }
            output.append(chunk, static_cast<std::size_t>(got));
        }
        close(pipe_ends[0]);
        const auto colon = output.rfind(':', output.find("/ (press"));
        m_port = static_cast<unsigned short>(std::stoi(output.substr(colon + 1)));
    }

    ~ServerProcess() { kill_now(); }

    void kill_now() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            int status = 0;
            waitpid(m_pid, &status, 0);
            m_pid = 0;
        }
    }

    [[nodiscard]] unsigned short port() const { return m_port; }

  private:
    pid_t m_pid = 0;
    unsigned short m_port = 0;
};

// What a rater's browser knows: the last value the server acknowledged, and one it sent without an
// answer yet (that one may or may not have been saved when the server died).
struct Ledger {
    int acknowledged = 0;
    int in_flight = 0;
};

} // namespace

TEST(CrashDurability, NoAcknowledgedAnswerIsLostWhenTheServerIsKilledUnderLoad) {
    leadline::testing::DemoSite site;
    std::vector<std::string> tokens;
    for (const auto& nomination : site.demo().open_cycle.nominations) {
        if (!nomination.answers && nomination.group != domain::RaterGroup::Self && tokens.size() < 6) {
            tokens.push_back(nomination.token);
        }
    }
    ASSERT_GE(tokens.size(), 4U);
    const auto catalog = app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
    const auto& attribute = catalog.find("leadership-in-action")->framework.attributes[0];

    std::map<std::string, Ledger> ledgers;
    std::mutex ledger_mutex;
    std::mt19937 random(20261122);
    std::size_t acknowledged_total = 0;
    for (int round = 0; round < 6; ++round) {
        ServerProcess server(site.database().url());
        std::atomic<bool> stop{false};
        std::vector<std::thread> raters;
        for (const auto& token : tokens) {
            raters.emplace_back([&, token] {
                net::io_context io;
                int value = 1;
                while (!stop) {
                    beast::tcp_stream stream(io);
                    beast::error_code error;
                    stream.connect({net::ip::make_address("127.0.0.1"), server.port()}, error);
                    if (error) {
                        return;
                    }
                    while (!stop) {
                        value = value % 5 + 1;
                        std::vector<web::FormField> fields{{"csrf", web::rater_form_token(token)},
                                                           {"action", "continue"}};
                        for (const auto& behaviour : attribute.behaviours) {
                            fields.push_back({"b-" + behaviour.id.value(), std::to_string(value)});
                        }
                        http::request<http::string_body> request{http::verb::post, "/r/" + token + "/a/1",
                                                                 11};
                        request.set(http::field::host, "127.0.0.1");
                        request.set(http::field::content_type, "application/x-www-form-urlencoded");
                        request.body() = leadline::testing::form_body(fields);
                        request.prepare_payload();
                        {
                            std::lock_guard lock(ledger_mutex);
                            ledgers[token].in_flight = value;
                        }
                        http::write(stream, request, error);
                        beast::flat_buffer buffer;
                        http::response<http::string_body> response;
                        if (!error) {
                            http::read(stream, buffer, response, error);
                        }
                        if (error) {
                            return; // the server died: this answer was never acknowledged
                        }
                        ASSERT_EQ(response.result_int(), 303) << response.body();
                        std::lock_guard lock(ledger_mutex);
                        ledgers[token].acknowledged = value;
                        ledgers[token].in_flight = 0;
                        ++acknowledged_total;
                    }
                }
            });
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(150 + random() % 400));
        server.kill_now();
        stop = true;
        for (auto& rater : raters) {
            rater.join();
        }
    }
    EXPECT_GT(acknowledged_total, 50U) << "the test put the server under real load";

    app::FrameworkCache cache;
    for (const auto& [token, ledger] : ledgers) {
        auto questionnaire = app::RaterJourney(site.store(), cache).open(token);
        ASSERT_TRUE(questionnaire.has_value());
        const auto& ratings = questionnaire->response.ratings();
        if (ledger.acknowledged == 0) {
            continue;
        }
        ASSERT_EQ(ratings.size(), attribute.behaviours.size()) << "a whole page is saved or none of it";
        const int stored = ratings.at(attribute.behaviours.front().id).value();
        EXPECT_TRUE(stored == ledger.acknowledged || stored == ledger.in_flight)
            << "stored " << stored << ", acknowledged " << ledger.acknowledged << ", in flight "
            << ledger.in_flight;
        for (const auto& [behaviour, rating] : ratings) {
            EXPECT_EQ(rating.value(), stored) << "one page's answers are saved together";
        }
    }
}
