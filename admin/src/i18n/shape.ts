/** The shape every language must fill: the same keys, any strings (a missing key fails tsc). */
export type Translations<T> = {
  -readonly [K in keyof T]-?: T[K] extends string ? string : Translations<T[K]>;
};
