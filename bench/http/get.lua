-- wrk: opens an attribute page for a random rater of the demo's open cycle.
local tokens = {}
for line in io.lines(os.getenv("LINKS")) do
  local group, token = line:match("(%S+) (%S+)")
  tokens[#tokens + 1] = token
end
request = function()
  return wrk.format("GET", "/r/" .. tokens[math.random(#tokens)] .. "/a/2")
end
