-- End-to-end test of the nianbao language server with Neovim's own LSP client (headless).
-- Run by nvim-e2e.sh, which opens a copy of the example report; see there for the environment.
--
-- 1. the README's snippet ($SNIPPET) is loaded as a user's init would, then the report is
--    opened: its autocommand starts `nianbao lsp` and attaches it (start_client +
--    buf_attach_client: Neovim 0.7 has no vim.lsp.start) and sets omnifunc
-- 2. the example report has no diagnostics
-- 3. edit a total so that it no longer adds up -> a balance.* error on exactly that cell,
--    tagged with the buffer version Neovim sent
-- 4. delete a row of the 申请处理 table; completion at the start of the next row offers the
--    deleted row's name and the row itself (category names from the template)
-- 5. Ctrl-X Ctrl-O in insert mode (the omnifunc the snippet set) lists the same rows
-- Prints what it sees; exits 0 only if every step passed.

local function out(s) io.stdout:write(s .. "\n") end
local function finish(code)
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd((code == 0) and "qall!" or ("cquit! " .. code))
end
local function fail(msg) out("FAIL " .. msg); finish(1) end

local timeout = tonumber(os.getenv("TIMEOUT_MS") or "30000")
local t0 = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end

-- every publishDiagnostics, kept in arrival order (the handler in force for any client)
local published = {}   -- for the report, in arrival order
local report = vim.fn.fnamemodify(os.getenv("REPORT") or "", ":p")
local on_publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  on_publish(err, result, ctx, config)
  if result and vim.uri_to_fname(result.uri) == report then table.insert(published, result) end
end

-- the user's configuration: the README's snippet, then the report opened
dofile(os.getenv("SNIPPET"))
vim.cmd("edit " .. vim.fn.fnameescape(report))
local bufnr = vim.api.nvim_get_current_buf()
local client_id
vim.wait(timeout, function()
  for id, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if c.name == "nianbao" then client_id = id; return true end
  end
  return false
end, 20)
if not client_id then fail("the README snippet attached no nianbao client to " .. report) end
local exited = false
local omnifunc = vim.bo[bufnr].omnifunc
out("client attached by the README snippet; omnifunc=" .. omnifunc)
if omnifunc ~= "v:lua.vim.lsp.omnifunc" then fail("the README snippet does not set omnifunc (E764 on Ctrl-X Ctrl-O)") end

-- waits for a publication that satisfies pred; returns it
local function await(what, pred)
  local found
  local ok = vim.wait(timeout, function()
    if not vim.lsp.get_client_by_id(client_id) then exited = true end
    if exited then return true end
    for _, p in ipairs(published) do if pred(p) then found = p; return true end end
    return false
  end, 20)
  if exited then fail("server exited while waiting for " .. what) end
  if not ok or not found then fail("timeout waiting for " .. what) end
  return found
end

local function line_index(prefix)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if vim.startswith(l, prefix) then return i - 1 end
  end
  fail("no line starts with " .. prefix)
end

-- 2) the example is clean
local first = await("diagnostics after open", function() return true end)
out(string.format("[%d ms] opened: %d diagnostics (version %s)", ms(), #first.diagnostics, tostring(first.version)))
if #first.diagnostics ~= 0 then fail("the example should have no diagnostics") end

-- 3) break the total of 本年新收 (its last cell, 0) -> 7
local row = line_index("本年新收")
local text = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, false)[1]
local byte = text:match("^.*()0") - 1                     -- 0-based byte column of the last "0"
local _, utf16 = vim.str_utfindex(text, byte)              -- the same column in UTF-16 units
vim.api.nvim_buf_set_text(bufnr, row, byte, row, byte + 1, { "7" })
local edited_version = vim.lsp.util.buf_versions[bufnr]
local broken = await("a balance.* diagnostic", function(p)
  for _, d in ipairs(p.diagnostics) do
    if type(d.code) == "string" and vim.startswith(d.code, "balance.") then return true end
  end
end)
local hit
for _, d in ipairs(broken.diagnostics) do
  out(string.format("DIAG %d:%d-%d:%d %s %s", d.range.start.line, d.range.start.character,
    d.range["end"].line, d.range["end"].character, tostring(d.code), d.message))
  if vim.startswith(tostring(d.code), "balance.") and d.range.start.line == row
    and d.range.start.character == utf16 and d.range["end"].character == utf16 + 1 then hit = d end
