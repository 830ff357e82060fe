-- Schema v9: staff sign in to the console with a login and a password. The hash is ASP.NET Core Identity's
-- PasswordHasher format (PBKDF2); failures lock the account for a while; the security stamp changes with the password,
-- so a cookie issued before a change (or before a revocation) stops working.
ALTER TABLE accounts ADD COLUMN login TEXT NULL;
ALTER TABLE accounts ADD COLUMN password_hash TEXT NULL;
ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN locked_until_utc TEXT NULL;
ALTER TABLE accounts ADD COLUMN security_stamp TEXT NULL;
CREATE UNIQUE INDEX ux_accounts_login ON accounts (login) WHERE login IS NOT NULL;
