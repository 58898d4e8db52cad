package com.broadleafloyalty.demo.payment;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.payment.dto.PaymentRequestDTO;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransactionConfirmationService;
import org.broadleafcommerce.common.vendor.service.exception.PaymentException;

/**
 * Confirms the UNCONFIRMED demo-wallet transaction that checkout finds on the order: Broadleaf's
 * ValidateAndConfirmPaymentActivity calls this during checkout, as it would call a real gateway.
 */
public class DemoPaymentConfirmationService implements PaymentGatewayTransactionConfirmationService {

    @Override
    public PaymentResponseDTO confirmTransaction(PaymentRequestDTO request) throws PaymentException {
        Object wallet = request.getAdditionalFields().get(DemoWallet.WALLET_FIELD);
        boolean approved = DemoWallet.approves(wallet == null ? null : wallet.toString());
        return new PaymentResponseDTO(PaymentType.THIRD_PARTY_ACCOUNT, DemoPaymentGatewayType.DEMO_WALLET)
                .orderId(request.getOrderId())
                .amount(new Money(request.getTransactionTotal()))
                .paymentTransactionType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE)
                .successful(approved)
                .rawResponse(approved ? "Demo wallet approved" : "Demo wallet declined");
    }
}
