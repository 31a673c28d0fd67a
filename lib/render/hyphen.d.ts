// The `hyphen` package ships no types; these are the parts lisa uses (hyphen/<language>/index.js).
interface HyphenModule {
  hyphenateSync(text: string, options?: { minWordLength?: number; hyphenChar?: string }): string;
}
declare module 'hyphen/sv/index.js' {
  const m: HyphenModule;
  export default m;
}
declare module 'hyphen/nb/index.js' {
  const m: HyphenModule;
  export default m;
}
declare module 'hyphen/en-gb/index.js' {
  const m: HyphenModule;
  export default m;
}
