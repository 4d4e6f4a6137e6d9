#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// One member of a learning set, as the other members see them.
struct SetMember {
    std::string name;
    std::string email;
    std::string unit;
    std::string profession;
    bool is_you = false;
};

// A confirmed learning set, as one of its members sees it on their home page.
struct MyLearningSet {
    std::int64_t plan = 0;
    std::string plan_name;
    std::int64_t confirmed_at = 0;
    std::size_t number = 0; // the set's number in its plan, from 1
    std::string why;        // what the set brings together
    std::vector<SetMember> members;
};

// Saved learning sets an admin confirms: each member is told by email once, and sees their set at home.
class LearningSetMembers {
  public:
    LearningSetMembers(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    // Marks the plan confirmed and emails each member (not those who have left) their set and a suggested
    // first meeting. A plan confirmed before is refused (Conflict) so that nobody is told twice; a plan
    // that does not exist is NotFound. Returns how many people were told.
    [[nodiscard]] domain::Result<std::size_t> confirm(std::int64_t plan, const std::string& base_url);
    // The confirmed sets the person is in, newest first, without members who have left.
    [[nodiscard]] domain::Result<std::vector<MyLearningSet>> of(domain::PersonId person);

  private:
    Store& m_store;
    const Clock& m_clock;
};

// A first meeting for a learning set that has just formed, in the order to take it: each step a line.
[[nodiscard]] const std::vector<std::string>& first_meeting_agenda();

} // namespace leadline::app