end
out(string.format("[%d ms] after the edit: version %s (buffer version %s)", ms(), tostring(broken.version), tostring(edited_version)))
if not hit then fail(string.format("no balance.* diagnostic at %d:%d-%d:%d", row, utf16, row, utf16 + 1)) end
if broken.version ~= edited_version then fail("diagnostics are not tagged with the edited version") end
if hit.source ~= "nianbao" or hit.severity ~= 1 then fail("expected an error from source nianbao") end

-- 3b) the quick fix travels in the diagnostic's data through Neovim and back; applying it clears the error
local client = vim.lsp.get_client_by_id(client_id)
local actions = client.request_sync("textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = hit.range,
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, row) },
}, timeout, bufnr)
if not actions or actions.err or not actions.result then fail("no answer to codeAction") end
local fix
for _, a in ipairs(actions.result) do
  out("CODEACTION " .. a.title)
  if a.edit and vim.startswith(a.title, "改为 0") then fix = a end
end
if not fix then fail("no quick fix setting the total to 0") end
vim.lsp.util.apply_workspace_edit(fix.edit, "utf-16")
local fixed_version = vim.lsp.util.buf_versions[bufnr]
local fixed = await("diagnostics after the quick fix", function(p) return p.version == fixed_version end)
out(string.format("[%d ms] after the quick fix: %d diagnostics", ms(), #fixed.diagnostics))
if #fixed.diagnostics ~= 0 then fail("the quick fix should leave no diagnostics") end

-- 4) delete the 上年结转 row; completion at the start of the row that moved up into its place
local gone = line_index("上年结转")
vim.api.nvim_buf_set_lines(bufnr, gone, gone + 1, false, {})
local deleted_version = vim.lsp.util.buf_versions[bufnr]
await("diagnostics after deleting a row", function(p) return p.version == deleted_version end)
local next_row = vim.api.nvim_buf_get_lines(bufnr, gone, gone + 1, false)[1]
out("completion at the start of: " .. next_row)
local resp = client.request_sync("textDocument/completion", {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = gone, character = 0 },
  context = { triggerKind = 1 },
}, timeout, bufnr)
if not resp then fail("timeout waiting for completion") end
if resp.err then fail("completion error " .. vim.inspect(resp.err)) end
local labels = {}
for _, it in ipairs(resp.result.items or resp.result) do
  labels[it.label] = true
  out("COMPLETION " .. it.label .. "  (inserts " .. ((it.textEdit and it.textEdit.newText) or it.insertText or it.label) .. ")")
end
local wanted = { "上年结转", "予以公开" }
for _, want in ipairs(wanted) do
  if not labels[want] then fail("completion lacks " .. want) end
end

-- 5) as a user completes: Ctrl-X Ctrl-O in insert mode at the start of that row. The omnifunc
-- answers asynchronously; the keys are read once this script returns, so the check runs on a timer.
vim.api.nvim_win_set_cursor(0, { gone + 1, 0 })
vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes("i<C-x><C-o>", true, false, true), "n", false)
local tries = 0
local function check_popup()
  local info = vim.fn.complete_info({ "items", "mode" })
  if #info.items == 0 and tries < timeout / 100 then
    tries = tries + 1
    vim.defer_fn(check_popup, 100)
    return
  end
  local words = {}
  for _, it in ipairs(info.items) do
    words[it.word] = true
    out("OMNIFUNC " .. it.word .. (it.abbr ~= "" and ("  [" .. it.abbr .. "]") or ""))
  end
  out("completion mode: " .. tostring(info.mode))
  for _, want in ipairs(wanted) do
    if not words[want] then fail("Ctrl-X Ctrl-O does not offer " .. want) end
  end
  vim.cmd("stopinsert")
  out(string.format("RESULT pass (%d ms)", ms()))
  finish(0)
end
vim.defer_fn(check_popup, 100)
