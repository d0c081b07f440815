package nianbao.core.robustness;

import static nianbao.core.robustness.Documents.guarded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.ExampleFiles;
import nianbao.core.check.CheckOptions;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateReader;
import nianbao.core.template.TemplateRegistry;
import nianbao.core.template.TemplateResolver;
import nianbao.syntax.SourceText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A template from another township is input like a report: whatever damage the national template
 * takes, reading it and checking the example against it finish, and every finding lies inside
 * the file it is about.
 */
class DamagedTemplateProperties {

    private static final String NATIONAL = resource("nianbao/templates/national-2021.nbt");
    private static final String EXAMPLE = ExampleFiles.read("guanghua-2021.nianbao");

    /** Template syntax that edits insert besides the report pieces: declarations, rules, wordings, indentation. */
    private static final List<String> TEMPLATE_PIECES = List.of("继承 national-2021\n", "继承 national-2019\n", "  ", "    ",
            "行 x 新行\n", "列 y 新列 单位=件 小数\n", "表 t 新表\n", "章节 s 新章节\n", "标题行 h 标题\n", "别名 本年新收\n",
            "规则 r 每列：total = total + new\n", "规则 r 每行：total = total.*\n", "规则 r 每列：new = 上年.new\n",
            "说法 new@total …{数}件\n", "说法 new@total ……………{数}\n", "应为零 z 层级=乡镇 new\n", "字段 模板 必填\n",
            "适用年度 2021-\n", "适用年度 2030-2019\n", "模板 other\n", "=", "@", ".*", "上年.");

    private static String resource(String path) {
        try (InputStream in = DamagedTemplateProperties.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, RandomEdits.piece()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(TEMPLATE_PIECES)));
        return RandomEdits.edits(piece).list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            String s = NATIONAL;
            for (RandomEdits.Edit e : edits) {
                s = e.apply(s);
            }
            return s;
        });
    }

    @Property
    void aDamagedTemplateIsReadAndUsed(@ForAll("damaged") String templateText) {
        guarded(() -> {
            TemplateReader.Result read = TemplateReader.read(templateText, "test:damaged", (reference, from) -> {
                String text = TemplateRegistry.builtIn().text(reference.strip());
                return text == null ? null : new TemplateReader.BaseLoader.Loaded(text, "builtin:" + reference.strip());
            });
            SourceText templateSource = new SourceText(templateText);
            for (Diagnostic d : read.diagnostics().all()) {
                if (d.file() == null) {
                    Documents.assertInside(templateSource, d.range(), () -> "template finding " + d.id() + " " + d.range());
                }
            }
            Template template = read.template();
            TemplateResolver resolver = new TemplateResolver() {
                @Override
                public Resolution resolve(String reference) {
                    return new Resolution(template, read.diagnostics().all());
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
            Analysis a = new Analyzer(resolver, CheckOptions.DEFAULT).analyze(EXAMPLE);
            Documents.assertDiagnosticsInside(a.syntax().source(),
                    a.diagnostics().stream().filter(d -> d.file() == null && !d.id().startsWith("template.")).toList());
            JsonOutput.render(a);
            HtmlSafety.assertSafe(org.jsoup.Jsoup.parse(HtmlOutput.render(a)));
            return a;
        });
    }
}
