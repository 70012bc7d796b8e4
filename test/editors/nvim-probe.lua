-- Run by test/editors/neovim.test.ts after the recipe and the plan are loaded: waits (bounded) for the
-- server's diagnostics on the plan, writes what Neovim saw as JSON to $KEHOACH_PROBE_OUT, and quits.
local function rule_of(d)
  if d.code then return d.code end
  local lsp = d.user_data and d.user_data.lsp
  return lsp and lsp.code or nil
end

local buf = vim.api.nvim_get_current_buf()
vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local result = { filetype = vim.bo[buf].filetype, exepath = vim.fn.exepath('kehoach'), clients = {}, diagnostics = {} }
local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients
for _, client in pairs(get_clients()) do
  table.insert(result.clients, { name = client.name, cmd = client.config.cmd })
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, { line = d.lnum + 1, column = d.col + 1, message = d.message, source = d.source, rule = rule_of(d) })
end
local file = assert(io.open(os.getenv('KEHOACH_PROBE_OUT'), 'w'))
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
