package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import vn.htx.portal.content.domain.ArticleStatus;
import vn.htx.portal.documents.Validity;
import vn.htx.portal.documents.domain.TermKind;
import vn.htx.portal.shared.PortalChange;
import vn.htx.portal.users.Role;

/**
 * Every message key the templates and the Java code use is in {@code messages_vi.properties}, and
 * every key there is used: no visitor ever sees a key as text, and no dead text piles up.
 */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final String KEY = "[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+";
    /** The start of a key put together at run time: "status." and the like. */
    private static final String STEM = "[A-Za-z][A-Za-z0-9_.]*\\.";

    private static Set<String> keys;
    private static String templates;
    private static String java;

    @BeforeAll
    static void read() throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages_vi.properties"))) {
            messages.load(in);
        }
        keys = new TreeSet<>(messages.stringPropertyNames());
        templates = concatenate(TEMPLATES, ".html");
        java = concatenate(JAVA, ".java");
    }

    private static String concatenate(Path root, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> found(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Keys written whole: #{key} and quoted keys passed to fragments in templates, literals in Java. */
    private static Set<String> literals() {
        Set<String> used = new TreeSet<>();
        used.addAll(found(templates, "#\\{(" + KEY + ")"));
        used.addAll(found(templates, "'(" + KEY + ")'"));
        used.addAll(found(java, "\"(" + KEY + ")\""));
        used.addAll(found(java, "\"\\{(" + KEY + ")\\}\""));
        return used;
    }

    /** Keys the templates put together at run time: 'status.' + …, |documents.fileText.${…}|. */
    private static Set<String> templatePrefixes() {
        Set<String> prefixes = new TreeSet<>();
        prefixes.addAll(found(templates, "'(" + STEM + ")'\\s*\\+"));
        prefixes.addAll(found(templates, "\\|(" + STEM + ")\\$\\{"));
        return prefixes;
    }

    /** With the stems the Java code puts keys together from ("error." + status); some are not keys. */
    private static Set<String> prefixes() {
        Set<String> prefixes = templatePrefixes();
        prefixes.addAll(found(java, "\"(" + STEM + ")\"\\s*\\+"));
        return prefixes;
    }

    /** Codes Spring looks up by itself: a value that is not a number or a date. */
    private static final Set<String> FRAMEWORK_CODES = Set.of("typeMismatch");

    @Test
    void everyKeyTheTemplatesNameExists() {
        assertThat(found(templates, "#\\{(" + KEY + ")")).isSubsetOf(keys);
    }

    @Test
    void everyKeyTheJavaCodeHandsToAPageExists() {
        Set<String> named = new TreeSet<>();
        // what controllers and exceptions pass on as message keys
        named.addAll(found(java, "addFlashAttribute\\(\"(?:notice|problem)\",\\s*\"(" + KEY + ")\""));
        named.addAll(found(java, "\\?\\s*\"((?:notice|error)\\." + "[A-Za-z0-9_.]+)\""));
        named.addAll(found(java, ":\\s*\"((?:notice|error)\\." + "[A-Za-z0-9_.]+)\""));
        named.addAll(found(java, "reject(?:Value)?\\((?:\"\\w+\",\\s*)?\"(" + KEY + ")\""));
        named.addAll(found(java, "Exception\\((?:\"\\w+\",\\s*)?\"(" + KEY + ")\""));
        named.addAll(found(java, "message = \"\\{(" + KEY + ")\\}\""));
        assertThat(named).isNotEmpty();
        for (String key : named) {
            // a ternary may also choose the stem of a key put together after it ("error.generic" + ".title")
            assertThat(keys).as(key).anyMatch(k -> k.equals(key) || k.startsWith(key + "."));
        }
    }

    @Test
    void everyKeyPutTogetherAtRunTimeHasItsKeys() {
        List<String> missing = new ArrayList<>();
        for (ArticleStatus status : ArticleStatus.values()) {
            missing.add("status." + status);
        }
        missing.add("status.SCHEDULED");
        for (Role role : Role.values()) {
            missing.add("role." + role);
        }
        for (Validity validity : Validity.values()) {
            missing.add("validity." + validity);
        }
        for (TermKind kind : TermKind.values()) {
            missing.add("documents.termKind." + kind);
        }
        for (int status : List.of(400, 403, 404, 413, 500)) {
            missing.add("error." + status + ".title");
            missing.add("error." + status + ".text");
        }
        assertThat(keys).containsAll(missing);
        for (String prefix : templatePrefixes()) {
            assertThat(keys).as("keys starting with %s", prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    @Test
    void everyChangeTheAuditLogRecordsHasALabel() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(PortalChange.class));
        Set<String> actions = new TreeSet<>();
        Set<String> targets = new TreeSet<>(Set.of("login"));
        for (var definition : scanner.findCandidateComponents("vn.htx.portal")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            boolean fromTests = type.getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toString()
                    .contains("test-classes");
            if (type.isRecord() && !fromTests) {
                for (PortalChange change : changesOf(type)) {
                    actions.add(change.action());
                    targets.add(change.targetType());
                }
            }
        }
        assertThat(actions).contains("article.publish", "document.attach", "settings.update");
        for (String action : actions) {
            assertThat(keys).as("label of %s", action).contains("audit." + action);
        }
        // the log names the kind of item in Vietnamese ("Bài viết"), never "article"
        assertThat(targets).contains("article", "page", "menu_item", "login");
        for (String target : targets) {
            assertThat(keys).as("name of %s", target).contains("auditTarget." + target);
        }
    }

    /** A change record, once per constant of its kind when it has one. */
    private static java.util.List<PortalChange> changesOf(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        Object[] kinds = {null};
        int kindAt = -1;
        for (int i = 0; i < types.length; i++) {
            if (types[i].isEnum()) {
                kinds = types[i].getEnumConstants();
                kindAt = i;
            }
        }
        java.util.List<PortalChange> changes = new java.util.ArrayList<>();
        for (Object kind : kinds) {
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                args[i] = i == kindAt ? kind : defaultOf(types[i]);
            }
            changes.add((PortalChange) constructor.newInstance(args));
        }
        return changes;
    }

    private static Object defaultOf(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (type == List.class) {
            return List.of();
        }
        return null;
    }

    @Test
    void noKeyIsUnused() {
        Set<String> used = literals();
        Set<String> prefixes = prefixes();
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            if (!used.contains(key)
                    && !FRAMEWORK_CODES.contains(key)
                    && prefixes.stream().noneMatch(key::startsWith)) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    /** Proper names that are Vietnamese words: not interface text. */
    private static final Set<String> PROPER_NAMES = Set.of("Cốc Cốc");

    @Test
    void theJavaCodeHoldsNoInterfaceText() {
        Pattern vietnamese =
                Pattern.compile("\"([^\"]*[ăâđêôơưĂÂĐÊÔƠƯạảãầấậẩẫằắặẳẵẹẻẽềếệểễịỉĩọỏõồốộổỗờớợởỡụủũừứựửữỳỵỷỹ][^\"]*)\"");
        List<String> found = new ArrayList<>();
        for (String line : java.lines().toList()) {
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                continue;
            }
            Matcher m = vietnamese.matcher(code);
            while (m.find()) {
                if (!PROPER_NAMES.contains(m.group(1))) {
                    found.add(m.group(1));
                }
            }
        }
        assertThat(found)
                .as("texts belong in messages_vi.properties or demo files")
                .isEmpty();
    }
}
