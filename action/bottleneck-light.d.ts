// bottleneck/light.js is the same Bottleneck without its Redis clustering, the build plugin-throttling uses
// (so the bundle holds one copy); the package types only its main entry.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
