package nianbao.importer;

/**
 * Keeps the libraries' logging off stderr, which is the clerk's channel for import problems:
 * what POI or PDFBox could not read shows up as our own problems instead.
 */
final class QuietLogs {

    private QuietLogs() {
    }

    static void ensure() {
        // POI logs through Log4j, PDFBox through Commons Logging, which finds Log4j's API on the
        // class path; without a provider Log4j complains. A simple provider, switched off, keeps both quiet.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        // PDFBox's Commons Logging straight to its no-op log: nothing is printed, and Log4j is not
        // even loaded for a PDF (about 90 classes less in the first import).
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null
                && System.getProperty("org.apache.commons.logging.Log") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
    }
}
