/** Characters XML 1.0 forbids even as references; they cannot appear in a TMX file. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const xmlSafe = (text: string) => text.replace(NOT_XML, '');
