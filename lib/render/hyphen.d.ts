// The `hyphen` package ships no types; these are the parts lisa uses (hyphen/<language>/index.js).
interface HyphenModule {
  hyphenateSync(text: string, options?: { minWordLength?: number; hyphenChar?: string }): string;
}
declare module 'hyphen/sv' {
  const m: HyphenModule;
  export default m;
}
declare module 'hyphen/nb' {
  const m: HyphenModule;
  export default m;
}
declare module 'hyphen/en-gb' {
  const m: HyphenModule;
  export default m;
}
