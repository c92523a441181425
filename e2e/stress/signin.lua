-- Password guessing under load at the demo member, from our own origin (argument 1): the
-- account's and the client's limits must answer 429 almost all of it.
dofile("counts.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"identifier":"JLC0012345678","password":"tebakan-salah"}'
