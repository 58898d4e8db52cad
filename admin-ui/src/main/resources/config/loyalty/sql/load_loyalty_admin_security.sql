--
-- Broadleaf Loyalty: the "Loyalty" admin menu and its sections, their permissions, and who holds them.
-- Load after Broadleaf's config/bc/sql/load_admin_permissions.sql, load_admin_roles.sql and load_admin_menu.sql
-- (it grants to their ROLE_ADMIN, id -1). One statement per line: Hibernate's import runs with
-- SingleLineSqlCommandExtractor. Loyalty rows use ids from -5000 down, clear of Broadleaf's own (-1 to -987).
--

-- The menu entry (module) and its first section.
INSERT INTO BLC_ADMIN_MODULE (ADMIN_MODULE_ID, NAME, MODULE_KEY, ICON, DISPLAY_ORDER) VALUES (-5000, 'Loyalty', 'LoyaltyModule', 'icon-gift', 350);
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-5000, 1000, -5000, 'Reward catalog', 'LoyaltyRewardCatalog', '/loyalty-rewards', 'com.broadleafloyalty.reward.domain.RewardItem');

-- Entity permissions: what may be read or changed.
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-5000, 'Read Loyalty Reward Item', 'PERMISSION_READ_LOYALTY_REWARD_ITEM', 'READ', FALSE);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-5001, 'All Loyalty Reward Item', 'PERMISSION_ALL_LOYALTY_REWARD_ITEM', 'ALL', FALSE);
INSERT INTO BLC_ADMIN_PERMISSION_ENTITY (ADMIN_PERMISSION_ENTITY_ID, CEILING_ENTITY, ADMIN_PERMISSION_ID) VALUES (-5000, 'com.broadleafloyalty.reward.domain.RewardItem', -5000);
INSERT INTO BLC_ADMIN_PERMISSION_ENTITY (ADMIN_PERMISSION_ENTITY_ID, CEILING_ENTITY, ADMIN_PERMISSION_ID) VALUES (-5001, 'com.broadleafloyalty.reward.domain.RewardItem', -5001);

-- Friendly permissions: what Role Management shows, each bundling the entity permissions above.
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-5100, 'View Loyalty Reward Catalog', 'PERMISSION_LOYALTY_REWARD_CATALOG', 'READ', TRUE);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-5101, 'Maintain Loyalty Reward Catalog', 'PERMISSION_LOYALTY_REWARD_CATALOG', 'ALL', TRUE);
INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES (-5100, -5000);
INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES (-5101, -5001);

-- The section shows for anyone holding either friendly permission.
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-5000, -5100);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-5000, -5101);

-- Broadleaf's ROLE_ADMIN (Admin Master Access) maintains the reward catalog.
INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-1, -5101);

-- The Customer points section: a customer's balance and ledger, manual adjustments, order cancellations and returns.
-- It has no entity of its own (AdminCustomerPointsController checks the section permission itself).
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-5001, 2000, -5000, 'Customer points', 'LoyaltyCustomerPoints', '/loyalty-customers', NULL);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-5102, 'Maintain Loyalty Customer Points', 'PERMISSION_LOYALTY_CUSTOMER_POINTS', 'ALL', TRUE);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-5001, -5102);
INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-1, -5102);

-- The Feedback section: NPS, CSAT and the newest post-purchase answers, read-only (AdminFeedbackController checks the
-- section permission itself). Ids -5500 keep clear of the other loyalty sections' rows.
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-5500, 5500, -5000, 'Feedback', 'LoyaltyFeedback', '/loyalty-feedback', NULL);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-5500, 'View Loyalty Feedback', 'PERMISSION_LOYALTY_FEEDBACK', 'READ', TRUE);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-5500, -5500);
INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-1, -5500);
