package com.broadleafloyalty.support.privacy;

/**
 * Whether a customer's data was erased on request, so that nothing is sent to them or about them any more (emails,
 * webhooks). Implemented by the privacy slice; read by the senders, which must not depend on it.
 */
public interface ErasedCustomers {

    boolean isErased(Long customerId);
}
