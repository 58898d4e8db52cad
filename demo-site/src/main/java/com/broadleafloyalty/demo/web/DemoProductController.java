package com.broadleafloyalty.demo.web;

import org.broadleafcommerce.core.web.controller.catalog.BroadleafProductController;
import org.springframework.stereotype.Controller;

/** Product pages, found by Broadleaf's ProductHandlerMapping from each product's URL. */
@Controller("blProductController")
public class DemoProductController extends BroadleafProductController {
}
