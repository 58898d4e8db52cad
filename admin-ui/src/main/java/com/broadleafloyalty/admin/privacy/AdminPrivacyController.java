package com.broadleafloyalty.admin.privacy;

import com.broadleafloyalty.admin.customer.AdminCustomerPointsController;
import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.privacy.service.ErasureReport;
import com.broadleafloyalty.privacy.service.PrivacyService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.annotation.Resource;

/**
 * A customer's data-access and erasure requests, from their loyalty account page: the export downloads one JSON
 * document; the erasure needs its confirmation box ticked and then tells what it changed.
 */
@Controller("blLoyaltyAdminPrivacyController")
@RequestMapping("/" + AdminCustomerPointsController.SECTION_KEY)
public class AdminPrivacyController {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyPrivacyService")
    protected PrivacyService privacy;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @RequestMapping(value = "/{customerId:\\d+}/privacy/export", method = RequestMethod.GET)
    public ResponseEntity<byte[]> export(@PathVariable("customerId") Long customerId, Model model)
            throws IOException {
        String adminLogin = section.open(AdminCustomerPointsController.SECTION_KEY, model);
        HttpHeaders headers = new HttpHeaders();
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null) {
            headers.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
            return new ResponseEntity<byte[]>(section.message("loyalty.customerPoints.customerNotFound",
                    String.valueOf(customerId)).getBytes(StandardCharsets.UTF_8), headers, HttpStatus.NOT_FOUND);
        }
        byte[] document = JSON.writeValueAsBytes(privacy.export(customerId, adminLogin));
        headers.setContentType(new MediaType("application", "json", StandardCharsets.UTF_8));
        headers.set("Content-Disposition", "attachment; filename=\"loyalty-customer-" + customerId + ".json\"");
        return new ResponseEntity<byte[]>(document, headers, HttpStatus.OK);
    }

    @RequestMapping(value = "/{customerId:\\d+}/privacy/erase", method = RequestMethod.POST)
    public String erase(@PathVariable("customerId") Long customerId,
            @RequestParam(value = "confirm", defaultValue = "") String confirm, Model model,
            RedirectAttributes redirect) {
        String adminLogin = section.open(AdminCustomerPointsController.SECTION_KEY, model);
        String account = "redirect:/" + AdminCustomerPointsController.SECTION_KEY + "/" + customerId;
        if (customerService.readCustomerById(customerId) == null) {
            redirect.addFlashAttribute("refusal", section.message("loyalty.customerPoints.customerNotFound",
                    String.valueOf(customerId)));
            return "redirect:/" + AdminCustomerPointsController.SECTION_KEY;
        }
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("refusal", section.message("loyalty.privacy.confirmFirst"));
            return account;
        }
        ErasureReport report = privacy.erase(customerId, adminLogin);
        redirect.addFlashAttribute("notice", report.isAlreadyErased()
                ? section.message("loyalty.privacy.alreadyErased", report.getErasedAt(), report.getErasedBy())
                : section.message("loyalty.privacy.erased", report.getTotal()));
        return account;
    }
}
