--
-- Demo shop admin login: admin / admin, with Broadleaf's ROLE_ADMIN (id -1, from config/bc/sql/load_admin_roles.sql).
-- The password is a BCrypt hash (cost 10) of "admin", as the admin's blAdminPasswordEncoder makes them; an older demo
-- database holds SHA-256 of "admin{-1}" instead, which still works and becomes BCrypt at the first login.
-- A demo account: never load this file into a real shop.
--
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, EMAIL, LOGIN, NAME, PASSWORD, ACTIVE_STATUS_FLAG) VALUES (-1, 'admin@example.com', 'admin', 'Administrator', '$2a$10$5MKBpvJj6cj9BNH8sg4bjesKg5scxhAw6c9/1kWyGATO8Nyu78TCa', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_ROLE_ID, ADMIN_USER_ID) VALUES (-1, -1);
--
-- Demo customer-service login: service / service, with the loyalty module's ROLE_LOYALTY_CUSTOMER_SERVICE (id -5950,
-- from config/loyalty/sql/load_loyalty_admin_security.sql): views loyalty accounts, changes nothing. BCrypt (cost 10).
--
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, EMAIL, LOGIN, NAME, PASSWORD, ACTIVE_STATUS_FLAG) VALUES (-2, 'service@example.com', 'service', 'Customer service', '$2a$10$8i24tphlwtjA4AGeAPZ0D.KrCJj27Au/KM0j411LqwtY7d45vB.TW', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_ROLE_ID, ADMIN_USER_ID) VALUES (-5950, -2);
--
-- A second full admin, so the demo can show second-admin approval: manager / manager, ROLE_ADMIN. BCrypt (cost 10).
--
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, EMAIL, LOGIN, NAME, PASSWORD, ACTIVE_STATUS_FLAG) VALUES (-3, 'manager@example.com', 'manager', 'Loyalty manager', '$2a$10$bzE.eksOqKu1JnNVefgTLOUVo.CmhN9EMBL5BK/0Sqe3IVXva9Q7G', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_ROLE_ID, ADMIN_USER_ID) VALUES (-1, -3);
