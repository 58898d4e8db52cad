package com.broadleafloyalty.demo.web;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/** The home page: the demo catalog's "Shop" category. */
@Controller
public class HomeController {

    static final String SHOP_CATEGORY = "Shop";

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping("/")
    public String home(Model model) {
        List<Category> shop = catalogService.findCategoriesByName(SHOP_CATEGORY);
        model.addAttribute("products", shop.isEmpty() ? Collections.emptyList()
                : catalogService.findActiveProductsByCategory(shop.get(0)));
        return "catalog/home";
    }
}
