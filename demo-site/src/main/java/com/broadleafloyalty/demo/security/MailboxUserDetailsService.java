package com.broadleafloyalty.demo.security;

import com.broadleafloyalty.account.core.Mailbox;
import com.broadleafloyalty.account.service.CustomerAccountService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import javax.annotation.Resource;

/**
 * Login by mailbox: the email typed is trimmed and compared without case, so {@code " DEMO@example.com"} logs in as
 * {@code demo@example.com}. Broadleaf's own service then loads the account by its stored login.
 */
public class MailboxUserDetailsService implements UserDetailsService {

    @Resource(name = "blUserDetailsService")
    protected UserDetailsService broadleafUserDetails;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accounts;

    @Override
    public UserDetails loadUserByUsername(String typed) {
        String mailbox = Mailbox.of(typed);
        if (mailbox == null || mailbox.length() > 254) {
            throw new UsernameNotFoundException("No email typed");
        }
        Long customerId = accounts.customerIdForMailbox(mailbox);
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        return broadleafUserDetails.loadUserByUsername(customer == null ? mailbox : customer.getUsername());
    }
}
