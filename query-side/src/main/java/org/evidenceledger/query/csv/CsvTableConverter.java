package org.evidenceledger.query.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes a {@link CsvTable} with Apache Commons CSV: RFC 4180, UTF-8, a header row, lists joined with
 * "; ". A cell a spreadsheet would run as a formula (it starts with =, +, - or @) is prefixed with
 * an apostrophe.
 */
@Configuration(proxyBeanMethods = false)
public class CsvTableConverter extends AbstractHttpMessageConverter<CsvTable> implements WebMvcConfigurer {

    public CsvTableConverter() {
        super(StandardCharsets.UTF_8, CsvTable.TEXT_CSV);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, this);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return CsvTable.class.isAssignableFrom(type);
    }

    @Override
    protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written", input);
    }

    @Override
    protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(table.header().toArray(String[]::new)).get());
        table.rows().accept(cells -> {
            try {
                printer.printRecord(cells.stream().map(CsvTableConverter::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> list
                ? String.join("; ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
