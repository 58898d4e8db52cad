--
-- Demo shop admin login: admin / admin, with Broadleaf's ROLE_ADMIN (id -1, from config/bc/sql/load_admin_roles.sql).
-- The password is SHA-256 of "admin{-1}": the password salted with the user's id, as the admin's
-- blAdminPasswordEncoder and blAdminSaltSource expect. A demo account: never load this file into a real shop.
--
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, EMAIL, LOGIN, NAME, PASSWORD, ACTIVE_STATUS_FLAG) VALUES (-1, 'admin@example.com', 'admin', 'Administrator', 'f33ca05e07da62eca3eb12d7185e3884ecfae11926052c3382df15e301cded8a', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_ROLE_ID, ADMIN_USER_ID) VALUES (-1, -1);
