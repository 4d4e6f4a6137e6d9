#include "domain/statistics/proportions.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <limits>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/quadrature/tanh_sinh.hpp>
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/trigamma.hpp>
#include <boost/math/tools/roots.hpp>

namespace leadline::domain {

namespace {

// Past this, a ratio of two rates says nothing a reader can use: "more than a thousand times".
constexpr double largest_ratio = 1000.0;

boost::math::beta_distribution<double> distribution_of(const BetaBelief& belief) {
    return boost::math::beta_distribution<double>(belief.alpha, belief.beta);
}

// The integral of q's density times P(p <= ratio * y) over y in [from, to].
double integrate(const BetaBelief& p, const BetaBelief& q, double ratio, double from, double to) {
    const auto p_distribution = distribution_of(p);
    const auto q_distribution = distribution_of(q);
    // Building the quadrature's table of points costs more than an integral, so each thread keeps one.
    thread_local boost::math::quadrature::tanh_sinh<double> quadrature;
    auto integrand = [&](double y) {
        if (y <= 0.0 || y >= 1.0) {
            return 0.0; // the quadrature never needs the ends themselves
        }
        const double reach = std::min(1.0, ratio * y);
        return boost::math::pdf(q_distribution, y) * boost::math::cdf(p_distribution, reach);
    };
    // A chance to six decimal places is far finer than any figure shown (ratios to two), and much cheaper
    // than the quadrature's default near the precision of a double.
    constexpr double tolerance = 1e-7;
    return quadrature.integrate(integrand, from, to, tolerance);
}

bool log_normal_fits(const BetaBelief& p, const BetaBelief& q) {
    return std::min({p.alpha, p.beta, q.alpha, q.beta}) >= log_normal_from;
}

// log p - log q as a normal with its exact mean and variance under the two beliefs.
boost::math::normal_distribution<double> log_ratio_distribution(const BetaBelief& p, const BetaBelief& q) {
    const auto mean = [](const BetaBelief& b) {
        return boost::math::digamma(b.alpha) - boost::math::digamma(b.alpha + b.beta);
    };
    const auto variance = [](const BetaBelief& b) {
        return boost::math::trigamma(b.alpha) - boost::math::trigamma(b.alpha + b.beta);
    };
    return boost::math::normal_distribution<double>(mean(p) - mean(q), std::sqrt(variance(p) + variance(q)));
}

} // namespace

BetaBelief BetaBelief::jeffreys(int successes, int trials) {
    assert(successes >= 0 && successes <= trials);
    return {successes + 0.5, trials - successes + 0.5};
}

RateInterval jeffreys_interval(int successes, int trials, double level) {
    const auto distribution = distribution_of(BetaBelief::jeffreys(successes, trials));
    const double tail = (1.0 - level) / 2.0;
    RateInterval interval;
    interval.low = successes == 0 ? 0.0 : boost::math::quantile(distribution, tail);
    interval.high = successes == trials ? 1.0 : boost::math::quantile(distribution, 1.0 - tail);
    return interval;
}

double chance_ratio_at_most_by_integral(const BetaBelief& p, const BetaBelief& q, double ratio) {
    if (ratio <= 0.0) {
        return 0.0;
    }
    // Beyond y = 1 / ratio the inner chance is 1: the integrand has a kink there, so integrate each side
    // on its own and the outer part is simply the chance that q exceeds it.
    if (ratio <= 1.0) {
        return std::clamp(integrate(p, q, ratio, 0.0, 1.0), 0.0, 1.0);
    }
    const double kink = 1.0 / ratio;
    const double beyond = boost::math::cdf(boost::math::complement(distribution_of(q), kink));
    return std::clamp(integrate(p, q, ratio, 0.0, kink) + beyond, 0.0, 1.0);
}

RateInterval ratio_interval_by_integral(const BetaBelief& p, const BetaBelief& q, double level) {
    const double tail = (1.0 - level) / 2.0;
    auto solve = [&](double target) {
        if (chance_ratio_at_most_by_integral(p, q, largest_ratio) < target) {
            return std::numeric_limits<double>::infinity();
        }
        std::uintmax_t iterations = 100;
        const auto [below, above] = boost::math::tools::toms748_solve(
            [&](double r) { return chance_ratio_at_most_by_integral(p, q, r) - target; }, 0.0, largest_ratio,
            -target, chance_ratio_at_most_by_integral(p, q, largest_ratio) - target,
            boost::math::tools::eps_tolerance<double>(20), iterations);
        return (below + above) / 2.0;
    };
    return {solve(tail), solve(1.0 - tail)};
}

double chance_ratio_at_most(const BetaBelief& p, const BetaBelief& q, double ratio) {
    if (!log_normal_fits(p, q)) {
        return chance_ratio_at_most_by_integral(p, q, ratio);
    }
    if (ratio <= 0.0) {
        return 0.0;
    }
    return boost::math::cdf(log_ratio_distribution(p, q), std::log(ratio));
}

RateInterval ratio_interval(const BetaBelief& p, const BetaBelief& q, double level) {
    if (!log_normal_fits(p, q)) {
        return ratio_interval_by_integral(p, q, level);
    }
    const auto distribution = log_ratio_distribution(p, q);
    const double tail = (1.0 - level) / 2.0;
    return {std::exp(boost::math::quantile(distribution, tail)),
            std::exp(boost::math::quantile(distribution, 1.0 - tail))};
}

} // namespace leadline::domain
