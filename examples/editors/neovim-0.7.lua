-- kehoach in Neovim 0.7 to 0.10: the language server through the installed `kehoach` command.
-- Put this in your init.lua (or `:luafile` it). Needs `kehoach` on PATH (see the README, "Cài đặt dòng lệnh").
-- On Neovim 0.11 and later use neovim-0.11.lua instead.

-- The project root: the nearest folder above the file holding .kehoach.json or .git, else the file's folder.
local function kehoach_root(bufnr)
  local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')
  local config = vim.fn.findfile('.kehoach.json', dir .. ';')
  if config ~= '' then return vim.fn.fnamemodify(config, ':p:h') end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end
  return dir
end

local kehoach_clients = {} -- root -> client id, for Neovim 0.7, which has no vim.lsp.start

vim.api.nvim_create_autocmd('FileType', {
  -- The server itself tells plans from other Markdown (a README gets no diagnostics).
  pattern = { 'markdown', 'text' },
  callback = function(args)
    local config = {
      name = 'kehoach',
      cmd = { 'kehoach', 'lsp', '--stdio' },
      root_dir = kehoach_root(args.buf),
    }
    if vim.lsp.start then -- Neovim 0.8 to 0.10: one client per root, reused for every buffer
      vim.lsp.start(config, { bufnr = args.buf })
      return
    end
    local id = kehoach_clients[config.root_dir]
    if not id or not vim.lsp.get_client_by_id(id) then
      id = vim.lsp.start_client(config)
      kehoach_clients[config.root_dir] = id
    end
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
