export * from './pairs';
export * from './tmx';
export * from './tmx-parse';
export * from './tmx-document';
export * from './delimited';
export * from './html';
export * from './bilingual-epub';
export * from './bilingual-docx';
