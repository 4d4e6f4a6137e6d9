#pragma once

#include <string>

#include <gtest/gtest.h>

#include "support/demo_site.hpp"

namespace leadline::testing {

// The admin pages of one cycle, seen by an HR admin signed in on a demo site that has a published
// and an open cycle.
class AdminCyclePages : public ::testing::Test {
  protected:
    void SetUp() override {
        admin.choose_password(site.add_account("hr@council.example", domain::Role::Admin),
                              "a long enough password");
    }

    // The cycle's own page, or one of its pages: "/admin/cycles/{id}" or "/admin/cycles/{id}/{page}".
    static std::string cycle_path(domain::CycleId cycle, const std::string& page = "") {
        return "/admin/cycles/" + std::to_string(cycle.value()) + (page.empty() ? "" : "/" + page);
    }

    DemoSite site;
    Browser admin{site};
    const domain::CycleId published = site.summary().cycle;
    const domain::CycleId open = site.summary().open_cycle;
};

} // namespace leadline::testing
