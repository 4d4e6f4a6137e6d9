#pragma once

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/matching/mentor_matching.hpp"

namespace leadline::domain {

// The pairs a matching may use and their fits, computed when asked rather than stored: five million
// pairs would take more time to store and read back than to recompute. Attributes and departments
// are numbered once, so a fit is a few additions; the sums are the same, in the same order, as
// mentoring_fit's.
class PairFits {
  public:
    explicit PairFits(const MatchingProblem& problem);

    // Fits become integer costs for the network simplex; a millionth of a scale point is far below
    // anything a report can tell apart.
    static constexpr double cost_scale = 1e6;

    [[nodiscard]] double fit(std::size_t mentee, std::size_t mentor) const {
        return MenteeFits(*this, mentee).fit(mentor);
    }

    // Minus the fit in millionths; 0 when the pair has no fit.
    [[nodiscard]] long long cost(std::size_t mentee, std::size_t mentor) const {
        return MenteeFits(*this, mentee).cost(mentor);
    }

    // Calls visit(mentor, cost) for every mentor the mentee may be matched with and who fits them, in
    // mentor order (a shortlisted pair once, however often it is listed).
    template <typename Visit> void for_each_allowed(std::size_t mentee, Visit&& visit) const {
        const MenteeFits fits(*this, mentee);
        const auto& excluded = m_excluded[mentee];
        auto next_excluded = excluded.begin();
        auto consider = [&](std::uint32_t mentor) {
            while (next_excluded != excluded.end() && *next_excluded < mentor) {
                ++next_excluded;
            }
            if ((next_excluded != excluded.end() && *next_excluded == mentor) || m_available[mentor] == 0) {
                return;
            }
            if (const auto pair_cost = fits.cost(mentor); pair_cost < 0) {
                visit(static_cast<std::size_t>(mentor), pair_cost);
            }
        };
        if (m_shortlisted) {
            for (auto k = m_first_candidate[mentee]; k < m_first_candidate[mentee + 1]; ++k) {
                consider(m_candidates[k]);
            }
        } else {
            for (std::uint32_t mentor = 0; mentor < m_mentor_count; ++mentor) {
                consider(mentor);
            }
        }
    }

  private:
    // One mentee's side of every fit, looked up once: pricing computes millions of fits.
    class MenteeFits {
      public:
        MenteeFits(const PairFits& fits, std::size_t mentee)
            : m_fits(fits), m_areas(fits.m_areas[mentee]), m_department(fits.m_mentee_department[mentee]),
              m_grade(fits.m_mentee_grade[mentee]) {}

        [[nodiscard]] double fit(std::size_t mentor) const {
            double total = 0.0;
            const double* strengths = m_fits.m_strengths.data() + mentor * m_fits.m_attributes;
            for (const auto area : m_areas) {
                total += strengths[area];
            }
            if (total <= 0.0) {
                return 0.0;
            }
            const int mentor_department = m_fits.m_mentor_department[mentor];
            if (m_fits.m_different_department && m_department != 0 && mentor_department != 0 &&
                m_department != mentor_department) {
                total += m_fits.m_bonus;
            }
            // Only when both grades are known (rank above 0); the same rule as mentoring_fit's.
            if (m_fits.m_more_senior && m_grade > 0 && m_fits.m_mentor_grade[mentor] > m_grade) {
                total += m_fits.m_bonus;
            }
            return total;
        }

        // Fits are never negative: rounding to the nearest, halves away from zero.
        [[nodiscard]] long long cost(std::size_t mentor) const {
            return -std::llround(fit(mentor) * cost_scale);
        }

      private:
        const PairFits& m_fits;
        const std::vector<std::uint32_t>& m_areas;
        int m_department;
        int m_grade;
    };

    int department_number(const std::string& department);

    bool m_different_department = false;
    bool m_more_senior = false;
    double m_bonus = 0.0;
    std::uint32_t m_mentor_count = 0;
    std::size_t m_attributes = 0;
    std::vector<double> m_strengths; // mentor-major; positive strengths only
    std::vector<std::vector<std::uint32_t>> m_areas;
    std::map<std::string, int> m_departments;
    std::vector<int> m_mentee_department; // 0 when unknown
    std::vector<int> m_mentor_department;
    std::vector<int> m_mentee_grade; // rank, 0 when unknown
    std::vector<int> m_mentor_grade;
    std::vector<char> m_available; // per mentor: capacity above 0
    // Per mentee, sorted: mentors they may never be matched with (themselves, excluded pairs).
    std::vector<std::vector<std::uint32_t>> m_excluded;
    // With a shortlist, per mentee: candidates[first[i], first[i + 1]), sorted, each once.
    bool m_shortlisted = false;
    std::vector<std::uint32_t> m_candidates;
    std::vector<std::size_t> m_first_candidate;
};

} // namespace leadline::domain
