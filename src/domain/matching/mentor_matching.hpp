#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"

namespace leadline::domain {

// Someone who wants a mentor: what they want to develop (from their report's focus areas, or chosen).
struct Mentee {
    PersonId person;
    std::vector<AttributeId> to_develop;
    std::string department; // for the "different department" preference; empty when unknown
    int grade_rank = 0;     // higher is more senior, 0 when unknown; for the "more senior" preference
};

// Someone offering to mentor: how strong they are in each attribute (how far others rate them above
// the cycle's norm, or a declared strength), and how many mentees they can take.
struct Mentor {
    PersonId person;
    std::map<AttributeId, double> strengths; // only positive strengths count
    int capacity = 1;
    std::string department;
    int grade_rank = 0; // 0 when unknown: the "more senior" preference then never applies
};

struct MatchingPreferences {
    // Each adds `bonus` to a pair's fit; a preference never makes a pair with no fit worth matching.
    bool different_department = false;
    bool more_senior = false;
    double bonus = 0.25;
};

struct MatchingProblem {
    std::vector<Mentee> mentees;
    std::vector<Mentor> mentors;
    // Pairs (mentee, mentor) that must never be matched: same line chain, same team, the mentor rated
    // the mentee in the current cycle. Someone is never matched with themselves.
    std::set<std::pair<PersonId, PersonId>> excluded;
    // When given, only these pairs (indexes into mentees and mentors) are considered: a shortlist of
    // candidates per mentee for very large programmes. Otherwise every pair is.
    std::optional<std::vector<std::pair<std::size_t, std::size_t>>> candidates;
    MatchingPreferences preferences;
    // How many of each mentee's best pairs each pricing round gives the solver (by fit at first, then
    // by reduced cost): speed only, the matches are optimal whatever the value.
    std::size_t solver_arcs_per_mentee = 8;
};

// Why a pair was matched: the mentee's development area where the mentor is strongest, and the
// preferences the pair meets.
struct MatchReason {
    AttributeId area;
    double strength = 0.0;
    bool different_department = false;
    bool more_senior = false;
};

struct Match {
    std::size_t mentee = 0; // index into the problem's mentees
    std::size_t mentor = 0; // index into the problem's mentors
    double fit = 0.0;
    MatchReason reason;
};

struct MatchingResult {
    std::vector<Match> matches;         // in mentee order
    std::vector<std::size_t> unmatched; // mentees no allowed mentor fits, or for whom capacity ran out
    double total_fit = 0.0;
};

// How well a mentor suits a mentee: the sum of the mentor's positive strengths in the mentee's
// development areas, plus the preference bonuses when that sum is positive. Zero means no fit.
[[nodiscard]] double mentoring_fit(const Mentee& mentee, const Mentor& mentor,
                                   const MatchingPreferences& preferences);

// Matches mentees to mentors to maximise the total fit, each mentee with at most one mentor and each
// mentor within capacity, never an excluded pair. Exact: a minimum-cost flow (LEMON's network
// simplex) on fits rounded to a millionth, with pricing so that large programmes start from each
// mentee's best pairs. Method: docs/methodology/matching.md. Deterministic.
[[nodiscard]] Result<MatchingResult> match_mentors(const MatchingProblem& problem);

// A pair someone decided on, whatever the best total would be: indexes into the problem's mentees and
// mentors.
struct KeptPair {
    std::size_t mentee = 0;
    std::size_t mentor = 0;
};

// As match_mentors, with these pairs kept as they are and the rest matched as well as they can be around them
// (each kept pair takes one place of its mentor's capacity). A kept pair must be allowed (not excluded, a fit
// above zero, its mentor with room) and name each mentee once; otherwise an error says which is not.
[[nodiscard]] Result<MatchingResult> match_mentors_keeping(const MatchingProblem& problem,
                                                           const std::vector<KeptPair>& kept);

// Where the reason's two halves came from, for its wording.
struct ReasonSources {
    bool area_chosen = false;       // the mentee chose the area (not their report's focus)
    bool strength_declared = false; // the mentor declared the strength and no report shows it as high
};

// "Strong in Collaborating, which Sam wants to develop; different department; more senior grade."
// With chosen areas "which Sam chose to develop"; with a declared strength "Says they are strong in".
[[nodiscard]] std::string describe_reason(const MatchReason& reason, const std::string& area_name,
                                          const std::string& mentee_name, ReasonSources sources = {});

} // namespace leadline::domain
