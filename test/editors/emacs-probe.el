;;; emacs-probe.el --- run by test/editors/emacs.test.ts  -*- lexical-binding: t -*-
;; After the recipe is loaded: opens the plan, starts eglot as the recipe's hook asks, waits (bounded)
;; for Flymake to hold the server's diagnostics, writes what Emacs saw as JSON to $KEHOACH_PROBE_OUT.
(require 'json)
(let* ((buffer (find-file-noselect (expand-file-name "thieu.kh.md")))
       (deadline (+ (float-time) 30))
       (diagnostics nil))
  (with-current-buffer buffer
    ;; eglot-ensure waits for the next command in an interactive session; batch mode has none.
    (run-hooks 'post-command-hook)
    ;; Flymake, too, starts its backends only once the buffer is shown after a command: start it now.
    (flymake-start)
    (while (and (null diagnostics) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      (setq diagnostics (flymake-diagnostics)))
    (let ((server (eglot-current-server)))
      (with-temp-file (getenv "KEHOACH_PROBE_OUT")
        (insert (json-encode
                 `((mode . ,(symbol-name (buffer-local-value 'major-mode buffer)))
                   (exepath . ,(or (executable-find "kehoach") ""))
                   (server . ,(if server (mapconcat #'identity (process-command (jsonrpc--process server)) " ") ""))
                   (diagnostics . ,(vconcat
                                    (mapcar (lambda (d)
                                              (with-current-buffer buffer
                                                (let ((beg (flymake-diagnostic-beg d)))
                                                  `((line . ,(line-number-at-pos beg))
                                                    (column . ,(1+ (save-excursion (goto-char beg) (current-column))))
                                                    (message . ,(flymake-diagnostic-text d))))))
                                            diagnostics))))))))))
;; Leaving closes the server's stdin, on which it exits.
(kill-emacs 0)
