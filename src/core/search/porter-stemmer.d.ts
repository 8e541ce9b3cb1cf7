// The Porter stemmer file of `natural`, imported alone so the rest of the package is not loaded.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
