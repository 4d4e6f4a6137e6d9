#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace leadline::domain {

// An identifier that cannot be mixed up with another kind of identifier or with a plain number.
template <class Tag> class StrongId {
  public:
    constexpr StrongId() = default;
    constexpr explicit StrongId(std::int64_t value) : m_value(value) {}

    [[nodiscard]] constexpr std::int64_t value() const { return m_value; }
    [[nodiscard]] constexpr bool is_set() const { return m_value != 0; }

    constexpr auto operator<=>(const StrongId&) const = default;

  private:
    std::int64_t m_value = 0;
};

// A textual identifier (framework, attribute, behaviour) that cannot be mixed up with another kind.
template <class Tag> class TextId {
  public:
    TextId() = default;
    explicit TextId(std::string value) : m_value(std::move(value)) {}

    [[nodiscard]] const std::string& value() const { return m_value; }

    auto operator<=>(const TextId&) const = default;

  private:
    std::string m_value;
};

using PersonId = StrongId<struct PersonTag>;
using UnitId = StrongId<struct UnitTag>;
using CycleId = StrongId<struct CycleTag>;
using NominationId = StrongId<struct NominationTag>;
using InvitationId = StrongId<struct InvitationTag>;
using ResponseId = StrongId<struct ResponseTag>;

using FrameworkId = TextId<struct FrameworkTag>;
using AttributeId = TextId<struct AttributeTag>;
using BehaviourId = TextId<struct BehaviourTag>;

} // namespace leadline::domain

template <class Tag> struct std::hash<leadline::domain::StrongId<Tag>> {
    std::size_t operator()(const leadline::domain::StrongId<Tag>& id) const noexcept {
        return std::hash<std::int64_t>{}(id.value());
    }
};

template <class Tag> struct std::hash<leadline::domain::TextId<Tag>> {
    std::size_t operator()(const leadline::domain::TextId<Tag>& id) const noexcept {
        return std::hash<std::string>{}(id.value());
    }
};
