package nianbao.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.core.ExampleFiles;
import nianbao.core.text.NameIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template built from its image is the template read from its text: every field of every
 * object, and every reference between them, compared by reflection (so a field added to the
 * model but not to the image fails here).
 */
class TemplateImageTest {

    @TempDir
    Path dir;

    @Test
    void theBuildCompiledAnImageOfEveryBuiltInTemplateAndTheRegistryReadsIt() throws Exception {
        TemplateRegistry text = TemplateRegistry.fromText();
        TemplateRegistry.Images images = (TemplateRegistry.Images) Class.forName(TemplateRegistry.IMAGES_CLASS)
                .getDeclaredConstructor().newInstance(); // ClassNotFoundException: is core's exec-maven-plugin step gone?
        assertEquals(text.builtInIds(), List.of(images.ids()), "the images class lists builtin.list");
        assertEquals(text.builtInIds(), TemplateRegistry.builtIn().builtInIds());
        for (String id : TemplateRegistry.builtIn().builtInIds()) {
            assertNotNull(images.image(id), "no image of " + id);
            assertSameTemplate(text.get(id), TemplateImage.read(String.join("", images.image(id)).getBytes(StandardCharsets.ISO_8859_1)));
            Template fromImage = TemplateRegistry.builtIn().get(id);
            assertSameTemplate(text.get(id), fromImage);
            assertEquals(List.of(), TemplateRegistry.builtIn().load(id).diagnostics().all());
        }
    }

    @Test
    void aTemplateThatExtendsAnotherSurvivesItsImage() throws Exception {
        Files.copy(ExampleFiles.path("qingshan-county.nbt"), dir.resolve("qingshan-county.nbt"));
        Template county = new FileTemplateResolver(dir, dir, List.of()).resolve("qingshan-county.nbt").template();
        assertTrue(!county.ancestors().isEmpty(), "the example county template extends a national one");

        assertSameTemplate(county, TemplateImage.read(TemplateImage.write(county)));
    }

    @Test
    void localRequirementsOfACountyOverACitySurviveTheImage() {
        Template county = LocalRequirementsTemplateTest.read("""
                模板 county
                继承 city.nbt
                章节 overview
                  字数上限 1500
                  应写明 interpretation 解读…{数}…篇|解读…{数}…条
                    说明 全年发布政策解读的数量
                """, Map.of("city.nbt", LocalRequirementsTemplateTest.CITY)).template();
        assertTrue(county.sections().stream().anyMatch(s -> s.partLengthLimit() != null));
        assertSameTemplate(county, TemplateImage.read(TemplateImage.write(county)));
    }

    @Test
    void anImageOfAnotherFormatIsNotRead() {
        byte[] image = TemplateImage.write(TemplateRegistry.fromText().get("national-2021"));
        image[7] ^= 0x40; // the format version
        assertNull(TemplateImage.read(image));
    }

    @Test
    void aDamagedImageIsNotRead() {
        byte[] image = TemplateImage.write(TemplateRegistry.fromText().get("national-2021"));
        assertNull(TemplateImage.read(java.util.Arrays.copyOf(image, image.length / 2)), "cut short");
        assertNull(TemplateImage.read(java.util.Arrays.copyOf(image, image.length + 1)), "one byte too many");
        byte[] scrambled = image.clone();
        for (int i = 8; i < scrambled.length; i += 7) {
            scrambled[i] = (byte) 0xFF;
        }
        assertNull(TemplateImage.read(scrambled), "scrambled");
        java.util.Random random = new java.util.Random(2021);
        for (int i = 0; i < 500; i++) {
            byte[] damaged = image.clone();
            damaged[8 + random.nextInt(damaged.length - 8)] = (byte) random.nextInt(256);
            TemplateImage.read(damaged); // a template or null, never an exception or an error
        }
    }

