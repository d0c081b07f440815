-- End-to-end test of the nianbao language server with Neovim's own LSP client (headless).
-- Run by nvim-e2e.sh, which opens a copy of the example report; see there for the environment.
--
-- 1. attach the server (vim.lsp.start_client + buf_attach_client: Neovim 0.7 has no vim.lsp.start)
-- 2. the example report has no diagnostics
-- 3. edit a total so that it no longer adds up -> a balance.* error on exactly that cell,
--    tagged with the buffer version Neovim sent
-- 4. delete a row of the 申请处理 table; completion at the start of the next row offers the
--    deleted row's name and the row itself (category names from the template)
-- Prints what it sees; exits 0 only if every step passed.

local function out(s) io.stdout:write(s .. "\n") end
local function finish(code)
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd((code == 0) and "qall!" or ("cquit! " .. code))
end
local function fail(msg) out("FAIL " .. msg); finish(1) end

local cmd = vim.split(os.getenv("LSP_CMD") or "", " ", { trimempty = true })
if #cmd == 0 then out("LSP_CMD not set"); finish(2) end
local timeout = tonumber(os.getenv("TIMEOUT_MS") or "30000")
local t0 = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end

local bufnr = vim.api.nvim_get_current_buf()
local fname = vim.api.nvim_buf_get_name(bufnr)
vim.bo[bufnr].filetype = "nianbao"

local published = {}   -- every publishDiagnostics for this file, in arrival order
local exited = false
local client_id = vim.lsp.start_client({
  name = "nianbao",
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(fname, ":p:h"),
  flags = { debounce_text_changes = 0 },
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if result and vim.uri_to_fname(result.uri) == fname then table.insert(published, result) end
    end,
  },
  on_exit = function(code) exited = true; if code ~= 0 then io.stderr:write("server exited " .. code .. "\n") end end,
})
if not client_id then fail("could not start " .. table.concat(cmd, " ")) end
vim.lsp.buf_attach_client(bufnr, client_id)

-- waits for a publication that satisfies pred; returns it
local function await(what, pred)
  local found
  local ok = vim.wait(timeout, function()
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
for _, want in ipairs({ "二、上年结转政府信息公开申请数量", "（一）予以公开" }) do
  if not labels[want] then fail("completion lacks " .. want) end
end

out(string.format("RESULT pass (%d ms)", ms()))
finish(0)
