package nianbao.core.output;

import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.check.CheckOptions;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateReader;
import nianbao.core.template.TemplateResolver;

/** Analyses a report against a template written in the test, the only template the resolver knows. */
final class CustomTemplate {

    private CustomTemplate() {
    }

    static Analysis analyze(String templateText, String reportText) {
        TemplateReader.Result read = TemplateReader.read(templateText, "test:" + templateText.hashCode());
        if (!read.diagnostics().all().isEmpty()) {
            throw new IllegalArgumentException("the test's template has problems: " + read.diagnostics().all());
        }
        Template template = read.template();
        TemplateResolver resolver = new TemplateResolver() {
            @Override
            public Resolution resolve(String reference) {
                return reference.strip().equals(template.id()) ? new Resolution(template, List.of()) : null;
            }

            @Override
            public List<String> knownNames() {
                return List.of(template.id());
            }

            @Override
            public Template defaultFor(Integer year) {
                return template;
            }
        };
        return new Analyzer(resolver, CheckOptions.DEFAULT).analyze(reportText);
    }
}
