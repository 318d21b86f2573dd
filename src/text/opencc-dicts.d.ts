// opencc-js ships its dictionaries as modules of one string ("source replacement|…") without type declarations.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
