package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiRefusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import java.io.IOException;
import java.io.InputStream;

/** The OpenAPI 3 description of this API (open to all: it holds no data) and a JSON 404 for every unknown path. */
@Controller
public class OpenApiController {

    static final String DESCRIPTION = "/loyalty-api/openapi.json";

    private final JsonNode description;

    public OpenApiController() throws IOException {
        try (InputStream in = OpenApiController.class.getResourceAsStream(DESCRIPTION)) {
            description = new ObjectMapper().readTree(in);
        }
    }

    @RequestMapping(value = "/openapi.json", method = RequestMethod.GET)
    @ResponseBody
    public JsonNode openApi() {
        return description;
    }

    @RequestMapping("/**")
    public void unknown() {
        throw ApiRefusal.notFound("loyalty.api.noSuchEndpoint");
    }
}
