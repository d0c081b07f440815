package nianbao.bench;

/** The floor of the CLI benchmark: the cheapest Java program that starts and prints a line. */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
