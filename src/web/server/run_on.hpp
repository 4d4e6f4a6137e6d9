#pragma once

#include <boost/asio.hpp>

namespace leadline::web {

// Runs work on a handler thread and resumes the caller on its own executor with its result, or with
// `fallback` when it throws. (co_spawn onto a pool would take an extra hop through the pool, waking a
// second thread for every request.)
template <class Result, class Work, class CompletionToken>
auto run_on(boost::asio::thread_pool& pool, Work work, Result fallback, CompletionToken&& token) {
    return boost::asio::async_initiate<CompletionToken, void(Result)>(
        [&pool](auto handler, Work task, Result if_thrown) {
            auto resume_on = boost::asio::prefer(boost::asio::get_associated_executor(handler),
                                                 boost::asio::execution::outstanding_work.tracked);
            boost::asio::post(pool, [handler = std::move(handler), task = std::move(task),
                                     if_thrown = std::move(if_thrown),
                                     resume_on = std::move(resume_on)]() mutable {
                Result result;
                try {
                    result = task();
                } catch (...) { // handlers answer their own errors; this is the last line of defence
                    result = std::move(if_thrown);
                }
                boost::asio::post(resume_on,
                                  [handler = std::move(handler), result = std::move(result)]() mutable {
                                      std::move(handler)(std::move(result));
                                  });
            });
        },
        token, std::move(work), std::move(fallback));
}

} // namespace leadline::web