    @Test
    void aLiteralOfTheImagesClassHoldsEveryByteAndNoEscapeSwallowsTheDigitAfterIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            all.append(c).append('7'); // a digit after every character, octal escapes included
        }
        String literal = TemplateImages.literal(all.toString());
        assertTrue(literal.chars().allMatch(c -> c >= 0x20 && c < 0x7F), "a literal is printable ASCII");
        assertEquals(all.toString(), unescape(literal));
    }

    /** Java's reading of a string literal with octal escapes, as javac reads it. */
    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            int value = 0;
            int digits = 0;
            int max = literal.charAt(i + 1) <= '3' ? 3 : 2;
            while (digits < max && literal.charAt(i + 1) >= '0' && literal.charAt(i + 1) <= '7') {
                value = value * 8 + literal.charAt(++i) - '0';
                digits++;
            }
            assertTrue(digits > 0, "only octal escapes");
            out.append((char) value);
        }
        return out.toString();
    }

    @Test
    void theComparisonNoticesADifference() {
        Template a = TemplateRegistry.fromText().get("national-2021");
        Template b = TemplateImage.read(TemplateImage.write(a));
        b.sections().get(0).setDescription(b.sections().get(0).description() + "！");
        try {
            assertSameTemplate(a, b);
        } catch (AssertionError expected) {
            return;
        }
        fail("a changed description went unnoticed");
    }

    private static void assertSameTemplate(Template expected, Template actual) {
        new Comparison().compare(expected, actual, "template");
    }

    /**
     * Name indexes, compiled patterns and a wording's reading (its slots and anchor) are built from
     * the rest when first used, or not yet.
     */
    private static boolean builtOnUse(Field f) {
        return NameIndex.class.isAssignableFrom(f.getType()) || f.getType() == java.util.regex.Pattern.class
                || f.getType().getName().equals("nianbao.core.text.Phrase$Reading");
    }

    /** Deep comparison by reflection, with a one-to-one map of the objects already seen. */
    private static final class Comparison {
        private final Map<Object, Object> seen = new IdentityHashMap<>();

        void compare(Object a, Object b, String path) {
            if (a == null || b == null) {
                assertSame(a, b, path);
                return;
            }
            if (a instanceof String || a instanceof Number || a instanceof Boolean || a instanceof Character
                    || a instanceof Enum<?>) {
                assertEquals(a, b, path);
                return;
            }
            if (a instanceof List<?> la) {
                List<?> lb = (List<?>) b;
                assertEquals(la.size(), lb.size(), path + ".size");
                for (int i = 0; i < la.size(); i++) {
                    compare(la.get(i), lb.get(i), path + "[" + i + "]");
                }
                return;
            }
            if (a instanceof Set<?>) {
                assertEquals(a, b, path);
                return;
            }
            if (a instanceof Map<?, ?> ma) {
                Map<?, ?> mb = (Map<?, ?>) b;
                assertEquals(ma.keySet(), mb.keySet(), path + ".keys");
                for (Object k : ma.keySet()) {
                    compare(ma.get(k), mb.get(k), path + "[" + k + "]");
                }
                return;
            }
            if (a instanceof Map.Entry<?, ?> ea) {
                Map.Entry<?, ?> eb = (Map.Entry<?, ?>) b;
                compare(ea.getKey(), eb.getKey(), path + ".key");
                compare(ea.getValue(), eb.getValue(), path + ".value");
                return;
            }
            assertEquals(a.getClass(), b.getClass(), path + ".class");
            if (a.getClass().getName().startsWith("java.")) {
                assertEquals(a, b, path);
                return;
            }
            Object earlier = seen.get(a);
            if (earlier != null) {
                assertSame(earlier, b, path + " is another object than where it was met first");
                return;
            }
            seen.put(a, b);
            for (Class<?> c = a.getClass(); c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || builtOnUse(f)) {
                        continue;
                    }
                    f.setAccessible(true);
                    try {
                        compare(f.get(a), f.get(b), path + "." + f.getName());
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(path + "." + f.getName(), e);
                    }
                }
            }
        }
    }
}
