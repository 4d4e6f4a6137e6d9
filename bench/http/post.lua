-- wrk: saves one attribute's answers for a random rater of the demo's open cycle (a durable write).
-- LINKS (a file of "group token" lines) and ANSWERS (the form fields after the form token) come
-- from bench/http/run.
local tokens = {}
for line in io.lines(os.getenv("LINKS")) do
  local group, token = line:match("(%S+) (%S+)")
  if group ~= "self" then tokens[#tokens + 1] = token end
end
local answers = os.getenv("ANSWERS")
local forms = os.getenv("FORMS")
local form_of = {}
for line in io.lines(forms) do
  local token, form = line:match("(%S+) (%S+)")
  form_of[token] = form
end
local counter = 0
math.randomseed(os.time())

request = function()
  counter = counter + 1
  local token = tokens[math.random(#tokens)]
  local value = tostring(counter % 5 + 1)
  local body = "csrf=" .. form_of[token] .. "&action=continue&" .. answers:gsub("VALUE", value)
  return wrk.format("POST", "/r/" .. token .. "/a/1",
    { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end
