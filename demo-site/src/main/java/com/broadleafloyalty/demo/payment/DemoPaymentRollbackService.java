package com.broadleafloyalty.demo.payment;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.payment.dto.PaymentRequestDTO;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;
import org.broadleafcommerce.common.payment.service.PaymentGatewayRollbackService;
import org.broadleafcommerce.common.vendor.service.exception.PaymentException;

/** Voids a demo-wallet capture when a later checkout activity fails. */
public class DemoPaymentRollbackService implements PaymentGatewayRollbackService {

    @Override
    public PaymentResponseDTO rollbackAuthorize(PaymentRequestDTO request) throws PaymentException {
        return voided(request);
    }

    @Override
    public PaymentResponseDTO rollbackCapture(PaymentRequestDTO request) throws PaymentException {
        return voided(request);
    }

    @Override
    public PaymentResponseDTO rollbackAuthorizeAndCapture(PaymentRequestDTO request) throws PaymentException {
        return voided(request);
    }

    @Override
    public PaymentResponseDTO rollbackRefund(PaymentRequestDTO request) throws PaymentException {
        return voided(request);
    }

    private PaymentResponseDTO voided(PaymentRequestDTO request) {
        return new PaymentResponseDTO(PaymentType.THIRD_PARTY_ACCOUNT, DemoPaymentGatewayType.DEMO_WALLET)
                .orderId(request.getOrderId())
                .amount(new Money(request.getTransactionTotal()))
                .paymentTransactionType(PaymentTransactionType.VOID)
                .successful(true)
                .rawResponse("Demo wallet voided");
    }
}
