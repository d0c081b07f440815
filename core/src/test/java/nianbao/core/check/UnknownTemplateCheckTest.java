package nianbao.core.check;

import org.junit.jupiter.api.Test;

/** {@code header.unknown-template}: fixtures in {@code src/test/resources/fixtures/header.unknown-template/}. */
class UnknownTemplateCheckTest {

    private final CheckFixture fixture = CheckFixture.of("header.unknown-template");

    @Test
    void firesOnATemplateNameThatIsNotKnown() {
        fixture.fires("fires");
    }

    @Test
    void quietForTheNationalTemplate() {
        fixture.quiet("quiet");
    }
}
