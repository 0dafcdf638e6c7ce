-- Drives the IMR letter language server from Neovim's built-in LSP client (0.7+),
-- headless. Paths come from the environment; what the server answered is written
-- as JSON to $IMR_NVIM_OUT, and test/nvim/run.mjs checks it.
local server = os.getenv('IMR_NVIM_SERVER')
local node = os.getenv('IMR_NVIM_NODE') or 'node'
local letter = os.getenv('IMR_NVIM_LETTER')
local defective = os.getenv('IMR_NVIM_DEFECTIVE')
local out = os.getenv('IMR_NVIM_OUT')
local timeout = tonumber(os.getenv('IMR_NVIM_TIMEOUT') or '10000')

local result = { errors = {} }
local function fail(msg) table.insert(result.errors, msg) end

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'imr-letters',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(letter, ':h'),
    get_language_id = function() return 'imr-letter' end,
    on_exit = function(code) result.exit_code = code end,
  })
  if not client_id then return fail('start_client returned nil') end

  local function open(path)
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local buf = vim.api.nvim_get_current_buf()
    vim.bo[buf].filetype = 'imr-letter'
    vim.lsp.buf_attach_client(buf, client_id)
    return buf
  end

  local buf = open(letter)
  local client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(timeout, function() return client.initialized end, 20) then
    return fail('the server did not initialize within ' .. timeout .. ' ms')
  end
  result.capabilities = {
    documentSymbol = client.server_capabilities.documentSymbolProvider and true or false,
    hover = client.server_capabilities.hoverProvider and true or false,
  }

  local params = { textDocument = vim.lsp.util.make_text_document_params(buf) }
  local symbols = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', params, timeout)
  result.symbols = symbols and symbols[client_id] and symbols[client_id].result or vim.NIL

  -- Hover on every item header line the caller names (1-based line numbers).
  result.hovers = {}
  for lnum in string.gmatch(os.getenv('IMR_NVIM_HOVER_LINES') or '', '%d+') do
    local hp = {
      textDocument = vim.lsp.util.make_text_document_params(buf),
      position = { line = tonumber(lnum) - 1, character = 2 },
    }
    local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', hp, timeout)
    table.insert(result.hovers, hover and hover[client_id] and hover[client_id].result or vim.NIL)
  end

  -- Diagnostics are pushed; wait until the defective letter has some.
  local dbuf = open(defective)
  vim.wait(timeout, function() return #vim.diagnostic.get(dbuf) > 0 end, 20)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(dbuf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, {
      line = d.lnum + 1, message = d.message, severity = d.severity,
      source = d.source or lsp.source, code = lsp.code or d.code,
    })
  end
  -- The real letter should stay clean of errors.
  result.clean_errors = #vim.diagnostic.get(buf, { severity = vim.diagnostic.severity.ERROR })
end)
if not ok then fail(tostring(err)) end
finish()
