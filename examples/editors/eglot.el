;;; eglot.el --- kehoach in Emacs through eglot and the installed `kehoach' command  -*- lexical-binding: t -*-
;; Put this in your init file (or `load' it). Needs eglot (built into Emacs 29; `elpa-eglot' on Debian's
;; Emacs 28, or M-x package-install eglot) and `kehoach' on PATH (see the README, "Cài đặt dòng lệnh").
;; Diagnostics appear through Flymake; M-x eglot-code-actions offers the fixes.

(require 'eglot)

;; Markdown plans use markdown-mode when it is installed; otherwise text-mode opens them, and so they get
;; checked too. Plain-text plans (.txt) are in text-mode. The server itself tells plans from other files.
(unless (fboundp 'markdown-mode)
  (add-to-list 'auto-mode-alist '("\\.md\\'" . text-mode)))

(add-to-list 'eglot-server-programs
             '((markdown-mode text-mode) . ("kehoach" "lsp" "--stdio")))

(add-hook 'markdown-mode-hook #'eglot-ensure)
(add-hook 'text-mode-hook #'eglot-ensure)
