;;; emacs-e2e.el --- end-to-end test of the nianbao language server in Emacs with eglot  -*- lexical-binding: t -*-
;;
;; Run by emacs-e2e.sh (emacs --batch -q --no-site-file), which opens a copy of the example report; see there
;; for the environment.  The set-up is the README's Emacs snippet itself, read out of README.md,
;; with /path/to/nianbao replaced by the repository's launcher, so the docs and the test cannot
;; drift apart.
;;
;; 1. README snippet loads; opening the report enters nianbao-mode; M-x eglot finds the
;;    server in eglot-server-programs, starts it, and it initializes
;; 2. the example report has no diagnostics (flymake, through eglot's backend)
;; 3. edit a total so that it no longer adds up -> a flymake error whose message carries a
;;    balance.* id, on exactly that cell (LSP UTF-16 range and Emacs buffer positions)
;; 4. completion-at-point at the start of a row (after deleting the row above) offers row names
;; 5. hover on a row label answers
;; 6. eglot-shutdown: the server process is gone afterwards
;; Prints PASS/FAIL per check; exits 0 only if every check passed.

(require 'cl-lib)
(require 'subr-x)

(defvar e2e-failures 0)
(defvar e2e-t0 (float-time))
(defun e2e-ms () (round (* 1000 (- (float-time) e2e-t0))))
(defun e2e-out (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(defun e2e-check (name ok &optional detail)
  (e2e-out "%s %s%s" (if ok "PASS" "FAIL") name (if detail (concat " — " detail) ""))
  (unless ok (setq e2e-failures (1+ e2e-failures)))
  ok)
(defun e2e-abort (name detail)
  (e2e-check name nil detail)
  (e2e-out "RESULT fail (%d ms)" (e2e-ms))
  (kill-emacs 1))

(defvar e2e-root (or (getenv "NIANBAO_ROOT") (error "NIANBAO_ROOT not set")))
(defvar e2e-launcher (or (getenv "NIANBAO_LAUNCHER") (expand-file-name "nianbao" e2e-root)))
(defvar e2e-report (or (getenv "REPORT") (error "REPORT not set")))
(defvar e2e-timeout (/ (string-to-number (or (getenv "TIMEOUT_MS") "30000")) 1000.0))

(defun e2e-wait (pred)
  "Let processes and timers run until PRED is non-nil or the timeout passes; PRED's value."
  (let ((deadline (+ (float-time) e2e-timeout)) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    v))

;;; The README's snippet

(defun e2e-readme-snippet ()
  (with-temp-buffer
    (insert-file-contents (expand-file-name "README.md" e2e-root))
    (goto-char (point-min))
    (unless (re-search-forward "^### Emacs (eglot)$" nil t)
      (e2e-abort "README snippet" "no '### Emacs (eglot)' heading in README.md"))
    (unless (re-search-forward "^```elisp\n" (save-excursion (and (re-search-forward "^#" nil t)
                                                                 (match-beginning 0)))
                               t)
      (e2e-abort "README snippet" "no ```elisp block under the Emacs heading"))
    (let ((start (point)))
      (re-search-forward "^```$")
      (buffer-substring-no-properties start (match-beginning 0)))))

;; Emacs -q skips package activation, which a normal start does; Debian's elpa-eglot lives
;; in the package directories (/usr/share/emacs/site-lisp/elpa).
(package-activate-all)

(let ((snippet (e2e-readme-snippet)))
  (unless (string-search "\"/path/to/nianbao\"" snippet)
    (e2e-abort "README snippet" "the snippet no longer names \"/path/to/nianbao\""))
  (setq snippet (string-replace "\"/path/to/nianbao\"" (prin1-to-string e2e-launcher) snippet))
  (condition-case err
      (with-temp-buffer
        (insert snippet)
        (goto-char (point-min))
        (let (form)
          (while (setq form (condition-case nil (read (current-buffer)) (end-of-file nil)))
            (eval form t))))
    (error (e2e-abort "README snippet" (format "evaluating it failed: %S" err))))
  (e2e-check "README snippet evaluates" t))

(require 'eglot)
(e2e-out "Emacs %s, %s" emacs-version
         (file-name-nondirectory (directory-file-name (file-name-directory (locate-library "eglot")))))
(e2e-check "snippet registers the server in eglot-server-programs"
           (assq 'nianbao-mode eglot-server-programs)
           (format "%S" (assq 'nianbao-mode eglot-server-programs)))

;;; 1) open the report, start eglot as M-x eglot does

(find-file e2e-report)
(switch-to-buffer (current-buffer))
(e2e-check "opening *.nianbao enters nianbao-mode" (eq major-mode 'nianbao-mode)
           (symbol-name major-mode))

;; publications of diagnostics for our file, in arrival order (counted, not interpreted)
(defvar e2e-published nil)
(advice-add 'eglot-handle-notification :after
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (push (plist-get params :diagnostics) e2e-published))))

(condition-case err
    (call-interactively #'eglot)
  (error (e2e-abort "eglot starts the server" (format "%S" err))))
(defvar e2e-server (e2e-wait (lambda () (eglot-current-server))))
(unless e2e-server (e2e-abort "eglot starts the server" "no server after the timeout"))
(defvar e2e-process (jsonrpc--process e2e-server))
(defvar e2e-pid (process-id e2e-process))
(e2e-check "eglot starts the server and it initializes"
           (and (eglot--capabilities e2e-server) eglot--managed-mode)
           (format "pid %s, command %S, name %s, %d ms" e2e-pid (process-command e2e-process)
                   (plist-get (eglot--server-info e2e-server) :name) (e2e-ms)))
;; the launcher execs java, so the process eglot started is the JVM itself
(e2e-check "the server process is java (the launcher execs it)"
           (equal (alist-get 'comm (process-attributes e2e-pid)) "java")
           (format "%S" (alist-get 'comm (process-attributes e2e-pid))))

;;; 2) the example is clean

(defun e2e-flymake-settled ()
  "Non-nil once eglot's backend has reported to flymake since flymake last started."
  (memq 'eglot-flymake-backend (flymake-reporting-backends)))

(e2e-wait (lambda () (and e2e-published (e2e-flymake-settled))))
(e2e-check "no diagnostics for the clean example"
           (and e2e-published (e2e-flymake-settled) (null (flymake-diagnostics)))
           (format "%d publications, flymake has %d diagnostics: %S" (length e2e-published)
                   (length (flymake-diagnostics))
                   (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))

(defun e2e-goto-row (prefix)
  (goto-char (point-min))
  (unless (re-search-forward (concat "^" (regexp-quote prefix)) nil t)
    (e2e-abort "find row" (concat "no line starts with " prefix)))
  (beginning-of-line))

(defun e2e-go-idle ()
  "What Emacs does when the user pauses typing: eglot's idle timer sends the changes."
  (when eglot--change-idle-timer
    (cancel-timer eglot--change-idle-timer)
    (eglot--signal-textDocument/didChange)
    (setq eglot--change-idle-timer nil)))

;;; 3) break the total of 本年新收 (its last cell, 0 -> 7): a balance.* error on that cell

(e2e-goto-row "本年新收")
(defvar e2e-line (1- (line-number-at-pos)))
(end-of-line)
(search-backward "0" (line-beginning-position))
(defvar e2e-cell (point))
;; the cell's column in UTF-16 code units, counted independently of eglot
(defvar e2e-utf16
  (/ (length (encode-coding-string (buffer-substring-no-properties (line-beginning-position) (point))
                                   'utf-16le))
     2))
(delete-char 1)
(insert "7")
(setq e2e-published nil)
(e2e-go-idle)
(defun e2e-balance-diag ()
  (cl-find-if (lambda (d) (string-match-p "\\[balance\\.[^]]*\\]" (flymake-diagnostic-text d)))
              (flymake-diagnostics)))
(defvar e2e-diag (e2e-wait #'e2e-balance-diag))
(dolist (d (flymake-diagnostics))
  (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
    (e2e-out "DIAG %S %s-%s %s" (plist-get lsp :range) (flymake-diagnostic-beg d)
             (flymake-diagnostic-end d) (flymake-diagnostic-text d))))
(if (not e2e-diag)
    (e2e-check "a balance.* diagnostic after breaking a total" nil
               (format "%d publications, none with a balance.* diagnostic" (length e2e-published)))
  (let* ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data e2e-diag)))
         (start (plist-get (plist-get lsp :range) :start))
         (end (plist-get (plist-get lsp :range) :end)))
    (e2e-check "a balance.* diagnostic after breaking a total"
               (and (eq (flymake-diagnostic-type e2e-diag) 'eglot-error)
                    (string-prefix-p "nianbao [balance." (flymake-diagnostic-text e2e-diag)))
               (format "%s (%d ms)" (flymake-diagnostic-text e2e-diag) (e2e-ms)))
    (e2e-check "its LSP range is the edited cell (line, UTF-16 column)"
               (and (eql (plist-get start :line) e2e-line) (eql (plist-get start :character) e2e-utf16)
                    (eql (plist-get end :line) e2e-line) (eql (plist-get end :character) (1+ e2e-utf16)))
               (format "%S, expected %d:%d-%d:%d" (plist-get lsp :range)
                       e2e-line e2e-utf16 e2e-line (1+ e2e-utf16)))
    (e2e-check "flymake marks exactly the edited cell in the buffer"
               (and (= (flymake-diagnostic-beg e2e-diag) e2e-cell)
                    (= (flymake-diagnostic-end e2e-diag) (1+ e2e-cell)))
               (format "%d-%d, expected %d-%d" (flymake-diagnostic-beg e2e-diag)
                       (flymake-diagnostic-end e2e-diag) e2e-cell (1+ e2e-cell)))))

;; undo the edit: clean again
(goto-char e2e-cell)
(delete-char 1)
(insert "0")
(e2e-go-idle)
(e2e-wait (lambda () (and (not (e2e-balance-diag)) (e2e-flymake-settled))))
(e2e-check "restoring the total clears the diagnostics" (null (flymake-diagnostics))
           (format "%S" (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))

;;; 4) delete the 上年结转 row; completion-at-point at the start of the row that moved up

(e2e-goto-row "上年结转")
(delete-region (point) (line-beginning-position 2))
(e2e-go-idle)
(e2e-out "completion at the start of: %s"
         (buffer-substring-no-properties (point) (line-end-position)))
(e2e-check "eglot-completion-at-point is in completion-at-point-functions"
           (memq #'eglot-completion-at-point completion-at-point-functions))
(let* ((capf (run-hook-wrapped 'completion-at-point-functions
                               (lambda (f) (funcall f))))
       (candidates (and capf (all-completions "" (nth 2 capf)))))
  (dolist (c candidates) (e2e-out "COMPLETION %s" c))
  (e2e-check "completion at a row label offers the row names"
             ;; listed by the names they insert (the official labels are their detail)
             (and (cl-some (lambda (c) (string-prefix-p "上年结转" c)) candidates)
                  (cl-some (lambda (c) (string-prefix-p "予以公开" c)) candidates))
             (format "%d candidates" (length candidates))))

;;; 5) hover on a row label

(e2e-goto-row "本年新收")
(forward-char 1)
(let* ((answer (jsonrpc-request e2e-server :textDocument/hover (eglot--TextDocumentPositionParams)
                                :timeout e2e-timeout))
       (contents (plist-get answer :contents))
       (text (cond ((stringp contents) contents)
                   ((plist-get contents :value))
                   (t (format "%S" contents)))))
  (e2e-out "HOVER %s" (replace-regexp-in-string "\n" " | " (or text "")))
  (e2e-check "hover on a row label answers" (and text (> (length text) 0))))

;;; 6) shut eglot down: the server answers `shutdown', and its process goes away
;; (eglot 1.9 sends `exit' and then has jsonrpc delete the process at once, so the exit status
;; is usually a signal: this checks that nothing is left, not how the server ended)

(e2e-check "the server answers eglot's shutdown request"
           (condition-case err (progn (eglot-shutdown e2e-server nil e2e-timeout) t)
             (error (e2e-out "eglot-shutdown: %S" err) nil)))
(e2e-wait (lambda () (not (process-attributes e2e-pid))))
(e2e-check "the server is gone after eglot-shutdown"
           (and (not (process-live-p e2e-process)) (not (process-attributes e2e-pid)))
           (format "pid %s, %s %s" e2e-pid (process-status e2e-process)
                   (process-exit-status e2e-process)))

(e2e-out "RESULT %s (%d ms)" (if (zerop e2e-failures) "pass" "fail") (e2e-ms))
(set-buffer-modified-p nil)
(kill-emacs (if (zerop e2e-failures) 0 1))
