#include "domain/matching/pair_fits.hpp"

#include <algorithm>

namespace leadline::domain {

namespace {

template <typename Person>
std::map<PersonId, std::uint32_t> index_by_person(const std::vector<Person>& people) {
    std::map<PersonId, std::uint32_t> index;
    for (std::size_t k = 0; k < people.size(); ++k) {
        index.emplace(people[k].person, static_cast<std::uint32_t>(k));
    }
    return index;
}

void sort_unique(std::vector<std::uint32_t>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

PairFits::PairFits(const MatchingProblem& problem)
    : m_different_department(problem.preferences.different_department),
      m_more_senior(problem.preferences.more_senior), m_bonus(problem.preferences.bonus),
      m_mentor_count(static_cast<std::uint32_t>(problem.mentors.size())) {
    std::map<AttributeId, std::uint32_t> attribute_number;
    for (const auto& mentor : problem.mentors) {
        for (const auto& [area, strength] : mentor.strengths) {
            attribute_number.emplace(area, static_cast<std::uint32_t>(attribute_number.size()));
        }
    }
    m_attributes = attribute_number.size();
    m_strengths.assign(problem.mentors.size() * m_attributes, 0.0);
    for (std::size_t j = 0; j < problem.mentors.size(); ++j) {
        for (const auto& [area, strength] : problem.mentors[j].strengths) {
            m_strengths[j * m_attributes + attribute_number.at(area)] = strength > 0.0 ? strength : 0.0;
        }
        m_mentor_department.push_back(department_number(problem.mentors[j].department));
        m_mentor_grade.push_back(problem.mentors[j].grade_rank);
        m_available.push_back(problem.mentors[j].capacity > 0 ? 1 : 0);
    }
    for (const auto& mentee : problem.mentees) {
        std::vector<std::uint32_t> areas;
        for (const auto& area : mentee.to_develop) {
            if (const auto found = attribute_number.find(area); found != attribute_number.end()) {
                areas.push_back(found->second);
            }
        }
        m_areas.push_back(std::move(areas));
        m_mentee_department.push_back(department_number(mentee.department));
        m_mentee_grade.push_back(mentee.grade_rank);
    }

    const auto mentee_index = index_by_person(problem.mentees);
    const auto mentor_index = index_by_person(problem.mentors);
    m_excluded.resize(problem.mentees.size());
    for (const auto& [person, mentor] : mentor_index) {
        if (const auto found = mentee_index.find(person); found != mentee_index.end()) {
            m_excluded[found->second].push_back(mentor);
        }
    }
    for (const auto& [mentee, mentor] : problem.excluded) {
        const auto i = mentee_index.find(mentee);
        const auto j = mentor_index.find(mentor);
        if (i != mentee_index.end() && j != mentor_index.end()) {
            m_excluded[i->second].push_back(j->second);
        }
    }
    for (auto& excluded : m_excluded) {
        sort_unique(excluded);
    }

    if (problem.candidates) {
        m_shortlisted = true;
        m_first_candidate.assign(problem.mentees.size() + 1, 0);
        for (const auto& [mentee, mentor] : *problem.candidates) {
            ++m_first_candidate[mentee + 1];
        }
        for (std::size_t i = 0; i < problem.mentees.size(); ++i) {
            m_first_candidate[i + 1] += m_first_candidate[i];
        }
        m_candidates.resize(problem.candidates->size());
        auto next = m_first_candidate;
        for (const auto& [mentee, mentor] : *problem.candidates) {
            m_candidates[next[mentee]++] = static_cast<std::uint32_t>(mentor);
        }
        // Sorted and each once per mentee, then packed again.
        std::size_t kept = 0;
        for (std::size_t i = 0; i < problem.mentees.size(); ++i) {
            const auto begin = m_candidates.begin() + static_cast<std::ptrdiff_t>(m_first_candidate[i]);
            const auto end = m_candidates.begin() + static_cast<std::ptrdiff_t>(m_first_candidate[i + 1]);
            std::sort(begin, end);
            const auto unique_end = std::unique(begin, end);
            m_first_candidate[i] = kept;
            kept = static_cast<std::size_t>(
                std::move(begin, unique_end, m_candidates.begin() + static_cast<std::ptrdiff_t>(kept)) -
                m_candidates.begin());
        }
        m_first_candidate[problem.mentees.size()] = kept;
        m_candidates.resize(kept);
    }
}

int PairFits::department_number(const std::string& department) {
    if (department.empty()) {
        return 0;
    }
    return m_departments.emplace(department, static_cast<int>(m_departments.size()) + 1).first->second;
}

} // namespace leadline::domain
