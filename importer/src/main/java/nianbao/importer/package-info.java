/** Import of published reports (Word, web pages, extracted text) into the report language. */
package nianbao.importer;
