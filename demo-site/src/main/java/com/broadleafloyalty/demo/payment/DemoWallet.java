package com.broadleafloyalty.demo.payment;

/**
 * The demo wallet's one rule: every payment is approved, except for the wallet named {@value #DECLINED_WALLET},
 * which lets a tester see a declined payment without any card data.
 */
public final class DemoWallet {

    public static final String DECLINED_WALLET = "decline";
    public static final String WALLET_FIELD = "demoWallet";

    private DemoWallet() {
    }

    public static boolean approves(String walletName) {
        return walletName != null && !walletName.trim().isEmpty()
                && !DECLINED_WALLET.equalsIgnoreCase(walletName.trim());
    }
}
