-- kehoach in Neovim 0.11 and later: the language server through the installed `kehoach` command.
-- Put this in your init.lua, or save the table part as lsp/kehoach.lua in your config folder.
-- Needs `kehoach` on PATH (see the README, "Cài đặt dòng lệnh"). On Neovim 0.7 to 0.10 use neovim-0.7.lua.
vim.lsp.config('kehoach', {
  cmd = { 'kehoach', 'lsp', '--stdio' },
  -- The server itself tells plans from other Markdown (a README gets no diagnostics).
  filetypes = { 'markdown', 'text' },
  root_markers = { '.kehoach.json', '.git' },
})
vim.lsp.enable('kehoach')
