#include "main/server_log.hpp"

#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>

#include <unistd.h>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

namespace leadline::main {

namespace {

// Standard output through stdio's buffer, flushed only when spdlog asks.
class BufferedStdoutSink final : public spdlog::sinks::base_sink<std::mutex> {
  protected:
    void sink_it_(const spdlog::details::log_msg& message) override {
        spdlog::memory_buf_t formatted;
        formatter_->format(message, formatted);
        std::fwrite(formatted.data(), 1, formatted.size(), stdout);
    }
    void flush_() override { std::fflush(stdout); }
};

} // namespace

void use_server_log() {
    if (isatty(fileno(stdout)) != 0) {
        return;
    }
    auto logger = std::make_shared<spdlog::logger>("leadline", std::make_shared<BufferedStdoutSink>());
    logger->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v"); // as on a terminal, less the colour
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(std::move(logger));
    spdlog::flush_every(std::chrono::seconds(1));
}

void flush_server_log() {
    spdlog::default_logger()->flush();
}

} // namespace leadline::main
