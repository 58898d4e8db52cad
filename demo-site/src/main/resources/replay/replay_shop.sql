-- The replay's throwaway shop: the UCI history is priced in pounds sterling; the shopper role registration needs.
-- Single-line statements: Hibernate's import uses SingleLineSqlCommandExtractor.
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('GBP', 'Pound Sterling', TRUE);
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, CURRENCY_CODE) VALUES ('en_GB', TRUE, 'English UK', 'GBP');
INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (1, 'ROLE_USER');
