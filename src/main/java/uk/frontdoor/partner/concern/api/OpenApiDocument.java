package uk.frontdoor.partner.concern.api;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner API's OpenAPI 3 description, kept by hand beside the code in {@code api/openapi.json}. */
@RestController
class OpenApiDocument {

    @GetMapping("/api/v1/openapi.json")
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(new ClassPathResource("api/openapi.json"));
    }
}
