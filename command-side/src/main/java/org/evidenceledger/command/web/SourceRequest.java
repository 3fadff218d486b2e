package org.evidenceledger.command.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.evidenceledger.events.Source;
import org.evidenceledger.platform.intake.Name;

public record SourceRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String url,
        @Name @Size(max = 500) String publisher,
        @Name @Size(max = 500) String title) {

    public Source toSource() {
        return new Source(url, publisher, title);
    }
}
