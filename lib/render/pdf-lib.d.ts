// pdf-lib's single-file ES build has the same API as the package's entry point, which lisa's types come
// from; the build ships no declarations of its own.
declare module 'pdf-lib/dist/pdf-lib.esm.js' {
  export * from 'pdf-lib';
}
