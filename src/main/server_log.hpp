#pragma once

namespace leadline::main {

// Where the server's log goes. On a terminal every line shows at once. Sent to a file or a pipe (a
// service manager, a container), lines are written in batches: at least every second, at once for
// a warning or worse, and when the server stops. One write per request cost the server a sixth of
// its throughput on rater pages.
void use_server_log();

// Writes out what the log holds; the server calls it as it stops.
void flush_server_log();

} // namespace leadline::main
