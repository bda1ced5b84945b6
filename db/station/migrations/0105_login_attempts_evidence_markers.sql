-- Station-local bookkeeping for hardening; neither table has the sync columns, so neither is synced or audited.

-- Login attempts whose password check is running now. Counted together with the recorded failures inside
-- the write lock, so parallel guesses can never exceed the lockout budget (auth.max_failed_logins).
CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL,
    started_at TEXT NOT NULL
);
CREATE INDEX login_attempts_user ON login_attempts(user_id);

-- What an evidence file looked like on disk when its bytes were last hashed and found equal to its name:
-- a later check re-hashes only files whose size, mtime, ctime or inode differ from these markers.
CREATE TABLE evidence_verified (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    verified_at TEXT NOT NULL
);
