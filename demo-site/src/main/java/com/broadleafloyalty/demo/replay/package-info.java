/**
 * {@code replay --input FILE}: replays a real shop's order history (the UCI Online Retail layout) through the demo
 * shop's Broadleaf checkout with the loyalty module installed, checks the points ledger against a calculation from
 * the file alone, and measures what the module costs a checkout.
 *
 * <p><b>What is replayed.</b> Every sale invoice of a registered customer becomes a Broadleaf order of that customer
 * (a cart through the add-item workflow, a captured payment for the total, {@code blCheckoutService.performCheckout}),
 * in date order. Each cancellation (credit note) becomes partial returns through {@code blLoyaltyReturnService}, of
 * the customer's most recent earlier orders that hold the cancelled stock code. The file is read by the module's one
 * order-history reader and cleaned with its policy {@code CleaningPolicy.PURCHASES_AND_CANCELLATIONS_AS_RETURNS}
 * (package {@code com.broadleafloyalty.history.core}), the same rules by which the recommender and RFM read purchases.
 * Left out, and counted in the report:
 * <ul>
 * <li>guest invoices (no CustomerID): they earn nothing, having no account to credit, and cost a quarter of the
 *     file's lines to replay;</li>
 * <li>fee and service lines (stock codes without a leading digit: postage, DOT, manual lines, bank charges, Amazon
 *     fees, gift vouchers, ...): points are earned on merchandise only, so they would not change a single point;</li>
 * <li>lines repeated identically within an invoice (recording errors), lines with a zero price in whole pence, sale
 *     lines with a quantity of zero or less and credit-note lines of zero or more (stock corrections), and bad-debt
 *     adjustments ({@code A...});</li>
 * <li>cancelled units that no earlier order in the file holds (sold before the file starts).</li>
 * </ul>
 * Each stock code and price is its own Broadleaf product, so every line is charged what the customer paid; prices
 * are in pounds, the shop's and the module's base currency.
 *
 * <p><b>With and without the module, in the same run.</b> Every invoice is placed once as a real order with the
 * module on, so the whole history earns and returns points and the totals check covers all of it. The invoices of
 * every fourth block (of 200) are placed a second time, as comparison orders, with the module switched off
 * ({@code blLoyaltySwitch}); comparison orders earn nothing and are never returned, and the check counts any point
 * they earn as a mismatch. Only the compared blocks are measured, in both modes, on the same invoices, ten invoices at
 * a time ({@code --interleave}): each group in both modes before the next, the mode that goes first alternating from
 * group to group. Per checkout: time of {@code performCheckout}, SQL statements it prepares
 * (Hibernate statistics), and for a few checkouts the statements themselves, with and without the module.
 */
package com.broadleafloyalty.demo.replay;
